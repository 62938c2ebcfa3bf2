"""Three HTTP shapes of real portals (crawler/middlewares_http.py, crawler/session_ids.py):
a column moved by a 200's `Refresh:` header, a 429 whose `Retry-After` asks for a wait before
the retry, and a session id written into a link's query (`?id=7&jsessionid=…`)."""

from __future__ import annotations

import email.utils
import json
from pathlib import Path

from crawler.middlewares_http import refresh_target, retry_after_seconds
from crawler.replay.sites import same_query_file
from crawler.session_ids import strip_session_id
from tests.crawler.crawl_helpers import query, run_crawl, write_portal

ARTICLE = ("<html><head><title>{title}</title></head><body><h1>{title}</h1><div class='content'>"
           "<p>县委、县人民政府：</p><p>{year}年，我县深入推进法治政府建设。</p>"
           "<p>一、主要举措</p><p>完善制度，规范执法。</p><p>特此报告。</p></div></body></html>")
YEARS = (2024, 2023, 2022, 2021, 2020)
SID = "8E4C1F0A9B27D3C65E11A0B4F7C2D981"


def title(year: int) -> str:
    return f"岭后县{year}年度法治政府建设年度报告"


def article(year: int) -> str:
    return ARTICLE.format(title=title(year), year=year)


def listing(rows: list[tuple[int, str]], pager: str = "", hot: str = "") -> str:
    """A column page: its `rows` (year, link), `pager`, and a 热点信息 box with the `hot` link
    to the newest report."""
    items = "".join(f"<li><a href='{href}'>{title(year)}</a><span>{year + 1}-03-01</span></li>"
                    for year, href in rows)
    box = (f"<div class='rdxx'><h3>热点信息</h3><ul><li><a href='{hot}'>{title(YEARS[0])}</a>"
           "</li></ul></div>") if hot else ""
    return (f"<html><head><title>法治政府建设</title></head><body>{box}<h2>法治政府建设</h2>"
            f"<ul class='list'>{items}</ul><div class='page'>{pager}</div></body></html>")


def rules(sites: Path, host: str, table: dict) -> None:
    (sites / host / "_replay.json").write_text(json.dumps(table), encoding="utf-8")


# -- Refresh: header ------------------------------------------------------------------------

def test_a_refresh_header_is_read_as_the_meta_tag_is() -> None:
    base = "http://a.gov.cn/zwgk/fzzf/"
    assert refresh_target(b"0; url=/new/fzzf/", base) == (0.0, "http://a.gov.cn/new/fzzf/")
    assert refresh_target(b"0;URL='b.html'", base) == (0.0, "http://a.gov.cn/zwgk/fzzf/b.html")
    assert refresh_target(b"30", base) == (None, None)   # reloads itself: no move


def test_a_column_moved_by_a_refresh_header_is_crawled_and_its_stub_never_stored(
        tmp_path: Path) -> None:
    host = "www.refhead.gov.cn"
    rows = [(y, f"/new/fzzf/{y}/t{y}0301_{y}.html") for y in YEARS[:3]]
    # The 2021 report's link is itself a stub whose header sends on to a page that is gone.
    rows.append((2021, "/zwgk/stub2021.html"))
    files = {"zwgk/fzzf/index.html": "", "zwgk/stub2021.html": "<html><body></body></html>",
             "new/fzzf/index.html": listing(rows)}
    files |= {href.lstrip("/"): article(y) for y, href in rows[:3]}
    sites, portals, data = write_portal(tmp_path, "refhead", host, "zwgk/fzzf/", files)
    rules(sites, host, {"headers": {
        "/zwgk/fzzf/": {"Refresh": "0; url=/new/fzzf/"},
        "/zwgk/stub2021.html": {"Refresh": "0;URL='/gone/t2021.html'"}}})
    found = run_crawl(data, sites, [portals], ["refhead"]).portal("refhead")
    assert found["items"] == 3, found   # the 2021 stub is listed, its target gone
    [missing] = found["problems"]
    assert missing["kind"] == "report_not_fetched", found["problems"]
    assert missing["url"] == f"http://{host}/zwgk/stub2021.html"
    assert missing["detail"].endswith(f"at http://{host}/gone/t2021.html"), missing
    urls = {r["url"] for r in query(data / "corpus.db", "SELECT url FROM documents")}
    assert urls == {f"http://{host}{href}" for _, href in rows[:3]}
    # Neither stub was archived as an answer of its own (a redirect, like a 302's).
    archived = {r["final_url"] for r in query(data / "archive.db",
                                              "SELECT final_url FROM responses")}
    assert not {f"http://{host}/zwgk/fzzf/", f"http://{host}/zwgk/stub2021.html"} & archived


