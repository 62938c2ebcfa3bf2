"""The disclosure block in every markup, <meta> tags and every date form."""

from __future__ import annotations

import lxml.html
import pytest

from cleaning import clean
from cleaning.metadata import labelled_fields, normalise_date

BODY = ("<div class='article-content'>" + "<p>2023年，我区坚持依法行政，推进法治政府建设。</p>" * 8
        + "</div>")
BLOCKS = {
    "td_cells": "<table><tr><td>索 引 号</td><td>A-1</td><td>发布机构</td><td>甲区人民政府</td></t"
                "r>"
                "<tr><td>文　　号</td><td>甲政〔2024〕1号</td><td>发布日期</td><td>2024-03-05</td>"
                "</tr></table>",
    "th_td": "<table><tr><th>索引号：</th><td>A-1</td><th>发文机关：</th><td>甲区人民政府</td></tr>"
             "<tr><th>发文字号：</th><td>甲政〔2024〕1号</td><th>发布时间：</th><td>2024年3月5日</td>"
             "</tr></table>",
    "label_classes": "<div><span class='lab'>索引号</span><span class='val'>A-1</span>"
                     "<span class='lab'>制发机构</span><span class='val'>甲区人民政府</span>"
                     "<span class='lab'>文号</span><span class='val'>甲政〔2024〕1号</span>"
                     "<span class='lab'>发布日期</span><span class='val'>2024/3/5 15:16</span></di"
                     "v>",
    "dl_dd": "<dl><dt>索 引 号：</dt><dd>A-1</dd><dt>发布机构：</dt><dd>甲区人民政府</dd>"
             "<dt>文号：</dt><dd>甲政〔2024〕1号</dd><dt>发布日期：</dt><dd>2024.3.5</dd></dl>",
    "ul_li": "<ul><li>• 索引号: A-1</li><li>• 发布机构: 甲区人民政府</li>"
             "<li>• 文号: 甲政〔2024〕1号</li><li>• 发布日期: 2024-03-05 10:00</li></ul>",
    "legacy_b": "<table><tr><td><B>索引号：</B>A-1</td><td><B>发布机构：</B>甲区人民政府</td></tr>"
                "<tr><td><B>文号：</B>甲政〔2024〕1号</td><td><B>发布日期：</B>2024-3-5</td></tr></table>",
    "legacy_b_cells": "<table><tr><td><B>索&nbsp;引&nbsp;号：</B></td><td>A-1</td>"
                      "<td><B>发布机构：</B></td><td>甲区人民政府</td></tr><tr>"
                      "<td><B>文&nbsp;&nbsp;&nbsp;&nbsp;号：</B></td><td>甲政〔2024〕1号</td>"
                      "<td bgcolor='#F2F2F2'><B>发布日期：</B></td><td>2024年3月5日</td></tr>"
                      "</table>",
    "strong_th_grid": "<table><tr><th><strong>索引号</strong></th><td>A-1</td>"
                      "<th> <span><strong>发布机构</strong></span> </th><td>甲区人民政府</td></tr>"
                      "<tr><th><span><b>文　号：</b></span></th>"
                      "<td><span>甲政〔2024〕1号</span></td>"
                      "<th><font><b>发布日期</b></font></th><td>2024-03-05</td></tr></table>",
    "value_in_child": "<div><p>索引号：<span>A-1</span></p><p>发布机构：<em>甲区人民政府</em></p>"
                      "<p>文号：<span>甲政〔2024〕1号</span></p><p>发布日期：<span>2024-03-05</span>"
                      "</p></div>",
    "one_line": "<p>索引号：A-1　　发布机构：甲区人民政府　　文号：甲政〔2024〕1号　　发布日期：20"
                "24-03-05</p>",
}


@pytest.mark.parametrize("markup", sorted(BLOCKS))
def test_block_markups(markup):
    page = f"<html><head><meta charset='utf-8'></head><body>{BLOCKS[markup]}{BODY}</body></html>"
    doc = clean([page.encode()], "http://www.example.gov.cn/a.html")
    assert (doc.index_number, doc.publisher, doc.doc_number, doc.published) == (
        "A-1", "甲区人民政府", "甲政〔2024〕1号", "2024-03-05")


