"""A list API's cache-buster field written as "now in ms" is sent as a number (round 19's
shape: a POST form with `timestamp: new Date().getTime()`, refused 403 without one)."""

from __future__ import annotations

import time

import pytest

from crawler.js_now import now_fields
from crawler.js_values import js_object
from crawler.paging_api import api_calls

SHELL = """<ul id="infoList"></ul><script>
var pageSize = 6;
function loadList(pageNo) {
  $.ajax({type: "POST", url: "/api/front/content/list", dataType: "json",
    data: {channelId: "6021", pageNo: pageNo, pageSize: pageSize, %s},
    success: function (res) { $("#infoList").html(res.data.records.length); }});
}
$(function () { loadList(1); });
</script>"""


@pytest.mark.parametrize("written", [
    "timestamp: new Date().getTime()", "timestamp: Date.now()", "timestamp: +new Date",
    "timestamp: +new Date()", "'timestamp': $.now()", '"timestamp" : new Date ( ) . valueOf()'])
def test_a_now_value_is_the_current_time_in_ms(written: str) -> None:
    before = time.time() * 1000
    stamp = int(js_object(f"channelId: '6021', {written}", "")["timestamp"])
    assert before - 1 <= stamp <= time.time() * 1000 + 1


def test_other_values_are_no_now() -> None:
    assert now_fields("a: new Date('2024-01-01').getTime(), b: Date.parse(x), c: now()") == {}


def test_the_shell_s_post_call_sends_a_numeric_timestamp() -> None:
    call, = api_calls(SHELL % "timestamp: new Date().getTime()", "http://x.gov.cn/zwgk/l.html")
    form = dict(call.formdata)
    assert call.method == "POST" and call.page_field == "pageNo"
    assert form["channelId"] == "6021" and form["pageSize"] == "6"
    assert form["timestamp"].isdigit() and len(form["timestamp"]) == 13


def test_now_pairs_are_linear_on_long_runs() -> None:
    start = time.perf_counter()
    now_fields("a:" + " " * 100_000 + "new" + " " * 100_000 + "Date" + "(" + " " * 100_000)
    now_fields("+" * 100_000 + "$" * 100_000)
    assert time.perf_counter() - start < 1.0
