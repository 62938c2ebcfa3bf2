"""A column shell whose rows come only from JSONP (held-out round 23's jinchuan): its script adds
a `<script>` tag whose `src` it concatenates (`…&pageNo=" + pageNo + "&callback=renderList`),
and the answer, `renderList({...});` served as application/javascript, holds the rows and the
totals. The URL is found as a `$.getJSON` call's (crawler/script_tags.py), the answer read as
JSON once its callback is stripped, its pages asked from its totals."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.paging_api import api_calls
from tests.crawler.crawl_helpers import Entry, run_crawl, write_portal
from tests.crawler.test_listing_shapes17 import ARTICLE, page_of

URL = "http://www.a.gov.cn/zwgk/fzzfjs/index.html"
LOADER = ('var channelId = "4127", pageSize = 3;\nfunction loadList(pageNo) {\n'
          '  var s = document.createElement("script");\n'
          '  s.src = "/cms/api/articleList.jsp?channelId=" + channelId + "&pageNo=" + pageNo + '
          '"&pageSize=" + pageSize + "&callback=renderList";\n'
          "  document.body.appendChild(s);\n}\n"
          "function renderList(res) { $('#list').html(res.data.list.length); }\nloadList(1);")
API = "cms/api/articleList.jsp@channelId=4127&pageNo={page}&pageSize=3&callback=renderList"
PAGES = ([2100, 2024, 2023], [2022, 2021, 2020], [2019])
QIANCHUAN = Entry(name="芊川县人民政府", division_code="330329")


def test_a_script_tag_src_the_script_builds_is_a_list_api_call() -> None:
    [call] = api_calls(page_of(LOADER), URL)
    assert (call.method, call.page_field, call.first) == ("GET", "pageNo", 1)
    assert call.url.startswith("http://www.a.gov.cn/cms/api/articleList.jsp?channelId=4127&")
    assert dict(call.formdata)["callback"] == "renderList"
    set_attribute = LOADER.replace('s.src = ', 's.setAttribute("src", ').replace(
        '"&callback=renderList";', '"&callback=renderList");')
    assert [c.url for c in api_calls(page_of(set_attribute), URL)] == [call.url]
    # an image's or a frame's src is no list API: only a created <script> element's
    image = LOADER.replace('createElement("script")', 'createElement("img")')
    assert api_calls(page_of(image), URL) == []


def title(year: int) -> str:
    if year == 2100:
        return "芊川县2100年法治政府建设工作要点"
    return f"芊川县{year}年度法治政府建设年度报告"


def answer(page: int, years: list[int]) -> str:
    rows = [{"id": year, "title": title(year), "pubDate": f"{min(year, 2025) + 1}-03-01",
             "url": f"/zwgk/fzzfjs/t{year}.html"} for year in years]
    data = {"pageNo": page, "pageSize": 3, "total": 7, "totalPage": 3, "list": rows}
    return f"renderList({json.dumps({'code': 200, 'data': data}, ensure_ascii=False)});"


def test_jsonp_pages_are_read_from_their_totals(tmp_path: Path) -> None:
    files = {"zwgk/fzzfjs/index.html": page_of(LOADER)}
    files |= {API.format(page=n): answer(n, years) for n, years in enumerate(PAGES, 1)}
    files |= {f"zwgk/fzzfjs/t{y}.html": ARTICLE.format(title=title(y), year=y)
              for years in PAGES for y in years}
    files["_replay.json"] = json.dumps(
        {"headers": {"/cms/api/*": {"Content-Type": "application/javascript; charset=utf-8"}}})
    sites, portals, data = write_portal(tmp_path, "qianchuan", "www.qianchuan.gov.cn",
                                        "zwgk/fzzfjs/index.html", files, QIANCHUAN)
    crawl = run_crawl(data, sites, [portals], ["qianchuan"])
    found = crawl.portal("qianchuan")
    assert (found["reports_found"], found.get("problems", [])) == (6, []), found
