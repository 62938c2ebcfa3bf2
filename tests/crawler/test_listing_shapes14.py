"""Shapes of held-out round 14, read without a crawl: a pager of `javascript:void(0)` links
numbered in `data-page`, the page URL a template in the pager's `data-url` (crawler/
paging_template.py); the pager is no listing row."""

from __future__ import annotations

from parsel import Selector

from crawler.families.onclick_rows import scan_rows
from crawler.paging import read_paging

URL = "http://www.a.gov.cn/xxgk/ndbg/index.html"
ROWS = ('<ul><li><a href="/xxgk/ndbg/202603/t1.html">某县2025年法治政府建设年度报告</a>'
        "<span>2026-03-19</span></li></ul>")


def pager(attrs: str, links: str) -> str:
    return f"<html><body>{ROWS}<div class=\"pagination\" {attrs}>{links}</div></body></html>"


def numbered(*numbers: int, attr: str = "data-page", active: int | None = 1) -> str:
    mark = ' class="active"'
    return "".join(f'<a href="javascript:void(0)" {attr}="{n}"'
                   f'{mark if n == active else ""}>{n}</a>' for n in numbers)


def urls(text: str, url: str = URL) -> list[str]:
    return [r.url for r in read_paging(text, url).next_requests]


def test_a_data_page_pager_fills_its_template_up_to_its_last_page() -> None:
    text = pager('data-first="/xxgk/ndbg/index.html" data-url="/xxgk/ndbg/index_{page}.html"',
                 '<span>共16条 第1/3页</span>' + numbered(1, 1, 2, 3))
    assert urls(text) == ["http://www.a.gov.cn/xxgk/ndbg/index_2.html",
                          "http://www.a.gov.cn/xxgk/ndbg/index_3.html"]
    assert read_paging(text, URL).declared_pages == 3
    # a window 1 2 … 尾页(7) declares the pages between
    window = pager('data-url="list_{pageNo}.shtml"', numbered(1, 2, 7))
    assert urls(window) == [f"http://www.a.gov.cn/xxgk/ndbg/list_{n}.shtml" for n in range(2, 8)]


def test_other_spellings_of_the_number_and_the_placeholder() -> None:
    nested = ('<nav data-tpl="/c/p/{{page}}.html"><ul>'
              + "".join(f'<li data-index="{n}">{n}</li>' for n in (1, 2)) + "</ul></nav>")
    assert urls(pager("", nested)) == ["http://www.a.gov.cn/c/p/2.html"]
    own = '<a href="javascript:;" data-p="2" data-href="?pageNum=${p}">下一页</a>'
    assert urls(pager("", own)) == [f"{URL}?pageNum=2"]
    zero = pager('data-url="/api/list.html?page={n}" data-first="index.html"',
                 numbered(0, 1, 2, attr="data-pn", active=0))
    assert urls(zero) == ["http://www.a.gov.cn/api/list.html?page=1",
                          "http://www.a.gov.cn/api/list.html?page=2"]


def test_numbers_without_a_template_or_a_template_without_numbers_declare_nothing() -> None:
    assert urls(pager('data-url="/c/list.html"', numbered(1, 2, 3))) == []
    assert urls(pager('data-url="/c/index_{page}.html"', "<a href='javascript:;'>2</a>")) == []


def test_the_pager_is_no_listing_row() -> None:
    text = pager('data-url="/xxgk/ndbg/index_{page}.html"',
                 "<span>共16条 第1/3页</span>" + numbered(1, 2, 3))
    assert scan_rows(Selector(text=text), URL).entries == ()