def test_no_number_means_null_and_meta_tags_fill_in():
    page = ("<html><head><meta charset='utf-8'><title>甲区报告_甲区人民政府网</title>"
            "<meta name='ArticleTitle' content='甲区2023年度法治政府建设情况报告'>"
            "<meta name='PubDate' content='2024-02-01 09:00'><meta name='ContentSource' "
            "content='甲区司法局'></head><body><table><tr><td>文号</td><td>无号</td></tr>"
            "<tr><td>成文日期</td><td>2024-01-20</td></tr></table>" + BODY + "</body></html>")
    doc = clean([page.encode()], "http://www.example.gov.cn/a.html")
    assert doc.doc_number is None
    assert doc.title == "甲区2023年度法治政府建设情况报告"
    assert doc.published == "2024-02-01"          # PubDate, never the 成文日期
    assert doc.publisher == "甲区司法局"
    assert doc.report_year == 2023


def test_a_wrapped_label_does_not_take_a_value_from_beyond_its_cell():
    # The label shares its cell with other text: the next cell is not its value.
    tree = lxml.html.fromstring("<table><tr><td><b>发布机构：</b>（见附件）</td><td>乙区</td></tr>"
                                "<tr><td>注<span><b>索引号：</b></span></td><td>B-2</td>"
                                "</tr></table>")
    fields = labelled_fields(tree, str)
    assert fields["publisher"] == "（见附件）"
    assert "index_number" not in fields


def test_traditional_labels():
    tree = lxml.html.fromstring("<div><table><tr><td>發布機構</td><td>海州</td></tr></table></div>")
    from cleaning.script import to_simplified
    assert labelled_fields(tree, to_simplified)["publisher"] == "海州"


@pytest.mark.parametrize("value, expected", [
    ("2025-01-26", "2025-01-26"), ("2025年1月26日", "2025-01-26"), ("2025/1/26 15:16",
        "2025-01-26"),
    ("2025.01.26", "2025-01-26"), ("1737858000", "2025-01-26"), ("1737858000000", "2025-01-26"),
    ("发布日期：2025 年 1 月 26 日", "2025-01-26"), ("2025-02-30", None), ("无", None),
])
def test_dates(value, expected):
    assert normalise_date(value) == expected


def test_report_year_from_body_then_publication():
    page = ("<html><head><meta charset='utf-8'><meta name='ArticleTitle' content='甲区法治政府建设"
            "报告'>"
            "<meta name='PubDate' content='2024-02-01'></head><body>" + BODY + "</body></html>")
    assert clean([page.encode()], "http://x.gov.cn/a.html").report_year == 2023
    page = page.replace("2023年，", "过去一年，")
    assert clean([page.encode()], "http://x.gov.cn/a.html").report_year == 2023
    page = page.replace("2024-02-01", "2022-03-01")
    assert clean([page.encode()], "http://x.gov.cn/a.html").report_year == 2021


def test_bare_byline_date_before_the_body_is_the_publication_date():
    page = ("<html><head><meta charset='utf-8'></head><body>"
            "<h1>甲区2023年度法治政府建设情况报告</h1>"
            "<div class='info'><span class='time'>2024-02-03 10:00</span></div>" + BODY
            + "<div class='foot'><span>2025-01-01</span></div></body></html>")
    assert clean([page.encode()], "http://x.gov.cn/a.html").published == "2024-02-03"


# Metadata blocks without a colon between label and value.
NO_COLON_BLOCKS = {
    "bracket_labels": "<ol class='doc-info'><li><span>[索 引 号] </span>A-1</li>"
                      "<li><span>[发文机构] </span>甲区人民政府</li>"
                      "<li><span>[联合发文单位] </span></li><li><span>[发文字号] </span></li>"
                      "<li><span>[有效性] </span></li>"
                      "<li><span>[文号] </span>甲政〔2024〕1号</li>"
                      "<li><span>[发布日期] </span>2024-03-05</li></ol>",
    "label_then_span": "<div><label>索 引 号：</label><span>A-1</span><label>发布机构</label>"
                       "<span>甲区人民政府</span><label>文　　号</label>"
                       "<span>甲政〔2024〕1号</span>"
                       "<label>发布日期</label><span>2024-03-05</span></div>",
    "li_l_r": "<ul><li><span class='l'>索引号</span><span class='r'>A-1</span></li>"
              "<li><span class='l'>发布机构</span><span class='r'>甲区人民政府</span></li>"
              "<li><span class='l'>文号</span><span class='r'>甲政〔2024〕1号</span></li>"
              "<li><span class='l'>发布日期</span><span class='r'>2024-03-05</span></li></ul>",
    "bracket_bar": "<div class='info'>【索引号】A-1　【发布机构】甲区人民政府　"
                   "【文号】甲政〔2024〕1号　【发布日期】2024-03-05　【字体：大 中 小】</div>",
}


