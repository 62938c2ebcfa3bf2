"""crawler/paging_jump.py: pagers a browser runs (page functions, <select> jumpers), and the
末页 link of a declared page count — read without a crawl."""

from __future__ import annotations

import re

from crawler.page_functions import function_bodies
from crawler.paging import read_paging
from crawler.paging_form import FUNCTION_HEAD
from tests.cleaning.regex_adversary import adversarial_inputs, matches_within

BASE = "http://www.a.gov.cn/zfxxgk/gkml/"


def urls(text: str, url: str) -> list[str]:
    return sorted(request.url for request in read_paging(text, url).next_requests)


PAGER = ('<div class="pagination">共12条 1/3页 <a href="javascript:goPage(1)">首页</a>'
         ' <span>1</span> <a href="javascript:goPage(2)">2</a>'
         ' <a href="javascript:goPage(3)">尾页</a></div>')


def test_page_function_body_gives_the_url() -> None:
    script = ("<script>function goPage(n){var u='/zfxxgk/gkml/list.html?topic=fz';"
              "if(n>1){u+='&pageIndex='+n;}window.location.href=u;}</script>")
    paging = read_paging(PAGER + script, BASE + "list.html?topic=fz")
    assert paging.declared_pages == 3 and paging.declared_records == 12
    assert urls(PAGER + script, BASE + "list.html?topic=fz") == [
        BASE + "list.html?topic=fz&pageIndex=2", BASE + "list.html?topic=fz&pageIndex=3"]


def test_page_function_building_a_file_name() -> None:
    script = "<script>var goPage = function(p){ location.href = 'list_' + p + '.shtml'; };</script>"
    assert urls(PAGER + script, BASE + "list.shtml") == [
        BASE + "list_2.shtml", BASE + "list_3.shtml"]


def test_an_objects_page_method_builds_the_url() -> None:
    # `pager.go(2)` of `var pager = {go: function (p) {…}}`: the method's body, as a function's
    pager = PAGER.replace("goPage(", "pager.go(")
    script = ("<script>var pager = {go: function (p) { location.href = 'list_' + p + '.shtml'; }};"
              "</script>")
    assert urls(pager + script, BASE + "list.shtml") == [
        BASE + "list_2.shtml", BASE + "list_3.shtml"]


def test_a_get_form_gives_the_page_field() -> None:
    form = ('<form id="pf" action="/search/list.do" method="get"><input type="hidden"'
            ' name="col" value="7"><input type="hidden" name="pageNo" value="1"></form>')
    assert urls(PAGER + form, BASE + "index.html") == [
        "http://www.a.gov.cn/search/list.do?col=7&pageNo=2",
        "http://www.a.gov.cn/search/list.do?col=7&pageNo=3"]


def test_the_pages_own_url_or_a_script_names_the_parameter() -> None:
    assert urls(PAGER, BASE + "list.html?pageIndex=1&topic=fz") == [
        BASE + "list.html?topic=fz&pageIndex=2", BASE + "list.html?topic=fz&pageIndex=3"]
    script = "<script>function goPage(n){ go(base + '&curPage=' , n) }</script>"
    assert urls(PAGER + script, BASE + "list.html?topic=fz") == [
        BASE + "list.html?topic=fz&curPage=2", BASE + "list.html?topic=fz&curPage=3"]


def test_no_url_shape_anywhere_declares_the_count_only() -> None:
    paging = read_paging(PAGER, BASE + "list.html?topic=fz")
    assert paging.declared_pages == 3 and paging.next_requests == []


def test_calls_outside_a_pager_are_not_pages() -> None:
    text = ('<ul><li><a href="javascript:showPic(4)">图片</a></li></ul>'
            "<script>function showPic(n){ open('/pic.html?page=' + n) }</script>")
    assert urls(text, BASE + "index.html") == []


def test_select_jumper_and_last_link_reach_every_page() -> None:
    text = ('<div class="pages">共11条 第1/3页 <a href="list.shtml">首页</a>'
            ' <a href="list_3.shtml">末页</a> 转到 <select onchange="location.href=this.value">'
            '<option value="list.shtml" selected>第1页</option>'
            '<option value="list_2.shtml">第2页</option></select></div>')
    assert urls(text, BASE + "list.shtml") == [BASE + "list_2.shtml", BASE + "list_3.shtml"]
    # the 末页 link alone (the declared count) fills page 2 in too
    no_jumper = text.split("转到")[0] + "</div>"
    assert urls(no_jumper, BASE + "list.shtml") == [BASE + "list_2.shtml", BASE + "list_3.shtml"]


