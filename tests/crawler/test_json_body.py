"""List APIs taking a JSON body (crawler/json_body.py): `$.ajax` with `data:
JSON.stringify(…)`, `axios.post(url, {…})` / `axios({method: "post", data: {…}})`, `fetch(url,
{method: "POST", body: JSON.stringify(…)})`. The call is read (URL, object, page field), sent
as JSON (`Content-Type: application/json`) and paged to its total; a page that never comes in,
or a JSON body the script does not write, leaves the column incomplete, never ok."""

from __future__ import annotations

from pathlib import Path

from crawler.epoint import json_field_calls
from crawler.paging_api import api_calls, api_page, json_body
from tests.crawler.crawl_helpers import run_crawl
from tests.crawler.test_listing_shapes17 import page_of, shell_portal

URL = "http://www.a.gov.cn/col/col12/index.html"
API = "http://www.a.gov.cn/api/cms/content/pageList"
AJAX = ("var channelId = 'fzzf';\nfunction loadList(page) {\n"
        "  var param = {channelId: channelId, pageNum: page, pageSize: 2, keyword: ''};\n"
        '  $.ajax({type: "POST", url: "/api/cms/content/pageList",'
        ' contentType: "application/json;charset=utf-8",\n'
        "    data: JSON.stringify(param), dataType: 'json', success: function (res) {\n"
        "      draw(res.data.list); }});\n}\n$(function () { loadList(1); });")


def test_an_ajax_json_body_is_read_with_its_page_field() -> None:
    [call] = api_calls(AJAX, URL)
    assert (call.json, call.method, call.url, call.page_field, call.first) == (
        True, "POST", API, "pageNum", 1)
    # sent typed: page and size numbers, the other values strings as written
    assert json_body(api_page(call, 3)) == {"channelId": "fzzf", "pageNum": 3, "pageSize": 2,
                                            "keyword": ""}
    # the object inline, and a GET written by mistake: a JSON body is a POST
    inline = AJAX.replace("JSON.stringify(param)", "JSON.stringify({cid: '9', pageNo: page})")
    [sent] = api_calls(inline.replace('type: "POST"', 'type: "GET"'), URL)
    assert (sent.json, sent.method, sent.page_field, dict(sent.formdata)) == (
        True, "POST", "pageNo", {"cid": "9", "pageNo": ""})
    # not an Epoint query field named `data`: one request, the JSON body
    assert json_field_calls(page_of(AJAX), URL) == []


def test_axios_and_fetch_send_json_bodies() -> None:
    posted = "function go(n) { axios.post('/api/list', {pageNum: n, pageSize: 10, columnId: 66})" \
             ".then(draw); } go(1);"
    config = "function go(n) { axios({method: 'post', url: '/api/list', data: {pageNo: n}}); }"
    fetched = ('function loadList(pageIndex) {\n  fetch("/rest/getInfoList", {method: "POST",'
               ' headers: {"content-type": "application/json"},\n    body: JSON.stringify('
               '{categoryNum: "012003", pageSize: 4, currentPageIndex: pageIndex})})\n'
               "  .then(function (r) { return r.json(); });\n}\nloadList(0);")
    [by_post] = api_calls(posted, URL)
    [by_config] = api_calls(config, URL)
    [by_fetch] = api_calls(fetched, URL)
    assert (by_post.json, by_post.page_field, json_body(api_page(by_post, 1))) == (
        True, "pageNum", {"pageNum": 1, "pageSize": 10, "columnId": 66})
    assert (by_config.json, by_config.method, by_config.page_field) == (True, "POST", "pageNo")
    assert (by_fetch.json, by_fetch.method, by_fetch.page_field, by_fetch.first) == (
        True, "POST", "currentPageIndex", 0)
    assert json_body(api_page(by_fetch, 0)) == {"categoryNum": "012003", "pageSize": 4,
                                   "currentPageIndex": 0}


def test_forms_and_plain_fetches_stay_what_they_are() -> None:
    form = "$.ajax({type: 'POST', url: '/api/list', data: {page: 1, cat: '7'}});"
    got = "fetch('/data/list.json').then(draw); axios.get('/api/l', {params: {page: 1}});"
    [by_form] = api_calls(form, URL)
    assert (by_form.json, by_form.method, by_form.page_field) == (False, "POST", "page")
    assert [call.json for call in api_calls(got, URL)] == [False, False]
    # the next fetch's body is its own, not the GET's before it
    two = got + "\nfetch('/api/b', {method: 'POST', body: JSON.stringify({page: 1})});"
    assert {c.url.rsplit("/", 1)[1]: c.json for c in api_calls(two, URL)} == {
        "list.json": False, "l": False, "b": True}


def test_a_json_body_the_script_does_not_write_is_seen_unread() -> None:
    built = AJAX.replace("JSON.stringify(param)", "JSON.stringify(query(page))")
    [call] = api_calls(built, URL)
    assert (call.json, call.formdata, call.page_field) == (True, (), None)


WRAPPED = ("function query(params) {\n  return fetch('/api/cms/content/pageList', {method:"
           " 'POST', headers: {'Content-Type': 'application/json'},\n    body:"
           " JSON.stringify(params)}).then(function (r) { return r.json(); });\n}\n"
           "var params = {channelId: 'other'};\n"
           "function loadList(page) { query({channelId: 'fzzf', pageNum: page, pageSize: 2})"
           ".then(draw); }\nloadList(1);")


