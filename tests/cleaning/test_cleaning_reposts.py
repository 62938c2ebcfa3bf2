"""Re-posted reports: the re-poster's disclaimer after the signature, and the signature's
organisation and date repeated on one line above the body. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean

TITLE = "某县人民政府关于2024年度法治政府建设情况的报告"
SIGNATURE = ["某县人民政府", "2025年3月10日"]
BODY = ("<p>市人民政府：</p>"
        "<p>2024年，我县深入学习贯彻习近平法治思想，法治政府建设取得新成效。现报告如下：</p>"
        "<p>一、主要举措和成效</p>"
        "<p>加强知识产权保护，办理侵权案件12件，严格落实版权保护和资金来源审查制度。</p>"
        "<p>二、存在的不足和原因</p><p>基层执法力量相对薄弱。</p>"
        "<p>三、下一年度工作安排</p><p>持续提升行政执法质量。</p>"
        + "".join(f"<p>{line}</p>" for line in SIGNATURE))
DISCLAIMERS = [
    "声明：本文转载自某县人民政府门户网站，如涉及版权问题请联系删除。",
    "【免责声明】本文仅代表作者观点，不代表本平台立场。",
    "图片来源于网络，如有侵权请联系删除！",
    "转载请注明来源。",
]


def wechat_page(body: str) -> bytes:
    return ("<html><head><meta charset='utf-8'></head><body>"
            f"<h1 class='rich_media_title' id='activity-name'>{TITLE}</h1>"
            "<div class='rich_media_meta_list'><span id='js_name'>某县司法局</span></div>"
            f"<div class='rich_media_content' id='js_content'>{body}</div>"
            "</body></html>").encode()


def test_repost_and_copyright_disclaimers_after_the_signature_go():
    extra = "".join(f"<p><span style='font-size:12px'>{line}</span></p>" for line in DISCLAIMERS)
    doc = clean([wechat_page(BODY + extra)], "https://mp.weixin.qq.com/s/AbCdEf")
    lines = doc.text.split("\n")
    assert lines[-2:] == SIGNATURE
    assert not [line for line in DISCLAIMERS if line in doc.text]


def test_body_lines_about_copyright_infringement_and_sources_stay():
    doc = clean([wechat_page(BODY)], "https://mp.weixin.qq.com/s/AbCdEf")
    assert "加强知识产权保护，办理侵权案件12件，严格落实版权保护和资金来源审查制度。" in (
        doc.text.split("\n"))


@pytest.mark.parametrize("head", ["某县人民政府　2025年3月10日", "（二〇二五年三月十日）"])
def test_the_signature_or_date_repeated_above_the_body_goes(head):
    page = ("<html><head><meta charset='utf-8'></head><body><div class='newsinfo'>"
            f"<h1 class='newstitle'>{TITLE}</h1>"
            "<div class='newsmsg'><span>发布时间：2025-03-12 09:12</span></div>"
            f"<div class='newsfbdw'><p style='text-align:center'>{head}</p></div>"
            f"<div class='newscon' id='Zoom'>{BODY}</div></div></body></html>").encode()
    doc = clean([page], "https://www.example.gov.cn/xwzx/tzgg/8512047.html")
    lines = doc.text.split("\n")
    assert lines[0] == "市人民政府："
    assert lines[-2:] == SIGNATURE


CREDITS = ["编辑丨林晓雯", "审核 | 陈建国", "文/张三　图/李四", "排版：王五", "转自：某县发布",
           "（来源：某县人民政府）"]


def test_credit_lines_with_any_separator_go_and_body_lines_with_the_words_stay():
    body = BODY.replace("<p>基层执法力量相对薄弱。</p>",
                        "<p>文件审查：全年审查规范性文件23件</p><p>基层执法力量相对薄弱。</p>")
    extra = "".join(f"<p>{line}</p>" for line in CREDITS)
    doc = clean([wechat_page(body + extra)], "https://mp.weixin.qq.com/s/AbCdEf")
    lines = doc.text.split("\n")
    assert lines[-2:] == SIGNATURE
    assert "文件审查：全年审查规范性文件23件" in lines


SIGN_OFFS = ["- END -", "↓↓↓", "喜欢就点个在看吧！", "更多精彩内容，请关注“某县司法”公众号",
             "投稿邮箱：sifa@example.com", "点击下方阅读原文"]


def test_wechat_sign_offs_go_and_a_short_body_line_about_reading_originals_stays():
    study = "坚持读原著、学原文、悟原理，组织干部阅读原文原著12次。"
    weak = "<p>基层执法力量相对薄弱。</p>"
    body = BODY.replace(weak, f"<p>{study}</p>{weak}")
    extra = "".join(f"<p>{line}</p>" for line in SIGN_OFFS)
    doc = clean([wechat_page(body + extra)], "https://mp.weixin.qq.com/s/AbCdEf")
    lines = doc.text.split("\n")
    assert lines[-2:] == SIGNATURE
    assert study in lines


def test_page_numbers_of_a_pasted_file_and_a_disclaimer_heading_go():
    weak = "<p>基层执法力量相对薄弱。</p>"
    body = BODY.replace(weak, f"<p>— 2 —</p>{weak}<p>第3页 共4页</p>")
    extra = "<p><b>免责声明</b></p><p>本文仅代表作者观点，不代表本平台立场。</p>"
    doc = clean([wechat_page(body + extra)], "https://mp.weixin.qq.com/s/AbCdEf")
    lines = doc.text.split("\n")
    assert lines[-2:] == SIGNATURE
    assert not [line for line in lines if "页" in line or "—" in line]
    assert "基层执法力量相对薄弱。" in lines
