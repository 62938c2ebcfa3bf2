"""A servlet session id rewritten into a link's path (`view.jsp;jsessionid=8E4C…?id=7`) is no part
of the URL (crawler/session_ids.py): the crawler asks, dedups, archives and stores the bare URL,
and a 热点信息 box's bare link to a report the column lists with the id is the same report."""

from __future__ import annotations

from pathlib import Path

from crawler.paging import absolute_url
from crawler.replay.sites import session_file
from crawler.session_ids import strip_session_id
from tests.crawler.crawl_helpers import query, run_crawl, write_portal
from tests.crawler.test_listing_shapes17 import ARTICLE, title

SID = ";jsessionid=8E4C1F0A9B27D3C65E11A0B4F7C2D981"
YEARS = (2024, 2023, 2022, 2021, 2020)


def test_session_path_parameters_are_stripped_and_others_kept() -> None:
    assert strip_session_id(f"http://a.gov.cn/z/view.jsp{SID}?id=7") == (
        "http://a.gov.cn/z/view.jsp?id=7")
    assert strip_session_id("http://a.gov.cn/x.php;PHPSESSID=ab12/b.html#t") == (
        "http://a.gov.cn/x.php/b.html#t")
    for kept in ("http://a.gov.cn/x;foo=1/y.html", "http://a.gov.cn/l.jsp?a=1;jsessionid=2",
                 "http://a.gov.cn/x;sessionidx=1"):
        assert strip_session_id(kept) == kept
    assert absolute_url("http://a.gov.cn/z/list.jsp", f"view.jsp{SID}?id=7#top") == (
        "http://a.gov.cn/z/view.jsp?id=7")


def test_the_replay_server_answers_the_bare_url_with_the_saved_session_page(
        tmp_path: Path) -> None:
    (tmp_path / "z").mkdir()
    saved = tmp_path / "z" / f"view.jsp{SID}@id=7"
    saved.write_text("x", encoding="utf-8")
    (tmp_path / "z" / f"view.jsp{SID}@id=70").write_text("y", encoding="utf-8")
    assert session_file(tmp_path, "/z/view.jsp", "id=7") == saved
    assert session_file(tmp_path, "/z/view.jsp", "id=8") is None
    assert session_file(tmp_path, "/z/view.jsp", "") is None


def row(year: int) -> str:
    return (f"<li><a href='view.jsp{SID}?id={year}'>{title(year)}</a>"
            f"<span>{year + 1}-03-01</span></li>")


def listing(years: tuple[int, ...], pager: str) -> str:
    hot = (f"<div class='rdxx'><h3>热点信息</h3><ul><li><a href='/z/view.jsp?id={YEARS[0]}'>"
           f"{title(YEARS[0])}</a></li></ul></div>")
    return (f"<html><head><title>法治政府建设</title></head><body>{hot}<h2>法治政府建设</h2>"
            f"<ul class='list'>{''.join(row(y) for y in years)}</ul>"
            f"<div class='page'>共5条 共2页 {pager}</div></body></html>")


def test_a_jsessionid_column_is_stored_under_bare_urls_once(tmp_path: Path) -> None:
    host = "www.sidling.gov.cn"
    files = {"z/list.jsp@catid=1": listing(
                 YEARS[:3], f"<a href='list.jsp{SID}?catid=1&amp;pageNo=2'>下一页</a>"),
             f"z/list.jsp{SID}@catid=1&pageNo=2": listing(
                 YEARS[3:], "<a href='list.jsp?catid=1'>上一页</a>")}
    files |= {f"z/view.jsp{SID}@id={y}": ARTICLE.format(title=title(y), year=y) for y in YEARS}
    sites, portals, data = write_portal(tmp_path, "sidling", host, "z/list.jsp?catid=1", files)
    crawl = run_crawl(data, sites, [portals], ["sidling"])
    found = crawl.portal("sidling")
    assert found["reports_found"] == 5 and not found["problems"], found
    urls = sorted(r["url"] for r in query(data / "corpus.db", "SELECT url FROM documents"))
    assert urls == sorted(f"http://{host}/z/view.jsp?id={y}" for y in YEARS)
    assert not [u for _, u, _ in crawl.requests if "jsessionid" in u], crawl.requests
