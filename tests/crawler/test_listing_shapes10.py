"""Shapes of held-out round 10, read without a crawl: a 信息详情 page that only points at its
article (an `<iframe>` of it or a 查看原文 link: the article is its next page), and a JSON list
API whose page number counts from 0 (read from the page's own script). The crawls:
tests/portals/zhuyuan, lingshui."""

from __future__ import annotations

from parsel import Selector

from crawler.paging import PageRequest
from crawler.paging_api import ajax_paging, json_paging
from crawler.paging_start import first_page
from crawler.shells import pointer_pages

DETAIL = "http://www.a.gov.cn/xxgk/detail.jsp?id=7"
META = ("<table><tr><th>索引号</th><td>A7</td><th>发布机构</th><td>某县人民政府</td></tr>"
        "<tr><th>信息名称</th><td>某县2024年度法治政府建设情况报告</td></tr></table>")


def detail(pointer: str, text: str = "") -> Selector:
    return Selector(text=f"<html><body><h2>信息详情</h2>{META}<div>{pointer}</div>{text}"
                         "</body></html>")


def test_a_pointer_page_leads_to_the_one_article_it_frames_or_links() -> None:
    framed = detail('<iframe src="/art/2025/3/2/art_1_9.html"></iframe>')
    assert pointer_pages(framed, DETAIL) == ["http://www.a.gov.cn/art/2025/3/2/art_1_9.html"]
    linked = detail('本信息正文请点击查看：<a href="../art/9.html">查看原文</a>')
    assert pointer_pages(linked, DETAIL) == ["http://www.a.gov.cn/art/9.html"]
    # an article with text of its own frames a video or a map: not a pointer
    body = "<p>" + "一、主要举措和成效。严格规范公正文明执法。" * 30 + "</p>"
    assert pointer_pages(detail('<iframe src="/video/1.html"></iframe>', body), DETAIL) == []
    # another host, a file, two articles, the site's root: nothing to follow
    assert pointer_pages(detail('<iframe src="http://map.b.com/x.html"></iframe>'), DETAIL) == []
    assert pointer_pages(detail('<a href="/f/7.pdf">查看原文</a>'), DETAIL) == []
    assert pointer_pages(detail('<iframe src="/a/1.html"></iframe><iframe src="/a/2.html">'
                                "</iframe>"), DETAIL) == []
    assert pointer_pages(detail('<a href="/">查看原文</a>'), DETAIL) == []


SCRIPT_BY_FUNCTION = """function loadPage(pageNum) {
  $.ajax({url: "/api/article/list", type: "GET", dataType: "json",
          data: {columnId: "8a7c", pageNum: pageNum, pageSize: 6}});
}
$(function () { loadPage(0); });"""
SCRIPT_BY_VARIABLE = """var page = 0;
function more() { $.getJSON("/api/list", {col: 3, page: page, size: 10}, draw); page++; }"""
SCRIPT_FROM_ONE = SCRIPT_BY_FUNCTION.replace("loadPage(0)", "loadPage(1)")
URL = "http://www.a.gov.cn/col/index.html"


def test_the_first_page_number_is_read_from_the_script() -> None:
    first = ajax_paging(f"<script>{SCRIPT_BY_FUNCTION}</script>", URL).next_requests
    assert [r.url for r in first] == [
        "http://www.a.gov.cn/api/article/list?columnId=8a7c&pageNum=0&pageSize=6"]
    assert first[0].first == 0
    by_variable = ajax_paging(f"<script>{SCRIPT_BY_VARIABLE}</script>", URL).next_requests
    assert by_variable[0].url == "http://www.a.gov.cn/api/list?col=3&page=0&size=10"
    assert ajax_paging(f"<script>{SCRIPT_FROM_ONE}</script>", URL).next_requests[0].first == 1
    assert first_page("", "pageNo: 0", "pageNo", 0) == 0          # sent literally
    assert first_page("var pageNo = 10;", "pageNo: pageNo", "pageNo", 0) == 1


def test_the_pages_after_page_0_are_1_to_the_last() -> None:
    page0 = PageRequest("http://www.a.gov.cn/api/list?pageNum=0", answer="json",
                        formdata=(("pageNum", "0"),), page_field="pageNum", first=0)
    paging = json_paging({"data": {"total": 15, "pageSize": 6, "rows": [{}] * 6}}, page0,
                         shown=6)
    assert paging.declared_pages == 3
    assert [dict(r.formdata)["pageNum"] for r in paging.next_requests] == ["1", "2"]
    page1 = PageRequest("http://www.a.gov.cn/api/list?pageNum=1", answer="json",
                        formdata=(("pageNum", "1"),), page_field="pageNum")
    assert [dict(r.formdata)["pageNum"] for r in json_paging(
        {"total": 15, "pageSize": 6, "rows": []}, page1, shown=6).next_requests] == ["2", "3"]


def test_an_api_counted_from_0_with_no_total_pages_on_until_no_rows() -> None:
    page0 = PageRequest("http://www.a.gov.cn/api/list?page=0", answer="json",
                        formdata=(("page", "0"),), page_field="page", first=0)
    paging = json_paging({"rows": [{}] * 6}, page0, shown=6)
    assert paging.declared_pages is None
    assert [dict(r.formdata)["page"] for r in paging.next_requests] == ["1"]
    page2 = PageRequest("http://www.a.gov.cn/api/list?page=2", answer="json",
                        formdata=(("page", "2"),), page_field="page", first=0)
    assert [dict(r.formdata)["page"] for r in json_paging(
        {"rows": [{}] * 3}, page2, shown=3).next_requests] == ["3"]
    assert json_paging({"rows": []}, page2, shown=0).next_requests == []   # no rows: the end
    # counted from 1 with no total: paged on the same way (held-out round 23's changping)
    page1 = PageRequest("http://www.a.gov.cn/api/list?page=1", answer="json",
                        formdata=(("page", "1"),), page_field="page")
    assert [dict(r.formdata)["page"] for r in json_paging(
        {"rows": [{}] * 6}, page1, shown=6).next_requests] == ["2"]
