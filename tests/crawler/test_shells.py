"""crawler/shells.py and the config lookup of js_values.js_value: script-built pages read
without a crawl (the crawl itself: tests/portals/songyue)."""

from __future__ import annotations

from parsel import Selector

from crawler.js_values import js_value
from crawler.paging_api import ajax_paging
from crawler.shells import detail_api_urls, is_shell, noscript_pages, shell_scripts

URL = "http://www.a.gov.cn/col/fz/detail.html?id=7731"
SHELL = ('<html><body><div class="nav"><a href="/">首页</a></div><div id="app">加载中…</div>'
         '<noscript><a href="/static/7.html">纯文本版</a><a href="/">首页</a>'
         '<a href="http://cnzz.example.com/stat">统计</a></noscript>'
         '<script>window.CFG = {"listApi": "/api/list", pageSize: 8};</script>'
         '<script src="/js/jquery-3.6.min.js"></script><script src="/js/app.1a2b.js"></script>'
         '<script src="http://cdn.example.com/app.js"></script>'
         '<script src="/js/chunk-vendors.9f.js"></script></body></html>')


def test_a_member_is_looked_up_as_a_config_key() -> None:
    assert js_value("CFG.listApi", SHELL) == "/api/list"
    assert js_value("CFG.pageSize", SHELL) == "8"
    assert js_value("CFG.missing", SHELL) == ""
    assert js_value("x", "var x = 'a'; if (x == 'b') {}") == "a"


def test_listing_api_of_a_script_file_resolved_with_the_page() -> None:
    script = "function q(p){return axios.get(CFG.listApi,{params:{pageNum:p,size:CFG.pageSize}})}"
    [request] = ajax_paging(SHELL + script, "http://www.a.gov.cn/col/fz/index.html").next_requests
    assert request.url == "http://www.a.gov.cn/api/list?pageNum=1&size=8"
    assert request.answer == "json" and request.page_field == "pageNum"


def test_own_script_files_only() -> None:
    assert shell_scripts(SHELL, URL) == ["http://www.a.gov.cn/js/app.1a2b.js"]


def test_noscript_copy_of_a_shell_only() -> None:
    assert is_shell(Selector(text=SHELL))
    assert noscript_pages(Selector(text=SHELL), URL) == ["http://www.a.gov.cn/static/7.html"]
    page = SHELL.replace("加载中…", "<p>" + "本页正文，法治政府建设情况。" * 40 + "</p>")
    assert not is_shell(Selector(text=page))
    assert noscript_pages(Selector(text=page), URL) == []


def test_detail_api_calls_that_name_the_article() -> None:
    script = ("function d(id){return axios.get('/api/detail',{params:{id:id}})}"
              "function c(){return $.getJSON('/api/visits',{site:'a'})}"
              "function l(p){return axios.get(CFG.listApi,{params:{pageNum:p}})}")
    assert detail_api_urls(SHELL, [script], URL) == ["http://www.a.gov.cn/api/detail?id=7731"]
    # the article's id in the shell's own config, the page's URL carrying none
    config = SHELL.replace('"listApi"', '"docId": "5521", "listApi"')
    by_config = "function d(){return $.get('/api/doc',{docId: CFG.docId})}"
    assert detail_api_urls(config, [by_config], "http://www.a.gov.cn/col/fz/5521.html") == [
        "http://www.a.gov.cn/api/doc?docId=5521"]
