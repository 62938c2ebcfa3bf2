"""Other publishers' report columns a column page points to by a box's title (round 19's
shape: a side box 部门法治政府建设年度报告 → a 部门 index → department sub-sites)."""

from __future__ import annotations

from parsel import Selector

from crawler.families.box_links import box_links, under_index

BASE = "http://www.x.gov.cn/xxgk/fzbg/index.html"
PAGE = """<div class="main"><h2>法治政府建设年度报告</h2><ul>
<li><a href="/xxgk/fzbg/2026/t1.html">X区2025年度法治政府建设年度报告</a></li></ul>
<div class="page"><a href="index_1.html">下一页</a></div></div>
<div class="side"><h3>部门法治政府建设年度报告</h3><p>在各部门信息公开栏目发布：</p>
<a href="/bmxxgk/index.html">部门信息公开 &gt;&gt;</a></div>
<div class="links"><span>友情链接</span><a href="http://www.gov.cn/">中国政府网</a></div>"""


def test_the_box_titled_for_departments_gives_its_link() -> None:
    assert box_links(Selector(PAGE), BASE) == [
        ("部门法治政府建设年度报告", "http://www.x.gov.cn/bmxxgk/index.html")]


def test_the_column_s_own_box_and_other_boxes_give_none() -> None:
    own = PAGE.split('<div class="side">')[0]
    assert box_links(Selector(own), BASE) == []
    titled = '<div><h3>部门信息公开</h3><a href="/bmxxgk/index.html">更多</a></div>'
    assert box_links(Selector(titled), BASE) == []


def test_a_link_itself_so_named_counts_and_the_title_nests_a_level() -> None:
    page = ('<div class="side"><div class="hd"><span class="tit">各部门法治政府建设年度报告'
            '</span></div><ul><li><a href="/bm/">进入</a></li></ul></div>'
            '<a href="/bmfz/list.html">部门法治政府建设年度报告</a>')
    assert [url for _, url in box_links(Selector(page), BASE)] == [
        "http://www.x.gov.cn/bm/", "http://www.x.gov.cn/bmfz/list.html"]


def test_sub_site_homes_sit_below_the_index_s_folder() -> None:
    index = "http://www.x.gov.cn/bmxxgk/index.html"
    assert under_index("http://www.x.gov.cn/bmxxgk/sfj/index.html", index)
    assert not under_index("http://www.x.gov.cn/bmxxgk/other.html", index)
    assert not under_index("http://www.x.gov.cn/xxgk/index.html", index)
    assert not under_index("http://sfj.x.gov.cn/bmxxgk/sfj/index.html", index)
