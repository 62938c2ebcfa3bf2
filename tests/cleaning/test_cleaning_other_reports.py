"""Other annual reports are not the rule-of-law report: a 政务公开 work summary with report-shaped
headings that mentions 法治政府建设 stays out; a real report that mentions 政务公开 stays in."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.report import classify_title, frames_other_work_report, is_report

URL = "http://www.example.gov.cn/bm/zwgk/202502/t20250210_7.html"


def page(title: str, body: str) -> bytes:
    heading = f"<h1>{title}</h1>" if title else ""
    return (f"<html><head><meta charset='utf-8'><title>{title or '某局'}</title></head><body>"
            f"{heading}<div class='TRS_Editor'>{body}</div></body></html>").encode()


SUMMARY = ("<p>2024年，县水利局坚持以公开为常态，全面推进决策、执行、管理、服务、结果公开，"
           "现将政务公开工作总结如下。</p>"
           "<p>一、主要工作及成效</p><p>（一）加强组织领导。调整领导小组，明确专人负责。</p>"
           "<p>（二）推进法治政府建设信息公开。在专栏发布年度报告和权责清单。</p>"
           "<p>二、存在的不足</p><p>政策解读形式较为单一。</p>"
           "<p>三、2025年工作打算</p><p>进一步优化专栏，提升公开质量。</p>"
           "<p>某县水利局</p><p>2025年1月20日</p>")
REPORT = ("<p>县人民政府：</p><p>2024年，我局深入推进法治政府建设，现将有关情况报告如下：</p>"
          "<p>一、主要举措和成效</p><p>（一）深化政务公开。主动公开行政执法信息320条，"
          "按期答复政府信息公开申请12件。</p>"
          "<p>二、存在的不足</p><p>执法人员培训不够。</p>"
          "<p>三、2025年工作安排</p><p>持续推进严格规范公正文明执法。</p>"
          "<p>某县水利局</p><p>2025年1月20日</p>")


@pytest.mark.parametrize("title", [
    "某县水利局2024年政务公开工作总结",
    "某市自然资源局2024年度政务公开工作报告",
    "某区2024年政务公开年报",
    "某县人民政府2024年度政府信息公开工作总结",
])
def test_a_work_report_of_another_kind_is_not_a_report(title):
    verdict = classify_title(title)
    assert not verdict.is_report and verdict.reason == "disclosure_report"


@pytest.mark.parametrize("title", [
    "某县水利局2024年度法治政府建设情况报告",
    "关于2024年度法治政府建设暨政务公开工作情况的报告",
])
def test_the_reports_own_name_wins_over_a_mention_of_disclosure(title):
    assert classify_title(title).is_report


def test_a_disclosure_work_summary_page_is_not_a_report():
    doc = clean([page("某县水利局2024年政务公开工作总结", SUMMARY)], URL)
    assert not doc.is_report


def test_an_untitled_body_framed_as_a_disclosure_summary_is_not_a_report():
    text = clean([page("", SUMMARY)], URL).text
    assert frames_other_work_report(text)
    assert not is_report(None, text, [{"measures"}, {"shortcomings"}, {"plans"}])


def test_a_report_that_mentions_disclosure_in_its_body_stays_a_report():
    doc = clean([page("某县水利局2024年度法治政府建设情况报告", REPORT)], URL)
    assert doc.is_report
    assert "深化政务公开" in doc.text
    assert not frames_other_work_report(doc.text)


def test_an_untitled_report_that_mentions_disclosure_stays_a_report():
    text = clean([page("", REPORT)], URL).text
    assert is_report(None, text, [{"measures"}, {"shortcomings"}, {"plans"}])
