"""A layui laypage pager whose page URLs exist only in its `jump` callback, which reads the
page from the object it is handed (`location.href = "?pn=" + obj.curr`): the pages its
count/limit give are asked for (before, the object's property was taken for a plugin API and
only the count declared: listing_incomplete, pages 2.. never read). Pages written here."""

from __future__ import annotations

from crawler.paging import read_paging
from crawler.paging_options import plugin_paging

COLUMN = "http://www.a.gov.cn/zwgk/fzzfjs/index.html"
LAYPAGE = """<html><body><ul class="list"><li><a href="/zwgk/fzzfjs/202503/t1.html">x</a></li></ul>
<div id="pageBox"></div><script src="/static/layui/layui.js"></script>
<script>
layui.use(['laypage', 'layer'], function () {
    var laypage = layui.laypage;
    laypage.render({
        elem: 'pageBox', count: 16, limit: 6, curr: 1, groups: 5,
        layout: ['count', 'prev', 'page', 'next', 'skip'],
        jump: function (obj, first) {
            if (!first) { location.href = "?pn=" + obj.curr; }
        }
    });
});
</script></body></html>"""


def test_a_laypage_jump_callback_gives_the_page_urls() -> None:
    expected = [f"{COLUMN}?pn={n}" for n in (2, 3)]
    assert plugin_paging(LAYPAGE, COLUMN) == (3, expected)
    assert [r.url for r in read_paging(LAYPAGE, COLUMN).next_requests] == expected


def test_a_callback_calling_its_objects_methods_stays_declared_only() -> None:
    # `obj.getCurrent()` is a plugin API, not a page number the URL is made of
    api = LAYPAGE.replace('"?pn=" + obj.curr', '"?pn=" + obj.getCurrent()')
    pages, urls = plugin_paging(api, COLUMN)
    assert pages == 3 and not any("pn=" in u for u in urls)
