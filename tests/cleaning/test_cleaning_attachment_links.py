"""Attachment links are recognised however the href spells the extension: written out, in any
case, %-escaped, or broken by the tabs and newlines URL parsing drops."""

from __future__ import annotations

import lxml.html
import pytest

from cleaning.attachments import extension, find_links

BASE = "http://www.x.gov.cn/zwgk/t20240101_1.html"


@pytest.mark.parametrize("href", ["./P0201.pdf", "./P0201.PDF", "./P0201%2Epdf", "./P0201.p%64f",
                                  "./P0201.p\tdf", "./P02\n01.pdf?x=1", "./P0201.docx#page=2"])
def test_a_file_link_is_found(href: str) -> None:
    tree = lxml.html.fromstring(f"<div><a href='{href}'>附件</a></div>")
    (found,) = find_links(tree, None, BASE)
    assert extension(found.url) in (".pdf", ".docx")


@pytest.mark.parametrize("href", ["./t20240102_2.html", "./pdf/index.html", "./P0201%20pdf",
                                  "javascript:void(0)"])
def test_a_page_link_is_not(href: str) -> None:
    tree = lxml.html.fromstring(f"<div><a href='{href}'>下一篇</a></div>")
    assert find_links(tree, None, BASE) == []


def test_link_text_naming_a_file_counts() -> None:
    tree = lxml.html.fromstring("<div><a href='./down.jsp?id=7'>2024年报告.pdf</a></div>")
    assert [a.name for a in find_links(tree, None, BASE)] == ["2024年报告.pdf"]


def test_a_file_link_among_a_menu_of_page_links_is_found() -> None:
    # The links are pre-filtered all at once: one file among hundreds of page links still counts.
    menu = "".join(f"<li><a href='/col/col{n}/index.html'>栏目{n}</a></li>" for n in range(300))
    tree = lxml.html.fromstring(f"<div><ul>{menu}</ul><a href='./down.jsp?id=7'><b>2024年报告"
                                "</b>.pdf</a><a href='./P0201.p\ndf'>附件</a></div>")
    assert [a.name for a in find_links(tree, None, BASE)] == ["2024年报告.pdf", "附件"]
