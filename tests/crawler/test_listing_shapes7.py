"""Listing shapes of held-out round 7, read without a crawl: APIs declared in script elements'
attributes and their HTML-in-JSON answers (crawler/paging_attrs.py), rows handing a bare id to
a page function (crawler/families/onclick_rows.py), API parameters read from the page's own
address (crawler/paging_form.py), 本级/部门 tabs (crawler/year_tabs.py). createPageHTML by its
values' shapes: tests/crawler/test_paging.py. The crawls: tests/portals/yunqiao, meiling,
shuangfeng, baihe."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from parsel import Selector

from crawler.families.onclick_rows import scan_rows
from crawler.paging import PageRequest, read_paging
from crawler.paging_attrs import attribute_api_calls, attribute_paging, html_fragment
from crawler.paging_form import query_fed_text
from crawler.year_tabs import is_tab_label, year_tab_links

BASE = "http://www.a.gov.cn/zwgk/fzzf/"
UNIT = ('<div id="当前栏目_list"></div><script parseType="buildstatic" src="/js/unitbuild.js" '
        'url="/api/build/unit" queryData="{\'webId\':\'5f2a\',\'tagId\':\'list\','
        '\'editType\':\'null\'}"></script>')


def test_script_attributes_declare_a_get_api() -> None:
    [call] = attribute_api_calls(UNIT, BASE + "index.html")
    assert call.url == "http://www.a.gov.cn/api/build/unit?webId=5f2a&tagId=list&editType=null"
    assert (call.method, call.answer, call.page_field) == ("GET", "json", None)
    # a script file's src is no API; a script with no url attribute declares nothing
    assert attribute_api_calls('<script src="/js/a.js"></script>', BASE) == []


def test_html_inside_a_json_answer_is_the_listing() -> None:
    rows = '<ul><li><a href="/a/1.html">报告</a></li></ul>'
    data = {"success": True, "data": {"html": rows, "note": "<b>x</b>"}}
    assert html_fragment(data) == rows
    assert html_fragment({"data": {"list": []}}) is None


def test_fragment_pager_attributes_declare_totals_and_pages() -> None:
    request = PageRequest("http://www.a.gov.cn/api/unit?webId=1", formdata=(("webId", "1"),),
                          answer="json")
    pager = Selector(text='<div class="pagination" count="30" pageNo="1" rows="12"></div>')
    paging = attribute_paging(pager, request)
    assert (paging.declared_pages, paging.declared_records) == (3, 30)
    # page N as jpaas takes it: the query and paramJson={"pageNo":N,"pageSize":size}
    assert [dict(parse_qsl(urlsplit(r.url).query)) for r in paging.next_requests] == [
        {"webId": "1", "paramJson": f'{{"pageNo":{n},"pageSize":12}}'} for n in (2, 3)]
    page_two = Selector(text='<div class="pagination" count="30" pageNo="2" rows="12"></div>')
    assert attribute_paging(page_two, request).next_requests == []   # page 1 asks for them
    assert attribute_paging(Selector(text="<ul><li>x</li></ul>"), request).declared_records is None


def test_bare_id_rows_resolved_through_the_page_function() -> None:
    text = ("<ul><li><a href=\"javascript:openDetail('20260314000')\"><p>霞岚县2025年度法治政府"
            "建设年度报告</p><span>2026-03-14</span></a></li>"
            "<li><a href=\"javascript:goPage('2')\">2</a></li></ul>"
            "<div class=tree><a href=\"javascript:;\" onclick=\"showNode('1440')\">"
            "机构职能</a></div>"
            "<script>function openDetail(id) { location.href = '/mobile/detail.html?id=' + id; }"
            "function goPage(n) { location.href = 'list_' + n + '.html'; }"
            "function showNode(id) { location.href = '/xxgk/index.html?channelid=' + id; }"
            "</script>")
    rows = scan_rows(Selector(text=text), BASE + "list.html").entries
    # the pager's link and the undated catalogue node are no rows
    assert [(r.url, r.title, r.published) for r in rows] == [
        ("http://www.a.gov.cn/mobile/detail.html?id=20260314000",
         "霞岚县2025年度法治政府建设年度报告", "2026-03-14")]
    # no function body to read: no guess
    assert scan_rows(Selector(text=text.split("<script>")[0]), BASE).entries == ()


def test_a_row_method_of_an_object_is_read_as_a_function() -> None:
    # `site.openDetail(cid, id)` of `var site = {openDetail: function (cid, id) {…}}`
    page = ("<ul><li onclick=\"site.openDetail('12', '2026031400')\">某县2025年度法治政府建设"
            "情况报告<span>2026-03-14</span></li></ul><script>var site = {openDetail: function "
            "(cid, id) { location.href = '/c/' + cid + '/d.html?id=' + id; }};</script>")
    assert [row.url for row in scan_rows(Selector(text=page), BASE).entries] == [
        "http://www.a.gov.cn/c/12/d.html?id=2026031400"]


def test_api_parameters_read_from_the_page_address() -> None:
    text = ("<script>function getQueryString(n){var m=location.search.match(new RegExp("
            "'[?&]'+n+'=([^&]*)'));return m?m[1]:'';}"
            "var channelid = getQueryString('channelid') || '1440';"
            "function loadList(page){$.getJSON('/xxgk/api/list.jsp', {channelid: channelid, "
            "page: page, size: 8}, function (res) {});}</script>")
    url = "http://www.a.gov.cn/xxgk/index.html?channelid=1452"
    assert "var channelid = \"1452\" || '1440'" in query_fed_text(text, url)
    assert [r.url for r in read_paging(text, url).next_requests] == [
        "http://www.a.gov.cn/xxgk/api/list.jsp?channelid=1452&page=1&size=8"]
    # read inline, by URLSearchParams, or the whole query appended to the API's URL
    inline = ("<script>var p = new URLSearchParams(location.search); $.getJSON('/api/list', "
              "{cid: p.get('cid'), pageNo: 1});$.getJSON('/api/b' + location.search + "
              "'&pageIndex=1', function (r) {});</script>")
    assert sorted(r.url for r in read_paging(inline, "http://a.gov.cn/l.html?cid=7").next_requests
                  ) == ["http://a.gov.cn/api/b?cid=7&pageIndex=1",
                        "http://a.gov.cn/api/list?cid=7&pageNo=1"]
    assert query_fed_text(text, "http://www.a.gov.cn/xxgk/index.html") == text


def test_scope_tabs_of_a_column_are_listings() -> None:
    text = ('<ul class="tab-nav"><li class="on"><a href="bj/index.html">本级</a></li>'
            '<li><a href="bm/index.html">部门</a></li><li><a href="/col/other/">部门动态</a></li>'
            '</ul>')
    assert year_tab_links(text, BASE + "index.html") == [BASE + "bj/index.html",
                                                          BASE + "bm/index.html"]
    # on the 部门 tab itself, the 本级 tab beside it (not under its folder) is read too
    active = text.replace('<li class="on">', "<li>").replace(
        '<li><a href="bm/', '<li class="on"><a href="/zwgk/fzzf/bm/').replace(
        'href="bj/', 'href="/zwgk/fzzf/bj/')
    assert year_tab_links(active, BASE + "bm/index.html") == [BASE + "bj/index.html"]
    # a 部门 tab in another folder, beside the column's own 本级 tab
    elsewhere = text.replace('href="bm/index.html"', 'href="/zwgk/bmfzzf/index.html"')
    assert year_tab_links(elsewhere, BASE + "index.html") == [
        BASE + "bj/index.html", "http://www.a.gov.cn/zwgk/bmfzzf/index.html"]
    assert [is_tab_label(label) for label in ("乡镇（街道）", "市直部门", "区级", "市本级",
                                              "镇（街道）", "政府", "市政府", "法治政府",
                                              "首页")] == [True] * 5 + [False] * 4


def test_row_function_in_a_script_file_is_read_there() -> None:
    page = ('<ul><li><a href="#" onclick="openArticle(\'c0a588\'); return false;">桃花县2025年度'
            '法治政府建设情况报告</a><span>2026-02-06</span></li></ul>'
            '<div class="tabs"><a href="#" onclick="showTab(\'news\')">新闻</a></div>'
            '<script src="/js/m.js"></script>')
    selector = Selector(text=page)
    # only the dated row's function is asked for in the script files
    assert scan_rows(selector, BASE + "list.html").functions == ("openArticle",)
    script = "function openArticle(id) { location.href = `/m/article.html?id=${id}`; }"
    [row] = scan_rows(selector, BASE + "list.html").resolved(BASE + "list.html", script)
    assert (row.url, row.published) == ("http://www.a.gov.cn/m/article.html?id=c0a588",
                                        "2026-02-06")
    assert scan_rows(Selector(text=page + f"<script>{script}</script>"),
                     BASE + "list.html").functions == ()


def test_row_function_parameters_bound_to_the_call_arguments() -> None:
    # the id is the second argument; the URL joins both parameters (or a template literal)
    page = ("<table><tr onclick=\"goDetail('1452', '2026031400')\"><td>某县2025年度法治政府建设"
            "情况报告</td><td>2026-03-14</td></tr>"
            "<tr onclick=\"showNode('1440', 'x')\"><td>机构职能</td></tr></table>"
            "<script>function goDetail(cid, id) { window.open('/c/' + cid + '/d.html?id=' + id); }"
            "function showNode(c, k) { location.href = '/xxgk/?channelid=' + c; }</script>")
    rows = scan_rows(Selector(text=page), BASE).entries
    # the undated catalogue node builds a URL too, but is no row
    assert [row.url for row in rows] == ["http://www.a.gov.cn/c/1452/d.html?id=2026031400"]
    literal = page.replace("window.open('/c/' + cid + '/d.html?id=' + id)",
                           "location.href = `/c/${cid}/d.html?id=${id}`")
    assert [row.url for row in scan_rows(Selector(text=literal), BASE).entries] == [rows[0].url]
