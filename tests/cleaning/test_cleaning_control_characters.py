"""A control character in a page's text (a broken CMS's \\x01): libxml2 keeps it in the tree and
lxml then refuses to write a text holding it back (drop_tree joins a tail to its neighbour:
ValueError "All strings must be XML compatible", a traceback out of `clean`). Found by the
split-article fuzz test; the page is parsed again without the control characters."""

from __future__ import annotations

import pytest

from cleaning import CleaningError, clean

URL = "http://www.example.gov.cn/art/2025/3/24/art_1_2.html"
REPORT = ("<html><head><title>某县2024年法治政府建设年度报告</title></head><body>"
          "<div class='nav'><a href='/'>首页</a>\x01<!-- a comment between links -->"
          "\x02<a href='/x'>政务公开</a></div>"
          "<h1>某县2024年法治政府建设年度报告</h1>"
          "<div class='article-content'><p>2024年，我县坚持以习近平法治思想为指导，深入推进"
          "法治政府建设。\x01</p><p>一、主要举措</p><p>（一）深化行政执法体制改革。全面推行"
          "行政执法“三项制度”，规范执法行为，提升执法质效。</p><p>二、存在的不足</p>"
          "<p>法治宣传教育的针对性有待增强。</p><p>某县人民政府</p><p>2025年3月20日</p>"
          "</div></body></html>")


def test_a_report_with_control_characters_in_its_markup_is_cleaned() -> None:
    doc = clean([REPORT.encode("utf-8")], URL, "text/html; charset=utf-8")
    assert doc.is_report and doc.title == "某县2024年法治政府建设年度报告"
    assert "深化行政执法体制改革" in doc.text and "\x01" not in doc.text


@pytest.mark.parametrize("content_type", [None, "text/html; charset=gbk"])
def test_a_page_of_control_characters_and_a_bogus_doctype_is_a_cleaning_error(
        content_type: str | None) -> None:
    """The fuzz test's own input: no page at all once the control character goes."""
    with pytest.raises(CleaningError, match="unparseable page"):
        clean([b"\x01\t\t\t<!EOCTYPE html>\n", b""], URL, content_type)