def test_a_wrapper_sends_the_object_its_caller_hands_it() -> None:
    [call] = api_calls(WRAPPED, URL)
    # the wrapper's parameter, not the page's other `params`
    assert (call.json, call.url, call.page_field, json_body(api_page(call, 2))) == (
        True, API, "pageNum", {"channelId": "fzzf", "pageNum": 2, "pageSize": 2})


SET_ON = ("var param = {};\nfunction loadList(page) {\n  param.pageNum = page;"
          " param.pageSize = 2; param.channelId = 'fzzf';\n  $.ajax({type: 'POST', url:"
          " '/api/cms/content/pageList', contentType: 'application/json', data:"
          " JSON.stringify(param), success: draw});\n}\nloadList(1);")


def test_the_properties_a_script_sets_on_the_object_it_sends_are_sent() -> None:
    [call] = api_calls(SET_ON, URL)
    assert (call.json, call.page_field, json_body(api_page(call, 2))) == (
        True, "pageNum", {"pageNum": 2, "pageSize": 2, "channelId": "fzzf"})


def json_api(broken_page: int, size: int = 2) -> str:
    """pageList's handler: a JSON object with channelId and an int pageNum, else 400."""
    records = [{"title": f"岭后县{y}年度法治政府建设年度报告", "url": f"/art/{y}/art_{y}.html",
                "publishDate": f"{y + 1}-03-01"} for y in (2024, 2023, 2022, 2021, 2020)]
    return (f"import json\nRECORDS = {records!r}\n\ndef listing(query, form):\n"
            "    page = form.get('pageNum')\n"
            "    if form.get('channelId') != 'fzzf' or not isinstance(page, int):\n"
            "        return 400, 'application/json', '{\"code\": 400}'\n"
            f"    if page == {broken_page}:\n        return 500, 'text/html', 'error'\n"
            f"    rows = RECORDS[(page - 1) * {size}:page * {size}]\n"
            "    return 200, 'application/json', json.dumps({'data': {'total': len(RECORDS),"
            " 'list': rows}})\n")


def test_json_body_shells_are_crawled_and_a_shortfall_is_said(tmp_path: Path) -> None:
    sites, portals, data = tmp_path / "sites", tmp_path / "portals", tmp_path / "data"
    unwritten = AJAX.replace("JSON.stringify(param)", "JSON.stringify(query(page))")
    for slug, script, api in (("jsonling", AJAX, json_api(0)), ("jsonduan", AJAX, json_api(2)),
                              ("jsonwuxie", unwritten, json_api(0)),
                              ("jsonbao", WRAPPED, json_api(0)),
                              ("jsonshe", SET_ON, json_api(0))):
        shell_portal(tmp_path, slug, script, "/api/cms/content/pageList", api)
    slugs = ["jsonling", "jsonduan", "jsonwuxie", "jsonbao", "jsonshe"]
    crawl = run_crawl(data, sites, [portals], slugs)
    for slug in ("jsonling", "jsonbao", "jsonshe"):
        found = crawl.portal(slug)
        assert found["reports_found"] == 5 and not found.get("problems"), (slug, found)
    for slug, reports in (("jsonduan", 3), ("jsonwuxie", 0)):
        found = crawl.portal(slug)
        assert found["reports_found"] == reports, (slug, found)
        kinds = [p["kind"] for p in found["problems"]]
        assert "listing_incomplete" in kinds, (slug, found)


def test_a_body_by_name_or_string_and_a_url_after_the_body_are_read() -> None:
    named = ("var params = {columnId: '1588', current: 1, size: 4};\nfunction go(n) {\n"
             "  params.current = n;\n  axios.post('/api/article/page', params).then(draw);\n}"
             "\ngo(1);")
    string = "function go(n) { axios.post('/api/a', JSON.stringify({pageNo: n})); } go(1);"
    late = ("function go(n) { $.ajax({data: JSON.stringify({cid: '9', pageNo: n}), url:"
            " '/api/late', type: 'POST', success: draw}); } go(1);")
    [by_name] = api_calls(named, URL)
    assert (by_name.json, by_name.page_field, json_body(api_page(by_name, 2))) == (
        True, "current", {"columnId": "1588", "current": 2, "size": 4})
    [by_string] = api_calls(string, URL)
    assert (by_string.json, by_string.page_field) == (True, "pageNo")
    [by_late] = api_calls(late, URL)
    assert (by_late.url, by_late.json, by_late.page_field) == (
        "http://www.a.gov.cn/api/late", True, "pageNo")


def test_values_written_as_literals_are_sent_as_json_literals() -> None:
    typed = ("function go(n) { axios.post('/api/a', {columnId: 66, isTop: false, ratio: 1.5,"
             " pageNum: n, code: '007', none: null}); } go(1);")
    [call] = api_calls(typed, URL)
    assert json_body(api_page(call, 2)) == {"columnId": 66, "isTop": False, "ratio": 1.5,
                                            "pageNum": 2, "code": "007", "none": None}
