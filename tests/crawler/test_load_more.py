"""加载更多 controls (crawler/load_more.py, crawler/families/more_rows.py): a listing that renders
its newest rows and a button whose script asks for the next ones; held-out round 13's hongtang
read the rendered rows and said ok. The crawls: tests/portals/lianhu (JSON by row offset, the
handler in a script file) and tests/portals/songxi (HTML fragments by page, data-url)."""

from __future__ import annotations

from parsel import Selector
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler.families.completeness import Ledger
from crawler.families.pagers import LISTING_ROOT
from crawler.load_more import (
    LoadMore,
    counter_steps,
    handler_blocks,
    inline_scripts,
    load_more_controls,
    load_more_of,
)
from crawler.spiders.portals import spider_class_for
from settings.registry import Portal

PAGE = "http://www.a.gov.cn/zwgk/fzzf/index.html"
ROWS = "".join(f'<li><a href="/art/{i}.html">第{i}条</a></li>' for i in range(5))
HANDLER = """<script>var basePath = "/";
$(".get_more").click(function () {
  var length = $("ul.submenu>li").size();
  $.ajax({type: 'GET', dataType: 'json',
          url: basePath + "rest/list/getMore?start=" + length,
          success: function (res) { $.each(res.data.list, function (_, m) {}); }});
});</script>"""


def page(controls: str, script: str = "") -> str:
    return (f'<html><body><ul class="submenu">{ROWS}</ul>{controls}'
            f'<ul class="nav"><li><a href="/col/more.html">查看更多政策</a></li></ul>'
            f"{script}</body></html>")


def found(html: str, shown: int = 3) -> list[LoadMore | None]:
    selector = Selector(text=html)
    return [load_more_of(c, handler_blocks(c, inline_scripts(selector)), html, PAGE, shown)
            for c in load_more_controls(selector)]


def test_controls_are_buttons_that_lead_nowhere_by_themselves() -> None:
    html = page('<a href="javascript:void(0);" class="get_more">点击加载更多内容</a>'
                '<div class="more"><a href="/col/all.html">查看更多</a></div>')
    controls = load_more_controls(Selector(text=html))
    assert [c.label for c in controls] == ["点击加载更多内容"]   # not the 更多 links
    assert controls[0].says_loading


def test_an_offset_handler_asks_from_the_rows_it_counts() -> None:
    [more] = found(page('<a href="javascript:;" class="get_more">加载更多</a>', HANDLER))
    assert more is not None and more.kind == "offset" and more.field == "start"
    assert more.value == 5   # $("ul.submenu>li").size() on the page, not the 3 rows given
    assert more.request().url == "http://www.a.gov.cn/rest/list/getMore?start=5"
    assert more.following(5).request().url.endswith("getMore?start=10")


def test_a_handlers_relative_url_resolves_against_the_pages_base() -> None:
    """A script's request URL resolves against the document's <base href>, as data-url does
    (it was joined to the page's own URL)."""
    script = HANDLER.replace('basePath + "rest/list/getMore', '"rest/list/getMore')
    html = page('<a href="javascript:;" class="get_more">加载更多</a>', script).replace(
        "<html><body>", '<html><head><base href="http://www.a.gov.cn/site2/"></head><body>')
    [more] = found(html)
    assert more is not None
    assert more.request().url == "http://www.a.gov.cn/site2/rest/list/getMore?start=5"


def test_a_handler_ends_with_its_function_not_the_scripts_next_request() -> None:
    """A control whose handler only shows rows already on the page asks nothing, even when the
    script goes on to a widget's paged request (it was read as the control's: 1,500 characters
    after the naming)."""
    script = ("<script>$('.get_more').click(function () { $('li.hidden').show(); });\n"
              "function weather() { $.get('/api/weather', {page: 1}); }</script>")
    assert found(page('<a href="javascript:;" class="get_more">加载更多</a>', script)) == [None]


def test_a_data_url_control_asks_the_next_page() -> None:
    [more] = found(page('<button class="more-btn" data-url="more.jsp?cid=7" data-page="1">'
                        "查看更多</button>"))
    assert more is not None and more.kind == "page"
    assert more.request().url == "http://www.a.gov.cn/zwgk/fzzf/more.jsp?cid=7&page=2"
    assert more.following(4).request().url.endswith("cid=7&page=3")


def test_a_handler_asking_unreadably_is_said_and_one_asking_nothing_is_no_listing() -> None:
    unread = HANDLER.replace('"rest/list/getMore?start=" + length', "next()")
    [more] = found(page('<a href="#" class="get_more">加载更多</a>', unread))
    assert more is not None and more.call is None
    shows = '<script>$(".get_more").click(function () { $("li.hidden").show(); });</script>'
    assert found(page('<a href="#" class="get_more">查看更多</a>', shows)) == [None]


