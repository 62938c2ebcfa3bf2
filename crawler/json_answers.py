"""A JSON listing answer read: the key names its records, totals and page sizes go by
(`JsonKeys`, a portal entry may name its own), its data (JSON, JSONP or a script's object
literal), its records and its numbers. crawler/paging_api.py finds and pages the APIs."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

import json5

# TRS WCM's document fields (DOCTITLE, DOCPUBURL, DOCRELTIME) come upper-case in its APIs.
JSON_TITLE_KEYS = ("title", "name", "Title", "docTitle", "articleTitle", "subject", "DOCTITLE",
                   "mainTitle", "infoTitle")
JSON_URL_KEYS = ("url", "link", "href", "docUrl", "Url", "articleUrl", "path", "urls",
                 "DOCPUBURL", "docPubUrl", "linkUrl", "detailUrl", "pcUrl", "infourl")
# A URL field may hold one URL per device, as an object or as a JSON string of one
# ('urls': '{"pc": "/a/1.shtml", "h5": "/h5/a/1.shtml"}'): the desktop one first.
JSON_DEVICE_URL_KEYS = ("pc", "web", "url", "href", "link")
JSON_DATE_KEYS = ("publishTime", "pubDate", "publishDate", "date", "createTime", "docDate",
                  "first_publish_time", "releaseTime", "time", "DOCRELTIME", "docRelTime",
                  "pubTime", "releaseDate", "createDate", "infodate")
JSON_RECORD_KEYS = ("total", "totalCount", "totalRecord", "totalRecords", "recordCount",
                    "count", "totalElements", "totalNum", "post_count", "total_count", "totalRow")
JSON_PAGE_KEYS = ("pageCount", "pagecount", "totalPage", "totalPages", "pages", "pageTotal",
                  "page_count", "total_page")
JSON_PAGE_SIZE_KEYS = ("pageSize", "page_size", "perPage", "size", "limit", "rows")


@dataclass(frozen=True)
class JsonKeys:
    """The key names a JSON listing answer is read by, tried in order: those above, after
    any a portal entry names (`[overrides] json_keys = {title = "wzbt", url = "lj"}`)."""

    title: tuple[str, ...] = JSON_TITLE_KEYS
    url: tuple[str, ...] = JSON_URL_KEYS
    date: tuple[str, ...] = JSON_DATE_KEYS
    total: tuple[str, ...] = JSON_RECORD_KEYS
    pages: tuple[str, ...] = JSON_PAGE_KEYS
    page_size: tuple[str, ...] = JSON_PAGE_SIZE_KEYS

    def named(self, names: Mapping[str, str]) -> JsonKeys:
        """These keys with `names` (kind → key name) tried first; ValueError for a kind that
        is none of the fields."""
        kinds = {f.name for f in fields(self)}
        unknown = sorted(set(names) - kinds)
        if unknown:
            raise ValueError(f"unknown JSON key kind {unknown[0]!r}: one of "
                             f"{', '.join(sorted(kinds))}")
        return replace(self, **{kind: (str(name), *getattr(self, kind))
                                for kind, name in names.items()})


DEFAULT_JSON_KEYS = JsonKeys()


# The spaces after `)` possessive: two runs around an optional `;` split a long run of
# spaces every way for each `)` the greedy body gives back (issue 13).
JSONP_RE = re.compile(r"^\s*[\w.$?]+\s*\((?P<json>.*)\)\s*+;?+\s*+$", re.S)


def json_text(text: str) -> Any:
    """A JSON answer's data — also JSONP, `callback({...});`, and a JavaScript object literal
    a page `eval`s (TRS WAS5's docs.jsp: raw tabs in strings, a trailing comma) — or None
    when it is none of these."""
    wrapped = JSONP_RE.match(text)
    candidates = [c for c in (text, wrapped["json"] if wrapped else None) if c is not None]
    for loads in (json.loads, _js_literal):
        for candidate in candidates:
            try:
                return _decoded_again(loads(candidate))
            except ValueError:
                continue
    return None


def _decoded_again(data: Any) -> Any:
    """JSON encoded twice (a controller returning a String of JSON, quoted again by its
    converter: `"{\\"total\\":15,…}"`) is the data the string holds; any other string or
    value is as it is."""
    if isinstance(data, str) and data.lstrip().startswith(("{", "[")):
        try:
            return json.loads(data)
        except ValueError:
            return data
    return data


def _js_literal(text: str) -> Any:
    """A JavaScript object or array literal's data: json5 reads what JSON refuses and a
    script's eval takes (trailing commas, unquoted or single-quoted keys, raw tabs). Only an
    object/array is tried, so plain text or HTML is never taken for a literal."""
    if not text.lstrip().startswith(("{", "[")):
        raise ValueError("not an object or array literal")
    return json5.loads(text)


def json_values(data: Any) -> Iterator[Any]:
    """Every value of a JSON answer, containers and what they hold, depth first."""
    pending = [data]
    while pending:
        value = pending.pop()
        yield value
        if isinstance(value, dict):
            pending += list(value.values())
        elif isinstance(value, list):
            pending += value


def json_records(data: Any, keys: JsonKeys = DEFAULT_JSON_KEYS) -> list[dict[str, Any]]:
    """The longest list of objects with a title and a URL anywhere in a JSON answer."""
    best: list[dict[str, Any]] = []
    for value in json_values(data):
        if isinstance(value, list):
            items = [record for item in value if (record := _record(item, keys)) is not None]
            if len(items) > len(best):
                best = items
    return best


def _record(item: Any, keys: JsonKeys) -> dict[str, Any] | None:
    """A list item with a title and a URL: itself, or the object one level down that holds
    them (`{"id": …, "source": {"title", "urls", …}}`, a search engine's hit)."""
    if not isinstance(item, dict):
        return None
    for candidate in (item, *(v for v in item.values() if isinstance(v, dict))):
        if _key(candidate, keys.title) and _url(_key(candidate, keys.url)):
            return candidate
    return None


def _key(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    return next((record[k] for k in keys if record.get(k) not in (None, "")), None)


def _url(value: Any) -> str:
    """A URL field's URL: a string, or the desktop one of an object (or a JSON string of
    one) holding a URL per device."""
    if isinstance(value, str) and value.lstrip().startswith("{"):
        try:
            value = json.loads(value)
        except ValueError:
            return ""
    if isinstance(value, dict):
        value = _key(value, JSON_DEVICE_URL_KEYS) or next(
            (v for v in value.values() if isinstance(v, str) and v), "")
    return value if isinstance(value, str) else ""


def record_fields(record: dict[str, Any], keys: JsonKeys = DEFAULT_JSON_KEYS
                  ) -> tuple[str, str, Any]:
    """(title, url, date value) of one JSON record."""
    return (str(_key(record, keys.title)), _url(_key(record, keys.url)),
            _key(record, keys.date))


def json_number(data: Any, keys: tuple[str, ...]) -> int | None:
    """The first of `keys` holding a number, at the top level or one level down."""
    scopes = [data] + [v for v in data.values() if isinstance(v, dict)] if isinstance(
        data, dict) else []
    for scope in scopes:
        for key in keys:
            value = scope.get(key)
            if isinstance(value, int | float) or (isinstance(value, str) and value.isdigit()):
                return int(value)
    return None
