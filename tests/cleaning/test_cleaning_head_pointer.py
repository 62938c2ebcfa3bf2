"""A short line pointing down at the report above it (戳↓了解某县2024年法治政府建设情况,
一起来看👇) is a post's call to read on, not the report's first line. Lines written here."""

from __future__ import annotations

import pytest

from cleaning.head_furniture import is_head_pointer
from cleaning.noise import clean_lines

TITLE = "某县2024年法治政府建设情况报告"
BODY = ["某市人民政府：",
        "2024年，县政府坚持依法行政，法治政府建设各项任务有序推进。现将有关情况报告如下：",
        "一、主要成效", "全年办理行政复议案件15件。", "二、存在问题", "执法培训不够系统。",
        "特此报告。", "某县人民政府", "2025年3月3日"]


@pytest.mark.parametrize("pointer", [
    "戳↓了解某县2024年法治政府建设情况",
    "近日，某县公布了2024年度法治政府建设报告，一起来看👇",
    "⬇⬇⬇往下看",
])
def test_a_line_pointing_down_above_the_body_goes(pointer):
    assert clean_lines([pointer, *BODY], TITLE) == BODY


@pytest.mark.parametrize("line", [
    "行政复议案件同比下降12%↓。",                                  # a sentence
    "近日，《某县2024年度法治政府建设情况报告》正式发布，小编为您梳理了其中的重点↓↓↓",  # long
])
def test_a_sentence_or_a_long_line_is_no_pointer(line):
    assert not is_head_pointer(line)