def test_only_the_controls_own_handler_counts() -> None:
    widget = ('<script>$(".more").click(function () { $("li.hidden").show(); });'
              + "var pad = 1;" * 300 + '$.ajax({url: "/api/weather?city=1"});</script>')
    assert found(page('<span class="more">查看更多</span>', widget)) == [None]
    named = ("<script>var API = '/list/more.do';" + "var pad = 1;" * 300
             + "function getRows(){ $.getJSON(API, {colId: 3, pageNo: p}); }"
             + "$('#more').click(getRows);</script>")
    [more] = found(page('<button id="more">加载更多</button>', named))
    assert more is not None and more.request().url.endswith("/list/more.do?colId=3&pageNo=2")


def test_a_vue_click_names_its_method() -> None:
    app = ("<script>new Vue({el: '#app', data: {page: 1}, methods: {"
           " loadMore() { axios.get('/api/fzzf/list', {params: {page: this.page + 1}}); }"
           "}});</script>")
    [more] = found(page('<div id="app"><button @click="loadMore">加载更多</button></div>', app))
    assert more is not None and more.request().url == "http://www.a.gov.cn/api/fzzf/list?page=2"


def test_a_counter_naming_page_files_asks_them_in_turn() -> None:
    files = ("<script>var page = 1;\n$('#more').click(function () { page++;"
             " $.get('list_' + page + '.html', function (html) { $('ul').append(html); }); });"
             "</script>")
    [more] = found(page('<a id="more" href="javascript:;">加载更多</a>', files))
    assert more is not None and more.request().url == "http://www.a.gov.cn/zwgk/fzzf/list_2.html"
    assert more.following(5).request().url.endswith("/list_3.html")
    later = files.replace("page++; ", "").replace("html); });", "html); }); page++;")
    [more] = found(page('<a id="more" href="javascript:;">加载更多</a>', later.replace(
        "var page = 1", "var page = 2")))
    assert more is not None and more.request().url.endswith("/list_2.html")


def test_a_control_not_followed_to_its_end_leaves_the_listing_incomplete() -> None:
    ledger = Ledger()
    ledger.page_read(PAGE, PAGE, ["http://www.a.gov.cn/art/1.html"])
    ledger.report_listed(PAGE, "http://www.a.gov.cn/art/1.html", "某县2024年度法治政府建设情况报告")
    ledger.report_fetched("http://www.a.gov.cn/art/1.html")
    ledger.load_more(PAGE, PAGE, "its answers stopped before one brought no new row")
    [problem] = ledger.problems()
    assert problem["kind"] == "listing_incomplete" and problem["url"] == PAGE
    assert "加载更多" in problem["detail"]
    ledger.load_more_done(PAGE)
    assert ledger.problems() == []


def test_pages_of_one_column_carrying_one_control_ask_its_chain_once() -> None:
    portal = Portal(slug="t_more", name="测试", division_code="420105", level="district",
                    province="湖北省", family="generic", start_urls=(PAGE,),
                    allowed_domains=("www.a.gov.cn",))
    spider_cls = spider_class_for(portal)
    spider = spider_cls.from_crawler(get_crawler(spider_cls))
    html = page('<a href="javascript:;" class="get_more">加载更多</a>', HANDLER)
    first, second = (HtmlResponse(url, body=html.encode(), encoding="utf-8",
                                  request=Request(url, meta={LISTING_ROOT: PAGE}))
                     for url in (PAGE, PAGE.replace("index", "index_1")))
    asks = [r.url for response in (first, second)
            for r in spider.load_more_requests(response, spider.listing_entries(response))]
    assert asks == ["http://www.a.gov.cn/rest/list/getMore?start=5"]
    assert list(spider.ledger.load_mores) == [PAGE]   # the one chain, said until it ends


def test_counter_steps_name_what_a_search_from_each_character_named() -> None:
    """The step's name and start as the unanchored pattern gave them (issue 13 made it read each
    word once): `xi = i + 1` steps i, `2p++` steps p, a `$x` glued to a step's 1 is a step."""
    code = "page++; ++ n; k += 1; xi = i + 1; 2p++; a = b + 1; j=j+1$x++"
    assert list(counter_steps(code)) == [(0, "page"), (8, "n"), (14, "k"), (23, "i"), (35, "p"),
                                         (51, "j"), (56, "$x")]
