"""Stray undecodable bytes inside a GBK page's main heading: the title drops the U+FFFD they
decode to (the document's decoding warning says bytes were replaced), and the heading's repeat
atop the body still goes. Pages written here."""

from __future__ import annotations

from cleaning import clean

TITLE = "某县人民政府关于2024年法治政府建设情况的报告"
BODY = ("<p>市人民政府：</p><p>2024年，我县坚持以习近平法治思想为指导，深入推进法治政府建设，"
        "各项工作取得新成效。现将有关情况报告如下。</p><p>一、主要举措和成效</p>"
        "<p>严格规范行政决策，全年审查各类文件153件。</p><p>二、存在的不足</p>"
        "<p>基层执法力量相对薄弱。</p><p>某县人民政府</p><p>2025年3月21日</p>")


def page(stray: bytes) -> bytes:
    head, tail = TITLE.split("2024")
    return (f"<html><head><meta charset='gbk'><title>{TITLE}_某县人民政府</title></head><body>"
            f"<div class='article'><h1>{head}").encode("gbk") + stray + (
            f"2024{tail}").encode("gbk") + stray + (
            f"</h1><div class='content'>{BODY}</div></div></body></html>").encode("gbk")


def test_a_title_never_keeps_replacement_characters():
    doc = clean([page(b"\xff")], "http://www.example.gov.cn/html/2025/0321/1.html",
                "text/html; charset=gbk")
    assert doc.title == TITLE
    assert any("undecodable bytes" in warning for warning in doc.warnings), doc.warnings
    assert doc.text.startswith("市人民政府：")
    assert "\ufffd" not in doc.text


def test_a_clean_page_has_the_same_title_and_no_warning():
    doc = clean([page(b"")], "http://www.example.gov.cn/html/2025/0321/1.html",
                "text/html; charset=gbk")
    assert doc.title == TITLE and not doc.warnings
