"""A column page whose list is empty until its script POSTs a form (jQuery array fields,
`"webSiteCode[]": "…"`) to a JSON listing API whose items hold their fields one level down
(`{"id": …, "source": {…}}`) and their URL inside a JSON string (`"urls": "{\\"pc\\": …}"`).
Sites written here."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.js_values import js_object
from crawler.json_answers import json_records, record_fields
from crawler.paging_api import ajax_paging
from tests.crawler.crawl_helpers import ROBOTS_OPEN, Entry, query, run_crawl, write_portal

HOST = "www.qiaoxi.gov.cn"
COLUMN_PATH = "qxx/fzzf/index.html"
COLUMN = f"http://{HOST}/{COLUMN_PATH}"
COLUMN_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>法治政府建设</title></head>
<body><ul id="listBox"></ul><div id="pageBar"></div><script>
var pageSize = 2;
function loadList(current) {
  $.ajax({url: "/queryList", type: "POST", dataType: "json",
    data: {"current": current, "pageSize": pageSize, "webSiteCode[]": "qxx",
           "channelCode[]": "fzzf"},
    success: function (res) { render(res.data.results); }});
}
loadList(1);
</script></body></html>"""
TITLES = ["侨溪县2023年度法治政府建设情况报告", "侨溪县召开法治政府建设推进会",
          "侨溪县2022年度法治政府建设情况报告"]
# The POST handler the replay server runs (FUNC(query, form) in <host>/_api.py).
API = '''import json
TITLES = __TITLES__
ITEMS = [{"id": str(n), "source": {"title": t, "pubDate": "2024-01-0%d 09:00:00" % (n + 1),
          "urls": json.dumps({"pc": "/qxx/fzzf/content_%d.shtml" % n,
                              "h5": "/h5/content_%d.shtml" % n})}}
         for n, t in enumerate(TITLES)]


def query_list(query, form):
    if form.get("webSiteCode[]") != "qxx" or form.get("channelCode[]") != "fzzf":
        return 200, "application/json", json.dumps({"code": 200, "data": {"total": 0}})
    current, size = int(form.get("current", 1)), int(form.get("pageSize", 10))
    data = {"total": len(ITEMS), "pages": (len(ITEMS) + size - 1) // size,
            "results": ITEMS[(current - 1) * size: current * size]}
    return 200, "application/json", json.dumps({"code": 200, "data": data})
'''.replace("__TITLES__", repr(TITLES))
REPORT_BODY = ("<p>县委：</p><p>现将{year}年度法治政府建设情况报告如下：</p>"
               "<p>一、主要举措和成效</p><p>推进依法行政。</p><p>二、存在的不足</p><p>基层力量薄弱。</p>"
               "<p>三、下一步工作打算</p><p>持续推进。</p><p>特此报告。</p>")


def test_a_form_with_array_fields_is_read_whole() -> None:
    form = js_object('"current": current, "webSiteCode[]": "qxx", \'a b\': 1, size: 10', "")
    assert form == {"current": "", "webSiteCode[]": "qxx", "a b": "1", "size": "10"}
    (request,) = ajax_paging(COLUMN_PAGE, COLUMN).next_requests
    assert (request.url, request.method, request.page_field) == (
        f"http://{HOST}/queryList", "POST", "current")
    assert dict(request.formdata) == {"current": "1", "pageSize": "2", "webSiteCode[]": "qxx",
                                      "channelCode[]": "fzzf"}


def test_items_one_level_down_with_their_url_in_a_json_string() -> None:
    answer = {"code": 200, "data": {"total": 2, "results": [
        {"id": "1", "source": {"title": "甲", "pubDate": "2024-01-02",
                               "urls": json.dumps({"h5": "/h5/1.html", "pc": "/pc/1.html"})}},
        {"id": "2", "source": {"title": "乙", "urls": {"pc": "/pc/2.html"}}},
        {"id": "3", "source": {"title": "丙", "urls": "{not json"}}]}}
    records = json_records(answer)
    assert [record_fields(r) for r in records] == [("甲", "/pc/1.html", "2024-01-02"),
                                                   ("乙", "/pc/2.html", None)]


def site_files() -> dict[str, str]:
    files = {COLUMN_PATH: COLUMN_PAGE, "_api.py": API,
             "_replay.json": json.dumps({"post": {"/queryList": "python:_api.py:query_list"}})}
    for n, title in enumerate(TITLES):
        year = next((y for y in ("2023", "2022") if y in title), "")
        body = REPORT_BODY.format(year=year) if year else "<p>会议召开。</p>"
        files[f"qxx/fzzf/content_{n}.shtml"] = (
            f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<h1>{title}</h1><div class="content">{body}</div></body></html>')
    return files | {"robots.txt": ROBOTS_OPEN}


def test_a_post_json_listing_is_crawled_whole(tmp_path: Path) -> None:
    entry = Entry(name="侨溪县人民政府", division_code="360831", level="county",
                  province="江西省")
    sites, portals, data = write_portal(tmp_path, "qiaoxi", HOST, COLUMN_PATH, site_files(),
                                        entry)
    crawl = run_crawl(data, sites, [portals], ["qiaoxi"])
    assert crawl.returncode == 0, crawl.log[-2000:]
    posts = [status for method, url, status in crawl.requests
             if method == "POST" and url == f"http://{HOST}/queryList"]
    assert posts == [200, 200], crawl.requests        # page 1, then page 2 of 2
    stored = query(data / "corpus.db", "SELECT url, report_year FROM documents ORDER BY url")
    assert [tuple(r) for r in stored] == [(f"http://{HOST}/qxx/fzzf/content_0.shtml", 2023),
                                          (f"http://{HOST}/qxx/fzzf/content_2.shtml", 2022)]
