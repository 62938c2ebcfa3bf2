"""A report published as a text PDF, hard-wrapped at the page width: level-1 headings on lines
of their own stay headings, and a paragraph crossing a page break is joined without the page
number between its parts. The PDF is written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.pdf_text import join_wrapped_lines
from tests.cleaning.test_cleaning_attachments import make_pdf

WIDTH = 24
TITLE = "某县人民政府关于2024年度法治政府建设情况的报告"
SHORTCOMINGS = ("在肯定成绩的同时，我们也清醒地认识到，法治政府建设工作还存在一些不足：部分部门"
                "对法治政府建设重视程度不够，执法文书制作不够规范，基层执法力量相对薄弱。")
PLANS = ("2025年，我县将压紧压实党政主要负责人履行推进法治建设第一责任人职责，推动各项任务"
         "落地见效，持续优化法治化营商环境，进一步规范涉企行政检查工作。")
MEASURES = ("全年审查规范性文件23件，备案审查率达到100%，政府法律顾问列席常务会议40次，出具"
            "法律意见书161份，行政机关负责人出庭应诉率达到100%。")


def wrap(paragraph: str, *, indent: str = "\u3000\u3000") -> list[str]:
    """A paragraph as a PDF prints it: its first line indented, every line WIDTH wide."""
    text = indent + paragraph
    return [text[i:i + WIDTH] for i in range(0, len(text), WIDTH)]


def report_lines() -> list[str]:
    measures = wrap(MEASURES)
    shortcomings = wrap(SHORTCOMINGS)
    return [TITLE, "市人民政府：",
            *wrap("一、2024年推进法治政府建设的主要举措"), *measures,
            *wrap("二、2024年推进法治政府建设存在的不足"), *shortcomings[:2], "— 1 —",
            *shortcomings[2:],
            *wrap("三、2025年推进法治政府建设的主要安排"), *wrap(PLANS),
            "某县人民政府", "2025年3月10日", "— 2 —"]


def test_a_short_numbered_heading_line_ends_its_paragraph():
    paragraphs = join_wrapped_lines([line.strip("\u3000") for line in report_lines()])
    assert "二、2024年推进法治政府建设存在的不足" in paragraphs
    assert "三、2025年推进法治政府建设的主要安排" in paragraphs
    assert SHORTCOMINGS in paragraphs and PLANS in paragraphs


def test_a_wrapped_pdf_report_keeps_one_category_per_heading():
    doc = clean([make_pdf(report_lines())], "http://www.example.gov.cn/P020250314.pdf",
                "application/pdf")
    assert [(s.number, s.heading, s.category) for s in doc.sections] == [
        ("一", "2024年推进法治政府建设的主要举措", "measures"),
        ("二", "2024年推进法治政府建设存在的不足", "shortcomings"),
        ("三", "2025年推进法治政府建设的主要安排", "plans")]
    assert SHORTCOMINGS in doc.text.split("\n") and "— 1 —" not in doc.text


def test_a_run_in_heading_filling_its_first_line_still_joins_its_paragraph():
    run_in = "（一）依法全面履行政府职能。" + MEASURES
    assert join_wrapped_lines(wrap(run_in, indent="") + wrap(PLANS, indent="")) == [
        run_in, PLANS]


SHORT_BODY = ["市人民政府：", "2024年，我县深入学习贯彻习近平法治思想，法治政府建设取得新成效。",
              "一、主要举措和成效", "全年审查规范性文件23件。", "二、存在的不足和原因",
              "执法力量不足。", "三、下一年度工作安排", "持续提升行政执法质量。", "某县人民政府",
              "2025年3月10日"]
FULL_TITLE = "某县人民政府关于2024年度法治政府建设情况的报告"


@pytest.mark.parametrize("head", [
    ["某县人民政府关于", "2024年度法治政府建设情况的报告"],    # broken after 关于
    ["某县人民政府关于2024年度", "法治政府建设情况的报告"],    # broken after 年度
    ["某县人民政府关于2024年度法治政府", "建设情况的报告"],        # broken mid-word
    ["某县人民政府文件", FULL_TITLE],                          # a red header above stays out
], ids=["after-guanyu", "after-niandu", "mid-word", "red-header"])
def test_a_title_broken_over_two_lines_is_read_whole(head):
    # The body's lines are full (WIDTH): a title line is short of them and ends its paragraph.
    body = ["市人民政府：", *report_lines()[2:]]
    doc = clean([make_pdf([*head, *body])], "http://www.example.gov.cn/P020250314.pdf",
                "application/pdf")
    assert doc.title == FULL_TITLE
    assert doc.text.split("\n")[0] == "市人民政府："


def test_a_doc_number_line_stands_alone_in_a_short_file():
    # Few, short lines make a narrow "full line": the doc number must not join the title.
    lines = ["某县人民政府", "某政报〔2025〕5号", FULL_TITLE, *SHORT_BODY]
    doc = clean([make_pdf(lines)], "http://www.example.gov.cn/P020250314.pdf", "application/pdf")
    assert (doc.doc_number, doc.title) == ("某政报〔2025〕5号", FULL_TITLE)
