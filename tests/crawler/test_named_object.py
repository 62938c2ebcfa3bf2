"""An object a list API call sends by name is the one the script assigns that name last before
the call (its function builds it just before), else the first anywhere: one reader for the
form-sending calls (paging_api.named_object) and Epoint's JSON field (epoint.py)."""

from __future__ import annotations

import json

from crawler.epoint import json_field_calls
from crawler.paging_api import api_calls

URL = "http://www.a.gov.cn/col/col12/index.html"
TWO = ("function listA(p) { var params = {channelId: 'a', pageNum: p};\n"
       "  $.ajax({type: 'POST', url: '/api/a', data: params, dataType: 'json'}); }\n"
       "function listB(p) { var params = {channelId: 'b', pageNum: p};\n"
       "  $.ajax({type: 'POST', url: '/api/b', data: params, dataType: 'json'}); }\n"
       "listA(1); listB(1);")


def test_each_call_sends_the_object_its_own_function_builds() -> None:
    calls = {call.url.rsplit("/", 1)[1]: dict(call.formdata)["channelId"]
             for call in api_calls(TWO, URL)}
    assert calls == {"a": "a", "b": "b"}
    # the same for a JSON query in one form field
    epoint = TWO.replace("data: params", "data: {params: JSON.stringify(params)}")
    fields = {call.url.rsplit("/", 1)[1]: dict(call.query)["channelId"]
              for call in json_field_calls(f"<script>{epoint}</script>", URL)}
    assert fields == {"a": "a", "b": "b"}
    # assigned after the call only (a function defined before the object): that one
    late = ("function go(p) { $.post('/api/c', xp, draw); }\n"
            "var xp = {col: 'c', currpage: 1}; go(1);")
    [call] = api_calls(late, URL)
    assert json.dumps(dict(call.formdata)) == '{"col": "c", "currpage": "1"}'
