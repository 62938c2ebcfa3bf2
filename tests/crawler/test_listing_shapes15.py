"""Shapes of held-out round 15: a column paged only by `<link rel="next">` in its head, its
visible pager an empty div a script draws from `data-total` (crawler/link_next.py); a
`rel="next"` not read, or a drawn pager's total not reached, leaves the listing incomplete.
Rows whose link is only in an inline `document.write` string (crawler/written_rows.py). A
column page holding only a GET search form, its empty search the listing (crawler/search_form.py).
Year tabs whose onclick function POSTs the year for an HTML fragment (crawler/tab_calls.py). A
Vue shell reading a JSON config, then the list API its keys name (crawler/config_shell.py)."""

from __future__ import annotations

import json
from pathlib import Path

from parsel import Selector

from crawler.config_shell import config_names, config_urls, configured_calls
from crawler.families.completeness import Ledger
from crawler.link_next import drawn_pager_paging, next_links
from crawler.search_form import search_form_urls
from crawler.tab_calls import tab_calls
from crawler.written_rows import script_writes, written_html
from tests.crawler.crawl_helpers import Entry, run_crawl, write_portal

URL = "http://www.a.gov.cn/xxgk/ndbg/list.html"


def test_link_rel_next_names_the_next_page() -> None:
    head = ('<html><head><link rel="stylesheet" href="/c.css"><link rel="prev" href="list.html">'
            '<link rel="next nofollow" href="list.html?page=3"></head><body></body></html>')
    assert next_links(Selector(text=head), f"{URL}?page=2") == [f"{URL}?page=3"]
    assert next_links(Selector(text='<link rel="next" href="list.html">'), URL) == []


def test_an_empty_pager_says_its_totals_a_drawn_one_is_read_elsewhere() -> None:
    empty = Selector(text='<div id="pager" class="pager" data-total="16" data-size="6"></div>')
    paging = drawn_pager_paging(empty)
    assert (paging.declared_records, paging.declared_pages) == (16, 3)
    drawn = Selector(text='<div class="pager" data-total="16"><a href="?page=2">2</a></div>')
    assert drawn_pager_paging(drawn).declared_records is None
    assert drawn_pager_paging(Selector(text='<div class="pager"></div>')).declared_pages is None


def test_a_next_link_never_read_is_a_shortfall() -> None:
    ledger = Ledger()
    ledger.page_read(URL, URL, [f"http://www.a.gov.cn/p{n}.html" for n in range(6)])
    ledger.report_listed(URL, "http://www.a.gov.cn/p1.html", "2025年法治政府建设年度报告")
    ledger.report_fetched("http://www.a.gov.cn/p1.html")
    assert ledger.next_link(URL, URL, f"{URL}?page=2")
    assert not ledger.next_link(URL, URL, f"{URL}?page=2")   # asked once
    [problem] = ledger.problems()
    assert problem["kind"] == "listing_incomplete" and f"{URL}?page=2" in problem["detail"]
    ledger.page_read(URL, f"{URL}?page=2", [])
    assert ledger.problems() == []


WRITTEN_ROW = ("<li><script type='text/javascript'>\n  var str_t = \"{title}\";\n"
               "  var str_s = str_t.length > 22 ? str_t.substring(0, 22) + \"…\" : str_t;\n"
               "  document.write(\"<a href=\\\"./{href}\\\" title=\\\"\" + str_t + \"\\\">\""
               " + str_s + \"</a>\");\n</script><span class='date'>2025-03-17</span></li>")


def test_a_script_writes_its_row_link() -> None:
    row = WRITTEN_ROW.format(title="某县2024年法治政府建设工作报告", href="202503/t1.html")
    assert written_html(f"<ul>{row}</ul>") == (
        '<ul><li><a href="./202503/t1.html" title="某县2024年法治政府建设工作报告"></a>'
        "<span class='date'>2025-03-17</span></li></ul>")
    assert script_writes("var u = '/a/' + 'b.html'; document.writeln('<a href=\"' + u + '\">x</a>')"
                         ) == '<a href="/a/b.html">x</a>'
    # spaces around the pieces, escaped quotes inside one (PIECE_RE passes spaces first and opens
    # no literal at an escaped quote: issue 13)
    assert script_writes('document.write(  \'<a \' +  "href=\\"a.html\\">x</a>"  )'
                         ) == '<a href="a.html">x</a>'


