"""Shapes of held-out round 16: a column showing its newest year, the others behind a year
`<select>` of bare years whose change handler sets `?year=` (or `nd`, …) and reloads
(crawler/year_query.py); a year selector the crawl cannot read leaves the column incomplete,
never ok. A column whose rows are only in an inline script's array literal, drawn and paged in
the browser (crawler/script_arrays.py)."""

from __future__ import annotations

from pathlib import Path

from parsel import Selector

from crawler.families.completeness import Ledger
from crawler.script_arrays import script_array_rows
from crawler.year_query import (
    query_key,
    unlinked_year_tabs,
    year_calls,
    year_query_links,
    year_selects,
)
from tests.crawler.crawl_helpers import Entry, run_crawl, write_portal

URL = "http://www.a.gov.cn/xxgk/ndbg/index.html"
OPTIONS = ("<option value='2025' selected>2025年</option><option value='2024'>2024年</option>"
           "<option value='2023'>2023年</option>")
SEARCH_PARAMS = ("$(function () { $('#yearSel').change(function () {\n"
                 "  var params = new URLSearchParams(window.location.search);\n"
                 "  params.set('page', 1); params.set('year', this.value);\n"
                 "  window.location.href = window.location.pathname + '?' + params; }); });")


def read(html: str, scripts: str = "", url: str = URL) -> tuple[str | None, list[str]]:
    [select] = year_selects(Selector(text=html), url)
    key = query_key(select, scripts, url)
    return key, year_query_links(select, key, url) if key else []


def test_the_key_a_change_handler_sets_names_the_year_pages() -> None:
    select = f"<select id='yearSel'>{OPTIONS}</select>"
    assert read(select, SEARCH_PARAMS) == ("year", [f"{URL}?year=2024", f"{URL}?year=2023"])
    # string building in the onchange; the page's own query kept, its year replaced
    built = f"<select onchange=\"location.href='index.html?nd='+this.value\">{OPTIONS}</select>"
    assert read(built, "", f"{URL}?nd=2024&cat=5")[1] == [f"{URL}?cat=5&nd=2025",
                                                           f"{URL}?cat=5&nd=2023"]
    # a template literal in the function the onchange calls
    called = f"<select onchange='go(this)'>{OPTIONS}</select>"
    assert read(called, "function go(s) { location.href = `?yearNo=${s.value}`; }")[0] == "yearNo"
    # a GET form sent to the page itself sets the select's name
    form = (f"<form action='index.html'><select name='nf'>{OPTIONS}</select>"
            "<button>查询</button></form>")
    assert read(form)[0] == "nf"


def test_no_key_is_read_where_none_is_set() -> None:
    filtered = f"<select id='ys' onchange='filterRows(this.value)'>{OPTIONS}</select>"
    assert read(filtered, "function filterRows(y) { $('li').hide(); $('li.y' + y).show(); }"
                ) == (None, [])
    # a site search's year filter, a date picker's years to come, a jumper of pages: none
    searched = f"<form action='/search/'><select name='year'>{OPTIONS}</select><button/></form>"
    picker = "<select>" + "".join(f"<option>{y}</option>" for y in range(2016, 2036)) + "</select>"
    pages = "<select><option>第1页</option><option>第2页</option><option>2025</option></select>"
    assert year_selects(Selector(text=searched + picker + pages), URL) == []


AJAX = ("$('#yearSel').on('change', function () { var y = $(this).val();\n"
        "  $.post('/ndbg/yearList.do', {year: y, channelId: '33'}, function (html) {\n"
        "    $('.list').html(html); }); });")


def test_a_change_asking_an_api_for_the_year_is_asked_per_year() -> None:
    [select] = year_selects(Selector(text=f"<select id='yearSel'>{OPTIONS}</select>"), URL)
    assert query_key(select, AJAX, URL) is None   # no page is loaded
    calls = year_calls(select, AJAX, URL)
    assert [(c.method, c.url, dict(c.formdata)["year"]) for c in calls] == [
        ("POST", "http://www.a.gov.cn/ndbg/yearList.do", year) for year in ("2025", "2024", "2023")]
    # a function the onchange hands the value to, asking by GET
    [select] = year_selects(Selector(text=f"<select onchange='load(this.value)'>{OPTIONS}"
                                          "</select>"), URL)
    script = ("function load(nd) { $.ajax({url: '/ndbg/list.do', type: 'GET',"
              " data: {nd: nd}, success: draw}); }")
    assert [c.url for c in year_calls(select, script, URL)][1] == (
        "http://www.a.gov.cn/ndbg/list.do?nd=2024")


