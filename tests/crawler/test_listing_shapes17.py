"""Shapes of held-out round 17: a column shell whose rows only come from a POST its inline
script sends — a Hanweb 信息公开 `search.jsp` form written as a named object literal
(`data: xxgkParam`), answered with HTML rows paged by `searchPage(N)`; an Epoint WebBuilder
list API whose one form field is a JSON string of the query (`params: JSON.stringify(params)`),
paged by the JSON's `pageIndex` from 0 to its `count` (crawler/epoint.py). A page of either
that never comes in leaves the column incomplete, never ok."""

from __future__ import annotations

import json
from pathlib import Path

from crawler.epoint import json_field_calls
from crawler.paging_api import api_calls
from tests.crawler.crawl_helpers import run_crawl, write_portal

URL = "http://www.a.gov.cn/col/col12/index.html"
XXGK = ('var xxgkParam = {"infotypeId": "B0306", "jdid": "33", "divid": "div12", "currpage": 1,'
        ' "sortfield": ",compaltedate:0"};\nfunction searchPage(page) {\n'
        "  xxgkParam.currpage = page;\n  $.ajax({type: 'POST',"
        " url: '/module/xxgk/search.jsp?standardXxgk=1', data: xxgkParam, dataType: 'html',\n"
        "    success: function (html) { $('#div12').html(html); }\n  });\n}\n"
        "$(function () { searchPage(1); });")


def test_an_ajax_form_named_by_a_variable_is_sent_and_paged() -> None:
    [call] = api_calls(XXGK, URL)
    assert (call.method, call.url, call.page_field, call.first) == (
        "POST", "http://www.a.gov.cn/module/xxgk/search.jsp?standardXxgk=1", "currpage", 1)
    assert dict(call.formdata) == {"infotypeId": "B0306", "jdid": "33", "divid": "div12",
                                   "currpage": "1", "sortfield": ",compaltedate:0"}
    # $.post handing the object by name
    posted = XXGK.split("function searchPage")[0] + (
        "function searchPage(page) { xxgkParam.currpage = page;\n"
        "  $.post('/module/xxgk/search.jsp?standardXxgk=1', xxgkParam, function (html) {\n"
        "    $('#div12').html(html); });\n}\n$(function () { searchPage(1); });")
    [by_post] = api_calls(posted, URL)
    assert (by_post.method, by_post.page_field, by_post.formdata) == (
        "POST", "currpage", call.formdata)
    # a name assigned no object literal sends nothing readable: no form, no page field
    [unread] = api_calls(XXGK.replace("var xxgkParam = {", "var xxgkParam = build({"), URL)
    assert unread.formdata == () and unread.page_field is None


EPOINT = ('var siteGuid = "5d2c-41a6"; var categoryNum = "002005003"; var pageSize = 6;\n'
          "function loadList(pageIndex) {\n  var params = {siteGuid: siteGuid, categoryNum:"
          ' categoryNum, kw: "", pageIndex: pageIndex, pageSize: pageSize};\n'
          '  $.ajax({type: "POST", url: "/EpointWebBuilder/rest/frontAppCustomAction/'
          'getPageInfoListNew",\n    data: {params: JSON.stringify(params)}, dataType: "json",\n'
          "    success: function (res) { draw(res.custom.infodata); }\n  });\n}\n"
          "$(function () { loadList(0); });")


def page_of(html: str) -> str:
    return f"<html><body><ul id='infolist'></ul><script>{html}</script></body></html>"


def test_a_json_query_in_one_form_field_is_read_and_paged_in_its_page_key() -> None:
    [call] = json_field_calls(page_of(EPOINT), URL)
    assert (call.method, call.field, call.page_key, call.first, call.page_size) == (
        "POST", "params", "pageIndex", 0, 6)
    assert call.url == ("http://www.a.gov.cn/EpointWebBuilder/rest/frontAppCustomAction/"
                        "getPageInfoListNew")
    field, value = call.page(2)
    assert field == "params" and json.loads(value) == {
        "siteGuid": "5d2c-41a6", "categoryNum": "002005003", "kw": "", "pageIndex": 2,
        "pageSize": 6}
    # $.post with the object written inline, the field's name quoted
    posted = ("function go(p) { $.post('/rest/list', { 'params': JSON.stringify({cat: '7',"
              " pageNo: p})}, draw); } go(1);")
    [inline] = json_field_calls(page_of(posted), URL)
    assert (inline.page_key, inline.first, json.loads(inline.page(3)[1])) == (
        "pageNo", 1, {"cat": "7", "pageNo": 3})


def test_calls_without_a_json_field_or_off_the_site_are_not_read() -> None:
    plain = "$.ajax({type: 'POST', url: '/api/list', data: {page: 1}});"
    offsite = EPOINT.replace('url: "/Epoint', 'url: "http://other.example.com/Epoint')
    assert json_field_calls(page_of(plain), URL) == []
    assert json_field_calls(page_of(offsite), URL) == []
    # the script only in a script file's element: no inline code, nothing read
    assert json_field_calls(f"<script src='/l.js'>{EPOINT}</script>", URL) == []


ARTICLE = ("<html><head><title>{title}</title></head><body><h1>{title}</h1><div class='content'>"
           "<p>县委、县人民政府：</p><p>{year}年，我县深入推进法治政府建设。</p>"
           "<p>一、主要举措</p><p>完善制度，规范执法。</p><p>特此报告。</p></body></html>")