def test_scripts_writing_no_link_or_no_string_stay() -> None:
    for script in ("<script>document.write(new Date().getFullYear())</script>",
                   "<script>document.write('<span>2025</span>')</script>",
                   "<script src='/a.js'>document.write('<a href=\"/x\">x</a>')</script>"):
        assert written_html(f"<p>{script}</p>") is None
    assert script_writes("document.write(x.join(''))") is None


SEARCH_FORM = ("<p>不输入关键字点击“检索”显示本栏目全部信息</p>"
               "<form name='searchForm' action='/website/searchResult.jsp' method='get'>"
               "<input type='hidden' name='ch_id' value='fzzfndbg'>"
               "<input type='text' name='query' value='' placeholder='请输入标题关键字'>"
               "<select name='y'><option value=''>全部</option><option>2025</option></select>"
               "<input type='checkbox' name='exact' value='1'>"
               "<input type='submit' value='检索'></form>")
SITE_SEARCH = "<form action='/search/'><input name='q'><button>搜索</button></form>"


def test_a_column_search_form_is_submitted_empty_a_site_search_never() -> None:
    page = f"<html><body>{SITE_SEARCH}{SEARCH_FORM}</body></html>"
    assert search_form_urls(Selector(text=page), "http://www.a.gov.cn/website/govOpen/a.html") == [
        "http://www.a.gov.cn/website/searchResult.jsp?ch_id=fzzfndbg&query=&y="]
    post = SEARCH_FORM.replace("method='get'", "method='post'")
    login = SEARCH_FORM.replace("type='text'", "type='password'")
    for form in (SITE_SEARCH, post, login):
        assert search_form_urls(Selector(text=form), URL) == []


TABS = ("<ul class='infoTab'>" + "".join(
    f"<li tips='{y}'><a href='javascript:void(0);' onclick=\"getYearList('{y}')\">{y}年</a></li>"
    for y in (2025, 2024)) + "<li><a href='javascript:;' onclick=\"share('wx')\">分享</a></li>"
    "</ul><div id='showContent'></div><script>$(function () { getYearList($('li').eq(0)"
    ".attr('tips')); });\nfunction getYearList(year) {\n  $.ajax({type: 'POST', url: "
    "'/ndbg/yearList.do', data: {\"year\": year, \"channelId\": \"3307\"}, dataType: 'html',"
    "\n    success: function (data) { $('#showContent').html(data); }});\n}\n"
    "function share(to) { $.ajax({url: '/count.do', data: {id: '1'}}); }</script>")


def test_each_tab_asks_its_function_s_call_with_its_year() -> None:
    asked = tab_calls(Selector(text=TABS), TABS, URL)
    assert [(r.url, r.method, r.formdata, r.answer) for r in asked] == [
        ("http://www.a.gov.cn/ndbg/yearList.do", "POST",
         (("year", str(y)), ("channelId", "3307")), "html") for y in (2025, 2024)]


CONFIG = {"apiBase": "/prod-api", "listPath": "/cms/content/page", "pageSize": 2,
          "channels": {"tzgg": "1738", "ndbg": "1742"}, "debug": False}
SHELL = ("<div id='app'><ul><li v-for='item in list'><a :href='item.url'>{{ item.title }}</a>"
         "</li></ul></div><script src='/static/js/axios.min.js'></script><script>\n"
         "axios.get('/static/config/site.json').then(function (res) {\n  var cfg = res.data;\n"
         "  new Vue({el: '#app', methods: {load: function (p) {\n"
         "    axios.get(cfg.apiBase + cfg.listPath, {params: {channelId: cfg.channels.ndbg,"
         " page: p, size: cfg.pageSize}}).then(function (r) { vm.list = r.data.data.records; });"
         "\n  }}});\n});\n</script>")


