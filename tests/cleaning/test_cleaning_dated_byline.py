"""A byline of a date (and time) and one label：value pair, glued or spaced (2025-03-12 09:30来源：
某某号·政务), above the body is head furniture: the date is the byline's first pair; so is an
info line of a numeric date and an organisation alone (2025-03-27 某区人民政府). Lines written
here, as a page without an article container gives them."""

from __future__ import annotations

import pytest

from cleaning.head_furniture import is_head_byline, is_head_dated_org, is_head_posted_byline
from cleaning.noise import clean_lines

TITLE = "某县人民政府2024年度法治政府建设工作报告"
SALUTATION = "某市人民政府："
LEAD = ("2024年，县政府深入学习贯彻习近平法治思想，扎实推进依法行政，"
        "法治政府建设取得新成效。现将有关情况报告如下：")
BODY = [SALUTATION, LEAD, "一、主要成效", "全年办理行政复议案件19件。", "二、存在问题",
        "执法人员结构性短缺。", "特此报告。", "某县人民政府", "2025年3月12日"]


@pytest.mark.parametrize("byline", [
    "2025-03-12 09:30来源：某某新闻·政务号",
    "2025/03/12 作者：某县发布",
    "2025.03.12 14:05:33 来源: 某县融媒体中心",
])
def test_a_dated_byline_with_one_label_above_the_body_goes(byline):
    lines = [TITLE, "某县发布关注", byline, *BODY]
    assert clean_lines(lines, TITLE) == BODY


@pytest.mark.parametrize("line", [
    "2025-03-12 全县召开法治政府建设推进会：",          # a colon ends it: a salutation's shape
    "2025-03-12 来源：县政府办，全年发布信息1200条。",  # the value is a sentence
    "2025-03-12 09:30",                                # a date alone: judged elsewhere
])
def test_a_date_and_no_byline_pair_is_no_byline(line):
    assert not is_head_byline(line)


@pytest.mark.parametrize("info", ["2025-03-12 某县人民政府", "某县司法局 2025/03/12 10:20"])
def test_an_info_line_of_a_date_and_an_organisation_above_the_body_goes(info):
    assert clean_lines([TITLE, info, *BODY], TITLE) == BODY


def test_a_date_beside_no_organisation_is_no_info_line():
    assert not is_head_dated_org("2025-03-12 全县召开推进会")
    assert not is_head_dated_org("2025-03-12 某县人民政府：")


@pytest.mark.parametrize("byline", [
    "发布于 2025-03-12 09:30",                   # 微博 头条文章, 知乎
    "某县司法 发布于 2025-03-12 09:30",          # the poster's name before it
    "发表于 2025-3-12 09:30:11",                 # a forum post
    "编辑于 2025-03-12 09:30・IP 属地广东",      # 知乎: edited, the poster's region after it
])
def test_a_byline_saying_when_it_was_posted_above_the_body_goes(byline):
    assert clean_lines([TITLE, byline, *BODY], TITLE) == BODY


@pytest.mark.parametrize("line", [
    "发布于2025年3月12日的工作要点已全部落实。",
    "全县于2025-03-12 09:30召开推进会",
    "发布于 2025-03-12，全年办理案件19件",
])
def test_a_sentence_with_a_posted_date_is_no_posted_byline(line):
    assert not is_head_posted_byline(line)
