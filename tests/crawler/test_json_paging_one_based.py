"""A JSON list API counted from 1 that declares no total, page count or last-page flag (held-out
round 23's changping): only asking the next page tells a full page from the last, so it is paged
on until a page shows no rows or no new record, as one counted from 0. And the safety net
(crawler/full_pages.py): a page holding as many rows as its request's page size asked, whose
next page nothing asks (an API that answers every page number with page 1), leaves the
listing incomplete, never ok."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.full_pages import UNASKED_AFTER_FULL, page_size_asked, unasked_after_full
from crawler.paging import PageRequest, Paging
from crawler.paging_api import undeclared_next
from tests.crawler.crawl_helpers import Entry, run_crawl, write_portal
from tests.crawler.test_listing_shapes17 import ARTICLE, page_of

SCRIPT = ('function loadPage(page) {\n  $.getJSON("/api/cms/list", {columnId: 3306, page: page, '
          'limit: 3}, function (res) {\n    if (!res.rows || res.rows.length === 0) { return; }\n'
          '    $.each(res.rows, function (i, r) { $("#list").append(r.title); });\n'
          "    loadPage(page + 1);\n  });\n}\n$(function () { loadPage(1); });")
API = "api/cms/list@columnId=3306&page={page}&limit=3"
# Page 1: a notice and two reports; page 2: three reports (full); page 3: no rows.
PAGES = ([2100, 2024, 2023], [2022, 2021, 2020], [])
SHANGLIN = Entry(name="上林区人民政府", division_code="410399", level="district", province="河南省")


def title(year: int) -> str:
    if year == 2100:
        return "关于开展2100年法治宣传活动的通知"
    return f"上林区{year}年度法治政府建设年度报告"


def answer(years: list[int]) -> str:
    rows = [{"id": year, "title": title(year), "linkUrl": f"/art/{year}/art_{year}.html",
             "publishTime": f"{min(year, 2025) + 1}-03-01 09:00:00"} for year in years]
    return json.dumps({"success": True, "msg": "操作成功", "rows": rows}, ensure_ascii=False)


def request(page: str, size: str = "3") -> PageRequest:
    return PageRequest("http://a.gov.cn/api/cms/list", "GET",
                       (("columnId", "3306"), ("page", page), ("limit", size)), "json", "page")


def test_a_one_based_api_with_no_total_asks_the_next_page_while_pages_show_rows() -> None:
    following = undeclared_next(request("1"), shown=3)
    assert following is not None and dict(following.formdata)["page"] == "2"
    assert following.url.endswith("?columnId=3306&page=2&limit=3")
    assert undeclared_next(request("3"), shown=0) is None   # a page with no rows ends it
    no_field = PageRequest("http://a.gov.cn/api", "GET", (("limit", "3"),), "json", None)
    assert undeclared_next(no_field, shown=3) is None   # no page number to ask another by


def test_a_full_page_whose_next_page_nothing_asks_is_unread() -> None:
    assert page_size_asked(request("2")) == 3
    unasked = unasked_after_full(request("2"), 3, Paging(), [])
    assert unasked is not None and dict(unasked.formdata)["page"] == "3"
    assert unasked_after_full(request("2"), 3, Paging(), [unasked]) is None   # asked
    assert unasked_after_full(request("2"), 2, Paging(), []) is None   # short: the last
    assert unasked_after_full(request("2"), 9, Paging(), []) is None   # size ignored: all
    assert unasked_after_full(request("2"), 3, Paging(declared_pages=2), []) is None


def portal(tmp_path: Path, slug: str, pages: tuple[list[int], ...]) -> None:
    files = {"xxgk/fzzfjsbg/index.html": page_of(SCRIPT)}
    files |= {API.format(page=n): answer(years) for n, years in enumerate(pages, 1)}
    files |= {f"art/{y}/art_{y}.html": ARTICLE.format(title=title(y), year=y)
              for y in {y for years in pages for y in years}}
    files["_replay.json"] = json.dumps(
        {"headers": {"/api/cms/*": {"Content-Type": "application/json;charset=UTF-8"}}})
    write_portal(tmp_path, slug, f"www.{slug}.gov.cn", "xxgk/fzzfjsbg/index.html", files,
                 SHANGLIN)


def test_one_based_pages_are_read_to_the_empty_one_and_a_repeated_full_page_is_said(
        tmp_path: Path) -> None:
    portal(tmp_path, "shanglin", PAGES)
    # every page number answers page 1: three rows, as many as asked, and nothing new after
    portal(tmp_path, "xialin", (PAGES[0], PAGES[0], PAGES[0]))
    sites, portals, data = tmp_path / "sites", tmp_path / "portals", tmp_path / "data"
    crawl = run_crawl(data, sites, [portals], ["shanglin", "xialin"])
    paged = crawl.portal("shanglin")
    assert (paged["reports_found"], paged.get("problems", [])) == (5, []), paged
    assert crawl.requested("http://www.shanglin.gov.cn/api/cms/list?columnId=3306&page=3"
                           "&limit=3") == [200]
    repeated = crawl.portal("xialin")
    assert repeated["reports_found"] == 2, repeated
    [problem] = repeated["problems"]
    assert problem["kind"] == "listing_incomplete", problem
    assert UNASKED_AFTER_FULL in problem["detail"] and "page=3" in problem["detail"], problem
