"""A third party's survey or assessment of a government's rule-of-law work (群众满意度测评报告,
第三方评估报告), or a legislature's (人大常委会, 政协) 调研/视察 report on it, is numbered, dated
and signed like a report and its title ends in 报告, but it is ABOUT the government's work, not
the government's annual report. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.report import classify_title

SURVEY_BODY = ["受市依法治市办委托，我公司于2024年11月组织开展了本次调查。现将有关情况报告如下：",
               "一、调查基本情况", "本次调查共发放问卷2400份，回收有效问卷2311份。",
               "二、调查结果", "公众对行政执法规范化的满意度为88.6分，比上年提高2.1分。",
               "三、存在的问题", "部分受访者认为办事指引不够清楚。",
               "四、意见建议", "建议加强执法公示和政策解读。",
               "某某数据咨询有限公司", "2025年1月8日"]
LEGISLATURE_BODY = [
    "县人大常委会：",
    "根据年度工作安排，调研组于2025年3月对县人民政府2024年度法治政府建设工作开展了专题调研。"
    "现将调研情况报告如下：",
    "一、基本情况", "县政府坚持以习近平法治思想为指导，扎实推进法治政府建设。",
    "二、存在的主要问题", "一是行政执法规范化水平有待提高。",
    "三、意见和建议", "（一）持续深化行政执法改革。", "县人大常委会调研组", "2025年4月20日"]


def survey_page(title: str, lines: list[str] = SURVEY_BODY, site: str = "") -> bytes:
    body = "".join(f"<p>{line}</p>" for line in lines)
    return (f"<html><head><meta charset='utf-8'><title>{title}{site}</title></head><body>"
            f"<h1>{title}</h1><div class='article'>{body}</div></body></html>").encode()


@pytest.mark.parametrize("title", ["某市2024年法治政府建设公众满意度测评报告",
                                   "某区法治政府建设第三方测评报告（2024年度）",
                                   "2024年度某县法治政府建设民意调查报告"])
def test_a_survey_of_the_governments_work_is_no_report(title):
    doc = clean([survey_page(title)], "http://sfj.mou.gov.cn/zwgk/202501/t20250110_99.html")
    assert doc.title == title
    assert not doc.is_report


@pytest.mark.parametrize("title", ["关于县人民政府2024年度法治政府建设工作情况的调研报告",
                                   "县政协关于2024年度法治政府建设情况的视察报告",
                                   "某市法治政府建设工作调研报告（2024年度）"])
def test_a_legislatures_survey_is_no_report(title):
    doc = clean([survey_page(title, LEGISLATURE_BODY, "-某县人大")],
                "http://www.mouxian.gov.cn/rd/dcyj/2025-04/25/content_1.html")
    assert doc.title == title
    assert not doc.is_report


@pytest.mark.parametrize("title", ["某市人民政府关于2024年度法治政府建设情况的报告",
                                   "某县2024年法治政府建设年度报告"])
def test_the_governments_own_reports_stay_reports(title):
    assert classify_title(title).is_report
