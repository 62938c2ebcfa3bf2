"""Where a JSON list API with no declared total stops paging (crawler/families/epoint_lists.py,
PagerSpider.json_listing_requests): at a page that brings no record new to its own listing —
another column listing the same records ends none early — or at the 50-page cap, where a page
still bringing records leaves the listing incomplete (the page past the cap said unread),
never a quiet ok."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.paging import PageRequest
from crawler.paging_api import json_paging, past_cap, undeclared_next
from crawler.paging_start import MAX_UNDECLARED_PAGES
from tests.crawler.crawl_helpers import Entry, run_crawl, write_portal
from tests.crawler.test_listing_shapes17 import ARTICLE, EPOINT, page_of

API = "/api/list"
EPOINT_API = "/EpointWebBuilder/rest/frontAppCustomAction/getPageInfoListNew"
FORM_API = ("function load(pageNum) {\n  $.ajax({type: 'POST', url: '/api/list', data: "
            "{channelId: 'CHANNEL', pageNum: pageNum, pageSize: 2}, dataType: 'json',\n"
            "    success: function (res) { draw(res.rows); } });\n}\n$(function () { load(0); });")
# Two columns, no total: their page 1 lists the same two reports, the rest differ.
OVERLAP = {"a": [[2024, 2023], [2022]], "b": [[2024, 2023], [2021, 2020]]}


def title(year: int) -> str:
    return f"溪口县{year}年度法治政府建设年度报告"


def handler(epoint: bool) -> str:
    """The API: OVERLAP's pages for columns a and b; column c endless (a new record on every
    page, no total: its 2019 report, then notices)."""
    read = ("params = json.loads(form['params'])\n    column, page = params['categoryNum'], "
            "int(params['pageIndex'])" if epoint else
            "column, page = form['channelId'], int(form['pageNum'])")
    wrap = "{'custom': {'infodata': found}}" if epoint else "{'rows': found}"
    return f"""import json
PAGES = {OVERLAP!r}


def record(year):
    name = f'溪口县{{year}}年度法治政府建设年度报告'
    if year > 2024:
        name = f'关于第{{year}}批事项的通知'
    href = f'/art/{{year}}/art_{{year}}.html'
    return {{'infoid': str(year), 'title': name, 'infodate': '2025-03-01', 'infourl': href,
            'url': href, 'publishTime': '2025-03-01'}}


def listing(query, form):
    {read}
    listed = PAGES.get(column, [])
    years = listed[page] if page < len(listed) else []
    if column == 'c':
        years = [2024 + page] if page else [2019]
    found = [record(year) for year in years]
    return 200, 'application/json', json.dumps({wrap})
"""


XIKOU = Entry(name="溪口县人民政府", division_code="330330")


def portal(tmp_path: Path, slug: str, scripts: dict[str, str], api: str, api_path: str) -> None:
    files = {f"col/{column}/index.html": page_of(script) for column, script in scripts.items()}
    files |= {f"art/{y}/art_{y}.html": ARTICLE.format(title=title(y), year=y)
              for y in range(2019, 2025)}
    files |= {"_api.py": api,
              "_replay.json": json.dumps({"post": {api_path: "python:_api.py:listing"}})}
    write_portal(tmp_path, slug, f"www.{slug}.gov.cn",
                 [f"col/{column}/index.html" for column in scripts], files, XIKOU)


def test_the_page_past_the_cap_is_the_one_the_api_would_be_asked_next() -> None:
    last = PageRequest("http://a.gov.cn/api", "POST", (("pageNum", str(MAX_UNDECLARED_PAGES - 1)),),
                       "json", "pageNum", first=0)
    assert json_paging({"rows": [{}]}, last, shown=1).next_requests == []
    following = undeclared_next(last, shown=1)
    assert following and past_cap(following)
    assert dict(following.formdata)["pageNum"] == str(MAX_UNDECLARED_PAGES)
    before = PageRequest("http://a.gov.cn/api", "POST", (("pageNum", "3"),), "json", "pageNum",
                         first=0)
    assert json_paging({"rows": [{}]}, before, shown=1).next_requests == [
        undeclared_next(before, shown=1)]
    assert undeclared_next(before, shown=0) is None   # a page with no rows ends it


def test_no_total_pages_per_column_and_the_cap_is_said(tmp_path: Path) -> None:
    sites, portals, data = tmp_path / "sites", tmp_path / "portals", tmp_path / "data"
    epoint = EPOINT.replace("pageSize = 6", "pageSize = 2")
    for slug, kind in (("epduolan", True), ("apiduolan", False)):
        script, key = (epoint, '"002005003"') if kind else (FORM_API, "'CHANNEL'")
        columns = {f"col{n}": script.replace(key, key.replace(key.strip("'\""), column))
                   for n, column in ((12, "a"), (13, "b"), (14, "c"))}
        portal(tmp_path, slug, columns, handler(kind), EPOINT_API if kind else API)
    crawl = run_crawl(data, sites, [portals], ["epduolan", "apiduolan"])
    for slug in ("epduolan", "apiduolan"):
        found = crawl.portal(slug)
        assert found["reports_found"] == 6, (slug, found)
        problems = found["problems"]
        assert [p["kind"] for p in problems] == ["listing_incomplete"], (slug, problems)
        assert f"past the {MAX_UNDECLARED_PAGES}-page cap" in problems[0]["detail"], problems
        assert problems[0]["url"].endswith("/col/col14/index.html"), problems
