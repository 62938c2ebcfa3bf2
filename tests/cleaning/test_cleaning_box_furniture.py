"""Furniture inside the article box, each a line of its own among the report's lines: a
notice link ending in a bracketed click prompt first in the body, a bracketed source note after
the signature, a re-post platform's statement and its no-reprint line after the report, a
温馨提示 that the official file prevails. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.noise import is_furniture

TITLE = "某县人民政府关于2024年度法治政府建设工作情况的报告"
LEAD = ("2024年，县政府坚持以习近平法治思想为指导，全面落实法治政府建设各项任务，"
        "依法行政水平持续提升。现将有关情况报告如下：")
BODY = [LEAD, "一、主要举措和成效", "全年办理行政复议案件31件，纠错率10%。",
        "二、存在的不足", "行政执法规范化水平仍需提高。", "三、下一步工作安排",
        "深化行政执法协调监督工作体系建设。", "特此报告。", "某县人民政府", "2025年3月20日"]
URL = "https://www.mouxian.gov.cn/art/2025/3/21/art_1229_5501.html"

FURNITURE_FIRST = [
    "【公告】某县审计局2025年公开招聘编外工作人员公告（点击查看）",
    "【通知】关于开展2025年度普法考试的通知【点击进入】",
    "温馨提示：本文内容以正式文件为准",
]
FURNITURE_LAST = [
    "（本文信息由某县司法局提供）",
    "(稿件由县政府办公室报送)",
    "本文为某某号作者上传发布，仅代表作者观点，某某新闻仅提供信息发布平台。",
    "【未经授权，严禁转载！联系电话028-12345678】",
    "本文仅代表作者观点，不代表平台立场。",
]


def _page(first: list[str], last: list[str]) -> bytes:
    paras = "".join(f"<p>{line}</p>" for line in [*first, *BODY, *last])
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<title>{TITLE}</title></head><body><div class='nav'><a href='/'>首页</a></div>"
            f"<div class='article'><h1>{TITLE}</h1><div class='content'>{paras}</div></div>"
            "</body></html>").encode()


@pytest.mark.parametrize("line", FURNITURE_FIRST)
def test_a_notice_first_in_the_box_goes(line):
    lines = clean([_page([line], [])], URL).text.split("\n")
    assert line not in lines
    assert lines[0] == LEAD


@pytest.mark.parametrize("line", FURNITURE_LAST)
def test_a_note_after_the_signature_goes(line):
    lines = clean([_page([], [line])], URL).text.split("\n")
    assert line not in lines
    assert lines[-3:] == BODY[-3:]


@pytest.mark.parametrize("line", [
    "各单位提供的数据由县统计局汇总后报送。",
    "（一）由县司法局牵头，县财政局提供经费保障",
    "点击查看全文的群众达到12万人次，较上年增长20%。",
    "温馨提示：如需咨询请拨打12348法律服务热线",
    "严格规范公正文明执法，未经授权的主体不得实施行政处罚。",
])
def test_report_lines_alike_stay(line):
    assert not is_furniture(line)
