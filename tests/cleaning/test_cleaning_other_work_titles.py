"""A report on another kind of work by its title's shape: a title ending in a work or
situation report (…公平竞争审查工作情况报告, 关于…备案审查工作情况的报告) that names no
rule-of-law work is no 法治政府建设 report, though its body is built like one (numbered
parts, problems, plans, 特此报告) and mentions 法治政府建设 in passing. A 法治建设 or 依法治县
work report is left to its body. Titles and a page written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.report import classify_title, has_negative_words

URL = "http://www.example.gov.cn/xxgk/t20250320_1.html"


@pytest.mark.parametrize("title", [
    "某县市场监督管理局2024年度公平竞争审查工作情况报告",
    "某县市场监督管理局关于2024年度公平竞争审查工作情况的报告",
    "某区档案馆2024年度安全生产工作报告",
    "某县统计局关于2024年度统计执法检查情况的报告",
])
def test_another_work_report_title_is_ruled_out(title):
    assert not classify_title(title).is_report and has_negative_words(title)


@pytest.mark.parametrize("title", [
    "某县2024年度法治建设工作情况报告",
    "某县关于2024年度依法治县工作情况的报告",
])
def test_a_rule_of_law_work_report_title_is_left_to_the_body(title):
    assert not has_negative_words(title)


def page(title: str) -> bytes:
    body = ("<p>县人民政府：</p><p>2024年，我局认真落实有关要求，现将工作情况报告如下：</p>"
            "<p>一、主要工作成效</p><p>（一）健全审查机制。审查增量政策措施46件，纳入法治政府建设考核。</p>"
            "<p>二、存在的问题</p><p>审查人员专业能力不足。</p>"
            "<p>三、下一步工作打算</p><p>持续加强审查能力建设，推进法治政府建设。</p>"
            "<p>特此报告。</p><p>某县市场监督管理局</p><p>2025年3月10日</p>")
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<h1>{title}</h1><div class='TRS_Editor'>{body}</div></body></html>").encode()


def test_a_report_shaped_page_on_other_work_is_no_report():
    assert not clean([page("某县市场监督管理局2024年度公平竞争审查工作情况报告")], URL).is_report
    assert clean([page("某县市场监督管理局2024年度法治政府建设情况报告")], URL).is_report
