"""Writes the saved pages of test portal yuehu (run from the repo root; helpers from
baishi/_make_pages.py): a hash-routed column. The portal entry's start URL is
`/xxgk/index.html#/column?cid=2087&page=1`; the server sees `/xxgk/index.html`, a shell whose
inline script reads the column from the fragment with its own reader
(`getHashValue('cid')`, a RegExp over `location.hash`) and GETs
`/api/info/list?cid=<cid>&page=N&size=4` (JSON `data.rows`, `data.total`). Without the
fragment's `cid` the call asks `cid=` and the API answers 404: a crawl that does not read the
fragment finds nothing. Pages 2-3 only by the API's page number (the pager is drawn by script,
its links `#/column?cid=2087&page=N`).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "baishi_pages", Path(__file__).resolve().parent.parent / "baishi" / "_make_pages.py")
assert _SPEC and _SPEC.loader
base = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(base)

HOST, SITE, PLACE = "www.yuehu.gov.cn", "月湖县人民政府", "月湖县"
SHELL = "/xxgk/index.html"
START = f"http://{HOST}{SHELL}#/column?cid=2087&page=1"
API = "/api/info/list"
SCRIPT = ("<script>function getHashValue(name) {\n"
          "  var m = location.hash.match(new RegExp('[?&]' + name + '=([^&]*)'));\n"
          "  return m ? decodeURIComponent(m[1]) : '';\n}\n"
          "var cid = getHashValue('cid');\n"
          "function load(p) {\n"
          f"  $.get('{API}', {{cid: cid, page: p, size: 4}}, function (res) {{\n"
          "    draw(res.data.rows); drawPager(res.data.total, p, cid); }, 'json');\n"
          "}\n"
          "window.onhashchange = function () { load(+getHashValue('page') || 1); };\n"
          "load(+getHashValue('page') || 1);</script>")
MENU = ('<ul class="side"><li><a href="#/column?cid=2001&page=1">通知公告</a></li>'
        '<li><a href="#/column?cid=2087&page=1">法治政府建设</a></li></ul>')


def url_of(item_id: int, day: str) -> str:
    return f"/xxgk/art/{day[:4]}/{day[5:7]}/art_{item_id}.html"


def write_yuehu() -> None:
    rows = base.items(PLACE)
    base.write("yuehu", HOST, SHELL, base.listing_page(
        SITE, MENU + '<ul class="list" id="rows"></ul>', '<div id="pager"></div>', SCRIPT))
    for page_no in range(1, base.PAGES + 1):
        records = [{"id": i, "title": title, "url": url_of(i, day), "pubDate": day}
                   for i, title, day, _ in base.chunk(rows, page_no)]
        answer = {"code": 0, "data": {"rows": records, "total": len(rows), "page": page_no}}
        base.write("yuehu", HOST, f"{API}?cid=2087&page={page_no}&size=4",
                   json.dumps(answer, ensure_ascii=False))
    for i, title, day, year in rows:
        base.write("yuehu", HOST, url_of(i, day),
                   base.article(SITE, title, day, base.body_of(SITE, title, year)))
    base.expected("yuehu", "A hash-routed column: the start URL's fragment "
                  "#/column?cid=2087&page=1 holds the column id a shell's script reads with "
                  "getHashValue('cid') (a RegExp over location.hash) for its $.get list API "
                  "(cid, page, size); the server never sees the fragment; without it the API "
                  "answers 404.", START, *base.split(HOST, rows, url_of))


if __name__ == "__main__":
    write_yuehu()