def test_year_tabs_that_are_no_links_are_named() -> None:
    tabs = "<ul class='tab'><li class='on'>2025年</li><li>2024年</li><li>2023年</li></ul>"
    assert unlinked_year_tabs(Selector(text=tabs)) == ["2025年 2024年 2023年"]
    linked = ("<ul><li><a href='2025/'>2025年</a></li><li><a href='2024/'>2024年</a></li></ul>"
              "<table><tr><td>2025</td><td>2024</td></tr></table>")
    assert unlinked_year_tabs(Selector(text=linked)) == []


def test_an_unread_year_selector_is_a_shortfall() -> None:
    ledger = Ledger()
    ledger.page_read(URL, URL, [])
    ledger.report_listed(URL, "http://www.a.gov.cn/p1.html", "2025年法治政府建设年度报告")
    ledger.report_fetched("http://www.a.gov.cn/p1.html")
    ledger.choice_unread(URL, URL, "year <select> #ys")
    [problem] = ledger.problems()
    assert problem["kind"] == "listing_incomplete" and "#ys" in problem["detail"]
    ledger.choice_read(URL, "year <select> #ys")
    assert ledger.problems() == []


ARRAY = ('<ul id="infoUl"></ul><script>\nvar infoList = [\n'
         '  {"title": "年选区2024年度法治政府建设年度报告", "url": "/ndbg/content/post_2024.html",'
         ' "date": "2025-03-26"},\n  {"title": "年选区2023年度法治政府建设年度报告",'
         ' "url": "/ndbg/content/post_2023.html", "date": "2024-03-20"}\n];\n'
         'var PageSize = 6;\nfunction OutputHtml() { var list = infoList.slice(0, PageSize); }\n'
         "window.onload = function () { OutputHtml(); };\n</script>")


def test_an_inline_array_of_titled_urls_is_the_listing() -> None:
    assert script_array_rows(Selector(text=ARRAY)) == [
        ("年选区2024年度法治政府建设年度报告", "/ndbg/content/post_2024.html", "2025-03-26"),
        ("年选区2023年度法治政府建设年度报告", "/ndbg/content/post_2023.html", "2024-03-20")]
    # a JavaScript literal JSON refuses (single quotes, bare keys, a trailing comma): json5
    loose = ("<script>window.data.rows = [{title: '甲', url: '/a.html', pubDate: '2025-01-02'},"
             "\n {title: '乙', url: '/b.html'},\n];</script>")
    assert [row[1] for row in script_array_rows(Selector(text=loose))] == ["/a.html", "/b.html"]
    # such an array inside an object literal a page keeps its state in
    state = ("<script>window.__INITIAL_STATE__ = {page: {size: 6},\n list: {items: [\n"
             "  {title: '丁', url: '/d.html'},\n  {title: '戊', url: '/e.html'}\n]}, total: 2}"
             "</script>")
    assert [row[0] for row in script_array_rows(Selector(text=state))] == ["丁", "戊"]


def test_arrays_that_are_no_rows_are_not_read() -> None:
    others = ("<script>var ids = [1, 2, 3]; var menu = [{name: '首页'}, {name: '政务公开'}];"
              "var empty = []; var broken = [{title: 'x', url: '/x.html'}, oops];"
              'var s = "a = [1]"; if (a == [1]) {}</script>'
              '<script src="/list.js">var hidden = [{"title": "丙", "url": "/c.html"}];</script>')
    assert script_array_rows(Selector(text=others)) == []


HOST = "www.nianxuan.gov.cn"
ROW = ('<li><a href="/ndbg/content/post_{year}.html">年选区{year}年度法治政府建设年度报告</a>'
       "<span>{next}-03-01</span></li>")
