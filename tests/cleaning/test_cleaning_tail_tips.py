"""A portal's tips inside the content container after the body: a hotline with its office
hours in a tip box, a notice pointing to the paper copy (温馨提示：如需查阅纸质文件…), a prompt
to install a PDF reader for the attached file. Furniture by shape; a report's sentences about
hotlines, paper files or reading stay. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.noise import is_furniture
from cleaning.post_tail import drop_post_tail

CLOSING = ["特此报告。", "某县医疗保障局", "2025年3月25日", "（此件主动公开）"]


@pytest.mark.parametrize("line", ["医保服务热线：0898-63331234（工作日8:00-12:00，14:30-17:30）",
                                  "服务热线：12393（周一至周五 上午9:00-12:00）"])
def test_a_hotline_with_its_hours_after_the_closing_goes(line):
    assert drop_post_tail([*CLOSING, line]) == CLOSING


@pytest.mark.parametrize("line", [
    "温馨提示：如需查阅纸质文件，请到县政务服务中心政府信息公开查阅点查阅。",
    "（如无法正常浏览，请下载安装PDF阅读器：Adobe Reader）",
    "如无法打开附件，请先安装OFD阅读器。",
])
def test_portal_tips_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "全年开通医保服务热线，受理咨询1200件，办结率100%。",
    "建立纸质文件查阅制度，方便群众查阅政府信息。",
    "组织干部阅读法治读本，开展读书活动12场。",
])
def test_report_sentences_about_them_are_not(line):
    assert not is_furniture(line)
    assert drop_post_tail([*CLOSING, "附件：统计表", line])[-1] == line


def test_a_reader_prompt_under_an_attachment_goes_from_the_page():
    intro = "根据有关规定，现将《某县2024年法治政府建设年度报告》予以公开，全文详见附件。"
    link = "<a href='./P020250320.pdf'>某县2024年法治政府建设年度报告.pdf</a>"
    body = (f"<p>{intro}</p><p>附件：{link}</p>"
            "<p>（如无法正常浏览，请下载安装PDF阅读器：Adobe Reader）</p>")
    page = ("<html><head><meta charset='utf-8'><title>某县2024年法治政府建设年度报告</title></head>"
            f"<body><h1>某县2024年法治政府建设年度报告</h1><div class='TRS_Editor'>{body}</div>"
            "</body></html>").encode()
    doc = clean([page], "http://www.example.gov.cn/fzzf/t20250320_1.html")
    assert intro in doc.text and "阅读器" not in doc.text