YEARS = (2024, 2023, 2022, 2021, 2020)


def title(year: int) -> str:
    return f"岭后县{year}年度法治政府建设年度报告"


def site(tmp_path: Path, slug: str, pages: dict[str, str]) -> str:
    """A generic county portal (crawl_helpers' default entry) on www.<slug>.gov.cn."""
    host = f"www.{slug}.gov.cn"
    articles = {f"art/{year}/art_{year}.html": ARTICLE.format(title=title(year), year=year)
                for year in YEARS}
    write_portal(tmp_path, slug, host, "col/col12/index.html", {**pages, **articles})
    return host


def xxgk_api(broken_page: int) -> str:
    """search.jsp's handler: 3 rows a page, "共5条 共2页", searchPage(N) links."""
    rows = [f"<tr class='tr_main_value_odd'><td><a href='/art/{y}/art_{y}.html' target='_blank'>"
            f"{title(y)}</a></td><td>{y + 1}-03-01</td></tr>" for y in YEARS]
    pager = ("<div>共5条 共2页 <a href='javascript:searchPage(1)'>1</a>"
             " <a href='javascript:searchPage(2)'>2</a></div>")
    pages = ["<table>" + "".join(rows[:3]) + "</table>" + pager,
             "<table>" + "".join(rows[3:]) + "</table>" + pager]
    return (f"PAGES = {pages!r}\n\ndef listing(query, form):\n"
            "    if form.get('infotypeId') != 'B0306':\n        return 200, 'text/html', ''\n"
            "    page = int(form.get('currpage') or 1)\n"
            f"    if page == {broken_page}:\n        return 500, 'text/html', 'error'\n"
            "    return 200, 'text/html;charset=UTF-8', PAGES[min(page, 2) - 1]\n")


def epoint_api(broken_page: int, count: bool = True) -> str:
    """getPageInfoListNew's handler: params JSON, pageIndex from 0, custom.count/infodata."""
    records = [{"infoid": str(y), "title": title(y), "infodate": f"{y + 1}-03-01",
                "infourl": f"/art/{y}/art_{y}.html"} for y in YEARS]
    total = "'count': len(RECORDS), " if count else ""
    return (f"import json\nRECORDS = {records!r}\n\ndef listing(query, form):\n"
            "    params = json.loads(form.get('params') or '{}')\n"
            "    index, size = int(params['pageIndex']), int(params['pageSize'])\n"
            f"    if index == {broken_page}:\n        return 500, 'text/html', 'error'\n"
            "    rows = RECORDS[index * size:(index + 1) * size]\n"
            f"    return 200, 'application/json', json.dumps({{'custom': {{{total}"
            "'infodata': rows}})\n")


def shell_portal(tmp_path: Path, slug: str, script: str, api_path: str, api: str) -> None:
    replay = json.dumps({"post": {api_path: "python:_api.py:listing"}})
    site(tmp_path, slug, {"col/col12/index.html": page_of(script), "_api.py": api,
                          "_replay.json": replay})


def test_post_shells_are_crawled_and_an_unread_page_is_said(tmp_path: Path) -> None:
    sites, portals, data = tmp_path / "sites", tmp_path / "portals", tmp_path / "data"
    xxgk, epoint = "/module/xxgk/search.jsp", "/EpointWebBuilder/rest/frontAppCustomAction/"
    epoint += "getPageInfoListNew"
    small = EPOINT.replace("pageSize = 6", "pageSize = 2")
    shell_portal(tmp_path, "xxgkling", XXGK, xxgk, xxgk_api(0))
    shell_portal(tmp_path, "xxgkduan", XXGK, xxgk, xxgk_api(2))
    shell_portal(tmp_path, "epling", small, epoint, epoint_api(-1))
    shell_portal(tmp_path, "epduan", small, epoint, epoint_api(1))
    shell_portal(tmp_path, "epwushu", small, epoint, epoint_api(-1, count=False))
    # the call in the page's script file, its names on the page
    names, _, function = small.partition("\nfunction")
    shell_portal(tmp_path, "epwenjian", f"{names}</script><script src='/js/list.js'>",
                 epoint, epoint_api(-1))
    script = sites / "www.epwenjian.gov.cn" / "js" / "list.js"
    script.parent.mkdir()
    script.write_text(f"function{function}", encoding="utf-8")
    # a JSON query with no page key the crawl knows: page 1 only, its count says the rest
    shell_portal(tmp_path, "epwuye", small.replace("pageIndex: pageIndex", "pi: 0"),
                 epoint, epoint_api(-1).replace("params['pageIndex']", "params['pi']"))
    slugs = ["xxgkling", "xxgkduan", "epling", "epduan", "epwushu", "epwenjian", "epwuye"]
    crawl = run_crawl(data, sites, [portals], slugs)
    for slug in ("xxgkling", "epling", "epwushu", "epwenjian"):
        found = crawl.portal(slug)
        assert found["reports_found"] == 5 and not found.get("problems"), (slug, found)
    for slug, reports in (("xxgkduan", 3), ("epduan", 3), ("epwuye", 2)):
        found = crawl.portal(slug)
        assert found["reports_found"] == reports, (slug, found)
        kinds = [p["kind"] for p in found["problems"]]
        assert kinds and set(kinds) == {"listing_incomplete"}, (slug, found)
