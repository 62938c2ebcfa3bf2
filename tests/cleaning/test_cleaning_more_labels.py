"""Disclosure labels of other portals (发布机关, 发布部门, 公开责任部门, 索取号, 上网时间), in
Simplified and Traditional pages, and the article's heading in an element named tit/bt where the
<title> names only the site."""

from __future__ import annotations

import opencc
import pytest

from cleaning import clean

TITLE = "乙县人民政府2024年度法治政府建设情况报告"
BODY = "".join(f"<p>{n}、我县坚持依法行政，全年审查规范性文件{n * 7}件，推进法治政府建设。</p>"
               for n in range(1, 9)) + "<p>乙县人民政府</p><p>2025年3月1日</p>"
URL = "http://www.yx.gov.cn/art/2025/3/5/art_1_1.html"


def page(block: str, heading: str = f"<h1>{TITLE}</h1>", title: str = TITLE) -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='zw'>{heading}<table class='meta'>{block}</table>"
            f"<div class='zw-con'>{BODY}</div></div></body></html>")


def row(label: str, value: str) -> str:
    return f"<tr><td>{label}：</td><td>{value}</td></tr>"


@pytest.mark.parametrize("label", ["发布机关", "发布部门", "公开责任部门"])
@pytest.mark.parametrize("traditional", [False, True])
def test_publisher_labels(label, traditional):
    html = page(row(label, "乙县人民政府办公室") + row("上网时间", "2025-03-05")
                + row("索取号", "11410000MB0000000X/2025-00012"))
    if traditional:
        html = opencc.OpenCC("s2t").convert(html)
    doc = clean([html.encode()], URL)
    assert doc.publisher == "乙县人民政府办公室"          # not the signature below the body
    assert doc.published == "2025-03-05"
    assert doc.index_number == "11410000MB0000000X/2025-00012"
    assert "上网时间" not in doc.text and "索取号" not in doc.text


@pytest.mark.parametrize("heading", [f"<div class='tit'>{TITLE}</div>",
                                     f"<table><tr><td class='bt'>{TITLE}</td></tr></table>",
                                     f"<div class='news-tit'><span>{TITLE}</span></div>"])
def test_a_heading_named_tit_or_bt_beside_a_site_named_title(heading):
    doc = clean([page("", heading, title="乙县人民政府网").encode()], URL)
    assert doc.title == TITLE


def test_words_ending_in_tit_or_bt_name_no_heading():
    # class="debt", "petit": no title there; the <title> stays. (Their text does not end in
    # 报告, so the body's first lines name no title either.)
    named = f"{TITLE}（摘要）"
    heading = f"<div class='debt'>{named}</div><div class='petit'>{named}</div>"
    doc = clean([page("", heading, title="乙县人民政府网").encode()], URL)
    assert doc.title == "乙县人民政府网"


@pytest.mark.parametrize("number", ["乙政文〔2025〕第3号", "乙司字[2025]第12号"])
def test_a_doc_number_with_di_before_its_serial(number):
    # The 文号 line centred atop the body, 第 before the serial: the doc number.
    top = f"<p style='text-align:center'>{number}</p>"
    doc = clean([page("").replace("<div class='zw-con'>", "<div class='zw-con'>" + top)
                 .encode()], URL)
    assert doc.doc_number == number
