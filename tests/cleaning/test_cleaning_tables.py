"""Layout tables versus data tables; legacy table-layout pages; non-organisation bylines."""

from __future__ import annotations

import lxml.html
import pytest

from cleaning import clean
from cleaning.tables import is_layout_table

URL = "http://www.jia.gov.cn/ShowArticle.asp?ArticleID=123"
TITLE = "甲区人民政府2021年度法治政府建设工作报告"
BODY_LINES = [
    "2021年，我区坚持以习近平法治思想为指导，扎实推进法治政府建设，各项工作取得新进展。现将有关情况报告如下：",
    "一、2021年法治政府建设工作情况",
    "（一）立足“三强化”，第一责任人职责全面履行",
    "区委、区政府主要负责人切实履行推进法治建设第一责任人职责，统筹领导全面依法治区工作。",
    "1.加强前置审查。坚持“谁制定、谁报送、谁负责”的工作原则，完善四项审查标准。",
    "2.加强备案审查。突出抓好备案、审查、纠正三个关键环节，备案审查率100%。",
    "二、存在的问题和下一步工作打算",
    "我区法治政府建设还存在一些薄弱环节，行政执法规范化水平有待进一步提升。",
    "（一）持续优化法治化营商环境。倾力推动政务服务改革，打造政务服务标杆城区。",
    "甲区人民政府",
    "2022年3月8日",
]
NAV = ["栏目导航", "政策法规", "规划计划", "通知公告"]


def legacy_page(body: str, byline: str = "作者：区司法局　来源：本站原创　更新时间：2022-3-15"
                ) -> bytes:
    """A 动易-style ASP page: GBK without any charset, everything laid out in tables."""
    nav = "<br>".join(f"<a href='/Class.asp?ClassID={i}'>{w}</a>" for i, w in enumerate(NAV))
    return (f"<html><head><title>{TITLE}--甲区人民政府</title></head><body>"
            "<table width='980'><tr><td>设为首页 | 加入收藏</td></tr></table>"
            f"<table width='980'><tr><td width='220' class='left'>{nav}</td><td width='760'>"
            "<div>您现在的位置：<a href='/'>首页</a> &gt;&gt; 法治政府建设</div>"
            f"<table width='100%'><tr><td class='a_title'>{TITLE}</td></tr>"
            f"<tr><td class='a_info'>{byline}　点击数：386</td></tr>"
            f"<tr><td class='a_content'>{body}</td></tr>"
            "<tr><td>上一篇文章：<a href='/a.asp'>甲区普法工作要点</a></td></tr>"
            "<tr><td>【<a href='javascript:window.print()'>打印此文</a>】【关闭窗口】</td></tr>"
            "</table></td></tr></table><table><tr><td>版权所有：甲区人民政府 鄂ICP备05001234号"
            "</td></tr></table></body></html>").encode("gbk")


def br_body(lines: list[str]) -> str:
    return "<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + line for line in lines)


@pytest.mark.parametrize("markup, layout", [
    ("<table><tr><td>指标</td><td>数量</td></tr><tr><td>复议案件</td><td>120件</td></tr></table>",
     False),
    ("<table><tr><td>序号</td><td>事项</td><td>单位</td></tr><tr><td>1</td><td>执法检查</td>"
     "<td>区司法局</td></tr><tr><td>2</td><td>案卷评查</td><td>区城管局</td></tr></table>", False),
    ("<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td><td>c</td></tr></table>",
     True),
    ("<table><tr><td>" + "法治" * 250 + "</td><td>右栏</td></tr></table>", True),
    ("<table><tr><td><a>法治政府建设</a><br><a>政策法规</a><br><a>规划计划</a><br><a>通知</a>"
     "</td><td>正文</td></tr></table>", True),
    ("<table><tr><td><p>只有一个单元格包着正文。</p></td></tr></table>", True),
])
def test_layout_and_data_tables_are_told_apart(markup, layout):
    assert is_layout_table(lxml.html.fromstring(markup)) is layout


def test_legacy_layout_page_body_cell_with_br_lines():
    doc = clean([legacy_page(br_body(BODY_LINES))], URL, "text/html")
    assert doc.text.split("\n") == BODY_LINES
    assert [(s.level, s.number) for s in doc.sections] == [
        (1, "一"), (2, "一"), (3, "1"), (3, "2"), (1, "二"), (2, "一")]
    assert doc.sections[4].category == ["shortcomings", "plans"]
    assert doc.title == TITLE
    assert doc.publisher == "甲区人民政府"     # the signature, never 来源：本站原创
    assert doc.published == "2022-03-15"       # 更新时间 of the byline


def test_a_long_column_of_links_is_never_the_body_cell():
    news = "".join(f"<li><a href='/n{i}.asp'>甲区召开第{i}次法治政府建设工作推进会议</a></li>"
                   for i in range(80))
    page = legacy_page(br_body(BODY_LINES)).replace(
        b"</body>", f"<table><tr><td><ul>{news}</ul></td></tr></table></body>".encode("gbk"))
    doc = clean([page], URL, "text/html")
    assert doc.text.split("\n") == BODY_LINES


def test_a_data_table_inside_the_layout_body_cell_stays_rows():
    table = ("<table border='1'><tr><td>指标</td><td>数量</td></tr>"
             "<tr><td>复议案件</td><td>120件</td></tr></table>")
    body = br_body(BODY_LINES[:4]) + table + br_body(BODY_LINES[4:])
    doc = clean([legacy_page(body)], URL, "text/html")
    lines = doc.text.split("\n")
    assert "指标 | 数量" in lines and "复议案件 | 120件" in lines
    assert [w for w in NAV + ["设为首页", "打印此文", "上一篇", "版权所有"] if w in doc.text] == []


def test_a_layout_table_inside_a_family_container_keeps_its_lines():
    page = ("<html><head><meta charset='utf-8'><title>" + TITLE + "</title></head><body>"
            "<div class='TRS_Editor'><table><tr><td>" + br_body(BODY_LINES)
            + "</td></tr></table></div></body></html>")
    doc = clean([page.encode()], "http://www.jia.gov.cn/t20220315_1.html")
    assert doc.text.split("\n") == BODY_LINES
    assert len(doc.sections) == 6


@pytest.mark.parametrize("source", ["本站原创", "本网", "本站", "网站编辑", "原创", "admin"])
def test_sources_that_are_no_organisation_are_never_the_publisher(source):
    lines = BODY_LINES[:-2]                       # no signature: only the byline is left
    page = legacy_page(br_body(lines), byline=f"来源：{source}　更新时间：2022-3-15")
    # Nor anything else the page names: the issuer its title names is left.
    assert clean([page], URL, "text/html").publisher == "甲区人民政府"


def test_an_organisation_source_is_still_a_publisher():
    page = legacy_page(br_body(BODY_LINES[:-2]), byline="来源：甲区司法局　更新时间：2022-3-15")
    assert clean([page], URL, "text/html").publisher == "甲区司法局"


def test_update_time_ranks_below_the_publication_labels_and_pubdate():
    body = br_body(BODY_LINES)
    both = legacy_page(body, byline="发布时间：2022-03-10　更新时间：2022-3-15")
    assert clean([both], URL, "text/html").published == "2022-03-10"
    with_meta = legacy_page(body).replace(b"</title>", b"</title><meta name='PubDate' "
                                                       b"content='2022-03-11 09:00'>")
    assert clean([with_meta], URL, "text/html").published == "2022-03-11"
