"""A WAF answering 200 with a 请开启JavaScript page on the first request (crawler/js_walls.py):
asked again, bounded; still a wall after the retries, a named failure, never an empty listing
page or a stored report."""

from __future__ import annotations

from pathlib import Path

from crawler.js_walls import is_js_wall
from crawler.kinds import response_kind
from tests.crawler.crawl_helpers import query, run_crawl, write_portal
from tests.crawler.test_crawl_http_shapes import YEARS, article, listing, lost_page, rules

WAF_PAGE = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>安全验证</title>"
            "<noscript><meta http-equiv='refresh' content='5'></noscript></head><body>"
            "<div><h2>请开启JavaScript并刷新该页</h2><p>网站安全防护：您的访问正在进行安全检测，"
            "请稍候……</p></div><script>setTimeout(function(){location.reload();},1500);</script>"
            "</body></html>")
# A small ordinary page that also asks for JavaScript in <noscript>: a page, not a wall.
MENU = "".join(f"<li><a href='/lm{i}/'>栏目{i}</a></li>" for i in range(8))
NOSCRIPT_PAGE = (f"<html><head><title>法治政府建设</title></head><body><ul>{MENU}</ul>"
                 "<noscript>请开启JavaScript以获得更好的浏览体验</noscript>"
                 "<script>if(!ok){location.href='/m/';}</script><p>正文</p></body></html>")


def test_a_javascript_wall_is_a_blocked_answer_and_a_page_with_a_menu_is_not() -> None:
    assert is_js_wall(WAF_PAGE.encode())
    assert is_js_wall(WAF_PAGE.encode("gbk"))
    assert response_kind(200, WAF_PAGE.encode())[0] == "blocked"
    assert not is_js_wall(NOSCRIPT_PAGE.encode())
    assert response_kind(200, NOSCRIPT_PAGE.encode()) == ("ok", None)
    # Asking for JavaScript without reloading itself: a page's notice, not an interstitial.
    still = WAF_PAGE.replace("location.reload()", "void 0").replace("http-equiv='refresh'", "")
    assert not is_js_wall(still.encode())


def walled_column(tmp_path: Path, slug: str, times: int) -> tuple:
    """A two-page column whose page 2 and 2023 report answer the WAF page `times` times."""
    host = f"www.{slug}.gov.cn"
    rows = [(y, f"/zwgk/fzzf/{y}/t{y}0301_{y}.html") for y in YEARS]
    pager = "共5条 共2页 <a href='index_1.html'>下一页</a>"
    files = {"zwgk/fzzf/index.html": listing(rows[:1], pager), "_waf.html": WAF_PAGE,
             "zwgk/fzzf/index_1.html": listing(rows[1:], "<a href='index.html'>上一页</a>")}
    files |= {href.lstrip("/"): article(y) for y, href in rows}
    sites, portals, data = write_portal(tmp_path, slug, host, "zwgk/fzzf/", files)
    wall = {"times": times, "status": 200, "body": "_waf.html"}
    rules(sites, host, {"first": {"/zwgk/fzzf/index_1.html": wall, rows[1][1]: wall}})
    return sites, portals, data, f"http://{host}/zwgk/fzzf/index_1.html"


def test_a_wall_passed_on_the_second_request_loses_nothing(tmp_path: Path) -> None:
    sites, portals, data, page2 = walled_column(tmp_path, "wafling", 1)
    crawl = run_crawl(data, sites, [portals], ["wafling"])
    found = crawl.portal("wafling")
    assert crawl.requested(page2) == [200, 200], crawl.requests
    assert found["reports_found"] == 5 and not found["problems"], found
    stored = query(data / "corpus.db", "SELECT url, text FROM documents")
    assert len(stored) == 5 and not any("请开启JavaScript" in r["text"] for r in stored)


def test_a_wall_that_stays_is_a_named_failure_never_an_empty_page(tmp_path: Path) -> None:
    sites, portals, data, page2 = walled_column(tmp_path, "wallong", 99)
    crawl = run_crawl(data, sites, [portals], ["wallong"], "-s", "FAZHI_CHALLENGE_RETRIES=1")
    found = crawl.portal("wallong")
    assert crawl.requested(page2) == [200, 200], crawl.requests   # bounded: one retry
    assert found["reports_found"] == 1, found
    assert "could not be read" in lost_page(found, page2)