ARTICLE = ("<html><head><title>{title}</title></head><body><h1>{title}</h1><div class='content'>"
           "<p>市委、市人民政府：</p><p>{year}年，我区深入推进法治政府建设。</p>"
           "<p>一、主要举措</p><p>完善制度，规范执法。</p><p>特此报告。</p></body></html>")


def column(year: int, head: str = "", handler: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'>{head}</head><body>年份：<select id='yearSel'>"
            f"{OPTIONS}</select><ul class='list'>{ROW.format(year=year - 1, next=year)}</ul>"
            f"<div class='page'>共1条 第1/1页</div><script>{handler}</script></body></html>")


NIANXUAN = Entry(name="年选区人民政府", division_code="441399", level="district",
                 province="广东省")


def portal(tmp_path: Path, slug: str, pages: dict[str, str]) -> None:
    host = f"www.{slug}.gov.cn"
    files = {**pages, **{f"ndbg/content/post_{year}.html": ARTICLE.format(
        title=f"年选区{year}年度法治政府建设年度报告", year=year) for year in (2022, 2023, 2024)}}
    write_portal(tmp_path, slug, host, "ndbg/index.html",
                 {path: text.replace(HOST, host) for path, text in files.items()}, NIANXUAN)


def test_a_year_select_setting_the_query_is_read_an_unread_one_said(tmp_path: Path) -> None:
    sites, portals, data = tmp_path / "sites", tmp_path / "portals", tmp_path / "data"
    # the handler inline
    portal(tmp_path, "nianxuan", {"ndbg/index.html": column(2025, handler=SEARCH_PARAMS),
                                  **{f"ndbg/index.html@year={year}": column(year)
                                     for year in (2024, 2023)}})
    # the handler in the page's own script file
    script = "<script src='/js/list.js'></script>"
    portal(tmp_path, "jsxuan", {"ndbg/index.html": column(2025, head=script),
                                "js/list.js": SEARCH_PARAMS,
                                **{f"ndbg/index.html@year={year}": column(year)
                                   for year in (2024, 2023)}})
    # no handler anywhere: the older years are not reached, and the crawl says so
    portal(tmp_path, "wuxuan", {"ndbg/index.html": column(2025)})
    # year tabs a script shows (no link, no tab request): said too
    tabs = "<ul class='tab'><li class='on'>2025年</li><li>2024年</li><li>2023年</li></ul>"
    portal(tmp_path, "tabxuan", {"ndbg/index.html": column(2025).replace(
        "<ul class='list'>", f"{tabs}<ul class='list'>")})
    # the change POSTs the year for an HTML fragment of rows
    fragments = {str(year): ROW.format(year=year - 1, next=year) for year in (2025, 2024, 2023)}
    api = (f"def year_list(query, form):\n    rows = {fragments!r}\n"
           "    return 200, 'text/html;charset=UTF-8', rows[form['year']]\n")
    replay = '{"post": {"/ndbg/yearList.do": "python:_api.py:year_list"}}'
    portal(tmp_path, "ajaxuan", {"ndbg/index.html": column(2025, handler=AJAX),
                                 "_api.py": api, "_replay.json": replay})
    # rows only in an inline script's array literal
    portal(tmp_path, "shuzu", {"ndbg/index.html": f"<html><body>{ARRAY}</body></html>"})
    crawl = run_crawl(data, sites, [portals],
                      ["nianxuan", "jsxuan", "wuxuan", "tabxuan", "ajaxuan", "shuzu"])
    drawn = crawl.portal("shuzu")
    assert drawn["reports_found"] == 2 and not drawn.get("problems"), drawn
    for slug in ("nianxuan", "jsxuan", "ajaxuan"):
        found = crawl.portal(slug)
        assert found["reports_found"] == 3 and not found.get("problems"), (slug, found)
    silent = crawl.portal("wuxuan")
    assert silent["reports_found"] == 1, silent
    [problem] = silent["problems"]
    assert problem["kind"] == "listing_incomplete" and "#yearSel" in problem["detail"], problem
    details = [p["detail"] for p in crawl.portal("tabxuan")["problems"]]
    assert any("row of year tabs (2025年 2024年 2023年)" in d for d in details), details