def test_a_shell_s_config_names_its_list_api() -> None:
    assert config_urls(SHELL, URL) == ["http://www.a.gov.cn/static/config/site.json"]
    names = config_names("x = cfg.apiBase + other.y", CONFIG)
    assert names["cfg.channels.ndbg"] == "1742" and "cfg.debug" not in names
    assert not [k for k in names if k.startswith("other.")]
    [call] = configured_calls(SHELL, URL, CONFIG)
    assert call.url == "http://www.a.gov.cn/prod-api/cms/content/page?channelId=1742&page=1&size=2"
    assert configured_calls(SHELL, URL, ["not", "a", "config"]) == []


HOST = "www.lianqiao.gov.cn"
ROW = ('<li><a href="/ndbg/content/post_{n}.html">连桥区{year}年度法治政府建设年度报告</a>'
       "<span>{year}-03-01</span></li>")
ARTICLE = ("<html><head><title>{title}</title></head><body><h1>{title}</h1><div class='content'>"
           "<p>市委、市人民政府：</p><p>{year}年，我区深入推进法治政府建设。</p>"
           "<p>一、主要举措</p><p>完善制度，规范执法。</p><p>特此报告。</p></body></html>")


def listing(rows: list[tuple[int, int]], head: str, pager: str = "") -> str:
    items = "".join(ROW.format(n=n, year=year) for n, year in rows)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>法治政府建设年度报告</title>"
            f"{head}</head><body><ul class='news-list'>{items}</ul>{pager}"
            "<script src='/js/pager.js'></script></body></html>")


LIANQIAO = Entry(name="连桥区人民政府", division_code="441399", level="district",
                 province="广东省")


def site(tmp_path: Path, slug: str, host: str, pages: dict[str, str]) -> None:
    write_portal(tmp_path, slug, host, "ndbg/list.html", pages, LIANQIAO)


def articles(rows: list[tuple[int, int]]) -> dict[str, str]:
    return {f"ndbg/content/post_{n}.html": ARTICLE.format(
        title=f"连桥区{year}年度法治政府建设年度报告", year=year) for n, year in rows}


