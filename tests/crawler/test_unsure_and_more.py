# ruff: noqa: E501  -- the HTML samples keep the one-line-per-item shape of real listings
"""Round 2 of issue 9 without a crawl: listing titles cut short (the page's own title decides),
"更多" links from a section page to the full column, a Hanweb column whose record count is
only in its jpage call, a Hanweb column rendered on the server, a gkmlpt report published as a
file linked only from its DETAIL JSON — and the ledger counting each."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler.families.chain import might_be_report
from crawler.families.completeness import Ledger
from crawler.families.links import ListingEntry
from crawler.families.pagers import LISTING_ROOT, leads_to_reports
from crawler.items import ReportItem
from crawler.paging import more_links
from crawler.spiders.portals import spider_class_for
from settings.registry import Portal

HOST = "www.a.gov.cn"


def make_spider(family: str, start_url: str):
    portal = Portal(slug=f"t_{family}", name="测试", division_code="420105", level="district",
                    province="湖北省", family=family, start_urls=(start_url,),
                    allowed_domains=(HOST,))
    spider_cls = spider_class_for(portal)
    crawler = get_crawler(spider_cls, settings_dict={"FAZHI_ATTACHMENT_MAXSIZE": 1234})
    return spider_cls.from_crawler(crawler), crawler.stats


def answer(request: Request, body: str) -> HtmlResponse:
    return HtmlResponse(request.url, body=body.encode(), encoding="utf-8", request=request)


def html(url: str, body: str) -> HtmlResponse:
    return HtmlResponse(url, body=body.encode(), encoding="utf-8", request=Request(url))


def test_a_cut_title_that_may_be_a_report() -> None:
    assert might_be_report("横塘县人民政府关于2023年法治政府建设情况的报...")
    assert might_be_report("中共桐源县委 桐源县人民政府关于2024年度法治…")
    assert not might_be_report("横塘县人民政府关于2023年法治政府建设情况")   # not cut: classify decides
    assert not might_be_report("漕湖区召开2024年度法治政府建设工作推...")      # a meeting
    assert not might_be_report("一图读懂《桐源县2025年度法治政府建设情况报告...")  # 解读
    assert not might_be_report("漕湖区人民政府2025年政府信息公开工作...")      # no 法治
    assert not might_be_report("关于法治政府建设的通...")                        # no year


def test_the_page_title_decides_a_cut_listing_title() -> None:
    base = f"http://{HOST}/html/fzzfjs/"
    spider, stats = make_spider("generic", base + "list.html")
    report = ListingEntry(base + "202402/2871.html", "横塘县人民政府关于2023年法治政府建设情况的报...")
    notice = ListingEntry(base + "202603/3001.html", "横塘县人民政府办公室关于印发2026年横塘县法治...")
    (first,) = spider.follow_entry(report, root=base + "list.html")
    (second,) = spider.follow_entry(notice, root=base + "list.html")
    page = ('<html><head><title>横塘县人民政府关于2023年法治政府建设情况的报告 - 横塘县人民政府</title>'
            '</head><body><h1>横塘县人民政府关于2023年法治政府建设情况的报告</h1><p>正文</p></body></html>')
    (item,) = first.callback(answer(first, page), **first.cb_kwargs)
    assert isinstance(item, ReportItem)
    assert (item.title, item.report_year) == ("横塘县人民政府关于2023年法治政府建设情况的报告", 2023)
    other = '<html><head><title>横塘县人民政府办公室关于印发2026年横塘县法治政府建设工作要点的通知</title></head></html>'
    assert list(second.callback(answer(second, other), **second.cb_kwargs)) == []
    assert stats.get_value("fazhi/skipped/page_title_not_report") == 1
    assert spider.report_years == {2023}
    # both were listed as possible reports and fetched: nothing to report
    assert not [p for p in spider.ledger.problems() if p["kind"] == "report_not_fetched"]


def test_a_cut_title_never_fetched_is_loud() -> None:
    ledger = Ledger()
    base = f"http://{HOST}/x/"
    spider, _ = make_spider("generic", base + "list.html")
    spider.ledger = ledger
    list(spider.follow_entry(ListingEntry(base + "1.html", "某县关于2019年度法治政府建设工作的..."),
                             root=base + "list.html"))
    ledger.page_read(base + "list.html", base + "list.html", [base + "1.html"])
    assert [p["kind"] for p in ledger.problems()] == ["report_not_fetched"]


SECTION = """<html><body>
<div class="blk"><div class="hd"><span>政策文件</span><a class="more" href="/zwgk/zcwj/">更多&gt;&gt;</a></div>
<ul><li><a href="/zwgk/zcwj/202603/t1.html">某市人民政府关于印发2026年法治政府建设工作要点的通知</a></li>
<li><a href="/zwgk/zcwj/202602/t2.html">某市优化营商环境若干措施</a></li></ul></div>
<div class="blk"><div class="hd"><span>法治政府建设年度报告</span><a class="more" href="/zwgk/fzzfjsndbg/index.html">更多&gt;&gt;</a></div>
<ul><li><a href="/zwgk/fzzfjsndbg/202602/t3.html">某市2025年政府信息公开工作年度报告</a></li>
<li><a href="/zwgk/fzzfjsndbg/202601/t4.html">某市召开法治政府建设推进会</a></li></ul></div>
<div class="blk"><div class="hd"><span>最新动态</span><a href="/zwgk/zxdt/">more</a></div>
<ul><li><a href="/zwgk/zxdt/t5.html">某市2024年度法治政府建设情况报告</a></li><li><a href="/zwgk/zxdt/t6.html">新闻</a></li></ul></div>
</body></html>"""


def test_more_links_that_lead_to_the_report_column() -> None:
    url = f"http://{HOST}/zwgk/"
    found = {more.url: more for more in more_links(SECTION, url)}
    assert set(found) == {f"http://{HOST}/zwgk/zcwj/", f"http://{HOST}/zwgk/fzzfjsndbg/index.html",
                          f"http://{HOST}/zwgk/zxdt/"}
    assert found[f"http://{HOST}/zwgk/zcwj/"].heading.startswith("政策文件")
    # followed: headed by the column's name (no report among its newest items), or listing a
    # report; not: a block of policy files that only mentions 法治政府建设 in an item
    assert [u for u, more in found.items() if leads_to_reports(more)] == [
        f"http://{HOST}/zwgk/fzzfjsndbg/index.html", f"http://{HOST}/zwgk/zxdt/"]


def test_a_more_link_is_a_listing_of_its_own_counted_by_its_parent() -> None:
    url = f"http://{HOST}/zwgk/"
    spider, _ = make_spider("ucap", url)
    column = f"http://{HOST}/zwgk/fzzfjsndbg/index.html"
    requests = [r for r in spider.next_listing_requests(html(url, SECTION))
                if r.url == column]
    assert len(requests) == 1 and requests[0].meta[LISTING_ROOT] == column
    ledger = spider.ledger
    ledger.page_read(url, url, [])
    problems = {(p["kind"], p["url"]) for p in ledger.problems()}
    # the column behind 更多 never came in: loud; no report anywhere yet: the section is empty
    assert ("listing_incomplete", column) in problems
    assert ("column_empty", url) in problems and ("column_empty", column) not in problems
    ledger.page_read(column, column, [column + "t9.html"])
    ledger.report_listed(column, column + "t9.html", "某市2024年度法治政府建设情况报告")
    ledger.report_fetched(column + "t9.html")
    ledger.page_read(f"http://{HOST}/zwgk/zxdt/", f"http://{HOST}/zwgk/zxdt/", [])
    assert ledger.problems() == []      # the column's reports count for the section page


HANWEB_JPAGE_ONLY = """<html><body><div id="40117"><script type="text/xml"><datastore>
<nextgroup><![CDATA[<a href="/module/xxgk/jpage/dataproxy.jsp?page=1&appid=1&webid=23&columnid=5128"></a>]]></nextgroup>
<recordset>
<record><![CDATA[<li><a href="/art/2026/2/6/art_5128_1.html" title="某区2025年度法治政府建设情况报告">某区2025年度法治政府建设...</a><span>[2026-02-06]</span></li>]]></record>
<record><![CDATA[<li><a href="/art/2026/1/6/art_5128_2.html">某区新闻</a><span>[2026-01-06]</span></li>]]></record>
</recordset></datastore></script></div>
<script>$('#40117').jpage({proxyUrl: '/module/xxgk/jpage/dataproxy.jsp', perPage: 2, totalRecord: 5,
ajaxParam: {col: 1, appid: 1, webid: 23, path: '/', columnid: 5128, unitid: '40117'}});</script>
</body></html>"""


def test_hanweb_record_count_from_the_jpage_call() -> None:
    url = f"http://{HOST}/col/col5128/index.html"
    spider, _ = make_spider("hanweb", url)
    requests = list(spider.next_listing_requests(html(url, HANWEB_JPAGE_ONLY)))
    windows = [{k: v[0] for k, v in parse_qs(urlsplit(r.url).query).items()} for r in requests]
    assert windows == [{"startrecord": "3", "endrecord": "4", "perpage": "2"},
                       {"startrecord": "5", "endrecord": "5", "perpage": "2"}]
    assert {urlsplit(r.url).path for r in requests} == {"/module/xxgk/jpage/dataproxy.jsp"}
    assert spider.ledger.tally(url).declared_records == 5


def test_hanweb_column_rendered_on_the_server() -> None:
    url = f"http://{HOST}/col/col3305/index.html"
    page = ('<html><body><div id="881"><ul>'
            '<li><a href="/art/2026/2/3/art_3305_1.html">某县2025年度法治政府建设情况报告</a><span>2026年02月03日</span></li>'
            '<li><a href="/col/col1051/index.html">政务公开</a></li></ul>'
            '<div class="page">共2页 <a href="/col/col3305/index.html?uid=881&amp;pageNum=2">下一页</a></div>'
            '</div></body></html>')
    spider, _ = make_spider("hanweb", url)
    response = html(url, page)
    assert [(e.url, e.published) for e in spider.listing_entries(response)] == [
        (f"http://{HOST}/art/2026/2/3/art_3305_1.html", "2026-02-03")]
    assert [r.url for r in spider.next_listing_requests(response)] == [
        url + "?uid=881&pageNum=2"]


GKMLPT_FILE_ONLY = """<html><head><title>某区2021年法治政府建设年度报告</title></head><body><div id="app"></div>
<script>window._CONFIG = {
    SID: '440816',
    DETAIL: {"id": 7, "title": "\\u67d0\\u533a2021", "content": "<p>\\u9644\\u4ef6\\uff1a<a class=\\"nfw-cms-attachment\\" href=\\"http:\\/\\/www.a.gov.cn\\/attachment\\/0\\/1\\/7.docx\\">7.docx<\\/a><\\/p>",
             "attachment": [{"id": 1, "name": "x.pdf", "url": "http://www.a.gov.cn/attachment/0/1/8.pdf"},
                            {"id": 2, "name": "elsewhere.pdf", "url": "http://other.example.cn/9.pdf"}]},
    THEME: 'default'
};</script></body></html>"""


def test_gkmlpt_attachments_from_the_detail_json() -> None:
    url = f"http://{HOST}/gkmlpt/content/1/1/post_7.html"
    spider, _ = make_spider("gkmlpt", f"http://{HOST}/gkmlpt/index#1796")
    (first,) = spider.follow_entry(ListingEntry(url, "某区2021年法治政府建设年度报告"))
    (request,) = first.callback(answer(first, GKMLPT_FILE_ONLY), **first.cb_kwargs)
    fetch = request.cb_kwargs["fetch"]
    assert [request.url, *fetch.pending_attachments] == [
        f"http://{HOST}/attachment/0/1/7.docx", f"http://{HOST}/attachment/0/1/8.pdf"]
    assert request.meta["fazhi_role"] == "attachment"


def test_more_links_back_to_a_listing_make_no_loop() -> None:
    ledger = Ledger()
    ledger.page_read("A", "A", [])
    ledger.more_link("A", "B")
    ledger.more_link("B", "A")          # the column links back to the start page
    ledger.page_read("B", "B", ["r"])
    ledger.report_listed("B", "r", "某区2024年度法治政府建设情况报告")
    ledger.report_fetched("r")
    assert ledger.tally("A").parent is None and ledger.problems() == []