@pytest.mark.parametrize("markup", sorted(NO_COLON_BLOCKS))
def test_blocks_without_colons(markup):
    page = (f"<html><head><meta charset='utf-8'></head><body>{NO_COLON_BLOCKS[markup]}{BODY}"
            "</body></html>")
    doc = clean([page.encode()], "http://www.example.gov.cn/a.html")
    assert (doc.index_number, doc.publisher, doc.doc_number, doc.published) == (
        "A-1", "甲区人民政府", "甲政〔2024〕1号", "2024-03-05")
    assert "A-1" not in doc.text and "甲政〔2024〕1号" not in doc.text


@pytest.mark.parametrize("source", ["人民网-海南频道", "新华社", "某市融媒体中心", "海南日报"])
def test_a_news_outlet_named_as_source_is_not_the_publisher(source):
    page = ("<html><head><meta charset='utf-8'><title>甲区2023年度法治政府建设情况报告</title>"
            f"<meta name='ContentSource' content='{source}'></head><body>"
            f"<div class='byline'>来源：{source}</div>{BODY}</body></html>")
    doc = clean([page.encode()], "http://www.example.gov.cn/a.html")
    assert doc.publisher is None or source not in doc.publisher


def test_a_publication_time_held_only_by_a_script_variable():
    page = ("<html><head><meta charset='utf-8'></head><body>" + BODY +
            "<script>var ct = \"1706222892\"; var nickname = '某县司法局';</script></body></html>")
    doc = clean([page.encode()], "https://mp.weixin.qq.com/s/x")
    assert doc.published == "2024-01-26"          # Beijing time, not UTC's 2024-01-25


@pytest.mark.parametrize("empty_cell", [
    "<div class='cell'><strong>文　号：</strong></div>",
    "<div class='cell'><b>发文字号</b> </div>",
])
def test_an_empty_label_cell_does_not_take_the_next_cells_label_and_value(empty_cell):
    # Grid cells of label + value: an empty 文号 cell is followed by the 发布日期 cell.
    block = ("<div class='meta'><div class='cell'><strong>索 引 号：</strong>A-1</div>"
             + empty_cell + "<div class='cell'><strong>发布日期：</strong>2024 年 03 月 05 日</div>"
             "<div class='cell'><strong>发布机构：</strong>甲区人民政府</div></div>")
    page = f"<html><head><meta charset='utf-8'></head><body>{block}{BODY}</body></html>"
    doc = clean([page.encode()], "http://www.example.gov.cn/a.html")
    assert doc.doc_number is None
    assert (doc.index_number, doc.published, doc.publisher) == (
        "A-1", "2024-03-05", "甲区人民政府")


@pytest.mark.parametrize("byline", [
    "<br><span>2024-02-26 10:31:05&nbsp;&nbsp;&nbsp;来源：甲区司法局&nbsp;&nbsp;&nbsp;"
    "评论：<a href='#c'>0</a> <a href='#'>我要收藏</a></span>",
    "<small>发布时间：2024-02-26　来源：甲区司法局</small>",
])
def test_a_byline_nested_in_the_title_heading_is_not_title_and_dates_the_page(byline):
    # Old CMS show pages (PHPCMS) put the date/来源/评论 span inside the article's <h1>.
    page = ("<html><head><meta charset='utf-8'><title>甲区司法局 - 法治政府建设</title></head>"
            f"<body><div id='Article'><h1>甲区司法局2023年度法治政府建设情况报告{byline}</h1>"
            f"{BODY}</div></body></html>")
    doc = clean([page.encode()], "http://www.example.gov.cn/html/2024/0226/1.html")
    assert doc.title == "甲区司法局2023年度法治政府建设情况报告"
    assert doc.published == "2024-02-26"
    assert "来源" not in doc.text and "收藏" not in doc.text


def test_a_comment_beside_a_wrapped_label_is_no_text_and_no_crash():
    # <td><!-- … --><B>索引号：</B></td>: the cell is all label; a comment holds no text.
    block = ("<table><tr><td><!-- 索引号 --><B>索 引 号：</B><!-- end --></td><td>A-1</td>"
             "<td><B>发布机构：</B></td><td>甲区人民政府</td></tr></table>")
    page = f"<html><head><meta charset='utf-8'></head><body>{block}{BODY}</body></html>"
    doc = clean([page.encode()], "http://www.example.gov.cn/a.html")
    assert (doc.index_number, doc.publisher) == ("A-1", "甲区人民政府")
