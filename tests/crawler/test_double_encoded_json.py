"""A list API answering JSON encoded twice — one JSON string holding the JSON, as `text/plain`
(a controller returning a String, quoted again by its converter; the page's script calls
`JSON.parse` twice): the string's data is the answer (held-out round 28's shape). Before, the
answer read as a string: no rows, the column `empty`."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.json_answers import json_text
from tests.crawler.crawl_helpers import Entry, run_crawl, write_portal
from tests.crawler.test_listing_shapes17 import ARTICLE

YEARS = {2024: 417, 2023: 514, 2100: 427}
MIXI = Entry(name="汨溪县人民政府", division_code="330994")
SCRIPT = """<script>
var CAT_ID = 2207;
function loadList(pageNo) {
    $.ajax({url: "/cms/front/infoList.do", type: "GET",
        data: {catId: CAT_ID, pageNo: pageNo, pageSize: 6}, dataType: "text",
        success: function (res) {
            var data = JSON.parse(res);
            if (typeof data === "string") { data = JSON.parse(data); }
            var html = "";
            $.each(data.rows, function (i, row) {
                html += '<li><a href="' + row.url + '">' + row.title + '</a></li>';
            });
            $("#infoList").html(html);
        }});
}
$(function () { loadList(1); });
</script>"""


def title(year: int) -> str:
    return "汨溪县2100年法治政府建设工作要点" if year == 2100 else (
        f"汨溪县人民政府关于{year}年度法治政府建设情况的报告")


def answer() -> str:
    rows = [{"infoId": n, "title": title(y), "url": f"/zwgk/fzzfjsbg/t{n}.html",
             "pubDate": f"{min(y, 2025) + 1}-03-12"} for y, n in YEARS.items()]
    data = {"total": 3, "pageCount": 1, "pageNo": 1, "pageSize": 6, "rows": rows}
    return json.dumps(json.dumps(data, ensure_ascii=False), ensure_ascii=False)


def test_a_json_string_holding_json_is_read_as_its_data() -> None:
    assert json_text(answer())["total"] == 3
    assert json_text('"{not json"') == "{not json"   # a string that is no JSON stays a string
    assert json_text('"plain words"') == "plain words"


def test_a_double_encoded_list_answer_is_crawled(tmp_path: Path) -> None:
    files = {"zwgk/fzzfjsbg/index.html": ("<html><body><ul id='infoList'></ul>"
                                          f"<div id='pager'></div>{SCRIPT}</body></html>"),
             "cms/front/infoList.do@catId=2207&pageNo=1&pageSize=6": answer(),
             "_replay.json": ('{"headers": {"/cms/front/*": '
                              '{"Content-Type": "text/plain;charset=UTF-8"}}}')}
    files |= {f"zwgk/fzzfjsbg/t{n}.html": ARTICLE.format(title=title(y), year=y)
              for y, n in YEARS.items()}
    sites, portals, data = write_portal(tmp_path, "mixi", "www.mixi.gov.cn",
                                        "zwgk/fzzfjsbg/index.html", files, MIXI)
    found = run_crawl(data, sites, [portals], ["mixi"]).portal("mixi")
    assert (found["reports_found"], found.get("problems", [])) == (2, []), found
