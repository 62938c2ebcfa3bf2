"""A page's `<base href>` is what its relative links resolve against (rows, pager links,
frames, script files, script URLs), as in a browser; held-out round 12's lingxu resolved its
rows against the page's folder. The crawl: tests/portals/cuiping."""

from __future__ import annotations

from parsel import Selector

from crawler.paging import more_links, page_base, read_paging
from crawler.paging_api import api_calls
from crawler.shells import shell_scripts
from crawler.year_tabs import year_tab_links

PAGE = "http://www.a.gov.cn/xxgk/fzzf/ndbg/index.html"
HEAD = '<html><head><base href="http://www.a.gov.cn/xxgk/"><title>t</title>'


def test_the_base_is_the_first_base_href_resolved_against_the_page() -> None:
    assert page_base(f"{HEAD}</head><body></body></html>", PAGE) == "http://www.a.gov.cn/xxgk/"
    relative = '<html><head><base href="../"></head><body><base href="/x/"></body></html>'
    assert page_base(relative, PAGE) == "http://www.a.gov.cn/xxgk/fzzf/"
    assert page_base(Selector(text=relative), PAGE) == "http://www.a.gov.cn/xxgk/fzzf/"
    assert page_base("<html><head><base target=_blank></head></html>", PAGE) == PAGE
    assert page_base(Selector(text="<p>no base</p>"), PAGE) == PAGE


def test_pager_links_frames_and_more_links_use_the_base() -> None:
    html = (f'{HEAD}<script src="js/list.js"></script></head><body>'
            '<div class="page">共2页 <a href="fzzf/ndbg/index_1.html">下一页</a></div>'
            '<iframe src="fzzf/ndbg/frame.html"></iframe>'
            '<div><h3>法治政府建设</h3><a href="fzzf/ndbg/2025/t1.html">某县2024年度法治政府建设'
            '情况报告</a><a href="fzzf/more.html">更多</a></div></body></html>')
    urls = {request.url for request in read_paging(html, PAGE).next_requests}
    assert "http://www.a.gov.cn/xxgk/fzzf/ndbg/index_1.html" in urls
    assert "http://www.a.gov.cn/xxgk/fzzf/ndbg/frame.html" in urls
    assert not any("/ndbg/fzzf/" in url for url in urls)
    assert [more.url for more in more_links(html, PAGE)] == ["http://www.a.gov.cn/xxgk/fzzf/more.html"]
    assert shell_scripts(html, PAGE) == ["http://www.a.gov.cn/xxgk/js/list.js"]


def test_script_urls_and_year_tabs_use_the_base() -> None:
    script = '<script>$.getJSON("api/list.do", {col: 3, page: 1}, draw);</script>'
    calls = api_calls(f"{HEAD}</head><body>{script}</body></html>", PAGE)
    assert [call.url for call in calls] == ["http://www.a.gov.cn/xxgk/api/list.do"]
    tabs = (f'{HEAD}</head><body><ul class="tabs"><li><a href="fzzf/ndbg/index.html">2025年</a>'
            '</li><li><a href="fzzf/ndbg/2024/index.html">2024年</a></li></ul></body></html>')
    assert year_tab_links(tabs, PAGE) == ["http://www.a.gov.cn/xxgk/fzzf/ndbg/2024/index.html"]
