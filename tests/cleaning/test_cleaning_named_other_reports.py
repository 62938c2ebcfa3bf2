"""Report kinds with their own name are no annual report, however report-shaped: a 示范 creation or
project application's 自评报告 (numbered, 特此报告, the government signing) and a 党组's report on
its 全面从严治党 主体责任, a 自查报告 on how the annual reports were made. A real annual report
that mentions 示范创建 and 党组 stays a report."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.report import classify_title

URL = "http://www.example.gov.cn/zwgk/202504/t20250416_9.html"


def page(title: str, body: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<h1>{title}</h1><div class='TRS_Editor'>{body}</div></body></html>").encode()


BODY = ("<p>市人民政府：</p><p>2024年，我县深入推进法治政府建设示范创建，县政府党组带头学法，"
        "现将有关情况报告如下：</p>"
        "<p>一、主要举措和成效</p><p>（一）加强组织领导。县政府党组专题研究法治政府建设。</p>"
        "<p>（二）推进示范创建。对照指标体系逐项落实。</p>"
        "<p>二、存在的不足</p><p>执法人员培训不够。</p>"
        "<p>三、2025年工作安排</p><p>持续推进严格规范公正文明执法。</p>"
        "<p>特此报告。</p><p>某县人民政府</p><p>2025年3月20日</p>")


@pytest.mark.parametrize("title", [
    "某县关于申报全国法治政府建设示范项目的自评报告",
    "某县关于创建全省法治政府建设示范县的自评报告",
    "某市法治政府建设示范市创建自查情况报告",
    "中共某区司法局党组关于2024年落实全面从严治党主体责任情况的报告",
    "某县委关于2024年度履行全面从严治党主体责任情况的报告",
    # a self-inspection of how the annual reports were drafted, sent and published
    "某区司法局关于法治政府建设年度报告制度落实情况的自查报告",
    "某县关于2024年度法治政府建设年度报告起草公开工作的自查情况报告",
])
def test_a_named_other_report_kind_is_not_a_report(title):
    assert not classify_title(title).is_report
    assert not clean([page(title, BODY)], URL).is_report


def test_a_real_report_mentioning_demonstration_and_party_group_stays_a_report():
    title = "某县人民政府关于2024年度法治政府建设情况的报告"
    assert classify_title(title).is_report
    assert clean([page(title, BODY)], URL).is_report
