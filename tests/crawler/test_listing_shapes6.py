"""Listing shapes of held-out round 6, read without a crawl: a pagination plugin's script
options (crawler/paging_options.py), rows opened by onclick (crawler/families/onclick_rows.py),
year tabs (crawler/year_tabs.py). The crawls: tests/portals/taoxi, chunshan, liuyin."""

from __future__ import annotations

from parsel import Selector

from crawler.families.completeness import Ledger
from crawler.families.onclick_rows import scan_rows
from crawler.paging import read_paging
from crawler.paging_options import object_bodies, plugin_paging
from crawler.year_tabs import year_tab_links

BASE = "http://www.a.gov.cn/zwgk/fzzf/"


def test_plugin_page_count_pages_the_column_its_way() -> None:
    text = ('<div id="pagination"></div><script>var options = {"pageCount": 3, "current": 1, '
            '"prefix": "index", "suffix": "shtml"};$("#pagination").pagination(options);'
            "</script>")
    paging = read_paging(text, BASE + "index.shtml")
    assert paging.declared_pages == 3
    assert [r.url for r in paging.next_requests] == [BASE + "index_1.shtml",
                                                     BASE + "index_2.shtml"]


def test_plugin_records_over_page_size_beside_a_callback() -> None:
    # the options hold a callback function: its braces are not the options' end
    text = ("<script>$('#p').pagination({totalData: 10, showData: 4, current: 1, "
            "callback: function (api) { location.href = 'list_' + api.getCurrent(); }});"
            "</script>")
    assert plugin_paging(text, BASE + "list.html") == (3, [BASE + "list_1.html",
                                                           BASE + "list_2.html"])


def test_object_bodies_leave_nested_braces_out() -> None:
    assert object_bodies("f({a: 1, cb: function () { x = 2; }, b: 3})") == [
        " x = 2; ", "a: 1, cb: function () , b: 3"]


def test_a_page_total_no_reader_knows_is_declared_not_ok() -> None:
    text = "<script>var pageTotalNum = 4; render(pageTotalNum);</script>"
    paging = read_paging(text, BASE + "list.do")
    assert paging.declared_pages == 4 and paging.next_requests == []
    ledger = Ledger()
    ledger.declare(BASE + "list.do", pages=paging.declared_pages)
    ledger.page_read(BASE + "list.do", BASE + "list.do", [])
    assert [p["kind"] for p in ledger.problems(expect_empty=True)] == ["listing_incomplete"]


def test_no_options_no_count() -> None:
    text = ("<script>var cfg = {size: 2, name: 'x'}; var year = 2025; layer.open({area: 1});"
            "</script>")
    assert plugin_paging(text, BASE + "index.html") == (None, [])
    assert plugin_paging('<div data-x="{pageCount: 9}"></div>', BASE) == (None, [])


def test_onclick_rows_are_entries_titled_from_the_row() -> None:
    text = ("<ul><li onclick=\"window.open('/zwgk/fzzf/202602/t1.html')\"><span title="
            '"甲区2025年法治政府建设年度报告">甲区2025年法治政府建设年度…</span><span>2026-02-13'
            "</span></li><li onclick=\"openDetail('12345')\">丙区2023年法治政府建设年度报告</li>"
            '<li onclick="x()"><a href="t3.html">linked row</a></li></ul>')
    rows = scan_rows(Selector(text=text), BASE + "index.html").entries
    assert [(r.url, r.title, r.published) for r in rows] == [
        ("http://www.a.gov.cn/zwgk/fzzf/202602/t1.html", "甲区2025年法治政府建设年度报告",
         "2026-02-13")]
    table = ("<table><tr onclick=\"location.href='t2.html'\"><td>乙区2024年法治政府建设年度报告"
             "</td><td>2025-02-18</td></tr></table>")
    assert [(r.url, r.title) for r in scan_rows(Selector(text=table), BASE).entries] == [
        (BASE + "t2.html", "乙区2024年法治政府建设年度报告")]


def test_year_tabs_under_the_column_only() -> None:
    text = ('<ul><li><a href="/zwgk/fzzf/2025/">2025年</a></li><li><a href="2024/index.html">'
            '2024年度</a></li><li><a href="/other/2023/">2023年</a></li><li><a href='
            '"/zwgk/fzzf/t1.html">2022</a></li><li><a href="/zwgk/fzzf/news/">新闻</a></li>'
            '<li><a href="http://www.b.gov.cn/zwgk/fzzf/2021/">2021年</a></li></ul>')
    assert year_tab_links(text, BASE) == [BASE + "2025/", BASE + "2024/index.html"]
    # a year page's tabs: the other years beside its own active tab (asked for once a crawl)
    tabs = '<a href="/zwgk/fzzf/2025/">2025年</a><a href="/zwgk/fzzf/2024/">2024年</a>'
    assert year_tab_links(tabs, BASE + "2025/") == [BASE + "2024/"]
    assert year_tab_links('{"2025年": 1}', BASE) == []


def test_options_of_a_data_source_are_its_readers() -> None:
    # Hanweb's jpage: POST windows of its proxy, counted by the family, not index_N pages
    text = ("<script>$('#div').jpage({perPage: 4, groupSize: 2, totalRecord: 24, "
            "proxyUrl: '/module/web/jpage/dataproxy.jsp', ajaxParam: {col: 1}});</script>")
    assert plugin_paging(text, BASE + "index.html") == (None, [])


def test_year_tabs_by_query_and_beside_the_active_tab() -> None:
    by_query = '<a href="list.html?year=2025">2025年</a><a href="list.html?year=2024">2024年</a>'
    assert year_tab_links(by_query, BASE + "list.html") == [BASE + "list.html?year=2025",
                                                            BASE + "list.html?year=2024"]
    siblings = ('<ul class="tabs"><li><a href="/gk/bg2025/">2025年</a></li><li class="on"><a '
                'href="/gk/bg2024/">2024年</a></li><li><a href="/gk/bg2023/">2023年</a></li></ul>'
                '<div class="side"><a href="/gk/nb2022/">2022年</a><a href="/">首页</a></div>')
    root = "http://www.a.gov.cn/gk/"
    assert year_tab_links(siblings, root + "bg2024/") == [root + "bg2025/", root + "bg2023/"]
    # no active tab here: sibling folders are not this column's
    assert year_tab_links(siblings, root + "bg/") == []
