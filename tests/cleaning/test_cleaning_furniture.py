"""Furniture inside the content: WeChat re-posts, review lines, related-link boxes, and the
fields such pages carry outside any disclosure block (publish_time, a docNo in page JSON)."""

from __future__ import annotations

import json

from cleaning import clean

TITLE = "某县2024年度法治政府建设情况报告"
BODY = ("<p>2024年，我县坚持以习近平法治思想为指导，深入推进法治政府建设，"
        "依法行政水平不断提升。</p>"
        "<p>一、主要举措和成效</p><p>全年审查规范性文件23件，备案审查率达到100%。</p>"
        "<p>二、存在的不足和原因</p><p>基层执法力量相对薄弱，执法队伍专业化水平有待提高。</p>"
        "<p>三、下一年度工作安排</p><p>持续深化行政执法体制改革，提升执法规范化水平。</p>"
        "<p>某县人民政府</p><p>2025年2月18日</p>")
WECHAT = (
    "<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
    "<div class='rich_media_area_primary'><h1 class='rich_media_title'>{title}</h1>"
    "<div class='rich_media_meta_list'><span>某县司法局</span>"
    "<em id='publish_time' class='rich_media_meta_text'>2025-02-19 17:16</em></div>"
    "<div class='rich_media_content' id='js_content'>"
    "<section><span>点击蓝字 关注我们</span></section>{body}"
    "<section><p>往期推荐</p><p><a href='/s/1'>我县召开2024年度述法工作会议</a></p></section>"
    "<section><img src='qr.png'><p>长按识别二维码</p><p>关注我们</p></section>"
    "<p>分享 收藏 点赞 在看</p></div></div></body></html>")
FURNITURE = ["点击蓝字", "关注我们", "往期推荐", "长按识别二维码", "点赞", "在看"]


def test_wechat_repost_furniture_inside_the_article_is_removed():
    page = WECHAT.format(title=TITLE, body=BODY).encode()
    doc = clean([page], "https://mp.weixin.qq.com/s/AbCdEf123")
    assert [word for word in FURNITURE if word in doc.text] == []
    assert doc.text.split("\n")[-2:] == ["某县人民政府", "2025年2月18日"]
    assert [s.number for s in doc.sections if s.level == 1] == ["一", "二", "三"]


def test_wechat_publish_time_is_the_publication_date():
    doc = clean([WECHAT.format(title=TITLE, body=BODY).encode()], "https://mp.weixin.qq.com/s/x")
    assert doc.published == "2025-02-19"


def test_review_lines_after_the_editor_go_but_first_instance_cases_stay():
    body = BODY.replace("<p>某县人民政府</p>",
                        "<p>行政诉讼一审案件 | 45件</p><p>某县人民政府</p>")
    page = (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<div class='TRS_Editor'>{body}<p>责任编辑：马晓燕</p>"
            "<p>一审：张三 二审：李四 三审：王五</p><p>初审:赵六　终审:钱七</p></div>"
            "</body></html>").encode()
    doc = clean([page], "http://www.example.gov.cn/art/2025/2/19/art_1_1.html")
    assert "审：" not in doc.text and "审:" not in doc.text
    assert "行政诉讼一审案件 | 45件" in doc.text.split("\n")


def test_a_related_link_box_after_the_signature_goes_when_no_container_is_found():
    page = (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<div class='zwxl-title'>{TITLE}</div><div class='zwxl-article'>{BODY}</div>"
            "<div class='xgxx'>【相关信息】<a href='/x.html'>某县2023年度法治政府建设情况报告</a>"
            "</div></body></html>").encode()
    doc = clean([page], "http://www.example.gov.cn/t20250219_1.html")
    assert "相关信息" not in doc.text and "2023年度" not in doc.text
    assert doc.text.split("\n")[-1] == "2025年2月18日"


