"""A Next.js column whose rows are `<div role="link">`s with no `<a>`: the article paths exist
only in `<script id="__NEXT_DATA__" type="application/json">` (held-out round 28's shape).
The script is one JSON literal, no assignment: before, no literal was read and the column
said `empty`. Now a script that is itself JSON is read as assigned literals are."""

from __future__ import annotations

import json
from pathlib import Path

from parsel import Selector

from crawler.script_arrays import script_array_rows
from tests.crawler.crawl_helpers import Entry, run_crawl, write_portal
from tests.crawler.test_listing_shapes17 import ARTICLE

YEARS = {2024: 417, 2023: 514, 2100: 427}
XUNXI = Entry(name="浔溪县人民政府", division_code="330995")


def title(year: int) -> str:
    return "浔溪县2100年法治政府建设工作要点" if year == 2100 else (
        f"浔溪县人民政府关于{year}年度法治政府建设情况的报告")


def page() -> str:
    items = [{"id": n, "title": title(y), "publishTime": f"{min(y, 2025) + 1}-03-12",
              "path": f"/xxgk/article/{n}"} for y, n in YEARS.items()]
    data = {"props": {"pageProps": {"list": items, "total": 3}}, "page": "/xxgk/[column]",
            "buildId": "b1"}
    rows = "".join(f"<div class='list-item' role='link' tabindex='0'><span>{i['title']}</span>"
                   f"<span>{i['publishTime']}</span></div>" for i in items)
    return (f"<html><body><div id='__next'>{rows}</div><script id='__NEXT_DATA__' "
            f"type='application/json'>{json.dumps(data, ensure_ascii=False)}</script>"
            "</body></html>")


def test_a_script_that_is_one_json_literal_gives_its_rows() -> None:
    rows = script_array_rows(Selector(text=page()))
    assert [url for _, url, _ in rows] == [f"/xxgk/article/{n}" for n in YEARS.values()]
    assert script_array_rows(Selector(text="<script>{not json}</script>")) == []


def test_next_data_rows_are_crawled(tmp_path: Path) -> None:
    files = {"xxgk/fzzfjs": page()}
    files |= {f"xxgk/article/{n}": ARTICLE.format(title=title(y), year=y)
              for y, n in YEARS.items()}
    files["_replay.json"] = ('{"headers": {"/xxgk/": '
                             '{"Content-Type": "text/html; charset=utf-8"}}}')
    sites, portals, data = write_portal(tmp_path, "xunxi", "www.xunxi.gov.cn",
                                        "xxgk/fzzfjs", files, XUNXI)
    found = run_crawl(data, sites, [portals], ["xunxi"]).portal("xunxi")
    assert (found["reports_found"], found.get("problems", [])) == (2, []), found
