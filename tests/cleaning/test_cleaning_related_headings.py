"""A 相关 X heading over a list of links inside the article box, after the report (【相关政策】
over laws' names, 【相关文件】 over other files): the heading goes with its list; the report's
prose that merely names such a thing stays. One list of these headings serves the noise stage
and the attachment reader (patterns.RELATED_BOX_HEADINGS). Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.patterns import RELATED_BOX_HEADINGS, RELATED_LINKS_LABEL_RX

TITLE = "某县交通运输局2024年度法治政府建设情况报告"
SIGNATURE = ["某县交通运输局", "2025年3月10日"]
BODY = ("<p>县人民政府：</p>"
        "<p>2024年，我局深入学习贯彻习近平法治思想，法治政府建设取得新成效。现报告如下：</p>"
        "<p>一、主要举措和成效</p><p>全年审查规范性文件23件，备案审查率100%。</p>"
        "<p>二、存在的不足和原因</p><p>基层执法力量相对薄弱。</p>"
        "<p>三、下一年度工作安排</p><p>持续提升行政执法质量。</p>"
        + "".join(f"<p>{line}</p>" for line in SIGNATURE))
ITEMS = ["道路运输条例", "公路安全保护条例"]
URL = "http://jtj.example.gov.cn/zwgk/fzzfjs/202503/t20250312_1.html"


def page(after_body: str, body: str = BODY) -> bytes:
    return ("<html><head><meta charset='utf-8'></head><body><div class='main'>"
            f"<h1>{TITLE}</h1><div class='info'>发布时间：2025-03-12</div>"
            f"<div class='content'>{body}{after_body}</div></div></body></html>").encode()


def link_list(heading: str) -> str:
    items = "".join(f"<li><a href='/fg/{i}.html'>{item}</a></li>" for i, item in enumerate(ITEMS))
    return f"<p class='xg'>{heading}</p><ul>{items}</ul>"


@pytest.mark.parametrize("heading", ["【相关政策】", "[相关政策]", "相关政策"])
def test_a_related_policy_heading_after_the_report_goes(heading):
    doc = clean([page(link_list(heading))], URL)
    assert doc.text.split("\n")[-2:] == SIGNATURE
    assert "相关政策" not in doc.text
    assert not [item for item in ITEMS if item in doc.text]
    assert doc.is_report and len(doc.sections) == 3


def test_prose_naming_related_policies_stays():
    line = "相关政策文件全部经合法性审查后公开发布。"
    doc = clean([page("", BODY.replace("<p>二、", f"<p>{line}</p><p>二、"))], URL)
    assert line in doc.text


@pytest.mark.parametrize("heading", ["【相关文件】", "【关联信息】", "【延伸解读】"])
def test_any_related_heading_the_attachment_reader_knows_goes_in_the_text_too(heading):
    # One list: a heading under which the attachment reader sees other documents is a
    # related box for the noise stage as well.
    doc = clean([page(link_list(heading))], URL)
    assert doc.text.split("\n")[-2:] == SIGNATURE
    assert heading.strip("【】") not in doc.text


@pytest.mark.parametrize("label", ["相关报告：", "【推荐阅读】", "往期回顾"])
def test_a_file_under_a_related_box_heading_is_no_attachment(label):
    # ... and a box heading the noise stage knows labels other documents' files.
    files = ("<a href='/fj/2023.pdf'>某县交通运输局2023年度法治政府建设情况报告.pdf</a>"
             "<a href='/fj/plan.docx'>2025年普法责任清单.docx</a>")
    doc = clean([page(f"<div class='xg'><span>{label}</span>{files}</div>")], URL)
    assert doc.attachments == []
    assert doc.text.split("\n")[-2:] == SIGNATURE


def test_the_reports_own_attachment_stays():
    doc = clean([page("<div class='fj'>相关附件：<a href='/fj/report.pdf'>"
                      f"{TITLE}.pdf</a></div>")], URL)
    assert [a.name for a in doc.attachments] == [f"{TITLE}.pdf"]


def test_the_label_pattern_is_the_heading_list():
    assert all(RELATED_LINKS_LABEL_RX.match(f"【{heading}】：") for heading in RELATED_BOX_HEADINGS)
    assert not RELATED_LINKS_LABEL_RX.match("相关附件：")
    assert not RELATED_LINKS_LABEL_RX.match("相关政策文件全部公开")
