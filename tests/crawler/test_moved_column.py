"""A registered column that answers 301 to another host of the same government (the 信息公开
host `xxgk.<domain>`) is the portal's own: the redirect is followed, the column's pages on that
host are read and its reports fetched, a dead one named. A start URL moved to another
government's host stays refused (offsite_redirect), as any redirect leaving the government."""

from __future__ import annotations

import json
from pathlib import Path

from tests.crawler.crawl_helpers import ROBOTS_OPEN, query, run_crawl, write_portal, write_site
from tests.crawler.test_listing_shapes17 import ARTICLE, title

HOST, XXGK = "www.lingbei.gov.cn", "xxgk.lingbei.gov.cn"
MOVED = f"http://{XXGK}/fzzfjs/index.html"


def listing(years: tuple[int, ...], pager: str) -> str:
    rows = "".join(f"<li><a href='./{y + 1}03/t{y}.html'>{title(y)}</a><span>{y + 1}-03-01"
                   "</span></li>" for y in years)
    return (f"<html><body><h2>法治政府建设</h2><ul class='list'>{rows}</ul>"
            f"<div class='page'>{pager}</div></body></html>")


def moved_portal(tmp_path: Path, target: str) -> tuple[Path, Path, Path]:
    rule = {"redirect": {"/zwgk/fzzfjs/*": {"to": target, "status": 301}}}
    sites, portals, data = write_portal(tmp_path, "lingbei", HOST, "zwgk/fzzfjs/", {
        "_replay.json": json.dumps(rule), "robots.txt": ROBOTS_OPEN})
    files: dict[str, str | bytes] = {
        "fzzfjs/index.html": listing((2024, 2023), "<a href='index_1.html'>下一页</a>"),
        "fzzfjs/index_1.html": listing((2022, 2021), "<span>下一页</span>"),
        "robots.txt": ROBOTS_OPEN}
    files |= {f"fzzfjs/{y + 1}03/t{y}.html": ARTICLE.format(title=title(y), year=y)
              for y in (2024, 2023, 2022)}                      # 2021's answers 404
    write_site(sites, XXGK, files)
    write_site(sites, "xxgk.lingnan.gov.cn", files)             # another government's host
    return sites, portals, data


def test_a_column_moved_to_the_governments_xxgk_host_is_crawled_there(tmp_path: Path) -> None:
    sites, portals, data = moved_portal(tmp_path, MOVED)
    crawl = run_crawl(data, sites, [portals], ["lingbei"])
    assert crawl.requested(f"http://{XXGK}/fzzfjs/index_1.html") == [200], crawl.log[-2000:]
    stored = {tuple(r) for r in query(data / "corpus.db",
                                      "SELECT url, report_year FROM documents")}
    assert stored == {(f"http://{XXGK}/fzzfjs/{y + 1}03/t{y}.html", y)
                      for y in (2024, 2023, 2022)}, crawl.log[-2000:]
    problems = crawl.portal("lingbei")["problems"]
    assert [(p["kind"], p["url"]) for p in problems] == [
        ("report_not_fetched", f"http://{XXGK}/fzzfjs/202203/t2021.html")], problems


def test_a_column_moved_to_another_governments_host_is_refused(tmp_path: Path) -> None:
    sites, portals, data = moved_portal(tmp_path, "http://xxgk.lingnan.gov.cn/fzzfjs/index.html")
    crawl = run_crawl(data, sites, [portals], ["lingbei"])
    assert not [r for r in crawl.requests if "lingnan" in r[1]], crawl.requests
    assert crawl.portal("lingbei")["responses"].get("offsite_redirect") == 1
    assert crawl.portal("lingbei")["reports_found"] == 0
