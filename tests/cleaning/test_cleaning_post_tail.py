"""A post's end furniture after its closing date (reworded calls to action, the producer's
credit), captions about viewing images, portal notices about the page, and a disclosure
catalogue's side menu go; report prose holding 分享, 关注 or 出品 stays. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean, post_tail
from cleaning.noise import is_furniture
from tests.cleaning.test_cleaning_reposts import BODY, SIGNATURE, TITLE, wechat_page

POST_TAIL = ["觉得有帮助？", "请点个“在看”，转给更多的同事", "关注“某县司法”，了解更多普法动态",
             "某县融媒体中心 出品", "长按保存图片，分享给身边人", "喜欢这篇文章就点个赞吧"]
# Prose after the signature: an attachment line and a finished sentence stay.
AFTER_SIGNATURE_PROSE = ["附件：群众关注问题整改清单", "本报告已分享至县政府门户网站。"]
# Body lines with the words, unfinished or finished, before the closing date.
BODY_PROSE = ["聚焦群众关注", "开展执法经验分享交流会3次。", "推动普法微视频出品",
              "关注“某县司法”公众号的群众达12万人。"]
CREDITS = ["编审：王五", "执行主编：孙七", "图片来源：网络", "出品人：郑十", "制作｜某县融媒体中心",
           "一审丨张三 二审丨李四 三审丨王五", "- THE END -"]
NOT_CREDITS = ["行政诉讼一审案件", "主编普法读本3册", "制作普法短视频12部"]
CAPTIONS = ["（点击图片可放大查看）", "左右滑动查看更多", "▲点击查看大图"]
NOTICES = ["【温馨提示】页面加载不完整时，请刷新浏览器或联系本站管理员。",
           "温馨提示：为获得更好的浏览效果，建议使用新版浏览器访问本网站。"]
NOT_NOTICES = ["（二）发送法治温馨提示短信12万条。", "【提示】请各单位于3月底前报送整改材料。",
               "温馨提示：办理行政复议申请请携带身份证件。"]


def _with_body_prose(body: str) -> str:
    weak = "<p>基层执法力量相对薄弱。</p>"
    return body.replace(weak, "".join(f"<p>{line}</p>" for line in BODY_PROSE) + weak)


def test_post_tail_furniture_after_the_signature_goes_and_prose_stays():
    extra = "".join(f"<section><p><span>{line}</span></p></section>"
                    for line in [*POST_TAIL, *AFTER_SIGNATURE_PROSE])
    doc = clean([wechat_page(_with_body_prose(BODY) + extra)], "https://mp.weixin.qq.com/s/Qw1")
    lines = doc.text.split("\n")
    assert not [line for line in POST_TAIL if line in lines]
    assert lines[-4:] == [*SIGNATURE, *AFTER_SIGNATURE_PROSE]
    assert [line for line in BODY_PROSE if line in lines] == BODY_PROSE


def test_post_tail_words_before_any_closing_date_stay():
    body = _with_body_prose(BODY).replace("<p>2025年3月10日</p>", "")
    doc = clean([wechat_page(body)], "https://mp.weixin.qq.com/s/Qw2")
    assert [line for line in BODY_PROSE if line in doc.text.split("\n")] == BODY_PROSE


@pytest.mark.parametrize("line", CREDITS)
def test_credit_review_and_end_lines_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", NOT_CREDITS)
def test_body_lines_opening_with_a_credit_word_are_not(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("line", CAPTIONS + NOTICES)
def test_captions_about_viewing_and_notices_about_the_page_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", NOT_NOTICES)
def test_notices_not_about_the_page_are_body(line):
    assert not is_furniture(line)


def test_caption_and_notice_inside_a_portal_article_go():
    heading = "<p>一、主要举措和成效</p>"
    body = BODY.replace(heading, f"<p>{CAPTIONS[0]}</p>{heading}")
    page = ("<html><head><meta charset='gbk'></head><body><div class='article'>"
            f"<h1>{TITLE}</h1><div class='TRS_Editor' id='Zoom'>{body}"
            f"<p>{NOTICES[0]}</p></div></div></body></html>").encode("gbk")
    doc = clean([page], "https://www.example.gov.cn/art/2025/3/12/art_1229_8512.html")
    lines = doc.text.split("\n")
    assert lines[-2:] == SIGNATURE
    assert CAPTIONS[0] not in lines and "一、主要举措和成效" in lines


def test_a_disclosure_catalogue_side_menu_goes():
    items = ("政府信息公开指南", "信息公开制度", "法定主动公开内容", "政府信息公开年报")
    menu = ("<div class='xxgk_side'><div class='side_title'>信息公开目录</div><ul>"
            + "".join(f"<li><span>{item}</span></li>" for item in items) + "</ul></div>")
    page = ("<html><head><meta charset='utf-8'></head><body><div class='main'>"
            f"{menu}<div class='xxgk_main'><h1>{TITLE}</h1>"
            "<div class='xxgk_info'><b>索引号：</b>11320000/2025-00012<br>"
            "<b>发布机构：</b>某县人民政府<br></div>"
            f"<div class='content'>{BODY}</div></div></div></body></html>").encode()
    doc = clean([page], "https://www.example.gov.cn/xxgk/fzzf/202503/t20250312_851.html")
    lines = doc.text.split("\n")
    assert lines[0] == "市人民政府："
    assert not [line for line in ("信息公开目录", *items) if line in lines]


# After the closing date, lines with none of the call-to-action words: a credit whose label is
# not a known one, a slogan with no dot, an account's motto. A report has nothing there but a
# bracketed disclosure note, its annexes and colophon (抄送).
UNWORDED_TAIL = ["文字整理：陈晓", "和某县司法一起学法用法", "法治某县 你我同行", "素材整理 刘洋"]
KEPT_TAIL = ["（此件公开发布）", "抄送：县人大常委会办公室", "附表：2024年度主要指标完成情况表",
             "指标 | 目标值 | 完成值"]


def test_short_unfinished_lines_after_the_closing_date_go_whatever_their_words():
    extra = "".join(f"<section><p><span>{line}</span></p></section>"
                    for line in [KEPT_TAIL[0], *UNWORDED_TAIL])
    doc = clean([wechat_page(BODY + extra)], "https://mp.weixin.qq.com/s/Qw3")
    lines = doc.text.split("\n")
    assert not [line for line in UNWORDED_TAIL if line in lines]
    assert lines[-3:] == [*SIGNATURE, KEPT_TAIL[0]]


def test_a_note_colophon_and_annex_after_the_closing_date_stay():
    annex = ["某市主要指标完成情况表", "行政复议纠错率", "11.2%", "网上可办率", "98.6%"]
    tail = [*KEPT_TAIL[:2], *annex]
    lines = post_tail.drop_post_tail(["一、主要举措", "开展执法检查12次。", *SIGNATURE, *tail])
    assert lines[-len(tail):] == tail
    assert post_tail.drop_post_tail([*SIGNATURE, KEPT_TAIL[3], "感谢阅读"]) == [
        *SIGNATURE, KEPT_TAIL[3]]
