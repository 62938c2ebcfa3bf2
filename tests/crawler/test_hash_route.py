"""A hash-routed column's values in its URL's fragment (crawler/hash_route.py): read as the
page's own query when its script builds its list API call."""

from __future__ import annotations

from scrapy import Request
from scrapy.http import HtmlResponse

from crawler.hash_route import address_query, fragment_query, page_address, routed_text
from crawler.js_values import js_value
from crawler.paging_api import ajax_paging

ROUTED = "http://www.x.gov.cn/zwgk/#/list?channelCode=fzzfndbg&pageNo=1"
SHELL = """<ul><li><a href="#/list?channelCode=tzgg&pageNo=1">通知公告</a></li></ul>
<script>var API = "/zwgk/api/page";
function parseHash() {
  var h = location.hash.replace(/^#/, "");
  var q = new URLSearchParams(h.split("?")[1] || "");
  return {channel: q.get("channelCode") || "tzgg", pageNo: parseInt(q.get("pageNo") || "1")};
}
var r = parseHash();
$.getJSON(API, {channelCode: r.channel, pageNo: r.pageNo, pageSize: 6}, draw);</script>"""


def test_a_fragment_query_is_read_after_its_route_or_bare():
    assert fragment_query(ROUTED) == [("channelCode", "fzzfndbg"), ("pageNo", "1")]
    assert fragment_query("http://x.cn/a.html#cid=7&page=2") == [("cid", "7"), ("page", "2")]
    assert fragment_query("http://x.cn/a.html#top") == []
    assert fragment_query("http://x.cn/a.html#/detail/12") == []


def test_the_fragment_query_wins_over_the_address_query():
    assert address_query("http://x.cn/a?cid=1&site=3#/l?cid=2") == {"cid": "2", "site": "3"}


def test_a_hash_routed_shell_calls_its_api_with_the_fragment_channel():
    """Without the fragment the call's channel is empty (the API answers nothing)."""
    paged = ajax_paging(SHELL, ROUTED).next_requests
    assert [r.url for r in paged] == [
        "http://www.x.gov.cn/zwgk/api/page?channelCode=fzzfndbg&pageNo=1&pageSize=6"]
    unrouted = ajax_paging(SHELL, "http://www.x.gov.cn/zwgk/").next_requests
    assert dict(unrouted[0].formdata)["channelCode"] != "fzzfndbg"


def test_a_router_query_property_and_location_hash_are_written_as_values():
    text = "load(this.$route.query.cid, $route.query['page'], location.hash, $route.query.x)"
    fed = routed_text(HtmlResponse("http://x.cn/l/", body=text.encode(), encoding="utf-8",
                                   request=Request("http://x.cn/l/#/c?cid=9&page=2")))
    assert fed == 'load("9", "2", "#/c?cid=9&page=2", $route.query.x)'


def test_the_page_address_keeps_the_fragment_its_request_was_asked_with():
    def answer(url: str, asked: str) -> HtmlResponse:
        return HtmlResponse(url, body=b"<p></p>", request=Request(asked))
    assert page_address(answer("http://x.cn/zwgk/", ROUTED.replace("www.x.gov.cn", "x.cn"))
                        ) == "http://x.cn/zwgk/#/list?channelCode=fzzfndbg&pageNo=1"
    # a redirect's target is another page: the asked fragment is not its own
    assert page_address(answer("http://x.cn/new/", "http://x.cn/old/#/l?c=1")
                        ) == "http://x.cn/new/"
    assert routed_text(answer("http://x.cn/a", "http://x.cn/a")) == "<p></p>"


def test_a_url_query_pair_is_no_assignment_of_a_name():
    text = '<a href="#/column?cid=2001&page=1">x</a><script>var cid = "2087";</script>'
    assert js_value("cid", text) == "2087"
    assert js_value("page", '<a href="?cid=1&page=3">') == ""
