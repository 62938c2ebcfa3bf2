"""A side box of phone lines (投诉电话：…, 服务热线：…) beside the article's column, read with
the page above the body: furniture by its shape (a label ending in 电话/热线 and numbers
alone); a report's sentence about its hotline stays. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.head_furniture import is_hotline

TITLE = "某县林业局2024年法治政府建设年度报告"
PARAS = ["2024年，我局坚持依法行政，推动法治政府建设各项任务落实落地，现将有关情况报告如下：",
         "一、主要举措和成效", "全年开通林业投诉电话受理群众诉求120件，办结率100%。",
         "二、存在的不足", "执法队伍建设仍需加强。", "某县林业局", "2025年3月20日"]
BOX = ("<div class='tel'>林业投诉电话：0898-12345678</div>"
       "<div class='tel'>森林防火举报电话：12119、0898-87654321</div>")


def _body() -> str:
    return "".join(f"<div style='line-height:2'>&emsp;&emsp;{p}</div>" for p in PARAS)


def _page(side_in_wrapper: bool) -> bytes:
    main = f"<div class='lyj-col'><h1>{TITLE}</h1><div class='lyj-text'>{_body()}</div></div>"
    if side_in_wrapper:
        columns = f"<div class='wrap'><div class='side'>{BOX}</div>{main}</div>"
    else:
        columns = f"<div class='side'>{BOX}</div>{main}"
    return ("<html><head><meta charset='utf-8'>"
            f"<title>{TITLE}</title></head><body><div class='top'><a>首页</a></div>"
            f"{columns}<div class='foot'>主办：某县林业局</div></body></html>").encode()


@pytest.mark.parametrize("side_in_wrapper", [False, True])
def test_a_side_box_of_phone_lines_is_no_body_text(side_in_wrapper):
    doc = clean([_page(side_in_wrapper)], "http://www.example.gov.cn/lyj/t20250326_1.html")
    lines = doc.text.split("\n")
    assert lines[0] == PARAS[0]
    assert PARAS[2] in lines and not [line for line in lines if "举报电话" in line]


@pytest.mark.parametrize("line", ["旅游投诉电话：0898-86622345", "医保服务热线：12393",
                                  "举报电话 12318、0898-1234567", "政务服务热线12345"])
def test_hotline_lines_are_head_furniture(line):
    assert is_hotline(line)


@pytest.mark.parametrize("line", ["全年受理投诉电话1200个。", "联系电话：请拨打12345",
                                  "二、开通12345热线", "关于开通林业投诉电话的报告"])
def test_lines_about_phones_are_not(line):
    assert not is_hotline(line)
