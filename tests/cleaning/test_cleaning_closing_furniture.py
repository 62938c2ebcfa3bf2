"""Furniture lines inside the body container at the body's two ends: an editor's note
(【编者按】…) as its first paragraph before the salutation, and after the signer and date a
portal's tip under its label (温馨提示：…12345…。, <strong>警方提示：</strong>…！) or a button
alone in square brackets (【<a>我要纠错</a>】). The site's, not the report's, though the note
and the tips end a sentence; the closing's disclosure and source notes stay. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.post_tail import drop_post_tail

URL = "http://www.example.gov.cn/art/2025/3/20/art_1_2.html"
TITLE = "某县人民政府关于2024年度法治政府建设情况的报告"
BODY = ("<p>市人民政府：</p><p>2024年，我县深入推进法治政府建设，现将有关情况报告如下：</p>"
        "<p>一、主要举措和成效</p><p>（一）健全依法决策机制。12件重大决策事项全部履行法定程序。</p>"
        "<p>二、存在的不足</p><p>执法人员培训不够。</p>"
        "<p>三、2025年工作安排</p><p>持续推进严格规范公正文明执法。</p>"
        "<p>特此报告。</p><p>某县人民政府</p><p>2025年3月18日</p>")
CLOSING = ["特此报告。", "某县人民政府", "2025年3月18日"]


def page(before: str = "", after: str = "") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<h1>{TITLE}</h1><div class='TRS_UEDITOR'>{before}{BODY}{after}</div>"
            "</body></html>").encode()


def text_of(before: str = "", after: str = "") -> str:
    return clean([page(before, after)], URL).text


@pytest.mark.parametrize("note", [
    "<p><span>【编者按】根据有关规定，现将县人民政府2024年度法治政府建设情况予以公开，欢迎监督。</span></p>",
    "<p>编者按：为主动接受社会监督，现将报告全文刊发。</p>",
])
def test_an_editor_note_before_the_salutation_goes(note):
    text = text_of(before=note)
    assert "编者按" not in text and "予以公开" not in text and "全文刊发" not in text
    assert text.splitlines()[0] == "市人民政府："


@pytest.mark.parametrize("tip", [
    "<p><strong>警方提示：</strong>凡是自称公检法要求转账到“安全账户”的都是诈骗！如遇可疑情况，请立即拨打110报警。</p>",
    "<p style='color:#666'>温馨提示：如对本信息有疑问，请拨打12345政务服务便民热线咨询。</p>",
    "<div class='notice-box'><p>温馨提示：紧急报警求助请拨打110，非紧急警务咨询请拨打12345。</p>"
    "</div>",
    "<p class='jiucuo'>【<a href='https://zfwzzc.www.gov.cn/'>我要纠错</a>】</p>",
])
def test_a_tip_or_a_bracketed_button_after_the_date_goes(tip):
    text = text_of(after="<p>（此件主动公开）</p>" + tip)
    assert text.splitlines()[-4:] == [*CLOSING, "（此件主动公开）"]


@pytest.mark.parametrize("trailer", [
    "<p>更多精彩资讯请在应用市场下载“某某新闻”客户端，未经授权请勿转载，欢迎提供新闻线索，"
    "一经采纳即付报酬。24小时报料热线027-12345678。</p>",
    "<p>下载某某日报客户端，阅读更多本地新闻。</p>",
])
def test_a_news_client_trailer_after_the_date_goes(trailer):
    # A re-posting paper's last paragraph (its app, its re-post ban, its tip line) ends a
    # sentence and is longer than a credit: the paper's, as a platform statement there is.
    text = text_of(after="<p>（此件主动公开）</p>" + trailer)
    assert text.splitlines()[-4:] == [*CLOSING, "（此件主动公开）"]


@pytest.mark.parametrize("note", ["特别提示：本报告所涉数据为初步统计数，以统计部门正式公布为准。",
                                  "温馨提示：本文所列数据截至2024年12月31日。"])
def test_a_tip_speaking_of_the_report_itself_stays(note):
    # The report's own note on its figures, under a tip label after its date: not the portal's.
    assert drop_post_tail([*CLOSING, note]) == [*CLOSING, note]
    text = text_of(after=f"<p>（此件主动公开）</p><p>{note}</p>")
    assert text.splitlines()[-2:] == ["（此件主动公开）", note]


@pytest.mark.parametrize("line", ["（此件主动公开）", "【来源：某县人民政府】",
                                  "附件：2024年度主要指标完成情况表",
                                  "【此件公开发布】", "[此页无正文]"])
def test_the_closing_notes_and_an_annex_stay(line):
    assert drop_post_tail([*CLOSING, line]) == [*CLOSING, line]


def test_a_tip_or_an_editor_word_inside_the_body_stays():
    # Before the closing date a 提示 label is the report's own (a measure's risk notices), and
    # 编者 inside a sentence labels nothing.
    lines = ["风险提示：全年发布涉企行政执法风险提示函12份。", "组织编者按年度汇编执法案例。"]
    body = "".join(f"<p>{line}</p>" for line in lines)
    doc = clean([page().replace("<p>二、".encode(), f"{body}<p>二、".encode())], URL)
    assert all(line in doc.text.splitlines() for line in lines)


def test_an_annex_under_a_bracketed_label_stays_whole():
    # 【附件】 opens the annex as 附件： does: no button, and the annex's short lines are its own.
    annex = ["【附件】", "重点任务清单", "1.完善制度"]
    assert drop_post_tail([*CLOSING, *annex]) == [*CLOSING, *annex]
