"""A 文号 line in lenticular or square brackets above the body (某政发【2025】3号, [2025]) is a
head line like one in 〔〕: it stayed as the body's first line because noise._is_head_line read
the brackets out of it. Lines written here."""

from __future__ import annotations

import pytest

from cleaning.noise import clean_lines

TITLE = "某市人民政府关于2024年法治政府建设情况的报告"
BODY = ["某省人民政府：",
        "2024年，市政府深入学习贯彻习近平法治思想，法治政府建设取得新成效。现将有关情况报告如下：",
        "一、主要成效", "全年办理行政复议案件31件。", "二、存在问题", "执法监督仍需加强。",
        "特此报告。", "某市人民政府", "2025年3月10日"]


@pytest.mark.parametrize("doc_number",
                         ["某政发【2025】3号", "某政报 【2025】 12号", "某政发[2025]3号"])
def test_a_lenticular_doc_number_above_the_body_goes(doc_number):
    assert clean_lines([TITLE, doc_number, *BODY], TITLE) == BODY


@pytest.mark.parametrize("line", [
    "落实某政发【2025】3号文件要求",       # a line that only names one
    "（一）贯彻某政发【2025】3号",          # a heading
])
def test_a_line_naming_a_doc_number_stays(line):
    assert clean_lines([TITLE, line, *BODY], TITLE) == [line, *BODY]
