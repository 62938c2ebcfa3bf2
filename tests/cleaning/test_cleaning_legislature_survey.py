"""A legislature's (人大常委会, 政协) 调研/视察 report on the government's rule-of-law work
(关于县人民政府2024年度法治政府建设工作情况的调研报告): numbered, signed by its 调研组 and its title
holds the year, 法治政府建设 and 报告, but it is a report BY the legislature ABOUT the
government, not the government's annual report. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.report import classify_title

BODY = ["县人大常委会：", "根据年度工作安排，调研组于2025年3月对县人民政府2024年度法治政府建设工作"
        "开展了专题调研。现将调研情况报告如下：", "一、基本情况",
        "县政府坚持以习近平法治思想为指导，扎实推进法治政府建设。", "二、存在的主要问题",
        "一是行政执法规范化水平有待提高。", "三、意见和建议", "（一）持续深化行政执法改革。",
        "县人大常委会调研组", "2025年4月20日"]


def _page(title: str) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in BODY)
    return (f"<html><head><meta charset='utf-8'><title>{title}-某县人大</title></head><body>"
            f"<h1>{title}</h1><div class='article'>{body}</div></body></html>").encode()


@pytest.mark.parametrize("title", ["关于县人民政府2024年度法治政府建设工作情况的调研报告",
                                   "县政协关于2024年度法治政府建设情况的视察报告",
                                   "某市法治政府建设工作调研报告（2024年度）"])
def test_a_legislatures_survey_is_no_report(title):
    doc = clean([_page(title)], "http://www.mouxian.gov.cn/rd/dcyj/2025-04/25/content_1.html")
    assert doc.title == title
    assert not doc.is_report


@pytest.mark.parametrize("title", ["某县人民政府关于2024年度法治政府建设情况的报告",
                                   "某区2024年法治政府建设年度报告"])
def test_the_governments_own_reports_stay_reports(title):
    assert classify_title(title).is_report
