"""A registered page as a browser shows it: a page that is only a script jump leads to the
column (followed once, on the site; off the site a named failure), and a `<frameset>` page's
frames are read like its iframes, the catalogue frame of a start page searched for the column's
name (held-out round 12's heqiao and zhichuan). The crawls: tests/portals/yutang, jiangkou."""

from __future__ import annotations

from parsel import Selector
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler.families.column_links import JUMPED
from crawler.families.completeness import Ledger
from crawler.paging import read_paging
from crawler.shells import script_jump
from crawler.spiders.portals import spider_class_for
from settings.registry import Portal

START = "http://www.a.gov.cn/zwgk/fzzf/"


def jump(script: str) -> str | None:
    return script_jump(Selector(text=f"<html><head><script>{script}</script></head></html>"),
                       START)


def test_a_jump_is_a_literal_url_the_script_goes_to_as_it_loads() -> None:
    assert jump('window.location.href = "/zwgk/fzzf/list/index.html";') == (
        "http://www.a.gov.cn/zwgk/fzzf/list/index.html")
    assert jump("location.replace('list.shtml')") == START + "list.shtml"
    assert jump("top.location='http://www.b.gov.cn/'") == "http://www.b.gov.cn/"
    # a function's jump waits for a click; a built URL or a conditional jump is none
    assert jump('function home() { location.href = "/"; }\nvar a = 1;') is None
    assert jump("location.href = 'list_' + n + '.html';") is None
    assert jump("if (isMobile) { location.href = '/m/'; }") is None
    assert jump('function back() { location.href = "/"; }\nlocation.assign("l.html");') == (
        START + "l.html")


def spider_on(start: str):
    portal = Portal(slug="t_jump", name="测试", division_code="440399", level="county",
                    province="广东省", family="generic", start_urls=(start,),
                    allowed_domains=("www.a.gov.cn",))
    spider_cls = spider_class_for(portal)
    return spider_cls.from_crawler(get_crawler(spider_cls))


def page(url: str, body: str, meta: dict | None = None) -> HtmlResponse:
    request = Request(url, meta=meta or {})
    return HtmlResponse(url, body=body.encode(), encoding="utf-8", request=request)


def test_a_start_page_that_only_jumps_leads_to_its_column_once() -> None:
    spider = spider_on(START)
    body = '<html><body><script>window.location.href = "list/index.html";</script></body></html>'
    requests = list(spider.parse_listing(page(START, body)))
    assert [r.url for r in requests] == [START + "list/index.html"]
    assert requests[0].meta["fazhi_listing_root"] == START
    # where a jump led, a jump is not followed on
    assert list(spider.parse_listing(page(START + "list/index.html", body,
                                          {JUMPED: True}))) == []


def test_a_jump_off_the_site_is_a_named_failure() -> None:
    spider = spider_on(START)
    body = '<html><body><script>location.replace("http://www.b.gov.cn/x/");</script></body></html>'
    assert list(spider.parse_listing(page(START, body))) == []
    kinds = [problem["kind"] for problem in spider.ledger.problems()]
    assert "offsite_redirect" in kinds
    ledger = Ledger()
    ledger.jump_refused(START, "http://www.b.gov.cn/x/")
    assert ledger.problems()[0]["url"] == START


def test_frames_of_a_frameset_are_read_like_iframes() -> None:
    frameset = ('<html><frameset rows="100,*"><frame src="top.html"><frameset cols="200,*">'
                '<frame name="left" src="/xxgk/tree.html"><frame src="zn/index.html">'
                "</frameset></frameset></html>")
    requests = read_paging(frameset, "http://www.a.gov.cn/xxgk/index.html").next_requests
    assert [(r.url, r.frame) for r in requests] == [
        ("http://www.a.gov.cn/xxgk/top.html", True), ("http://www.a.gov.cn/xxgk/tree.html", True),
        ("http://www.a.gov.cn/xxgk/zn/index.html", True)]