def test_last_link_one_short_of_the_count_starts_at_1() -> None:
    text = '<div class="page">共4页 <a href="index_3.html">尾页</a></div>'
    assert urls(text, BASE + "index.html") == [BASE + f"index_{n}.html" for n in (1, 2, 3)]


def test_number_jumper_calls_the_page_function() -> None:
    text = ('<div class="page">共3页<select onchange="goPage(this.value)"><option value="1">1'
            '</option><option value="2">2</option><option value="3">3</option></select></div>'
            "<script>function goPage(n){location.href='?page='+n}</script>")
    assert urls(text, BASE + "index.html") == [BASE + "index.html?page=2",
                                               BASE + "index.html?page=3"]


def test_a_page_function_defined_elsewhere_is_named_and_read_from_its_script() -> None:
    from parsel import Selector

    from crawler.paging_jump import jump_paging, undefined_page_functions

    url = BASE + "list.jsp?cid=12"
    assert undefined_page_functions(Selector(text=PAGER), PAGER, url) == ["goPage"]
    script = "function goPage(n){var b='/zfxxgk/gkml/list.jsp?cid=12';b+='&pageNo='+n;go(b)}"
    paging = jump_paging(Selector(text=PAGER), PAGER + "\n" + script, url)
    assert sorted(r.url for r in paging.next_requests) == [
        BASE + "list.jsp?cid=12&pageNo=2", BASE + "list.jsp?cid=12&pageNo=3"]
    assert undefined_page_functions(Selector(text=PAGER), PAGER + script, url) == []


def test_a_select_menu_of_columns_is_no_jumper() -> None:
    menu = ('<div class="page-wrap"><select onchange="location.href=this.value">'
            '<option value="">部门网站</option><option value="/bm/gaj/index.html">公安局</option>'
            '<option value="/bm/sfj/index.html">司法局</option></select></div>')
    assert urls(menu, BASE + "list.shtml") == []


def test_tabs_in_a_page_wide_wrapper_are_no_pager() -> None:
    tabs = ('<div class="page"><a href="javascript:showTab(2)">政策解读</a>'
            '<a href="javascript:showTab(3)">图片新闻</a></div>'
            "<script>function showTab(n){location.href='tab_'+n+'.html'}</script>")
    assert urls(tabs, BASE + "index.html") == []


def test_a_page_function_counting_its_parameter_from_0_subtracts_its_offset() -> None:
    # goPage(N) sends the browser to pageNumber = N - 1 (an EWCMS list): page 2 is pageNumber=1
    script = ("<script>function goPage(n){ if (n - 1 < 0) { return; }"
              " location.href = 'index.do?channelId=7&pageNumber=' + (n - 1); }</script>")
    assert urls(PAGER + script, BASE + "index.do?channelId=7") == [
        BASE + "index.do?channelId=7&pageNumber=1", BASE + "index.do?channelId=7&pageNumber=2"]
    plus = script.replace("(n - 1)", "(n + 1)")   # n is a number: + adds
    assert urls(PAGER + plus, BASE + "index.do?channelId=7") == [
        BASE + "index.do?channelId=7&pageNumber=3", BASE + "index.do?channelId=7&pageNumber=4"]
    # a select handing its value to the same function: pages 2 and 3 only, nothing beyond
    jumper = ('<div class="page"><select onchange="goPage(this.value)"><option value="1" selected>'
              '1</option><option value="2">2</option><option value="3">3</option></select></div>')
    assert urls(jumper + script, BASE + "index.do?channelId=7") == [
        BASE + "index.do?channelId=7&pageNumber=1", BASE + "index.do?channelId=7&pageNumber=2"]


def test_page_function_heads_are_read_linearly() -> None:
    # issue 13: `goPage = ` and a long run of spaces was read every way the arrow head's two
    # runs around its optional bracket split it (minutes on 100 KB); a format string, so the
    # crawler regex speed test does not collect it
    for head in FUNCTION_HEAD:
        pattern = re.compile(head.format(fn="goPage"))
        assert all(matches_within(pattern, text, 1.0)
                   for text in adversarial_inputs(pattern, 100_000)), head
    assert [param for _, param in function_bodies("goPage", "goPage = ( n ) => {}")] == ["n"]
