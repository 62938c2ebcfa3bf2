"""A disclosure table above the report whose first cells name groups of rows (rowspan 基本信息 /
公开信息) and whose other cells each hold a label and its value (发文字号：…): the whole table and
the title under it go; the report's own table rows with label：value cells stay. Pages written
here."""

from __future__ import annotations

from cleaning import clean

TITLE = "某县2024年度法治政府建设情况报告"
URL = "http://www.example.gov.cn/xxgk/fzzfjs/202503/t20250318_7.html"
META = ("<table border='1'><caption>政府信息公开</caption>"
        "<tr><td rowspan='2'>基本<br>信息</td><td>名称：" + TITLE + "</td>"
        "<td>发文字号：某政〔2025〕9号</td></tr>"
        "<tr><td>生成日期：2025年03月15日</td><td>发布日期：2025年03月18日</td></tr>"
        "<tr><td rowspan='2'>公开<br>信息</td><td>索引号：ABC-0201-2025-00009</td>"
        "<td>发布单位：某县人民政府办公室</td></tr>"
        "<tr><td>公开方式：主动公开</td><td>时效：有效</td></tr></table>")
BODY = ("<p>市人民政府：</p>"
        "<p>2024年，我县深入学习贯彻习近平法治思想，法治政府建设取得新成效。现报告如下：</p>"
        "<p>一、主要举措和成效</p><p>全年审查规范性文件23件，备案审查率100%。</p>"
        "<p>二、存在的不足和原因</p><p>基层执法力量相对薄弱。</p>"
        "<p>三、下一年度工作安排</p><p>持续提升行政执法质量。</p>"
        "<p>某县人民政府</p><p>2025年3月15日</p>")


def page(meta: str, body: str = BODY) -> bytes:
    return ("<html><head><meta charset='utf-8'></head><body><div class='xxgk'>"
            f"{meta}<div class='title'>{TITLE}</div><div class='zw-con'>{body}</div>"
            "</div></body></html>").encode()


def test_a_table_of_grouped_label_value_cells_goes_with_the_title_under_it():
    doc = clean([page(META)], URL)
    assert doc.text.split("\n")[0] == "市人民政府："
    for word in ("基本信息", "发文字号", "发布单位", "公开方式", "时效", TITLE):
        assert word not in doc.text
    assert doc.is_report and len(doc.sections) == 3


def test_the_same_table_without_group_cells_goes_too():
    ungrouped = META.replace("<td rowspan='2'>基本<br>信息</td>", "").replace(
        "<td rowspan='2'>公开<br>信息</td>", "")
    doc = clean([page(ungrouped)], URL)
    assert doc.text.split("\n")[0] == "市人民政府："


def test_the_reports_own_label_value_table_stays():
    row = ("<table><tr><td>任务</td><td>责任单位：县司法局</td>"
           "<td>完成时限：2025年6月</td></tr></table>")
    doc = clean([page("", BODY.replace("<p>二、", row + "<p>二、"))], URL)
    assert "责任单位：县司法局" in doc.text and "完成时限：2025年6月" in doc.text
