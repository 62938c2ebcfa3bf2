"""A "more posts" box (往期精彩, 推荐阅读, 相关阅读…) at a post's end: its heading and its items
(other posts' titles, which may end in ！ or ？) go; the report's text and closing stay. Pages
written here."""

from __future__ import annotations

import pytest

from cleaning import clean

TITLE = "某县2024年度法治政府建设情况报告"
SIGNATURE = ["某县人民政府", "2025年3月10日"]
BODY = ("<p>市人民政府：</p>"
        "<p>2024年，我县深入学习贯彻习近平法治思想，法治政府建设取得新成效。现报告如下：</p>"
        "<p>一、主要举措和成效</p><p>全年审查规范性文件23件，备案审查率100%。</p>"
        "<p>二、存在的不足和原因</p><p>基层执法力量相对薄弱。</p>"
        "<p>三、下一年度工作安排</p><p>持续提升行政执法质量。</p>")
CLOSING = "".join(f"<p>{line}</p>" for line in SIGNATURE)
ITEMS = ["县司法局部署2025年普法依法治理工作", "城关镇：“枫桥式”司法所建设见实效",
         "以案释法｜拖欠农民工工资，后果很严重！", "行政复议申请怎么写？"]
URL = "https://mp.weixin.qq.com/s/AbCdEf12"


def wechat_page(body: str) -> bytes:
    return ("<html><head><meta charset='utf-8'></head><body>"
            f"<h1 class='rich_media_title' id='activity-name'>{TITLE}</h1>"
            f"<div class='rich_media_content' id='js_content'>{body}</div></body></html>").encode()


def box(heading: str, *, tag: str = "section") -> str:
    items = "".join(f"<{tag}><a href='https://mp.weixin.qq.com/s/p{i}'>{item}</a></{tag}>"
                    for i, item in enumerate(ITEMS))
    return (f"<{tag} style='border-top:2px solid #06c'><{tag}><strong>{heading}</strong></{tag}>"
            f"{items}</{tag}>")


@pytest.mark.parametrize("heading, tag", [
    ("往期精彩", "section"), ("▼ 往期回顾 ▼", "p"), ("— 往期精彩回顾 —", "div"),
    ("推荐阅读：", "p"), ("【精彩推荐】", "section"), ("相关阅读", "div"),
])
def test_a_more_posts_box_after_the_closing_goes_whatever_its_tag(heading, tag):
    doc = clean([wechat_page(BODY + CLOSING + box(heading, tag=tag)
                             + "<p>喜欢就点个“在看”吧</p>")], URL)
    assert doc.text.split("\n")[-2:] == SIGNATURE
    assert not [item for item in ITEMS if item in doc.text]
    assert doc.is_report and len(doc.sections) == 3


def test_report_text_after_a_box_stays():
    # A box between two parts of the post: the prose after it ends the box.
    doc = clean([wechat_page(BODY.replace("<p>二、", box("往期推荐") + "<p>二、") + CLOSING)], URL)
    assert "基层执法力量相对薄弱。" in doc.text
    assert doc.text.split("\n")[-2:] == SIGNATURE
    assert [s.number for s in doc.sections if s.level == 1] == ["一", "二", "三"]
    assert not [item for item in ITEMS if item in doc.text]


def test_a_closing_after_a_related_link_stays():
    # 相关链接：<a>…</a> then the page's own signature: the signing body ends the box.
    link = ("<p>相关链接：</p><p><a href='/t1.html'>某县2023年度法治政府建设情况报告</a></p>")
    doc = clean([wechat_page(BODY + link + CLOSING)], URL)
    assert doc.text.split("\n")[-2:] == SIGNATURE
