"""A JSON list API whose rows carry only an id (held-out round 26's qiantang): `{infoId, title,
pubDate}` rows, the link written by the page's render loop in a template literal
(`` `<a href="/zwgk/detail.html?infoId=${item.infoId}">` ``). No row had a URL the crawler
read: the column said `empty`. Now the page's row link templates (template literal or string
concatenation: crawler/record_urls.py) build each row's URL."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.json_answers import DEFAULT_JSON_KEYS
from crawler.record_urls import RecordTemplate, record_templates, templated_rows
from tests.crawler.crawl_helpers import Entry, run_crawl, write_portal
from tests.crawler.test_listing_shapes17 import ARTICLE, page_of

LOADER = ('function loadList(pageNo) {\n  $.ajax({url: "/api/info/list", type: "GET", '
          'dataType: "json",\n    data: {catalogId: "fzzf", pageNo: pageNo, pageSize: 3},\n'
          '    success: function (res) { var html = "";\n'
          '      $.each(res.data.list, function (i, item) {\n'
          '        html += `<li><a href="/zwgk/detail.html?infoId=${item.infoId}">'
          '${item.title}</a></li>`;\n      });\n    }\n  });\n}\n$(function () { loadList(1); });')
PAGES = ([2100, 2024, 2023], [2022, 2021, 2020], [2019])
QIANXI = Entry(name="芡溪区人民政府", division_code="330995")


def title(year: int) -> str:
    if year == 2100:
        return "芡溪区2100年法治政府建设工作要点"
    return f"芡溪区{year}年度法治政府建设年度报告"


def answer(page: int, years: list[int]) -> str:
    rows = [{"infoId": f"QX{year}", "title": title(year), "pubDate": f"{min(year, 2025)}-03-01"}
            for year in years]
    return json.dumps({"code": 0, "data": {"pageNo": page, "pageSize": 3, "total": 7,
                                           "pages": 3, "list": rows}}, ensure_ascii=False)


def test_row_link_templates_are_read_from_template_literals_and_concatenation() -> None:
    literal = RecordTemplate("/zwgk/detail.html?infoId=", "infoId", "")
    assert record_templates(LOADER) == [literal]
    joined = "html += '<a href=\"/a/show.jsp?id=' + row.docId + '&t=1\">' + row.title;"
    assert record_templates(joined) == [RecordTemplate("/a/show.jsp?id=", "docId", "&t=1")]
    assert record_templates('html += `<a href="${item.url}">`;') == []   # no page named
    rows = templated_rows(json.loads(answer(1, [2024, 2023])), [literal], DEFAULT_JSON_KEYS)
    assert rows == [(title(2024), "/zwgk/detail.html?infoId=QX2024", "2024-03-01"),
                    (title(2023), "/zwgk/detail.html?infoId=QX2023", "2023-03-01")]


def test_id_only_rows_are_crawled_by_the_pages_template(tmp_path: Path) -> None:
    files = {"zwgk/index.html": page_of(LOADER)}
    files |= {f"api/info/list@catalogId=fzzf&pageNo={n}&pageSize=3": answer(n, years)
              for n, years in enumerate(PAGES, 1)}
    files |= {f"zwgk/detail.html@infoId=QX{y}": ARTICLE.format(title=title(y), year=y)
              for years in PAGES for y in years}
    files["_replay.json"] = json.dumps(
        {"headers": {"/api/*": {"Content-Type": "application/json; charset=utf-8"}}})
    sites, portals, data = write_portal(tmp_path, "qianxi", "www.qianxi.gov.cn",
                                        "zwgk/index.html", files, QIANXI)
    found = run_crawl(data, sites, [portals], ["qianxi"]).portal("qianxi")
    assert (found["reports_found"], found.get("problems", [])) == (6, []), found
