# ruff: noqa: E501  -- the HTML samples keep the one-line-per-item shape of real listings
"""Listing shapes of held-out round 8, read without a crawl: a TRS WAS5 answer that is a
JavaScript object literal (crawler/paging_api.py), a Hanweb column rendered on the server and
paged by `?uid=…&pageNum=N` from its script's names (crawler/paging_jump.py,
crawler/paging_options.py, crawler/families/hanweb.py), a form submitted through a name its
page function gives it (crawler/paging_form.py), and the one scan of script-opened rows
(crawler/families/onclick_rows.py). The crawls: tests/portals/luxia, dongshi, xiling."""

from __future__ import annotations

from urllib.parse import urlsplit

from parsel import Selector
from scrapy.http import HtmlResponse, Request

from crawler.families.hanweb import site_proxy_path
from crawler.families.onclick_rows import scan_rows
from crawler.json_answers import json_records, json_text
from crawler.page_functions import function_template
from crawler.paging import PageRequest, read_paging
from crawler.paging_api import json_paging
from crawler.paging_options import plugin_paging
from crawler.spiders.portals import spider_class_for
from settings.registry import Portal

BASE = "http://www.a.gov.cn/zwgk/fzzf/"
# docs.jsp: raw tabs inside strings, a comma after the last document and the last key
WAS5 = ('{"count":"9","pagecount":"3","page":"1","docs":[\n'
        '{"title":"某县2025年度法治政府建设情况报告","url":"/zwgk/t20260227_1.htm",'
        '"time":"2026-02-27","content":"\t一、主要举措\t二、存在不足"},\n'
        "{'title':'某县召开推进会',url:'/zwgk/t20250611_2.htm','time':'2025-06-11',},\n"
        '],}')


def test_a_javascript_object_literal_answer_is_read() -> None:
    data = json_text(WAS5)
    assert [r["url"] for r in json_records(data)] == ["/zwgk/t20260227_1.htm",
                                                      "/zwgk/t20250611_2.htm"]
    assert data["docs"][0]["content"] == "\t一、主要举措\t二、存在不足"
    request = PageRequest("http://www.a.gov.cn/was5/web/search?page=1",
                          formdata=(("page", "1"),), answer="json", page_field="page")
    paging = json_paging(data, request, shown=2)
    assert paging.declared_pages == 3   # `pagecount`, lower-case as WAS5 writes it
    assert [r.url for r in paging.next_requests] == [
        f"http://www.a.gov.cn/was5/web/search?page={n}" for n in (2, 3)]
    # text that is no object or array literal stays unread
    assert [json_text(t) for t in ("<html><body>暂无</body></html>", "暂无信息", "")] == [None] * 3


HANWEB_PAGE = """<div id="41207"><ul class="List_list">
<li><a href="/dsx/art/2026/2/3/art_5512_1.html" title="某县2025年度法治政府建设情况报告">某县2025年度法治政府建设情况报告</a><span>2026-02-03</span></li>
</ul></div><div id="pager"></div>
<script src="/module/jslib/jquery/jpage/jquery.page.min.js"></script>
<script>
var unitid = '41207', total = 10, size = 4;
function turnPage(p) { window.location.href = '/dsx/col/col5512/index.html?uid=' + unitid + '&pageNum=' + p; }
$('#pager').jpage({totalRecord: total, perPage: size, pageNum: 1, callback: turnPage});
</script>"""
COLUMN = "http://www.qiancheng.gov.cn/dsx/col/col5512/index.html"


def test_a_page_function_url_reads_the_names_of_the_page() -> None:
    assert function_template("turnPage", HANWEB_PAGE, COLUMN) == (
        "http://www.qiancheng.gov.cn/dsx/col/col5512/index.html?uid=41207&pageNum={}")


def test_a_pager_plugin_hands_its_pages_to_a_page_function() -> None:
    pages, urls = plugin_paging(HANWEB_PAGE, COLUMN)
    assert (pages, urls) == (3, [f"{COLUMN}?uid=41207&pageNum={n}" for n in (2, 3)])
    # named counts with no page function to hand them to: declared, no page guessed
    unnamed = HANWEB_PAGE.replace(", callback: turnPage", "")
    assert plugin_paging(unnamed, COLUMN) == (3, [])
    # the callback written inline: its own URL, or a page function it calls with its page
    for inline in ("function (n) { turnPage(n); }",
                   "function (p, e) { location.href = 'index.html?uid=' + unitid + '&pageNum=' + p; }"):
        page = HANWEB_PAGE.replace("callback: turnPage", f"callback: {inline}")
        assert plugin_paging(page, COLUMN)[1] == [f"{COLUMN}?uid=41207&pageNum={n}" for n in (2, 3)]
    # a callback asking an API for the page is the JSON readers' (no page URL from it)
    api = ("<script>function loadList(n) { $.getJSON('/api/list?page=' + n, draw); }</script>"
           + HANWEB_PAGE.replace("callback: turnPage", "callback: loadList"))
    assert plugin_paging(api, COLUMN) == (3, [])


