"""A list API taking a JSON body with nested objects, `{page: {current: n, size: 2}, query:
{siteCode: …, channelCode: …}}`, refusing a flat body with 400 (held-out round 28's shape).
Before, an object with a nested object was not read: no request, the column `empty`. Now the
body is read as dotted pairs (crawler/nested_body.py), paged in `page.current` and sent
nested again. Sites written here."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.nested_body import flattened
from crawler.paging_api import ajax_paging, api_page, json_body
from tests.crawler.crawl_helpers import Entry, run_crawl, write_portal
from tests.crawler.test_listing_shapes17 import ARTICLE

HOST = "www.pingpu.gov.cn"
COLUMN_PATH = "zwgk/fzzfjsndbg/index.html"
COLUMN = f"http://{HOST}/{COLUMN_PATH}"
PINGPU = Entry(name="平浦区人民政府", division_code="330993")
CALL = """<html><body><div id="app"><ul><li v-for="r in records">{{ r.title }}</li></ul></div>
<script>
var SITE_CODE = "ppq";
function load(n) {
    var body = {page: {current: n, size: 2},
                query: {siteCode: SITE_CODE, channelCode: "fzzfjsndbg"}};
    fetch("/gateway/cms/article/page", {method: "POST",
        headers: {"Content-Type": "application/json;charset=UTF-8"},
        body: JSON.stringify(body)}).then(function (r) { return r.json(); });
}
load(1);
</script></body></html>"""
YEARS = {2024: 417, 2023: 514, 2100: 427}
API = '''import json
RECORDS = __RECORDS__


def page(query, form):
    pg = form.get("page") if isinstance(form, dict) else None
    q = form.get("query") if isinstance(form, dict) else None
    if not isinstance(pg, dict) or not isinstance(q, dict) or q.get("siteCode") != "ppq":
        return 400, "application/json", '{"code": 400, "msg": "bad body"}'
    current, size = int(pg["current"]), int(pg["size"])
    data = {"records": RECORDS[(current - 1) * size: current * size], "total": len(RECORDS),
            "size": size, "current": current, "pages": -(-len(RECORDS) // size)}
    return 200, "application/json", json.dumps({"code": 200, "data": data})
'''


def title(year: int) -> str:
    return "平浦区2100年法治政府建设工作要点" if year == 2100 else (
        f"平浦区人民政府关于{year}年度法治政府建设情况的报告")


def test_a_nested_body_is_read_paged_and_sent_nested() -> None:
    assert flattened("a: {b: 1, 'c': x}, d: 2") == '"a.b": 1, "a.c": x, d: 2'
    assert flattened("a: 1, d: 2") is None                # nothing nested: the flat readers'
    assert flattened("a: {b: {c: 1}}") is None            # deeper: left unread
    # a value's own colons (a time) are no keys: the inner pairs are read, not rewritten
    assert flattened('q: {start: "2024-01-01 10:00", t: \'平浦\'}') == (
        '"q.start": "2024-01-01 10:00", "q.t": \'平浦\'')
    (request,) = ajax_paging(CALL, COLUMN).next_requests
    assert (request.url, request.method, request.page_field, request.json) == (
        f"http://{HOST}/gateway/cms/article/page", "POST", "page.current", True)
    assert json_body(api_page(request, 2)) == {
        "page": {"current": 2, "size": 2},
        "query": {"siteCode": "ppq", "channelCode": "fzzfjsndbg"}}
    inline = CALL.replace("JSON.stringify(body)", "JSON.stringify({page: {current: n, "
                          "size: 2}, query: {siteCode: SITE_CODE}})")
    (request,) = ajax_paging(inline, COLUMN).next_requests
    assert json_body(request) == {"page": {"current": 1, "size": 2},
                                  "query": {"siteCode": "ppq"}}


def test_a_nested_body_api_is_crawled(tmp_path: Path) -> None:
    records = [{"id": n, "title": title(y), "linkUrl": f"/zwgk/fzzfjsndbg/content/post_{n}.html",
                "publishTime": f"{min(y, 2025) + 1}-03-12 10:00:00"} for y, n in YEARS.items()]
    files = {COLUMN_PATH: CALL, "_api.py": API.replace("__RECORDS__", repr(records)),
             "_replay.json": json.dumps({"post": {"/gateway/cms/article/page":
                                                  "python:_api.py:page"}})}
    files |= {f"zwgk/fzzfjsndbg/content/post_{n}.html": ARTICLE.format(title=title(y), year=y)
              for y, n in YEARS.items()}
    sites, portals, data = write_portal(tmp_path, "pingpu", HOST, COLUMN_PATH, files, PINGPU)
    found = run_crawl(data, sites, [portals], ["pingpu"]).portal("pingpu")
    assert (found["reports_found"], found.get("problems", [])) == (2, []), found
