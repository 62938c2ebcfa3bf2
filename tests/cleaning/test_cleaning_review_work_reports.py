"""A report on 行政复议 and 行政应诉 work is another kind of report, built like the annual one
(numbered parts, problems, plans, a signer) and often in the same column: its title names that
work and not 法治政府建设. An annual report naming 行政复议 in passing stays one. Titles and a
page written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.report import classify_title, has_negative_words


@pytest.mark.parametrize("title", ["某县人民政府2024年度行政复议和行政应诉工作情况报告",
                                   "某市2024年度行政复议工作报告", "某区2024年行政应诉工作总结"])
def test_a_review_work_report_title_is_no_report(title):
    # named as another kind: the body's structure is not asked (it is the annual report's)
    assert not classify_title(title).is_report and has_negative_words(title)


@pytest.mark.parametrize("title", ["某县2024年度法治政府建设暨行政复议工作情况报告",
                                   "某县人民政府关于2024年度法治政府建设和行政复议应诉工作情况的报告",
                                   "某县司法局2024年度依法行政和行政复议工作报告"])
def test_an_annual_report_naming_it_in_passing_stays_one(title):
    assert classify_title(title).is_report


def test_a_review_work_report_page_built_like_the_annual_report_is_no_report():
    title = "某县人民政府2024年度行政复议和行政应诉工作情况报告"
    paras = ["某市人民政府：",
             "2024年，我县坚持以法治政府建设为引领，依法办理行政复议和行政应诉案件。"
             "现将有关情况报告如下：",
             "一、2024年工作开展情况", "全年办理行政复议案件52件，行政机关负责人出庭应诉率100%。",
             "二、存在的问题", "一是基层复议力量不足；二是应诉能力有待提升。",
             "三、2025年工作计划", "持续推进法治政府建设，提升行政复议规范化水平。",
             "特此报告。", "某县人民政府", "2025年3月20日"]
    body = "".join(f"<p>{p}</p>" for p in paras)
    page = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<h1>{title}</h1><div class='TRS_Editor'>{body}</div></body></html>").encode()
    doc = clean([page], "http://www.example.gov.cn/fzzfjs/t20250321_1.html")
    assert doc.title == title and doc.is_report is False
