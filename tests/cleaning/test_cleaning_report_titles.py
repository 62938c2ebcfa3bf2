"""One report-title rule, at the depth real titles have: a long formal title (关于报送…法治政府建设
…情况暨…职责情况的报告) is a report — a government sending its own report says 报送 —, while a
page about a report (督察整改, 解读, 工作要点, 报告的函) is not. The crawler asks the same rule
(`is_report_title`); a title cut short keeps its 报送 open. Titles and a page written here."""

from __future__ import annotations

import pytest

from cleaning import ListingHint, clean
from cleaning.report import classify_title, has_negative_words, is_report_title

REPORTS = [
    "横塘县人民政府关于报送横塘县2021年度法治政府建设工作情况暨党政主要负责人履行推进法治建设"
    "第一责任人职责情况的报告",
    "某县人民政府关于报送2023年度法治政府建设情况的报告",
    "某市司法局关于报送《某市司法局2023年度法治政府建设情况报告》的报告",
    "中共某县委 某县人民政府关于2024年度法治政府建设工作情况和2025年工作安排的报告",
    "某区人民政府关于2022年度推进法治政府建设工作情况及党政主要负责人履行推进法治建设第一责任人"
    "职责情况的报告",
    "关于2023年度依法行政和法治政府建设工作开展情况暨下一年度工作思路的报告",
    "某县人民政府关于2023年度法治政府建设工作的报告（全文）",
    "某县人民政府呈报2024年度法治政府建设情况的报告",
    "《某县2024年度法治政府建设情况报告》（更正版）",             # the report, corrected
]
NOT_REPORTS = [
    "关于2023年度法治政府建设督察反馈问题整改情况的报告",          # 督察整改, inside the name
    "某县关于法治政府建设示范创建督查整改落实情况的报告",
    "关于报送2023年度法治政府建设情况报告的函",                    # sends it: a letter
    "关于报送2023年度法治政府建设情况报告的请示",
    "关于报送2021年度法治政府建设工作要点的通知",
    "关于做好2023年度法治政府建设情况报告报送工作的通知",
    "关于对2023年度法治政府建设情况报告进行公示的公告",
    "某县2024年法治政府建设实施方案落实情况的报告",
    "某县关于2023年法治政府建设第三方评估情况的报告",
    "敦化市司法局党组书记、局长张立军2024年度述法报告",
    "某县2023年度法治政府建设年度报告的解读",
    "市政府常务会议听取2023年度法治政府建设情况的报告",
    "某县召开会议审议2023年度法治政府建设情况报告",
    # a notice about the report, quoting its name in 《》
    "关于《某县2024年度法治政府建设情况报告》有关内容的更正说明",
    "《某区2024年度法治政府建设年度报告》勘误",
    "关于《某县司法局2024年度法治政府建设工作情况报告》的补充说明",
    "《某市2024年法治政府建设情况报告》更正公告",
]


@pytest.mark.parametrize("title", REPORTS)
def test_long_formal_report_titles_are_reports(title):
    verdict = classify_title(title)
    assert verdict.is_report and verdict.reason == "report"
    assert is_report_title(title) and not has_negative_words(title)


@pytest.mark.parametrize("title", NOT_REPORTS)
def test_pages_about_a_report_are_not(title):
    assert not classify_title(title).is_report and not is_report_title(title)


def test_a_year_is_asked_for_unless_told_not():
    assert not is_report_title("某县人民政府关于报送法治政府建设工作情况的报告")
    assert is_report_title("某县人民政府关于报送法治政府建设工作情况的报告", needs_year=False)


def test_a_title_cut_after_baosong_rules_nothing_out_and_a_cut_notice_still_does():
    assert not has_negative_words("横塘县人民政府关于报送横塘县2021年度法治政府...")
    assert has_negative_words("关于报送2021年度法治政府建设工作要点的通...")


PAGE = ("<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<div class='title'>{title}</div><div id='zoom'><p>市人民政府：</p>"
        "<p>现将我县2021年度法治政府建设情况报告如下：</p><p>一、主要举措和成效</p>"
        "<p>全年审查规范性文件23件。</p><p>二、存在的不足</p><p>基层力量薄弱。</p>"
        "<p>三、下一步工作打算</p><p>持续推进依法行政。</p><p>横塘县人民政府</p>"
        "<p>2022年1月18日</p></div></body></html>")


def test_a_page_with_a_long_formal_title_listed_cut_short_is_a_report():
    title = REPORTS[0]
    hint = ListingHint(title="横塘县人民政府关于报送横塘县2021年度法治政府...")
    doc = clean([PAGE.format(title=title).encode()],
                "http://www.hengtang.gov.cn/art/2022/1/20/art_1229_3.html", listing=hint)
    assert doc.is_report and doc.title == title and doc.report_year == 2021
