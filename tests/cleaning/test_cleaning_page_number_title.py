"""A paged report's <title> carries the page's number (…报告（1）_某县人民政府) and the page has no
h1, its title in a title-classed block: the page number is never part of the title. A year in
brackets is no page number."""

from __future__ import annotations

import pytest

from cleaning import clean

URL = "http://www.example.gov.cn/2025-03/29/content_100.html"
TITLE = "某县2024年度法治政府建设工作情况报告"
BODY = ("<p>市人民政府：</p><p>2024年，我县深入推进法治政府建设，现将有关情况报告如下：</p>"
        "<p>一、主要举措和成效</p><p>（一）健全依法决策机制。重大决策事项全部履行法定程序。</p>"
        "<p>二、存在的不足</p><p>执法人员培训不够。</p>"
        "<p>三、2025年工作安排</p><p>持续推进严格规范公正文明执法。</p>")


def page(head_title: str, block: str = TITLE) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{head_title}</title></head><body>"
            f"<div class='con_title'>{block}</div><div class='info'>发布日期：2025年03月29日</div>"
            f"<div id='Zoom'>{BODY}</div></body></html>").encode()


@pytest.mark.parametrize("suffix", ["（1）", "(2)", "（第2页）"])
def test_a_page_number_after_the_title_is_dropped(suffix):
    assert clean([page(f"{TITLE}{suffix}_某县人民政府")], URL).title == TITLE


def test_a_year_in_brackets_stays():
    title = "某县法治政府建设年度报告（2024）"
    assert clean([page(f"{title}_某县人民政府", title)], URL).title == title