# -- Retry-After ----------------------------------------------------------------------------

def test_retry_after_in_seconds_or_as_a_date() -> None:
    now = 1_700_000_000.0
    assert retry_after_seconds(b"2") == 2.0
    assert retry_after_seconds(email.utils.formatdate(now + 30, usegmt=True).encode(),
                               now=now) == 30.0
    assert retry_after_seconds(email.utils.formatdate(now - 30, usegmt=True).encode(),
                               now=now) == 0.0
    assert retry_after_seconds(b"soon") is None and retry_after_seconds(None) is None


def busy_column(tmp_path: Path, slug: str, first: dict) -> tuple:
    """A two-page column whose page 2 answers 429 while the replay rule `first` lasts."""
    host = f"www.{slug}.gov.cn"
    rows = [(y, f"/zwgk/fzzf/{y}/t{y}0301_{y}.html") for y in YEARS]
    pager = "共5条 共2页 <a href='index_1.html'>下一页</a>"
    files = {"zwgk/fzzf/index.html": listing(rows[:3], pager),
             "zwgk/fzzf/index_1.html": listing(rows[3:], "<a href='index.html'>上一页</a>")}
    files |= {href.lstrip("/"): article(y) for y, href in rows}
    sites, portals, data = write_portal(tmp_path, slug, host, "zwgk/fzzf/", files)
    rules(sites, host, {"first": {"/zwgk/fzzf/index_1.html": {"status": 429, **first}}})
    return sites, portals, data, f"http://{host}/zwgk/fzzf/index_1.html"


def lost_page(found: dict, page: str) -> str:
    said = [p["detail"] for p in found["problems"] if p["kind"] == "listing_incomplete"
            and p["detail"].startswith(f"the listing page {page} could not be read")]
    assert said, found["problems"]
    return said[0]


def test_a_429_is_retried_after_the_wait_it_asks_for(tmp_path: Path) -> None:
    sites, portals, data, page2 = busy_column(
        tmp_path, "busyling", {"seconds": 1.0, "headers": {"Retry-After": "1"}})
    crawl = run_crawl(data, sites, [portals], ["busyling"])
    found = crawl.portal("busyling")
    # Retried at once, all three attempts fall inside the second the server refuses.
    assert crawl.requested(page2) == [429, 200], crawl.requests
    assert found["reports_found"] == 5 and not found["problems"], found


def test_a_retry_the_server_appointed_spends_no_blind_retry(tmp_path: Path) -> None:
    sites, portals, data, page2 = busy_column(
        tmp_path, "twicebusy", {"times": 2, "headers": {"Retry-After": "1"}})
    crawl = run_crawl(data, sites, [portals], ["twicebusy"], "-s", "RETRY_TIMES=0")
    assert crawl.requested(page2) == [429, 429, 200], crawl.requests
    assert not crawl.portal("twicebusy")["problems"]


def test_a_wait_past_the_cap_is_given_up_and_said(tmp_path: Path) -> None:
    sites, portals, data, page2 = busy_column(
        tmp_path, "longwait", {"seconds": 3600.0, "headers": {"Retry-After": "3600"}})
    crawl = run_crawl(data, sites, [portals], ["longwait"])
    assert crawl.requested(page2) == [429], crawl.requests   # no retry spent in vain
    said = lost_page(crawl.portal("longwait"), page2)
    assert "retry after 3600 s" in said and "FAZHI_RETRY_AFTER_MAX 60 s" in said, said