def hanweb_spider(url: str):  # noqa: ANN201 - a spider class built from a test entry
    host = urlsplit(url).hostname or ""
    portal = Portal(slug="t_hanweb8", name="测试", division_code="430999", level="county",
                    province="湖南省", family="hanweb", start_urls=(url,),
                    allowed_domains=(host,))
    return spider_class_for(portal)()


def test_a_hanweb_column_rendered_on_the_server_pages_itself() -> None:
    response = HtmlResponse(COLUMN, body=HANWEB_PAGE.encode(), encoding="utf-8",
                            request=Request(COLUMN))
    requests = list(hanweb_spider(COLUMN).next_listing_requests(response))
    # no data proxy POST the page never names: its own ?uid=&pageNum= pages
    assert [(r.method, r.url) for r in requests] == [
        ("GET", f"{COLUMN}?uid=41207&pageNum={n}") for n in (2, 3)]


def test_the_data_proxy_sits_under_the_prefix_the_page_loads_modules_from() -> None:
    default = "/module/web/jpage/dataproxy.jsp"
    assert site_proxy_path('<script src="/dsx/module/jslib/a.js"></script>', default) == (
        "/dsx/module/web/jpage/dataproxy.jsp")
    assert site_proxy_path('<script src="/module/jslib/a.js"></script>', default) == default
    named = "<script>$('#x').jpage({proxyUrl: '/p/dataproxy.jsp'});</script>"
    assert site_proxy_path(named + '<script src="/dsx/module/a.js">', default) == (
        "/p/dataproxy.jsp")


FRAMED = """<table><tr><td>1</td><td><a href="/xxgk/t1.html">某县2025年度法治政府建设情况报告</a></td>
<td>2026-02-24</td></tr></table>
<form name="pageForm" method="post" action="iList.jsp?node_id=GK&cat_id=7">
<input type="hidden" name="cur_page" value="1"><input type="hidden" name="page_size" value="8">
</form>
<div class="pager">共18条 第1/3页 <a href="javascript:toPage(2)">下一页</a>
<a href="javascript:toPage(3)">尾页</a></div>
<script>function toPage(n) { var f = document.pageForm; f.cur_page.value = n; f.submit(); }</script>"""


def test_a_form_submitted_through_a_name_is_posted_for_each_page() -> None:
    url = "http://www.a.gov.cn/info/iList.jsp?node_id=GK&cat_id=7"
    paging = read_paging(FRAMED, url)
    assert [(r.method, r.url, dict(r.formdata)) for r in paging.next_requests] == [
        ("POST", url, {"cur_page": str(n), "page_size": "8"}) for n in (2, 3)]
    # the same through a jQuery object's element
    jquery = FRAMED.replace("var f = document.pageForm;", "var f = $('form[name=pageForm]')[0];")
    assert len(read_paging(jquery, url).next_requests) == 2
    # a form with no action attribute, given one by the page function before it submits
    scripted = FRAMED.replace(' action="iList.jsp?node_id=GK&cat_id=7"', "").replace(
        "f.submit();", "f.action = 'iList.jsp?node_id=GK&cat_id=7'; f.submit();")
    framed_at = "http://www.a.gov.cn/info/frame.html"
    assert {r.url for r in read_paging(scripted, framed_at).next_requests} == {url}


ROWS = ("<ul><li onclick=\"window.open('/a/t1.html')\"><span>某县2025年度法治政府建设情况报告</span>"
        "<span>2026-02-13</span></li>"
        "<li><a href=\"#\" onclick=\"openArticle('c0a588')\">某县2024年度法治政府建设情况报告</a>"
        "<span>2025-02-06</span></li></ul><script src=\"/js/m.js\"></script>")
SCRIPT = "function openArticle(id) { location.href = `/m/article.html?id=${id}`; }"


def test_script_opened_rows_are_scanned_once_for_both_users() -> None:
    scan = scan_rows(Selector(text=ROWS), BASE)
    assert [e.url for e in scan.entries] == ["http://www.a.gov.cn/a/t1.html"]
    assert scan.functions == ("openArticle",) and len(scan.waiting) == 1
    assert [e.url for e in scan.resolved(BASE, SCRIPT)] == [
        "http://www.a.gov.cn/m/article.html?id=c0a588"]
    # a spider scans a listing response once: entries and script files take that scan
    spider = hanweb_spider(BASE + "list.html")
    response = HtmlResponse(BASE + "list.html", body=ROWS.encode(), encoding="utf-8",
                            request=Request(BASE + "list.html"))
    assert spider.row_scan(response) is spider.row_scan(response)
