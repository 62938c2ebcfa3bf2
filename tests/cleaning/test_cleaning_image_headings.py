"""Headings drawn as images (WeChat editors' banners): an <img> whose alt is a numbered heading is
that heading; decorative alts are not text. And an account's slogan at a post's end or start is
furniture. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean

TITLE = "【法治政府】某县2024年度法治政府建设工作报告"
URL = "https://mp.weixin.qq.com/s/Xy12Ab34Cd"
HEADINGS = ["一、主要举措和成效", "二、存在的不足和原因", "三、2025年工作安排"]


def para(text: str) -> str:
    return (f"<section data-role='paragraph'><section><p><span>{text}</span></p></section>"
            "</section>")


def banner(alt: str) -> str:
    return (f"<section style='text-align:center'><img class='rich_pages' alt='{alt}' "
            "data-src='https://mmbiz.qpic.cn/x/640?wx_fmt=png'></section>")


BODY = "".join([
    para("2024年，我县深入推进法治政府建设，现将有关情况报告如下。"),
    banner(HEADINGS[0]),
    para("（一）健全依法行政制度体系。全年审查行政规范性文件40件，备案审查率100%。"),
    banner("（二）严格规范公正文明执法"),
    para("开展行政执法案卷评查，抽查案卷189卷。"),
    banner(HEADINGS[1]), para("基层执法力量相对薄弱。"),
    banner("二维码"), banner("分割线"), banner("图片"), banner("1.png"),
    banner(HEADINGS[2]), para("持续提升行政执法质量。"),
    para("某县人民政府"), para("2025年3月10日"),
])


def wechat_page(body: str) -> bytes:
    return ("<html><head><meta charset='utf-8'></head><body>"
            f"<h1 class='rich_media_title' id='activity-name'>{TITLE}</h1>"
            f"<div class='rich_media_content' id='js_content'>{body}</div></body></html>").encode()


def test_heading_images_are_their_alt_text():
    doc = clean([wechat_page(BODY)], URL)
    assert [(s.level, s.number, s.heading) for s in doc.sections if s.level == 1] == [
        (1, "一", "主要举措和成效"), (1, "二", "存在的不足和原因"), (1, "三", "2025年工作安排")]
    assert [s.category for s in doc.sections if s.level == 1] == [
        "measures", "shortcomings", "plans"]
    assert "严格规范公正文明执法" in [s.heading for s in doc.sections if s.level == 2]


def test_decorative_alts_are_not_text():
    text = clean([wechat_page(BODY)], URL).text
    assert not {"二维码", "分割线", "图片", "1.png"} & set(text.split("\n"))


def test_a_banner_beside_its_text_heading_is_not_doubled():
    body = BODY.replace(banner(HEADINGS[0]), banner(HEADINGS[0]) + para(HEADINGS[0]))
    doc = clean([wechat_page(body)], URL)
    assert doc.text.split("\n").count(HEADINGS[0]) == 1


@pytest.mark.parametrize("slogan", ["某县司法局 · 守护您身边的法治", "看某县 · 知天下事",
                                    "守护您身边的法治"])
def test_an_accounts_slogan_at_the_end_or_start_goes(slogan):
    end = para(slogan) + para("图片｜县司法局　排版｜张三")
    doc = clean([wechat_page(para(slogan) + BODY + end)], URL)
    assert slogan not in doc.text
    assert doc.text.split("\n")[-2:] == ["某县人民政府", "2025年3月10日"]
    assert doc.text.startswith("2024年，我县深入推进法治政府建设")


def test_report_text_speaking_to_the_reader_stays():
    line = "开通“您点我办”服务热线，群众满意度98%。"
    doc = clean([wechat_page(BODY.replace(para("持续提升行政执法质量。"),
                                          para("持续提升行政执法质量。") + para(line)))], URL)
    assert line in doc.text
