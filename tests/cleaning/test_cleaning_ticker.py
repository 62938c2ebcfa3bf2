"""A scrolling notice bar (<marquee>) over a portal's column, its bold label beside it
(温馨提示：): the bar is furniture (trafilatura and our walk drop it), and so is the label
that named it; a label over anything else, and a sentence before a bar, stay. Pages written
here."""

from __future__ import annotations

import lxml.html
import pytest

from cleaning import clean
from cleaning.tickers import drop_tickers

TITLE = "某县水务局2024年法治政府建设年度报告"
PARAS = ["2024年，我局坚持依法行政，推动法治政府建设各项任务落实落地，现将有关情况报告如下：",
         "一、主要举措和成效", "全年办理取水许可审批46件，均在法定时限内办结。",
         "二、存在的不足", "执法队伍建设仍需加强。", "某县水务局", "2025年3月20日"]
BARS = ["<div class='sw-notice'><b>温馨提示：</b><marquee>办理取水许可请提前预约，"
        "咨询电话0839-1234567</marquee></div>",
        "<div class='sw-notice'>通知公告:<marquee scrollamount='2'>防汛值班电话0839-7654321"
        "</marquee></div>"]


def _page(bar: str) -> bytes:
    body = "".join(f"<div style='text-indent:2em'>{p}</div>" for p in PARAS)
    return ("<html><head><meta charset='utf-8'>"
            f"<title>{TITLE}</title></head><body><div class='top'><a>首页</a></div>{bar}"
            f"<div class='sw-path'>首页 » 部门频道 » 水务局</div><div class='sw-article'>"
            f"<h2>{TITLE}</h2><div class='sw-text'>{body}</div></div>"
            "<div class='foot'>主办：某县水务局</div></body></html>").encode()


@pytest.mark.parametrize("bar", BARS)
def test_a_notice_bar_and_its_label_are_no_body_text(bar):
    doc = clean([_page(bar)], "http://www.example.gov.cn/swj/t20250326_1.html")
    lines = doc.text.split("\n")
    assert lines[0] == PARAS[0], lines[:2]
    assert not [line for line in lines if "电话" in line or "提示" in line or "公告" in line]


def _dropped(html: str) -> str:
    node = lxml.html.fragment_fromstring(html, create_parent="div")
    drop_tickers(node)
    return node.text_content()


@pytest.mark.parametrize(("html", "left"), [
    ("<p><b>温馨提示：</b><marquee>预约电话12345</marquee></p>", ""),
    ("<p>滚动通知：<marquee>预约电话12345</marquee></p>", ""),
    # a label over text, not over a bar, stays
    ("<p><b>温馨提示：</b>本页内容已更新</p>", "温馨提示：本页内容已更新"),
    # words between the label and the bar: the label names those
    ("<p><b>提示：</b>请注意<marquee>x</marquee></p>", "提示：请注意"),
    # a sentence before a bar is no label
    ("<p>2024年全年受理行政复议案件12件，依法办结：<marquee>x</marquee></p>",
     "2024年全年受理行政复议案件12件，依法办结："),
])
def test_only_a_bars_own_label_goes_with_it(html, left):
    assert _dropped(html).strip() == left
