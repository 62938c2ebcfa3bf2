"""A JSON list API whose rows carry no URL, only an id (`{infoId, title, pubDate}`): the page's
render loop builds each row's link from a field of the row, in a template literal
(`` `<a href="/zwgk/detail.html?infoId=${item.infoId}">` ``, round 26's qiantang) or by string
concatenation (`'<a href="detail.html?id=' + item.id + '">'`). The templates are read from the
listing page that calls the API, and applied to the answer's rows (a row counts when it holds
a title and the template's field).

Pure functions of a page's text and a JSON answer's data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from crawler.json_answers import JsonKeys, json_values

# --- patterns (data) ----------------------------------------------------------------------------
# href="PRE${row.field}POST" in a template literal, or href="PRE' + row.field + 'POST" (the
# quote of the script's string around `+`); PRE must name a page (URL_LIKE_RE).
TEMPLATE_HREF_RES = (
    re.compile(r"""href\s*+=\s*+\\?+["'](?P<pre>[^"'`$<>\s\\]{0,200})\$\{\s*+"""
               r"""(?P<var>[A-Za-z_$][\w$]{0,40})\.(?P<field>[A-Za-z_$][\w$]{0,40})\s*+\}"""
               r"""(?P<post>[^"'`$<>\s\\]{0,100})"""),
    re.compile(r"""href\s*+=\s*+\\?+["'](?P<pre>[^"'`$<>\s\\+]{0,200})['"]\s*+\+\s*+"""
               r"""(?P<var>[A-Za-z_$][\w$]{0,40})\.(?P<field>[A-Za-z_$][\w$]{0,40})\s*+\+\s*+"""
               r"""['"](?P<post>[^"'`$<>\s\\+]{0,100})"""),
)
URL_LIKE_RE = re.compile(r"[/.]")


@dataclass(frozen=True)
class RecordTemplate:
    """A row link built from one field of the row: `pre` + the field's value + `post`."""

    pre: str
    field: str
    post: str

    def url(self, record: dict[str, Any]) -> str | None:
        value = record.get(self.field)
        if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
            return None
        return f"{self.pre}{value}{self.post}"


def record_templates(text: str) -> list[RecordTemplate]:
    """The row link templates a page's render code writes, each once, in the page's order."""
    found = [RecordTemplate(m["pre"], m["field"], m["post"].rstrip("'\""))
             for rx in TEMPLATE_HREF_RES for m in rx.finditer(text)
             if URL_LIKE_RE.search(m["pre"])]
    return list(dict.fromkeys(found))


def templated_rows(data: Any, templates: list[RecordTemplate], keys: JsonKeys
                   ) -> list[tuple[str, str, Any]]:
    """(title, url, date value) of the longest list of rows in `data` holding a title and a
    template's field; [] when no list does."""
    best: list[tuple[str, str, Any]] = []
    for value in json_values(data):
        if not isinstance(value, list):
            continue
        rows = [row for item in value if (row := _row(item, templates, keys))]
        if len(rows) > len(best):
            best = rows
    return best


def _row(item: Any, templates: list[RecordTemplate], keys: JsonKeys
         ) -> tuple[str, str, Any] | None:
    if not isinstance(item, dict):
        return None
    title = next((item[k] for k in keys.title if isinstance(item.get(k), str) and item[k]), None)
    url = next((found for template in templates if (found := template.url(item))), None)
    if not (title and url):
        return None
    date = next((item[k] for k in keys.date if item.get(k) not in (None, "")), None)
    return title, url, date