def test_a_doc_number_in_the_page_state_json_is_read():
    state = {"article": {"title": TITLE, "docNo": "某府〔2025〕3号", "publishDate": "2025-02-19",
                         "content": BODY * 3}}
    page = (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            "<div id='app'></div><script>window.__INITIAL_STATE__ = "
            f"{json.dumps(state, ensure_ascii=False)};</script></body></html>").encode()
    doc = clean([page], "https://www.example.gov.cn/fzzfjs/20250219/1.html")
    assert doc.doc_number == "某府〔2025〕3号"
    assert "全年审查规范性文件23件" in doc.text


def test_wechat_bars_with_full_width_separators_and_arrows_go():
    body = (BODY + "<p>▼往期推荐▼</p><p><a href='/s/2'>某县召开述法工作会议</a></p>"
            "<p>分享｜收藏｜点赞｜在看</p>")
    page = WECHAT.format(title=TITLE, body=body).encode()
    doc = clean([page], "https://mp.weixin.qq.com/s/AbCdEf123")
    assert "往期推荐" not in doc.text and "分享" not in doc.text and "述法工作会议" not in doc.text


def _leaf(text: str) -> str:
    return f"<section><p style='text-indent: 2em;'><span leaf=''>{text}</span></p></section>"


def test_the_doc_number_line_atop_a_wechat_body_is_the_doc_number():
    # A re-post opens with the red header's 文号 line, short and centred: extraction drops
    # such a line from a long body, the number is still read from the top of the container.
    head = ("<section style='text-align: center;'><span leaf=''>某政报〔2025〕3号</span></section>"
            f"<section style='text-align: center;'><strong><span leaf=''>{TITLE}</span></strong>"
            "</section>")
    items = [f"（{n}）第{n}项工作。全年审查规范性文件{20 + i}件，开展行政执法案卷评查{i + 3}次，"
             "行政复议案件办结率达到100%，依法行政水平不断提升。" for i, n in enumerate("一二三四")]
    paragraphs = ["县委：", "2024年，县政府坚持以习近平法治思想为指导，认真落实县委关于法治建设的"
                  "决策部署，持续推进法治政府建设提质增效。现将有关情况报告如下：",
                  "一、主要举措和成效", *items, "二、存在的不足和原因",
                  "基层执法力量相对薄弱，执法队伍专业化水平有待提高。", "三、下一年度工作安排",
                  "持续深化行政执法体制改革，提升执法规范化水平。", "某县人民政府", "2025年2月18日"]
    body = head + "".join(map(_leaf, paragraphs))
    doc = clean([WECHAT.format(title=TITLE, body=body).encode()], "https://mp.weixin.qq.com/s/x")
    assert doc.doc_number == "某政报〔2025〕3号"
    assert doc.text.startswith("县委：") and "〔2025〕3号" not in doc.text


def test_a_right_aligned_signature_in_bare_sections_stays_in_the_body():
    # The signature and date sit in their own right-aligned <section>s, outside any <p>: short
    # lines the extractor drops from a long body. They are the report's closing, not furniture.
    items = [f"（{n}）第{n}项工作。全年审查规范性文件{20 + i}件，开展行政执法案卷评查{i + 3}次，"
             "行政复议案件办结率达到100%，依法行政水平不断提升。" for i, n in enumerate("一二三四")]
    paragraphs = ["县委：", "2024年，县政府坚持以习近平法治思想为指导，认真落实县委关于法治建设的"
                  "决策部署，持续推进法治政府建设提质增效。现将有关情况报告如下：",
                  "一、主要举措和成效", *items, "二、存在的不足和原因",
                  "基层执法力量相对薄弱，执法队伍专业化水平有待提高。", "三、下一年度工作安排",
                  "持续深化行政执法体制改革，提升执法规范化水平。"]
    closing = "".join(f"<section style='text-align: right;'><span leaf=''>{line}</span></section>"
                      for line in ("某县人民政府", "2025年2月18日"))
    body = "".join(map(_leaf, paragraphs)) + closing
    doc = clean([WECHAT.format(title=TITLE, body=body).encode()], "https://mp.weixin.qq.com/s/x")
    assert doc.text.split("\n")[-2:] == ["某县人民政府", "2025年2月18日"]
