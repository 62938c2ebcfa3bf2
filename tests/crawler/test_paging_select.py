"""crawler/paging_select.py: `<select>` page jumpers whose change handler computes the page
from the chosen option (its text, value or index, an offset), read without a crawl."""

from __future__ import annotations

from crawler.paging import read_paging

LIST = "http://www.a.gov.cn/fzzf/ndbg/index.do?channelId=1027"
OPTIONS = "<option selected>1</option><option>2</option><option>3</option>"


def urls(text: str, url: str = LIST) -> list[str]:
    return sorted(request.url for request in read_paging(text, url).next_requests)


def jumper(onchange: str, options: str = OPTIONS, script: str = "") -> str:
    return (f"<html><head><script>{script}</script></head><body><table><tr><td>"
            '<a href="/a/1.html">一</a></td></tr></table><div class="pager">跳转到第'
            f" <select name=\"pageSelect\" onchange=\"{onchange}\">{options}</select> 页"
            "</div></body></html>")


def test_option_text_less_one_is_the_zero_based_page_number() -> None:
    # an EWCMS list template: options 1 2 3 with no value, pageNumber = text - 1
    script = ("function jumpPage(obj) {\n  var page = obj.options[obj.selectedIndex].text - 1;\n"
              "  window.location = '/fzzf/ndbg/index.do?channelId=1027&pageNumber=' + page;\n}")
    paging = read_paging(jumper("jumpPage(this)", script=script), LIST)
    assert sorted(r.url for r in paging.next_requests) == [
        LIST + "&pageNumber=1", LIST + "&pageNumber=2"]
    assert paging.declared_pages == 3
    # on page 2 (option 2 chosen) only the page after it is new
    second = OPTIONS.replace(" selected", "").replace("<option>2", "<option selected>2")
    assert urls(jumper("jumpPage(this)", second, script), LIST + "&pageNumber=1") == [
        LIST + "&pageNumber=2"]


def test_a_value_plus_one_in_a_template_literal() -> None:
    options = '<option value="0" selected>第1页</option><option value="1">第2页</option>'
    script = ("const go = function (sel) { location.href = "
              "`/list.jsp?col=7&page=${parseInt(sel.value, 10) + 1}`; };")
    assert urls(jumper("go(this)", options, script)) == ["http://www.a.gov.cn/list.jsp?col=7&page=2"]


def test_an_inline_handler_joins_the_value_to_the_url() -> None:
    options = '<option value="1" selected>1</option><option value="2">2</option>'
    onchange = "window.location='list.jsp?col=3&amp;page='+this.value"
    assert urls(jumper(onchange, options)) == ["http://www.a.gov.cn/fzzf/ndbg/list.jsp?col=3&page=2"]


def test_a_value_handed_to_a_function_without_value_attributes_is_the_text() -> None:
    script = "function goPage(n) { if (n > 0) { location.href = '?pageNumber=' + (n - 1); } }"
    # a piece onto the page's own URL (paging_jump.body_template)
    assert urls(jumper("goPage(this.value)", script=script)) == [
        LIST + "&pageNumber=1", LIST + "&pageNumber=2"]


def test_the_chosen_index_is_a_number() -> None:
    script = "function turn(s){var p = s.selectedIndex + 1; location.href = 'list_' + p + '.htm'; }"
    assert urls(jumper("turn(this)", script=script)) == [
        "http://www.a.gov.cn/fzzf/ndbg/list_2.htm", "http://www.a.gov.cn/fzzf/ndbg/list_3.htm"]


def test_a_string_joined_to_a_text_is_joined_as_javascript_does() -> None:
    script = "function to(o){ location.href = 'p' + o.options[o.selectedIndex].text + 0 + '.htm'; }"
    assert urls(jumper("to(this)", script=script)) == [
        "http://www.a.gov.cn/fzzf/ndbg/p20.htm", "http://www.a.gov.cn/fzzf/ndbg/p30.htm"]


def test_a_jumper_seen_but_not_read_declares_its_pages() -> None:
    # jumpPage is defined in a script file: no page is asked for, but the listing declares 3
    # pages, so a crawl reading only page 1 is listing_incomplete, never ok
    paging = read_paging(jumper("jumpPage(this)"), LIST)
    assert paging.next_requests == [] and paging.declared_pages == 3


def test_a_handler_that_does_not_navigate_asks_nothing() -> None:
    script = "function jumpPage(obj) { var page = obj.options[obj.selectedIndex].text - 1; }"
    assert urls(jumper("jumpPage(this)", script=script)) == []


def test_a_year_selector_is_no_page_jumper() -> None:
    # options 2024 2025 2026 look like page numbers; they are years (crawler/year_query.py)
    options = "<option selected>2026</option><option>2025</option><option>2024</option>"
    paging = read_paging(jumper("location.href='?year=' + this.value", options), LIST)
    assert paging.declared_pages is None


def test_a_change_handler_bound_in_a_script() -> None:
    # no onchange: jQuery binds the handler by the select's id; $(this).val() is its text
    text = jumper("", script="$(function () { $('#pageSel').change(function () {"
                             " var p = $(this).val() - 1; location.href = 'list.do?col=5&pn=' + p;"
                             " }); });").replace(' onchange=""', ' id="pageSel"')
    assert urls(text) == ["http://www.a.gov.cn/fzzf/ndbg/list.do?col=5&pn=1",
                          "http://www.a.gov.cn/fzzf/ndbg/list.do?col=5&pn=2"]
    script = "function go(v) { window.location.href = '/list.do?pn=' + (Number(v) - 1); }"
    assert urls(jumper("go($(this).val())", script=script)) == [
        "http://www.a.gov.cn/list.do?pn=1", "http://www.a.gov.cn/list.do?pn=2"]


def test_a_handler_finding_the_select_by_its_id() -> None:
    # onchange="jump()": the function binds the select itself, by id
    script = ("function jump() { var s = document.getElementById('ps');"
              " var p = s.options[s.selectedIndex].text - 1; location.href = 'list.do?pn=' + p; }")
    text = jumper("jump()", script=script).replace('name="pageSelect"', 'id="ps"')
    assert urls(text) == ["http://www.a.gov.cn/fzzf/ndbg/list.do?pn=1",
                          "http://www.a.gov.cn/fzzf/ndbg/list.do?pn=2"]
    # another select's id: not this one's value
    assert urls(text.replace("getElementById('ps')", "getElementById('year')")) == []


def test_a_handler_setting_the_query() -> None:
    onchange = "location.search = '?channelId=1027&amp;pageNumber=' + (this.value - 1)"
    assert urls(jumper(onchange)) == [LIST + "&pageNumber=1", LIST + "&pageNumber=2"]


def test_a_page_size_chooser_is_no_jumper() -> None:
    # 每页 10 20 50 条: numbers, but no run of pages; neither declared nor followed
    options = "<option selected>10</option><option>20</option><option>50</option>"
    paging = read_paging(jumper("location.href='?channelId=1027&amp;size=' + this.value",
                                options), LIST)
    assert paging.declared_pages is None and paging.next_requests == []
