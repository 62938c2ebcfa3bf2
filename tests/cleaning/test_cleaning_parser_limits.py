"""Parser limits: pages that broke libxml2's defaults keep their text, or say what they lost."""

from __future__ import annotations

from cleaning import clean
from cleaning.loss import parse_loss, tree_chars, visible_chars
from cleaning.page_reading import parse

URL = "http://www.example.gov.cn/art/2025/3/1/art_1_1.html"
TITLE = "某县2024年度法治政府建设情况报告"
PARAGRAPH = "<p>第{}段，我县深入推进法治政府建设，依法行政水平不断提升，取得新成效。</p>"


def page(body: str, head: str = "") -> bytes:
    """A report page with `body` in its TRS container, `head` in its <head>."""
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}</title>{head}</head><body>"
            f"<div class='TRS_Editor'>{body}</div></body></html>").encode()


def paragraphs(count: int) -> str:
    return "".join(PARAGRAPH.format(i) for i in range(count))


def test_hundreds_of_unclosed_divs_and_spans_keep_every_paragraph():
    body = "".join("<div><span>" + PARAGRAPH.format(i) for i in range(400))
    doc = clean([page(body)], URL)
    assert all(f"第{i}段" in doc.text for i in range(400))
    assert not any("parser lost" in w for w in doc.warnings)


def test_nesting_a_thousand_levels_deep_keeps_the_text():
    doc = clean([page("<div>" * 1000 + paragraphs(30) + "</div>" * 1000)], URL)
    assert all(f"第{i}段" in doc.text for i in range(30))


def test_nesting_past_the_parser_limit_is_a_warning_not_a_silent_empty_body():
    doc = clean([page("<div>" * 5000 + paragraphs(30) + "</div>" * 5000)], URL)
    assert "第29段" in doc.text or any("parser lost" in w for w in doc.warnings), doc.warnings


def test_an_11_mb_inline_script_does_not_empty_the_body():
    # libxml2's default limit on one text node is 10 MB: the body after it was lost.
    script = "<script>var data = '" + "a" * 11_000_000 + "';</script>"
    doc = clean([page(paragraphs(30), head=script)], URL)
    assert all(f"第{i}段" in doc.text for i in range(30))


def test_visible_characters_are_counted_without_scripts_styles_and_comments():
    raw = ("<html><head><style>p{content:'样式'}</style></head><body><!-- 注释 -->"
           "<p title='属性'>正文</p><script>var a='脚本';</script></body></html>")
    assert visible_chars(raw) == 2
    assert tree_chars(parse(raw.encode(), None)[1]) == 2


def test_no_loss_reported_for_an_ordinary_page():
    raw = page(paragraphs(30)).decode()
    assert parse_loss(raw, parse(raw.encode(), None)[1]) is None


def test_tables_left_open_around_paragraphs_keep_every_paragraph_and_the_signature():
    body = "".join("<table>" + PARAGRAPH.format(i) for i in range(10))
    doc = clean([page(body + "<p>某县人民政府</p><p>2025年3月18日</p>")], URL)
    assert all(f"第{i}段" in doc.text for i in range(10))
    assert doc.text.endswith("某县人民政府\n2025年3月18日")


def test_a_script_repeating_visible_text_is_taken_out_once():
    # The tree's count takes each hidden text out of the page's text wherever it first follows.
    raw = ("<html><body><p>var a='脚本';</p><script>var a='脚本';</script><p>正文</p>"
           "<style>p{content:'样式'}</style></body></html>")
    assert tree_chars(parse(raw.encode(), None)[1]) == visible_chars(raw) == 4


def test_a_loss_is_reported_with_both_counts():
    raw = page(paragraphs(30)).decode()
    short = parse(page(paragraphs(2) + "<script>var a='脚本';</script>"), None)[1]
    shown, kept = visible_chars(raw), tree_chars(short)
    # The title's 14 characters are in both; a paragraph has 33, the script's 2 are hidden.
    assert (shown, kept) == (14 + 30 * 33, 14 + 2 * 33)
    assert parse_loss(raw, short) == (f"parser lost text: the tree holds {kept} of the page's "
                                      f"{shown} visible characters")


def test_hidden_elements_are_found_in_any_case_beside_tags_of_the_same_letters():
    raw = ("<html><body><SCRIPT type='x'>var a='脚本';</SCRIPT><span>正</span>"
           "<NoScript>无</NoScript><section><strong>文</strong></section><Style>p{}</Style>"
           "<!-- 注释 --><s>删</s></body></html>")
    assert visible_chars(raw) == 3
