"""A share page's byline counts its readers (某融媒 2025-02-18 09:12 浏览 1587): above the body
the counter's line is the page's furniture whatever source or time stands beside it; a report's
own sentence counting readers stays. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.head_furniture import is_head_read_count

TITLE = "某市水务局2024年度法治政府建设工作报告"
LEAD = ("2024年，市水务局坚持以习近平法治思想为指导，把依法治水贯穿水务工作全过程，"
        "各项工作取得明显成效。现将有关情况报告如下。")
BODY = (f"<p>{LEAD}</p><p>一、主要成效</p><p>全年办理水行政许可45件，均在法定时限内办结。</p>"
        "<p>二、存在问题</p><p>执法装备仍显不足。</p><p>三、下步打算</p>"
        "<p>加强执法人员培训。</p><p>某市水务局</p><p>2025年2月14日</p>")
URL = "https://m.example-rongmei.cn/app/share/article.html?id=90817"


def _share_page(byline: str) -> bytes:
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<title>{TITLE}</title></head><body>"
            "<div class='openbar'><span>某市融媒</span><a>下载客户端</a></div>"
            f"<div class='story'><h1>{TITLE}</h1><div class='origin'>{byline}</div>"
            f"<div class='story-text'>{BODY}</div></div></body></html>").encode()


@pytest.mark.parametrize("byline", [
    "<span>某市融媒体中心</span> <span>2025-02-18 09:12</span> <span>浏览 1587</span>",
    "<span>2025-02-18</span> <span>阅读量：96</span>",
    "<span>点击数 3021</span> <span>水务局</span>",
    # the count left to a script: the line ends in the counter's label
    "发布人：局办公室　发布时间：2025年02月18日　点击率：<script>document.write(312)</script>",
    "2025-02-18 09:12　来源：市水务局　浏览次数：<span id='hits'></span>",
])
def test_a_byline_with_a_read_counter_above_the_body_goes(byline):
    doc = clean([_share_page(byline)], URL)
    lines = doc.text.split("\n")
    assert lines[0] == LEAD
    assert lines[-2:] == ["某市水务局", "2025年2月14日"]


@pytest.mark.parametrize("line", [
    "组织干部职工阅读120人次，开展专题学习6次。",            # a sentence counting readers
    "一、网站浏览量达到12万",                                 # a heading
    "门户网站法治专栏全年访问 36000余人次，群众反映良好；",  # a clause of the body
])
def test_a_report_line_counting_readers_is_not_a_counter(line):
    assert not is_head_read_count(line)


def test_the_counter_line_shape():
    assert is_head_read_count("某县融媒 2025-03-26 17:45 阅读 2306")
    assert is_head_read_count("浏览次数：88")
    assert not is_head_read_count("阅读原文")     # no count: the button, judged elsewhere


def test_a_byline_whose_count_a_script_writes_is_a_counter_line():
    assert is_head_read_count("发布人：分局办公室 发布时间：2025年03月24日 点击率：")
    assert is_head_read_count("来源：某县司法局 阅读次数:")
    assert is_head_read_count("点击率：312")
    # a salutation, a lead-in ending in a colon: no label opens them, or a sentence is in them
    assert not is_head_read_count("某市人民政府：")
    assert not is_head_read_count("全年门户网站法治专栏访问量：")
    assert not is_head_read_count("组织学习，推动阅读：")
