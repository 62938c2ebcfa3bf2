"""Rows held only in an inline script's array literal, drawn by the browser:

    <ul id="infoUl"></ul><div id="pageBar"></div>
    <script>
    var infoList = [
      {"title": "某县2024年度法治政府建设年度报告", "url": "/ndbg/202503/t20250326_5349.html",
       "date": "2025-03-26"}, …];
    function OutputHtml() { … infoList.slice((Page - 1) * PageSize, Page * PageSize) … }
    window.onload = function () { OutputHtml(); };
    </script>

The page's HTML lists nothing and no other URL lists the column: every row is in the literal,
paged in the browser. An array assigned in an inline script (`var x = [`, `x.list = [`,
`window.data = [`) whose objects carry a title-like and a URL-like key (crawler/json_answers.py's
JSON key names) is the listing: one row per object; so is such an array inside an object
literal assigned there (`window.__INITIAL_STATE__ = {"list": {"items": […]}, "total": 14}`).
A script that is itself one JSON literal (a server-rendered React page's `<script
id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": {"list": […]}}}`, its rows
`<div role="link">`s with no `<a>`) is read whole the same way.
The literal is read by `json` (its `raw_decode` finds where it ends) or, for what JSON refuses
(single quotes, bare keys, trailing commas), by `json5` on the text up to each `]` or `}` that
may close it.

Pure functions of a page's selector; patterns and bounds are data, below.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import json5
from parsel import Selector

from crawler.json_answers import json_records, record_fields

# --- patterns (data) ----------------------------------------------------------------------------
# An assignment of an array or object literal: `var infoList = [`, `data.rows = [`,
# `window.__INITIAL_STATE__={`.
ARRAY_ASSIGN_RE = re.compile(r"(?<![\w$.])(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$.]*\s*=\s*"
                             r"(?=[\[{])")
# Where the literal may end: a `]` or `}` closing a statement (before `;`, the line's or the
# script's end).
ARRAY_END_RE = re.compile(r"[\]}](?=\s*(?:;|$))", re.M)
MAX_END_TRIES = 8              # closing positions json5 is tried on
# json5 is pure Python (about 6 µs a character): the characters it is given on one page, in all
# (a longer literal that JSON refuses is left unread; a page of many is read up to this)
JSON5_BUDGET_CHARS = 200_000
MAX_SCRIPT_ROWS = 2000


def script_array_rows(selector: Selector) -> list[tuple[str, str, Any]]:
    """(title, url as written, date value) of each object of the page's inline array
    literals that has a title and a URL, in the page's order, once per URL."""
    if selector.type != "html":
        return []
    rows: dict[str, tuple[str, str, Any]] = {}
    budget = [JSON5_BUDGET_CHARS]
    for script in selector.css("script:not([src])::text").getall():
        for data in script_arrays(script, budget):
            for record in json_records(data):
                title, url, date = record_fields(record)
                rows.setdefault(url, (title, url, date))
    return list(rows.values())[:MAX_SCRIPT_ROWS]


def script_arrays(script: str, budget: list[int]) -> Iterator[list[Any] | dict[str, Any]]:
    """The array and object literals assigned in `script` that json or json5 reads (json5
    given at most `budget[0]` characters, what it is given taken off)."""
    whole = script.strip()
    if whole[:1] in ("{", "["):   # a data block (Next.js `<script id="__NEXT_DATA__"
        try:                      # type="application/json">`): the script is the literal
            data = json.loads(whole)
        except ValueError:
            data = None
        if isinstance(data, list | dict) and data:
            yield data
            return
    for match in ARRAY_ASSIGN_RE.finditer(script):
        data = literal_at(script, match.end(), budget)
        if isinstance(data, list | dict) and data:
            yield data


def literal_at(script: str, start: int, budget: list[int]) -> Any:
    """The literal starting at `start`: JSON first, else JavaScript's (json5, within the
    budget) up to each statement-closing `]` after it; None when neither reads it."""
    try:
        return json.JSONDecoder().raw_decode(script, start)[0]
    except ValueError:
        pass
    for tries, end in enumerate(ARRAY_END_RE.finditer(script, start)):
        if tries >= MAX_END_TRIES or end.end() - start > budget[0]:
            break
        budget[0] -= end.end() - start
        try:
            return json5.loads(script[start:end.end()])
        except ValueError:
            continue
    return None
