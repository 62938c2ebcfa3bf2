"""classify_title: the crawler's filter on listing link texts."""

from __future__ import annotations

import pytest

from cleaning.report import classify_title


@pytest.mark.parametrize("title, year", [
    ("海州区2024年度法治政府建设情况报告", 2024),
    ("关于2023年法治政府建设情况的报告", 2023),
    ("石狮市人民政府关于2024年度法治政府建设情况的报告", 2024),
    ("汕尾市人民政府2020年法治政府建设年度报告", 2020),
    ("汉阳区人民政府2021年度法治政府建设工作报告", 2021),
    ("某某县司法局二〇二三年法治政府建设报告", 2023),
    ("法治政府建设年度报告", None),
    ("海州區2024年度法治政府建設情況報告", 2024),
])
def test_reports(title, year):
    assert classify_title(title) == (True, year, "report")


@pytest.mark.parametrize("title, reason", [
    ("《2024年法治政府建设年度报告》解读", "interpretation"),
    ("图解：某某区2023年度法治政府建设情况报告", "interpretation"),
    ("一图读懂2023年法治政府建设年度报告", "interpretation"),
    ("某某市人民政府2023年政府信息公开工作年度报告", "disclosure_report"),
    ("关于报送2023年度法治政府建设情况报告的通知", "not_a_report"),
    ("我区召开法治政府建设工作会议", "not_a_report"),
    ("某某区2024年法治政府建设工作要点", "not_a_report"),
    ("2024年法治政府建设工作计划", "not_a_report"),
    ("关于开展法治政府建设督察的实施方案", "not_a_report"),
    ("某某县法治政府建设新闻动态", "not_a_report"),
])
def test_not_reports(title, reason):
    verdict = classify_title(title)
    assert not verdict.is_report and verdict.reason == reason


def test_interpretation_keeps_the_year():
    assert classify_title("《2024年法治政府建设年度报告》解读").report_year == 2024
