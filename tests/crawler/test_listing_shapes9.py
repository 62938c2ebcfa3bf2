# ruff: noqa: E501  -- the HTML samples keep the one-line-per-item shape of real listings
"""Listing shapes of held-out round 9, read without a crawl (crawler/families/column_links.py):
a 信息公开 catalogue whose tree its script fills from a JSON call (the node named like the
report column is the column), and a registered page that lists no report but links the column
by its name on another host of the same government. The crawls: tests/portals/lanshan, hequ."""

from __future__ import annotations

from typing import Any

from scrapy.http import HtmlResponse, Request, TextResponse

from crawler.families.column_links import names_column, tree_nodes
from crawler.paging import fill_between
from crawler.spiders.portals import spider_class_for
from settings.registry import Portal

CATALOGUE = "http://www.a.gov.cn/xxgk/index.html"
TREE_PAGE = """<html><body><ul id="tree" class="ztree"></ul>
<iframe id="listFrame" src="/xxgk/xxgkzn/list.html"></iframe>
<script>
var setting = {data: {simpleData: {enable: true, idKey: "id", pIdKey: "pId"}}};
$(function () {
  $.getJSON("/xxgk/getTree.do", {siteId: "a", parentId: "0"}, function (res) {
    $.fn.zTree.init($("#tree"), setting, res.data);
  });
});
</script></body></html>"""
TREE = ('{"code": 0, "data": ['
        '{"id": "1", "pId": "0", "name": "政府信息公开指南", "listUrl": "/xxgk/xxgkzn/list.html"},'
        '{"id": "2", "pId": "0", "name": "法定主动公开内容", "isParent": true, "children": ['
        '  {"id": "21", "pId": "2", "name": "政策文件", "url": "/xxgk/zcwj/list.html"},'
        '  {"id": "22", "pId": "2", "name": "法治政府建设年度报告", "url": "/xxgk/fzbg/list.html"}]},'
        '{"id": "3", "pId": "0", "name": "政府信息公开年报", "listUrl": "/xxgk/nb/list.html"}]}')


def spider(start: str, *domains: str) -> Any:
    portal = Portal(slug="t_shapes9", name="测试", division_code="440999", level="county",
                    province="广东省", family="generic", start_urls=(start,),
                    allowed_domains=domains or ("www.a.gov.cn",))
    return spider_class_for(portal)()


def page(url: str, text: str, **meta: Any) -> HtmlResponse:
    return HtmlResponse(url, body=text.encode(), encoding="utf-8",
                        request=Request(url, meta=meta))


def test_tree_nodes_and_the_column_name_test() -> None:
    import json

    nodes = dict(tree_nodes(json.loads(TREE)))
    assert nodes["法治政府建设年度报告"] == "/xxgk/fzbg/list.html"   # a child node, key `url`
    assert "法定主动公开内容" not in nodes                            # a folder: no URL
    picked = [name for name, href in nodes.items() if names_column(href, name, 90)]
    assert picked == ["法治政府建设年度报告"]   # not 指南, 年报, 政策文件
    # a report's own title is no column, nor is the whole name asked of a bare 法治政府建设
    assert not names_column("/a/1.html", "某县2024年度法治政府建设年度报告", 90)
    assert names_column("/a/", "法治政府建设", 90) and not names_column("/a/", "法治政府建设", 100)


def test_a_catalogue_tree_call_leads_to_the_node_named_like_the_column() -> None:
    crawl = spider(CATALOGUE)
    calls = list(crawl.column_link_requests(page(CATALOGUE, TREE_PAGE), []))
    assert [(r.method, r.url) for r in calls] == [
        ("GET", "http://www.a.gov.cn/xxgk/getTree.do?siteId=a&parentId=0")]
    answer = TextResponse(calls[0].url, body=TREE.encode(), encoding="utf-8",
                          request=calls[0])
    listings = list(crawl.parse_tree(answer))
    assert [r.url for r in listings] == ["http://www.a.gov.cn/xxgk/fzbg/list.html"]
    # a listing of its own, declared by the catalogue: left unread, a shortfall
    assert crawl.ledger.tallies["http://www.a.gov.cn/xxgk/fzbg/list.html"].parent == CATALOGUE
    # no tree drawn from data: the page's calls are no catalogue's
    plain = (TREE_PAGE.replace("ztree", "list").replace("zTree", "x")
             .replace("simpleData", "d").replace("getTree", "getList"))
    assert list(spider(CATALOGUE).column_link_requests(page(CATALOGUE, plain), [])) == []


TOPIC = "http://www.b.gov.cn/gov/rule-of-law/index.html"
TOPIC_PAGE = """<html><body><div class="nav"><a href="/col/nav_3/">法治政府建设</a></div>
<div class="topic-nav"><a href="/gov/rule-of-law/news/">法治动态</a>
<a href="http://sfj.b.gov.cn/gov/rule-of-law/annual-report/">法治政府建设年度报告</a>
<a href="http://sfj.c.gov.cn/fzbg/">法治政府建设年度报告</a>
<a href="http://www.b.gov.cn/xxgk/nb/">政府信息公开工作年度报告</a></div>
<ul><li><a href="/gov/rule-of-law/news/1.html">某县召开2025年全面依法治县委员会会议</a><span>2025-04-15</span></li></ul>
</body></html>"""


def test_a_start_page_with_no_report_follows_the_column_it_names_on_a_same_site_host() -> None:
    from crawler.families.links import ListingEntry

    crawl = spider(TOPIC, "www.b.gov.cn")
    news = [ListingEntry("http://www.b.gov.cn/gov/rule-of-law/news/1.html",
                         "某县召开2025年全面依法治县委员会会议")]
    requests = list(crawl.column_link_requests(page(TOPIC, TOPIC_PAGE), news))
    # the sibling host of the same registrable domain, let through the offsite rule; never
    # another government's host, nor the mega-menu's bare 法治政府建设
    assert [r.url for r in requests] == ["http://sfj.b.gov.cn/gov/rule-of-law/annual-report/"]
    assert requests[0].meta["allow_offsite"] is True
    # a page that lists a report is the column: nothing followed by name
    report = ListingEntry("http://www.b.gov.cn/a/2.html", "某县2024年度法治政府建设年度报告")
    assert list(spider(TOPIC, "www.b.gov.cn").column_link_requests(
        page(TOPIC, TOPIC_PAGE), [report])) == []
    # a listing page that is not the registered page: its links are not followed by name
    other = "http://www.b.gov.cn/gov/other/index.html"
    assert list(spider(TOPIC, "www.b.gov.cn").column_link_requests(
        page(other, TOPIC_PAGE), news)) == []


def test_the_last_page_numbers_its_shape_with_its_own_number() -> None:
    # page 3 of 3 links list.html (首页/上一页 page 1) and ?page=2: no ?page=1 invented
    last = "http://www.a.gov.cn/x/list.html?page=3&size=6"
    assert fill_between(last, ["http://www.a.gov.cn/x/list.html",
                               "http://www.a.gov.cn/x/list.html?page=2&size=6"], pages=3) == [
        "http://www.a.gov.cn/x/list.html?page=2&size=6"]
    # TRS: the last page index_2.html of 3 links index_1.html: page 1 is index.html
    trs = "http://www.a.gov.cn/x/index_2.html"
    assert fill_between(trs, ["http://www.a.gov.cn/x/index_1.html"], pages=3) == [
        "http://www.a.gov.cn/x/index_1.html"]
