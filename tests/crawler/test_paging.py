"""crawler/paging.py and paging_api.py: what a listing page declares, read without a crawl."""

from __future__ import annotations

import re

from crawler.families.completeness import Ledger
from crawler.json_answers import json_text
from crawler.paging import read_paging
from crawler.paging_api import json_paging
from crawler.paging_script import PAGE_COUNT_VARS, VAR_RE, js_number
from tests.cleaning.regex_adversary import adversarial_inputs, matches_within

BASE = "http://www.a.gov.cn/zwgk/fzzf/"


def urls(text: str, url: str = BASE + "index.html") -> list[str]:
    return [request.url for request in read_paging(text, url).next_requests]


def test_create_page_html_forms() -> None:
    four = '<script>createPageHTML(3, 0, "list", "shtml");</script>'
    assert urls(four) == [BASE + "list_1.shtml", BASE + "list_2.shtml"]
    two = "<script>createPageHTML(2, 0);</script>"
    assert urls(two) == [BASE + "index_1.html"]
    six = "<script>createPageHTML('page_div', 3, 0, 'index', 'htm', 41);</script>"
    paging = read_paging(six, BASE + "index.htm")
    assert (paging.declared_pages, paging.declared_records) == (3, 41)
    assert [r.url for r in paging.next_requests] == [BASE + "index_1.htm", BASE + "index_2.htm"]


def test_count_page_variable() -> None:
    text = "<script>var currentPage = 0;\nvar countPage = 3//共多少页</script>"
    assert urls(text) == [BASE + "index_1.html", BASE + "index_2.html"]


def test_a_page_count_variable_is_read_linearly() -> None:
    # issue 13: a run of spaces read again from each of its characters took minutes on 100 KB
    for name in PAGE_COUNT_VARS:
        pattern = re.compile(VAR_RE.format(name=name))
        assert all(matches_within(pattern, text, 1.0)
                   for text in adversarial_inputs(pattern, 100_000)), name
    assert js_number("xcountPage=2; countPage = '3'", "countPage") == 3   # its own word only


def test_rendered_pager_fills_the_pages_between() -> None:
    text = ('<div class="page">共5页 共47条 <b>1</b> <a href="list_2.html">2</a>'
            ' <a href="list_2.html">下一页</a> <a href="list_5.html">尾页</a></div>')
    paging = read_paging(text, BASE + "list.html")
    assert (paging.declared_pages, paging.declared_records) == (5, 47)
    assert sorted(r.url for r in paging.next_requests) == [
        BASE + f"list_{n}.html" for n in range(2, 6)]


def test_query_page_numbers_and_iframe() -> None:
    text = ('<a href="index.html?uid=77&pageNum=2">下一页</a>'
            '<a href="index.html?uid=77&pageNum=4">尾页</a><iframe src="/list/frame.html">')
    found = urls(text)
    assert BASE + "index.html?uid=77&pageNum=3" in found
    assert "http://www.a.gov.cn/list/frame.html" in found


def test_other_hosts_and_single_pages_declare_nothing() -> None:
    assert urls('<a href="http://other.com/index_2.html">下一页</a>') == []
    assert urls("<script>createPageHTML(1, 0, 'index', 'html');</script>") == []


def test_post_json_api_from_the_page_script() -> None:
    text = ('<script>var channelCode = "fzzf"; $.ajax({ url: "/api/list", type: "POST",'
            ' data: { siteCode: "41", channelCode: channelCode, pageNo: 1, pageSize: 10 },'
            ' success: function (res) {} });</script>')
    [request] = read_paging(text, BASE + "index.html").next_requests
    assert (request.url, request.method, request.page_field) == (
        "http://www.a.gov.cn/api/list", "POST", "pageNo")
    assert dict(request.formdata) == {"siteCode": "41", "channelCode": "fzzf", "pageNo": "1",
                                      "pageSize": "10"}
    answer = {"total": 24, "data": [{"title": f"t{i}", "url": f"/a/{i}.html"} for i in range(10)]}
    paging = json_paging(answer, request, shown=10)
    assert (paging.declared_pages, paging.declared_records) == (3, 24)
    assert [dict(r.formdata)["pageNo"] for r in paging.next_requests] == ["2", "3"]


