"""A listing page the crawl asked for but could not read (its retries spent on 503s or 429s) is a
lost page: the column is `listing_incomplete`, never a quiet `ok` (before, a rendered 下一页 page
answering 429 twice left a column `ok` with a third of its reports missing). A 404 on a pager link
is not counted: a link past the end or a stale variant of a page read under another URL."""

from __future__ import annotations

import json
from pathlib import Path

from tests.crawler.crawl_helpers import run_crawl, write_portal
from tests.crawler.test_listing_shapes17 import ARTICLE, title

HOST = "www.shiye.gov.cn"


def listing(years: tuple[int, ...], pager: str) -> str:
    rows = "".join(f"<li><a href='/art/{y}.html'>{title(y)}</a><span>{y + 1}-03-01</span></li>"
                   for y in years)
    return (f"<html><body><h2>法治政府建设年度报告</h2><ul class='list'>{rows}</ul>"
            f"<div class='page'>{pager}</div></body></html>")


def lost_page_portal(tmp_path: Path, status: dict[str, int]) -> tuple[Path, Path, Path]:
    files = {"bg/index.html": listing((2024, 2023), "<a href='list_2.html'>下一页</a>"),
             "bg/list_2.html": listing((2022, 2021), "<a href='list_3.html'>下一页</a>"),
             "_replay.json": json.dumps({"status": status})}
    files |= {f"art/{y}.html": ARTICLE.format(title=title(y), year=y) for y in range(2021, 2025)}
    return write_portal(tmp_path, "shiye", HOST, "bg/index.html", files)


def test_a_listing_page_that_keeps_failing_makes_the_column_incomplete(tmp_path: Path) -> None:
    sites, portals, data = lost_page_portal(tmp_path, {"/bg/list_2.html": 503})
    found = run_crawl(data, sites, [portals], ["shiye"]).portal("shiye")
    assert found["reports_found"] == 2, found
    problems = [p for p in found["problems"] if p["kind"] == "listing_incomplete"]
    assert len(problems) == 1 and "list_2.html could not be read" in problems[0]["detail"], found
    assert "server_error" in problems[0]["detail"], problems


def test_a_pager_link_answering_404_past_the_end_is_no_lost_page(tmp_path: Path) -> None:
    sites, portals, data = lost_page_portal(tmp_path, {})    # list_3.html is not there: a 404
    found = run_crawl(data, sites, [portals], ["shiye"]).portal("shiye")
    assert found["reports_found"] == 4 and not found["problems"], found
