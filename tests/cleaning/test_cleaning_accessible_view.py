"""An accessible (无障碍) text-only view: every line of the page, furniture and report alike, is
a sibling <p> of one div. Its access tip names key combinations and ends a sentence; its toolbar
is a bar of link texts; its <title> carries the view's tag. Pages written here."""

from __future__ import annotations

from cleaning import clean
from cleaning.head_furniture import is_head_key_tip

TITLE = "丙县2024年度法治政府建设年度报告"
BODY = ["丙市人民政府：",
        "2024年，县政府坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下。",
        "一、主要举措和成效",
        "全年审核行政规范性文件9件，开展行政执法案卷评查，抽查案卷48卷。",
        "二、存在的不足",
        "基层执法力量相对薄弱。",
        "特此报告。",
        "丙县人民政府",
        "2025年3月18日"]
TIP = "您正在访问丙县人民政府网站无障碍版，按Alt+1进入主内容区，按Alt+T返回顶部。"


def text_view(tag: str = "（无障碍版）") -> bytes:
    lines = [TIP, "<a>返回普通版</a>　<a>声音开关</a>　<a>语速</a>　<a>放大</a>　<a>读屏模式</a>",
             "当前位置：<a>首页</a> &gt; <a>政务公开</a>", f"<strong>{TITLE}</strong>",
             "发布时间：2025年03月25日　来源：丙县司法局", *BODY,
             "<a href='#top'>返回顶部（Alt+T）</a>"]
    paras = "".join(f"<p>{line}</p>" for line in lines)
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}{tag}</title></head><body>"
            f"<div class='wza-page'>{paras}</div></body></html>").encode()


def test_an_accessible_views_tip_and_toolbar_go_and_its_title_loses_the_views_tag():
    doc = clean([text_view()], "http://www.bx.gov.cn/wza/zwgk/202503/t20250325_1.html")
    assert doc.text.split("\n") == BODY
    assert doc.title == TITLE


def test_a_bracketed_tag_the_page_never_shows_apart_stays_in_the_title():
    # No line atop the page is the title without the tag: the tag is the title's own.
    page = text_view("（修订稿）").replace(f"<strong>{TITLE}</strong>".encode(), b"")
    doc = clean([page], "http://www.bx.gov.cn/zwgk/202503/t20250325_1.html")
    assert doc.title == TITLE + "（修订稿）"


def test_a_line_naming_no_key_is_no_key_tip():
    assert is_head_key_tip(TIP)
    assert not is_head_key_tip("全年办理行政复议案件41件，其中纠错5件，纠错率12.2%。")
    assert not is_head_key_tip("推进“互联网+监管”，公开执法信息2万条。")