def test_get_json_api_whose_url_is_built_in_the_script() -> None:
    # '/api/list?channelId=' + channelId + '&pageIndex=' + pageIndex: the page number is in
    # the URL's query, its values in the page's `var`s.
    text = ("<script>var channelId = \"1187\"; var pageIndex = 1;"
            " function loadList(p) { pageIndex = p; $.ajax({"
            " url: '/api/gkml/list?channelId=' + channelId + '&pageIndex=' + pageIndex,"
            " type: 'GET', dataType: 'json', success: function (res) {} }); }</script>")
    [request] = read_paging(text, BASE + "index.html").next_requests
    assert (request.url, request.method, request.page_field) == (
        "http://www.a.gov.cn/api/gkml/list?channelId=1187&pageIndex=1", "GET", "pageIndex")
    answer = {"code": 0, "data": {"total": 15, "pageIndex": 1, "pageSize": 10, "pageCount": 2,
                                  "list": [{"title": "t", "url": "/c/1.html"}] * 10}}
    paging = json_paging(answer, request, shown=10)
    assert (paging.declared_pages, paging.declared_records) == (2, 15)
    assert [r.url for r in paging.next_requests] == [
        "http://www.a.gov.cn/api/gkml/list?channelId=1187&pageIndex=2"]
    getjson = "<script>$.getJSON('/api/docs?page=' + p, function (d) {});</script>"
    [request] = read_paging(getjson, BASE + "index.html").next_requests
    assert request.url == "http://www.a.gov.cn/api/docs?page=1"


def test_axios_and_fetch_listing_apis() -> None:
    calls = {
        "axios.get('/api/list', { params: { channelId: cid, pageNo: 1, pageSize: 15 } })":
            ("GET", "http://www.a.gov.cn/api/list?channelId=77&pageNo=1&pageSize=15"),
        "axios({ method: 'post', url: '/queryList', data: { current: 1, size: 10 } })":
            ("POST", "http://www.a.gov.cn/queryList"),
        "fetch('/api/docs?cid=' + cid + '&pageIndex=' + n).then(r => r.json())":
            ("GET", "http://www.a.gov.cn/api/docs?cid=77&pageIndex=1"),
    }
    for call, (method, url) in calls.items():
        text = f"<script>var cid = '77'; function load(n) {{ {call}; }}</script>"
        [request] = read_paging(text, BASE + "index.html").next_requests
        assert (request.method, request.url) == (method, url), call


def test_ledger_names_each_shortfall() -> None:
    ledger = Ledger()
    ledger.declare("L", pages=3, records=24)
    ledger.page_read("L", "L", ["a", "b"])
    ledger.report_listed("L", "a", "2024年法治政府建设年度报告")
    ledger.page_read("M", "M", ["c"])
    kinds = {(p["kind"], p["url"]) for p in ledger.problems()}
    assert kinds == {("listing_incomplete", "L"), ("report_not_fetched", "a"),
                     ("column_empty", "M")}
    ledger.report_fetched("a")
    assert ("report_not_fetched", "a") not in {(p["kind"], p["url"]) for p in ledger.problems()}
    assert [p["kind"] for p in ledger.problems(expect_empty=True)] == ["listing_incomplete"]


def test_jsonp_answers_are_read_as_json() -> None:
    data = {"total": 2, "list": [{"title": "t", "url": "/c/1.html"}]}
    assert json_text('jQuery1123_456({"total": 2, "list": [{"title": "t", "url": "/c/1.html"}]});'
                     ) == data
    assert json_text(' {"total": 2, "list": [{"title": "t", "url": "/c/1.html"}]} ') == data
    assert json_text("<html><body>共2条</body></html>") is None


def test_create_page_html_read_by_its_values_shapes() -> None:
    # Container id first, the current page 1-based (page 1 list.shtml, page N list_N.shtml),
    # the record count last.
    one_based = "<script>createPageHTML('page_div',3, 1,'list','shtml',15);</script>"
    paging = read_paging(one_based, BASE + "list.shtml")
    assert (paging.declared_pages, paging.declared_records) == (3, 15)
    assert [r.url for r in paging.next_requests] == [BASE + "list_2.shtml", BASE + "list_3.shtml"]
    # The extension is the string naming a page type, wherever it stands.
    swapped = "<script>createPageHTML(3, 0, '.shtml', 'xlist');</script>"
    assert urls(swapped, BASE + "xlist.shtml") == [BASE + "xlist_1.shtml", BASE + "xlist_2.shtml"]


def test_a_shortfall_says_only_the_totals_the_listing_declared() -> None:
    ledger = Ledger()
    ledger.declare("R", records=16)
    ledger.declare("P", pages=3)
    ledger.page_read("R", "R", ["a"])
    ledger.page_read("P", "P", ["b"])
    details = {p["url"]: p["detail"] for p in ledger.problems()
               if p["kind"] == "listing_incomplete"}
    assert details["R"].startswith("declared 16 records; fetched 1 pages")
    assert details["P"].startswith("declared 3 pages; fetched 1 pages")
    assert "?" not in details["R"] + details["P"]
