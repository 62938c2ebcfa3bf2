"""Listing forms a page's script sends by POST (crawler/paging_form.py) and the paging built on
them (crawler/paging_api.py, crawler/paging_jump.py)."""

from __future__ import annotations

from parsel import Selector

from crawler.paging import read_paging
from crawler.paging_api import api_calls, api_page
from crawler.paging_form import posted_form, serialized_form
from crawler.paging_jump import page_calls

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
    assert serialized_form("params", page) == ({"kw": "", "p_n": "1", "cid": "9"}, "p_n")
    [call] = api_calls(page, URL)
    assert call.method == "POST" and call.page_field == "p_n" and call.answer == "json"


def test_a_form_no_page_field_names_is_no_paged_call() -> None:
    page = ('<html><body><form id="f"><input name="cid" value="9"></form><script>'
            "$.post('/list.do', $('#f').serialize(), draw);</script></body></html>")
    assert serialized_form("$('#f').serialize()", page) == ({"cid": "9"}, None)
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
    assert serialized_form("$('#f').serialize()", page) == ({"a": ""}, None)
    assert time.perf_counter() - started < 1.0
