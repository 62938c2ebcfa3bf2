"""A page POST that must carry the CSRF token of the page's `<meta name="_csrf">`: the script
reads it into a variable (`var token = $("meta[name='_csrf']").attr("content")`) and sends it
as `_csrf: token` in the page function's `$.ajax` data; without it the server answers 403
(crawler/page_values.py, resolved by crawler/js_values.js_value)."""

from __future__ import annotations

from crawler.page_values import meta_assigned
from crawler.paging_api import api_calls

URL = "http://www.a.gov.cn/xxgk/ndbg/index.html"
TOKEN = "6f1c2e9a-4b7d-4e0a-9c3f-2d8e5a7b1c90"
HEAD = (f'<html><head><meta charset="utf-8"><meta name="_csrf" content="{TOKEN}">'
        '<meta name="_csrf_header" content="X-CSRF-TOKEN"></head><body><ul id="list"></ul>')
SCRIPT = """<script>
var token = $("meta[name='_csrf']").attr("content");
var header = $("meta[name='_csrf_header']").attr("content");
$(document).ajaxSend(function (e, xhr, options) { xhr.setRequestHeader(header, token); });
function turnPage(pageNo) {
  $.ajax({url: "/cms/column/pageList.do", type: "POST", dataType: "html",
          data: {channelId: "2306", pageNo: pageNo, pageSize: 6, _csrf: token},
          success: function (html) { $("#list").html(html); }});
}
</script></body></html>"""


def test_the_page_post_carries_the_meta_token() -> None:
    [call] = api_calls(HEAD + SCRIPT, URL)
    assert call.method == "POST" and call.page_field == "pageNo"
    assert dict(call.formdata)["_csrf"] == TOKEN
    assert dict(call.formdata)["channelId"] == "2306"


def test_meta_reads_of_other_spellings() -> None:
    for read in ("document.querySelector('meta[name=\"_csrf\"]').getAttribute('content')",
                 'document.querySelector("meta[name=_csrf]").content',
                 "jQuery('meta[name=\"_csrf\"]').attr('content')"):
        assert meta_assigned("csrf", f"{HEAD}<script>const csrf = {read};</script>") == TOKEN
    assert meta_assigned("header", HEAD + SCRIPT) == "X-CSRF-TOKEN"


def test_no_meta_no_value() -> None:
    no_meta = SCRIPT.replace("<script>", "<html><body><script>")
    assert meta_assigned("token", no_meta) is None
    assert meta_assigned("other", HEAD + SCRIPT) is None
    [call] = api_calls(no_meta, URL)
    assert dict(call.formdata)["_csrf"] == ""
