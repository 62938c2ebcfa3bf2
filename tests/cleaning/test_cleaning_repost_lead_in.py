"""A re-post's lead-in above the report it gives whole (近日，某县人民政府公布了…报告，全文如下：)
is no body: the report starts it, and the report's title repeated under the lead-in is a head
line again. An interpretation's lead-in (…解读如下) is that page's own text and stays. Lines
written here, as a re-post without an article container gives them."""

from __future__ import annotations

import pytest

from cleaning.head_furniture import is_repost_lead_in
from cleaning.noise import clean_lines

TITLE = "某县人民政府关于2024年度法治政府建设情况的报告"
BODY = ["某市人民政府：",
        "2024年，县政府坚持以习近平法治思想为指导，扎实推进依法行政。现将有关情况报告如下：",
        "一、主要举措和成效", "全年办理行政复议案件23件。", "二、存在的不足", "基层执法力量薄弱。",
        "特此报告。", "某县人民政府", "2025年3月14日"]


@pytest.mark.parametrize("lead_in", [
    "近日，某县人民政府在门户网站公布了2024年度法治政府建设情况报告，全文如下：",
    "日前，《某县人民政府关于2024年度法治政府建设情况的报告》正式发布，现全文刊登↓",
    "编者按：近期，某县公开发布了年度法治政府建设报告，现将全文转载，供各单位学习参考。",
    # a news dateline before it
    "某某新闻讯（通讯员 张三）近日，《某县2024年法治政府建设年度报告》正式公布，全文如下：",
])
def test_a_repost_lead_in_and_the_title_under_it_are_no_body(lead_in):
    assert clean_lines(["某县司法", lead_in, TITLE, *BODY], TITLE) == BODY
    assert clean_lines([lead_in, *BODY], TITLE) == BODY


@pytest.mark.parametrize("line", [
    "近日，《某县2024年度法治政府建设情况报告》正式发布。现就报告主要内容解读如下。",  # no 全文
    "2024年，县政府全文公布报告12件，现将有关情况报告如下：",     # the report's own lead
])
def test_other_lines_are_no_repost_lead_in(line):
    assert not is_repost_lead_in(line)


def test_an_interpretation_keeps_its_lead_in():
    lines = ["近日，《某县2024年度法治政府建设情况报告》正式发布。现就报告主要内容解读如下。",
             "一、报告的主要内容", "报告总结了一年来的主要举措和成效。"]
    assert clean_lines(lines, "《某县2024年度法治政府建设情况报告》解读") == lines
