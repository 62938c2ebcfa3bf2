"""Listing forms a page's script sends by POST (crawler/paging_form.py) and the paging built on
them (crawler/paging_api.py, crawler/paging_jump.py)."""

from __future__ import annotations

from parsel import Selector

from crawler.paging import PageRequest, read_paging
from crawler.paging_api import api_calls, api_page
from crawler.paging_form import posted_form, serialized_form
from crawler.paging_jump import form_answer_pages, page_calls

URL = "http://www.a.gov.cn/xxgk/fzzf/index.html"
FORM = ('<form id="pageForm" method="post" action="/xxgk/infoList.do">'
        '<input type="hidden" name="catId" value="31"><input type="hidden" name="pageNo" '
        'value="1"><input type="submit" value="go"><input type="checkbox" name="all"></form>')


def test_ajax_post_of_a_serialized_form_is_a_paged_post_with_the_forms_inputs() -> None:
    page = (f"<html><body>{FORM}<div id='list'></div><script>function goPage(n){{"
            "$('#pageForm input[name=pageNo]').val(n);$.ajax({url:'/xxgk/infoList.do', "
            "type:'POST', data:$('#pageForm').serialize(), dataType:'html', "
            "success:function(h){$('#list').html(h);}});}</script></body></html>")
    [call] = api_calls(page, URL)
    assert (call.url, call.method, call.answer) == (
        "http://www.a.gov.cn/xxgk/infoList.do", "POST", "html")
    assert call.formdata == (("catId", "31"), ("pageNo", "1")) and call.page_field == "pageNo"
    [first] = read_paging(page, URL).next_requests
    assert first == api_page(call, 1)


def test_the_page_field_is_the_input_a_page_function_sets_to_its_parameter() -> None:
    form = ('<form id="f"><input name="kw" id="kw" value=""><input type="hidden" id="pn" '
            'name="p_n" value="1"><input type="hidden" name="cid" value="9"></form>')
    script = ("function search(){ $('#kw').val(word); } function goPage(p){ $('#pn').val(p);"
              " var params = $('#f').serialize(); $.post('/list.do', params, draw); }")
    page = f"<html><body>{form}<script>{script}</script></body></html>"
    assert serialized_form("params", page) == ({"kw": "", "p_n": "1", "cid": "9"}, "p_n", "")
    [call] = api_calls(page, URL)
    assert call.method == "POST" and call.page_field == "p_n" and call.answer == "json"


def test_a_form_no_page_field_names_is_no_paged_call() -> None:
    page = ('<html><body><form id="f"><input name="cid" value="9"></form><script>'
            "$.post('/list.do', $('#f').serialize(), draw);</script></body></html>")
    assert serialized_form("$('#f').serialize()", page) == ({"cid": "9"}, None, "")
    assert read_paging(page, URL).next_requests == []
    assert serialized_form("$('#missing').serialize()", page) is None


def test_a_submitted_post_form_pages_the_page_itself_by_post() -> None:
    page = ('<html><body><ul><li><a href="/a/1.html">一</a></li></ul><div class="page">'
            '<a href="javascript:turn(2)">2</a> <a href="javascript:turn(3)">尾页</a></div>'
            '<form name="pf" method="post" action="index.html"><input type="hidden" name="ch" '
            'value="x"><input type="hidden" name="pi" value="1"></form><script>function '
            "turn(n){document.pf.pi.value=n;document.pf.submit();}</script></body></html>")
    form = posted_form(Selector(text=page), page, URL)
    assert form is not None and (form.url, form.page_field) == (URL, "pi")
    requests = read_paging(page, URL).next_requests
    assert [(r.url, r.method, r.formdata) for r in requests] == [
        (URL, "POST", (("ch", "x"), ("pi", str(n)))) for n in (2, 3)]
    # A GET form (or none submitted) is not a POST form.
    assert posted_form(Selector(text=page.replace('"post"', '"get"')), page, URL) is None


def test_void_href_leaves_the_page_call_to_onclick() -> None:
    pager = ('<div class="pager"><a href="javascript:void(0);" onclick="goPage(2)">下一页</a>'
             '<a href="javascript:void(0)" onclick="goPage(5)">尾页</a></div>')
    assert page_calls(Selector(text=pager)) == {"goPage": [2, 5]}


def test_a_long_run_of_word_characters_is_read_quickly() -> None:
    import time

    page = f"<form id='f'><input name='a'></form><script>{'x' * 200_000}</script>"
    started = time.perf_counter()
    assert serialized_form("$('#f').serialize()", page) == ({"a": ""}, None, "")
    assert time.perf_counter() - started < 1.0