def test_the_waits_of_one_request_add_up_to_the_cap(tmp_path: Path) -> None:
    sites, portals, data, page2 = busy_column(
        tmp_path, "everbusy", {"seconds": 3600.0, "headers": {"Retry-After": "1"}})
    crawl = run_crawl(data, sites, [portals], ["everbusy"], "-s", "FAZHI_RETRY_AFTER_MAX=2")
    # Two waits of 1 s fill the cap of 2 s: the third 429 is given up, and said (a blind retry
    # at once would only meet the same 429).
    assert crawl.requested(page2) == [429, 429, 429], crawl.requests
    said = lost_page(crawl.portal("everbusy"), page2)
    assert "retry after 1 s after 2 s waited already" in said, said


# -- ?jsessionid= in a query ----------------------------------------------------------------

def test_session_query_parameters_are_stripped_and_others_kept_in_order() -> None:
    assert strip_session_id(f"http://a.gov.cn/v.jsp?b=2&jsessionid={SID}&a=1#t") == (
        "http://a.gov.cn/v.jsp?b=2&a=1#t")
    assert strip_session_id(f"http://a.gov.cn/v.php?PHPSESSID={SID}") == "http://a.gov.cn/v.php"
    assert strip_session_id(f"http://a.gov.cn/v.jsp;jsessionid={SID}?id=7&JSESSIONID=x") == (
        "http://a.gov.cn/v.jsp?id=7")
    kept = "http://a.gov.cn/v.jsp?id=7&sessionidx=1&sid=2"
    assert strip_session_id(kept) == kept


def test_the_replay_server_answers_a_bare_query_with_the_saved_session_page(
        tmp_path: Path) -> None:
    saved = tmp_path / f"view.jsp@id=7&jsessionid={SID}"
    saved.write_text("x", encoding="utf-8")
    assert same_query_file(tmp_path, "/view.jsp", "id=7") == saved
    assert same_query_file(tmp_path, "/view.jsp", "id=8") is None


def test_a_column_linking_with_query_session_ids_is_stored_under_bare_urls_once(
        tmp_path: Path) -> None:
    host = "www.qsid.gov.cn"
    link = "view.jsp?id={y}&amp;jsessionid={sid}"
    pager = f"共5条 共2页 <a href='list.jsp?catid=1&amp;jsessionid={SID}&amp;pageNo=2'>下一页</a>"
    # The box links the 2024 report under another session's id: the same report.
    files = {"z/list.jsp@catid=1": listing(
                 [(y, link.format(y=y, sid=SID)) for y in YEARS[:3]],
                 pager,
                 hot=link.format(y=2024, sid=SID[::-1])),
             "z/list.jsp@catid=1&pageNo=2": listing(
                 [(y, link.format(y=y, sid=SID)) for y in YEARS[3:]],
                 "<a href='list.jsp?catid=1'>上一页</a>")}
    files |= {f"z/view.jsp@id={y}&jsessionid={SID}": article(y) for y in YEARS}
    sites, portals, data = write_portal(tmp_path, "qsid", host, "z/list.jsp?catid=1", files)
    crawl = run_crawl(data, sites, [portals], ["qsid"])
    found = crawl.portal("qsid")
    assert found["reports_found"] == 5 and not found["problems"], found
    urls = [r["url"] for r in query(data / "corpus.db", "SELECT url FROM documents")]
    assert sorted(urls) == sorted(f"http://{host}/z/view.jsp?id={y}" for y in YEARS)
    assert not [u for _, u, _ in crawl.requests if "jsessionid" in u.lower()], crawl.requests
    assert len(crawl.requested(f"http://{host}/z/view.jsp?id=2024")) == 1, crawl.requests
