"""Disclosure labels that name no field we keep (成文机关, 失效时间/失效日期) are still a
metadata block's labels: their rows above the body are no report text; so is a row of label and
value cells above the title. Lines written here."""

from __future__ import annotations

import pytest

from cleaning.noise import clean_lines

TITLE = "某区人民政府关于2024年度法治政府建设情况的报告"
BODY = ["某市人民政府：",
        "2024年，区政府认真贯彻落实法治政府建设实施纲要，依法行政水平稳步提升。现报告如下：",
        "一、主要成效", "全年审查规范性文件9件。", "二、存在问题", "执法人员培训不足。",
        "特此报告。", "某区人民政府", "2025年3月6日"]


@pytest.mark.parametrize("row", [
    "成文机关：某区人民政府",
    "失效时间 | 主题分类 | 综合政务",
    "失效日期：长期有效",
])
def test_a_row_of_an_unkept_label_above_the_body_goes(row):
    assert clean_lines([TITLE, row, *BODY], TITLE) == BODY


@pytest.mark.parametrize("row", [
    "索 引 号 | 11230000-2025-00017 | 分 类 | 综合政务; 区人民政府; 法治政府建设;",
    "发 布 机 构 | 某区人民政府办公室 | 成 文 日 期 | 2025年03月05日 | 有 效 性 | 有效",
])
def test_a_row_of_label_and_value_cells_above_the_title_goes(row):
    # As one long line it started the body: the title and 文号 under it stayed.
    assert clean_lines([row, TITLE, "某政报〔2025〕5号", *BODY], TITLE) == BODY


def test_a_table_row_of_the_report_stays():
    row = "行政复议 | 143 | 行政应诉 | 52"
    assert clean_lines([*BODY[:4], row, *BODY[4:]], TITLE) == [*BODY[:4], row, *BODY[4:]]


@pytest.mark.parametrize("row", [
    "内容概述 | 报告2024年某区法治政府建设的主要举措和成效、存在的不足和2025年工作安排。",
    "关键词 | 法治政府；年度报告",
])
def test_one_label_and_its_value_above_the_body_go_whatever_the_value(row):
    # A summary sentence in the table's 内容概述 row ends as a sentence: it started the body.
    assert clean_lines([TITLE, row, *BODY], TITLE) == BODY


def test_a_two_cell_row_of_the_report_stays():
    row = "办理行政复议案件 | 143件，同比增长12%。"
    assert clean_lines([*BODY[:4], row, *BODY[4:]], TITLE) == [*BODY[:4], row, *BODY[4:]]
