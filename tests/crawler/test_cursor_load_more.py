"""A 加载更多 list API paged by a cursor: the shell's script asks `list?columnId=…&lastId=0`,
then with `lastId` = the id of the last row of the previous answer, until an answer brings no
new row or says `hasMore: false` (crawler/cursor_rows.py, crawler/families/more_rows.py); an
answer whose rows name no id leaves the column listing_incomplete, never ok."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.cursor_rows import cursor_param, last_row_id, row_id_keys, says_no_more
from crawler.json_answers import DEFAULT_JSON_KEYS
from tests.crawler.crawl_helpers import run_crawl
from tests.crawler.test_listing_shapes15 import articles, site

HOST = "www.youbiao.gov.cn"
SHELL = """<html><head><meta charset="utf-8"><title>法治政府建设年度报告</title></head><body>
<ul id="newsList"></ul><div class="more"><a href="javascript:;" id="loadMore">加载更多</a></div>
<script>
var lastId = 0;
function loadList() {
  $.getJSON("/api/listByCursor", {columnId: 52, lastId: lastId, size: 2}, function (res) {
    var list = res.data.list;
    if (list.length > 0) { lastId = list[list.length - 1].id; }
  });
}
$(function () { loadList(); $("#loadMore").on("click", loadList); });
</script></body></html>"""
BATCHES = [("0", [(9, 2025), (8, 2024)]), ("8", [(7, 2023), (6, 2022)]), ("6", [(5, 2021)])]


def answer(rows: list[tuple[int, int]], more: bool, with_id: bool = True) -> str:
    items = [{**({"id": n} if with_id else {}), "title": f"连桥区{year}年度法治政府建设年度报告",
              "url": f"/ndbg/content/post_{n}.html", "publishDate": f"{year + 1}-03-01"}
             for n, year in rows]
    return json.dumps({"code": 0, "data": {"list": items, "hasMore": more}}, ensure_ascii=False)


def pages(with_id: bool = True) -> dict[str, str]:
    files = {f"api/listByCursor@columnId=52&lastId={last}&size=2": answer(
        rows, at < len(BATCHES) - 1, with_id) for at, (last, rows) in enumerate(BATCHES)}
    headers = {"headers": {"/api/*": {"Content-Type": "application/json;charset=UTF-8"}}}
    return {"ndbg/list.html": SHELL, "_replay.json": json.dumps(headers),
            **files, **articles([row for _, rows in BATCHES for row in rows])}


def test_cursor_words() -> None:
    assert cursor_param(["columnId", "lastId", "size"]) == "lastId"
    assert cursor_param(["min_id", "client"]) == "min_id"
    assert cursor_param(["pageNo", "id"]) is None
    assert row_id_keys("lastDocId")[:2] == ("docId", "id")
    data = json.loads(answer(BATCHES[0][1], True))
    assert last_row_id(data, "lastId", DEFAULT_JSON_KEYS) == "8"
    assert not says_no_more(data)
    assert says_no_more(json.loads(answer(BATCHES[2][1], False)))
    assert last_row_id(json.loads(answer([], False)), "lastId", DEFAULT_JSON_KEYS) is None


def test_a_cursor_chain_reads_every_batch(tmp_path: Path) -> None:
    sites, portals, data = tmp_path / "sites", tmp_path / "portals", tmp_path / "data"
    site(tmp_path, "youbiao", HOST, pages())
    crawl = run_crawl(data, sites, [portals], ["youbiao"])
    portal = crawl.portal("youbiao")
    assert portal["documents"] == 5 and not portal.get("problems"), portal
    for last, _ in BATCHES:
        assert crawl.requested(f"http://{HOST}/api/listByCursor?columnId=52&lastId={last}"
                               "&size=2") == [200]


def test_rows_naming_no_id_leave_the_column_incomplete(tmp_path: Path) -> None:
    sites, portals, data = tmp_path / "sites", tmp_path / "portals", tmp_path / "data"
    site(tmp_path, "youbiao", HOST, pages(with_id=False))
    portal = run_crawl(data, sites, [portals], ["youbiao"]).portal("youbiao")
    assert [p["kind"] for p in portal["problems"]] == ["listing_incomplete"], portal
    assert "加载更多" in portal["problems"][0]["detail"]
