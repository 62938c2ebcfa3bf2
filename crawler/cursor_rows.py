"""A 加载更多 list API paged by a cursor: each ask carries the id of the last row the previous
answer brought (`listByCursor?columnId=5203&lastId=73924&size=6`, an eastmoney-style `min_id=`),
not a page number or an offset. The first ask sends the script's own starting value
(`var lastId = 0`); the next takes the last record's id; the chain ends on an answer with no
new row or one saying there is no more (`hasMore: false`). crawler/load_more.py reads the
call, crawler/families/more_rows.py asks it.
"""

from __future__ import annotations

from typing import Any

from crawler.json_answers import JsonKeys, json_records

# --- data ---------------------------------------------------------------------------------------
# Query/form parameters that carry the last row's id (compared lower-case, without _ and -).
CURSOR_PARAMS = ("lastid", "minid", "maxid", "cursor", "afterid", "sinceid", "beforeid",
                 "lastcontentid", "lastdocid", "lastarticleid", "lastinfoid", "nextcursor")
# The record keys holding a row's id, after the one the cursor's own name gives (lastDocId: docId).
ROW_ID_KEYS = ("id", "Id", "ID", "_id", "contentId", "docId", "articleId", "infoId", "newsId")
CURSOR_PREFIXES = ("last", "min", "max", "after", "since", "before", "next")
# An answer's own word that the list has ended: hasMore false, isLast true.
MORE_FLAGS = ("hasMore", "has_more", "hasNext", "has_next", "hasNextPage")
LAST_FLAGS = ("isLast", "is_last", "isLastPage", "lastPage")


def cursor_param(keys: list[str]) -> str | None:
    """The call's parameter among `keys` that is a cursor (lastId, min_id, cursor), or None."""
    return next((key for key in keys
                 if key.lower().replace("_", "").replace("-", "") in CURSOR_PARAMS), None)


def row_id_keys(param: str) -> tuple[str, ...]:
    """The record keys to read the cursor from: the param's name without its prefix
    (lastDocId → docId), then the usual id keys."""
    name = param.replace("_", "")
    bare = next((name[len(p):] for p in CURSOR_PREFIXES
                 if name.lower().startswith(p) and len(name) > len(p)), "")
    own = bare[:1].lower() + bare[1:] if bare else ""
    return tuple(dict.fromkeys([k for k in (own,) if k and k.lower() != "cursor"]
                               + list(ROW_ID_KEYS)))


def last_row_id(data: Any, param: str, keys: JsonKeys) -> str | None:
    """The id of the answer's last record (its rows as the JSON listing readers read them),
    or None when it has none or its last record names no id."""
    records = json_records(data, keys)
    if not records:
        return None
    last = records[-1]
    value = next((last[key] for key in row_id_keys(param)
                  if isinstance(last.get(key), int | str) and str(last[key]).strip()), None)
    return str(value).strip() if value is not None else None


def says_no_more(data: Any) -> bool:
    """The answer itself says the list has ended (hasMore: false, isLast: true), at its top
    or one level down (`{"code": 0, "data": {"list": […], "hasMore": false}}`)."""
    scopes = [data, *(v for v in data.values() if isinstance(v, dict))] if isinstance(
        data, dict) else []
    return any(scope.get(flag) is False for scope in scopes for flag in MORE_FLAGS) or any(
        scope.get(flag) is True for scope in scopes for flag in LAST_FLAGS)