def test_a_rel_next_chain_is_followed_and_an_unread_one_is_said(tmp_path: Path) -> None:
    sites, portals, data = tmp_path / "sites", tmp_path / "portals", tmp_path / "data"
    pager = '<div id="pager" class="pager" data-total="5" data-size="2"></div>'
    chain = [[(1, 2025), (2, 2024)], [(3, 2023), (4, 2022)], [(5, 2021)]]
    site(tmp_path, "lianqiao", HOST, {
        "ndbg/list.html": listing(chain[0], '<link rel="next" href="list.html?page=2">', pager),
        "ndbg/list.html@page=2": listing(chain[1], '<link rel="next" href="?page=3">', pager),
        "ndbg/list.html@page=3": listing(chain[2], "", pager),
        **articles([row for page in chain for row in page])})
    # Page 2 is named only by rel="next", and answers 404: the column is short, and said.
    broken = "www.duanqiao.gov.cn"
    site(tmp_path, "duanqiao", broken, {
        "ndbg/list.html": listing(chain[0], '<link rel="next" href="list.html?page=2">'),
        **articles(chain[0])})
    # No rel="next", only an empty pager declaring 5 records: the two shown are short.
    site(tmp_path, "huaqiao", "www.huaqiao.gov.cn", {
        "ndbg/list.html": listing(chain[0], "", pager), **articles(chain[0])})
    # Rows written by document.write only (round 15's second shape).
    rows = "".join(WRITTEN_ROW.format(title=f"连桥区{year}年度法治政府建设年度报告",
                                      href=f"content/post_{n}.html") for n, year in chain[1])
    site(tmp_path, "xieqiao", "www.xieqiao.gov.cn", {
        "ndbg/list.html": f"<html><body><ul class='list'>{rows}</ul></body></html>",
        **articles(chain[1])})
    # A column page holding only its search form: the empty search lists it, paged by 下一页.
    form = SEARCH_FORM.replace(" method='get'", "").replace("<select name='y'><option value=''>"
                                                             "全部</option><option>2025</option>"
                                                             "</select>", "")
    answer = "website/searchResult.jsp@ch_id=fzzfndbg&query="
    site(tmp_path, "soqiao", "www.soqiao.gov.cn", {
        "ndbg/list.html": f"<html><body>{SITE_SEARCH}{form}</body></html>",
        answer: listing(chain[0], "", "<a href='?ch_id=fzzfndbg&amp;pageNo=2'>下一页</a>"),
        "website/searchResult.jsp@ch_id=fzzfndbg&pageNo=2": listing(chain[1], ""),
        **articles(chain[0] + chain[1])})
    # Year tabs asking yearList.do by POST; the 2024 tab's answer fails (no handler for it).
    fragment = listing(chain[0], "").split("<body>")[1].split("<script")[0]
    api = (f"def year_list(query, form):\n    rows = {{'2025': {fragment!r}}}\n"
           "    if form.get('year') not in rows:\n        return 500, 'text/html', 'error'\n"
           "    return 200, 'text/html;charset=UTF-8', rows[form['year']]\n")
    site(tmp_path, "tabqiao", "www.tabqiao.gov.cn", {
        "ndbg/list.html": f"<html><body>{TABS}</body></html>", "_api.py": api,
        "_replay.json": '{"post": {"/ndbg/yearList.do": "python:_api.py:year_list"}}',
        **articles(chain[0])})
    # A Vue shell: its config first, then the API's pages 1-2 (total 4, size 2).
    records = [{"title": f"连桥区{year}年度法治政府建设年度报告",
                "url": f"/ndbg/content/post_{n}.html",
                "publishDate": f"{year + 1}-03-01 09:00:00"} for n, year in chain[0] + chain[1]]
    api = "prod-api/cms/content/page@channelId=1742&page={n}&size=2"
    site(tmp_path, "vueqiao", "www.vueqiao.gov.cn", {
        "ndbg/list.html": f"<html><body>{SHELL}</body></html>",
        "static/config/site.json": json.dumps(CONFIG),
        **{api.format(n=n): json.dumps({"code": 200, "data": {
            "total": 4, "current": n, "size": 2, "records": records[2 * n - 2:2 * n]}})
           for n in (1, 2)}, **articles(chain[0] + chain[1])})
    slugs = ["lianqiao", "duanqiao", "huaqiao", "xieqiao", "soqiao", "tabqiao", "vueqiao"]
    crawl = run_crawl(data, sites, [portals], slugs)
    searched = crawl.portal("soqiao")
    assert searched["reports_found"] == 4 and not searched.get("problems"), searched
    shell = crawl.portal("vueqiao")
    assert shell["reports_found"] == 4 and not shell.get("problems"), shell
    tabbed = crawl.portal("tabqiao")
    assert tabbed["reports_found"] == 2, tabbed
    [problem] = tabbed["problems"]   # the 2024 tab never answered: said
    assert problem["kind"] == "listing_incomplete" and "year=2024" in problem["detail"], problem
    written = crawl.portal("xieqiao")
    assert written["reports_found"] == 2 and not written.get("problems"), written
    assert crawl.requested("http://www.xieqiao.gov.cn/ndbg/content/post_3.html") == [200]
    whole = crawl.portal("lianqiao")
    assert whole["reports_found"] == 5 and not whole.get("problems"), crawl.log[-3000:]
    assert crawl.requested(f"http://{HOST}/ndbg/list.html?page=3") == [200]
    for slug in ("duanqiao", "huaqiao"):
        kinds = [p["kind"] for p in crawl.portal(slug)["problems"]]
        assert kinds == ["listing_incomplete"], (slug, crawl.portal(slug))
