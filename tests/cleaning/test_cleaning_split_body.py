"""A body split over sibling containers of one tag and class (two TRS_Editor divs with a photo
and its caption div between them) is one body: the second part is kept, the caption is not.
A sibling of that class holding no text, or one elsewhere on the page, is no part. Pages
written here."""

from __future__ import annotations

import lxml.html

from cleaning import clean
from cleaning.families import locate

TITLE = "某县2024年法治政府建设年度报告"
FIRST = ["2024年，我县坚持依法行政，统筹推进法治政府建设各项工作，现将有关情况报告如下。",
         "一、主要工作成效", "全年审核规范性文件12件，开展行政执法案卷评查30卷，备案审查率100%。"]
SECOND = ["二、存在的问题", "一是基层执法力量薄弱；二是法治宣传的针对性有待增强。",
          "三、下一步工作打算", "持续深化法治政府示范创建，着力提升依法行政能力。",
          "某县人民政府", "2025年3月26日"]
CAPTION = "图为某县召开法治政府建设工作推进会现场"


def _editor(paras: list[str]) -> str:
    return "<div class='TRS_Editor'>" + "".join(f"<p>{p}</p>" for p in paras) + "</div>"


def _page(second: str) -> bytes:
    photo = f"<div class='pic'><img src='./W0201.jpg'><p>{CAPTION}</p></div>"
    return ("<html><head><meta charset='utf-8'>"
            f"<title>{TITLE}</title></head><body><div class='nav'><a>首页</a></div>"
            f"<h2>{TITLE}</h2><div class='con'>{_editor(FIRST)}{photo}{second}</div>"
            "<div class='foot'>主办：某县人民政府办公室</div></body></html>").encode()


def _lines(second: str) -> list[str]:
    doc = clean([_page(second)], "http://www.example.gov.cn/fzzf/t20250331_1.html")
    return doc.text.split("\n")


def test_a_body_split_around_a_photo_is_one_body():
    lines = _lines(_editor(SECOND))
    assert lines[0] == FIRST[0]
    assert SECOND[1] in lines and SECOND[-1] in lines
    assert CAPTION not in "".join(lines)


def test_an_empty_sibling_of_the_class_is_no_part():
    lines = _lines("<div class='TRS_Editor'><p>分享</p></div>")
    assert lines[0] == FIRST[0] and "分享" not in lines


CLOSING = ["特此报告。", "某县人民政府", "2025年3月26日"]


def test_a_last_part_holding_only_the_closing_is_part_of_the_body():
    # 特此报告, the signer and the date: fewer letters than a part, but the body's closing.
    lines = _lines(_editor(SECOND[:-2]) + _editor(CLOSING))
    assert lines[-3:] == CLOSING


def test_a_short_sibling_with_no_signature_date_is_no_part():
    page = _page(_editor(SECOND) + _editor(["本页面由县融媒体中心维护"]))
    container = locate(lxml.html.document_fromstring(page))
    assert [len(part.text_content()) > 40 for part in container.more] == [True]