def test_a_call_to_the_forms_action_with_input_values_in_its_data() -> None:
    page = ('<html><body><form id="q" action="/gk/query.do" method="post"><input id="cat" '
            'name="cat" value="52"></form><input type="hidden" id="site" value="7"><script>'
            "function load(n){$.ajax({url: $('#q').attr('action'), type: 'POST', data: {cat: "
            "$('#cat').val(), site: document.getElementById('site').value, pageIndex: n, "
            "gone: $('#gone').val()}, success: draw});}</script></body></html>")
    [call] = api_calls(page, URL)
    assert (call.url, call.method, call.page_field) == (
        "http://www.a.gov.cn/gk/query.do", "POST", "pageIndex")
    assert call.formdata == (("cat", "52"), ("site", "7"), ("pageIndex", ""), ("gone", ""))


def test_a_serialized_form_without_a_url_goes_to_its_action() -> None:
    page = ('<html><body><form id="f" action="list.do"><input name="pageNo" value="1"></form>'
            "<script>$.ajax({type:'POST', data: $('#f').serialize(), success: draw});"
            "</script></body></html>")
    [call] = api_calls(page, URL)
    assert call.url == "http://www.a.gov.cn/xxgk/fzzf/list.do" and call.page_field == "pageNo"


def test_forms_submitted_by_index_or_selector_are_found() -> None:
    form = ('<form method="post" action="l.jsp"><input name="cur" value="1"></form>'
            '<div id="box" method="post"></div>')
    for submit in ("document.forms[0].submit()", "$('form[action=\"l.jsp\"]').submit()",
                   "$(\"form\").submit()"):
        page = f"<html><body>{form}<script>function to(n){{$('[name=cur]').val(n);{submit};}}"
        found = posted_form(Selector(text=page), page + "</script>", URL)
        assert found is not None and found.page_field == "cur", submit
    page = f"<html><body>{form}<script>$('#box').submit();</script></body></html>"
    assert posted_form(Selector(text=page), page, URL) is None        # not a form


def test_a_get_forms_field_set_by_the_pagers_function_numbers_its_pages() -> None:
    page = ('<html><body><ul><li><a href="/a/1.html">一</a></li></ul><div class="page">'
            '<a href="javascript:;" onclick="go(2)">下一页</a> <a href="javascript:;" '
            'onclick="go(3)">尾页</a></div><form id="pf" action="list.html"><input name="kw" '
            'value=""><input name="pn" value="1"></form><script>function search(w){'
            "$('[name=kw]').val(w);} function go(p){ $('[name=pn]').val(p); $('#pf').submit(); }"
            "</script></body></html>")
    assert [r.url for r in read_paging(page, URL).next_requests] == [
        f"http://www.a.gov.cn/xxgk/fzzf/list.html?kw=&pn={n}" for n in (2, 3)]


def test_a_form_answer_without_page_links_is_paged_by_what_it_declares() -> None:
    post = PageRequest("http://www.a.gov.cn/list.do", "POST",
                       (("cat", "3"), ("pageNo", "1"), ("pageSize", "5")), "html", "pageNo")
    by_count = Selector(text="<table><tr><td>一</td></tr></table><div>第1/3页</div>")
    by_records = Selector(text="<table><tr><td>一</td></tr></table><div>共14条记录</div>")
    for answer in (by_count, by_records):
        assert [dict(p.formdata)["pageNo"] for p in form_answer_pages(post, answer, URL)] == [
            "2", "3"]
    assert form_answer_pages(PageRequest(URL, "POST", (("cat", "3"),)), by_count, URL) == []


def test_a_page_call_may_pass_more_than_the_page_number() -> None:
    pager = ('<div class="pages"><a href="javascript:toPage(2, 15)">下一页</a>'
             "<a href=\"javascript:toPage('4','list');\">尾页</a></div>")
    assert page_calls(Selector(text=pager)) == {"toPage": [2, 4]}


def test_links_that_fill_a_forms_page_field_and_submit_it_page_by_that_form() -> None:
    form = ('<form name="pageForm" method="{method}" action="list.jsp"><input type="hidden" '
            'name="col" value="8"><input type="hidden" id="pno" name="pageNo" value="1"></form>')
    links = ('<a href="#" onclick="document.pageForm.pageNo.value=2;document.pageForm.submit();'
             'return false;">下一页</a> <a href="javascript:$(\'#pno\').val(\'4\');'
             '$(\'form[name=pageForm]\').submit();">尾页</a>')
    for method in ("post", "get"):
        page = f"<html><body><ul><li>一</li></ul>{form.format(method=method)}{links}</body></html>"
        requests = read_paging(page, URL).next_requests
        base = "http://www.a.gov.cn/xxgk/fzzf/list.jsp"
        if method == "post":
            assert [(r.url, r.method, dict(r.formdata)["pageNo"]) for r in requests] == [
                (base, "POST", str(n)) for n in (2, 3, 4)]
        else:
            assert [r.url for r in requests] == [f"{base}?col=8&pageNo={n}" for n in (2, 3, 4)]
    no_form = "<html><body><a onclick=\"document.f.pageNo.value=2;document.f.submit()\">2</a>"
    assert read_paging(no_form, URL).next_requests == []
