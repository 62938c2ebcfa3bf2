"""A listing laid out as a table of records (序号 | 标题 | 发布日期, one row per document, rows
linked or opened by script) is a page about reports, whatever its titles name and whatever
its <title> (a column name, 法治政府建设年度报告, is a report's title without year or place):
it is turned down with the warning, and its head row's column names are no field values. A
report holding such a table in its own voice stays a report. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.page_kind import record_rows

COLUMN = "法治政府建设年度报告"
URL = "http://www.qinghe.gov.cn/zwgk/fzzf/index.html"
TITLES = ["青禾县2024年度法治政府建设情况报告", "青禾县召开法治政府建设示范创建推进会",
          "青禾县人民政府2024年政府信息公开工作年度报告", "青禾县2023年度法治政府建设情况报告"]


def row(number: int, title: str, linked: bool) -> str:
    cell = f"<a href='/t{number}.html'>{title}</a>" if linked else title
    opener = "" if linked else f" onclick=\"window.open('/t{number}.html')\""
    return f"<tr{opener}><td>{number}</td><td>{cell}</td><td>[2025-03-0{number}]</td></tr>"


def listing(linked: bool) -> bytes:
    rows = "".join(row(n, title, linked) for n, title in enumerate(TITLES, 1))
    return (f"<html><head><meta charset='utf-8'><title>{COLUMN}_青禾县人民政府</title></head>"
            "<body><div class='nav'><a href='/'>首页</a><a href='/zwgk/'>政务公开</a></div>"
            f"<div class='main'><h2>{COLUMN}</h2><table class='list'><tr><th>序号</th>"
            f"<th>标题</th><th>发布日期</th></tr>{rows}</table>"
            "<div class='page'>共4条 第1页</div></div></body></html>").encode()


@pytest.mark.parametrize("linked", [True, False])
def test_a_table_of_records_is_a_listing(linked):
    doc = clean([listing(linked)], URL)
    assert not doc.is_report
    assert "a page about reports (news or listing), not a report" in doc.warnings
    assert doc.title == COLUMN       # not the head row's next column name (发布日期)


def test_record_rows_need_a_date_cell_and_a_title_cell():
    assert record_rows(["序号 | 标题 | 发布日期",
                        "1 | 青禾县2024年度法治政府建设情况报告 | 2025-03-01",
                        "2 | 青禾县召开法治政府建设推进会 | [2025年2月3日]"]) == 2
    assert record_rows(["发布日期 | 2025-03-01", "2024年 | 行政复议案件41件 | 同比增长12%",
                        "索引号 | 11632126MB1X12345F/2025-000156 | 2025"]) == 0


def test_a_report_holding_a_table_of_documents_stays_a_report():
    table = "".join(f"<tr><td>{n}</td><td>青禾县行政规范性文件第{n}号管理办法</td>"
                    f"<td>2024-0{n}-15</td></tr>" for n in range(1, 5))
    body = ("<p>市人民政府：</p>"
            "<p>2024年，我县深入学习贯彻习近平法治思想。现将有关情况报告如下：</p>"
            "<p>一、主要举措和成效</p><p>全年备案审查规范性文件4件，详见下表。</p>"
            f"<table><tr><th>序号</th><th>名称</th><th>发布日期</th></tr>{table}</table>"
            "<p>二、存在的不足和原因</p><p>基层执法力量相对薄弱。</p>"
            "<p>三、下一年度工作安排</p><p>持续提升行政执法质量。</p>"
            "<p>青禾县人民政府</p><p>2025年3月10日</p>")
    title = "青禾县2024年度法治政府建设情况报告"
    page = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<h1>{title}</h1><div id='zoom'>{body}</div></body></html>").encode()
    doc = clean([page], "http://www.qinghe.gov.cn/zwgk/fzzf/202503/t20250310_1.html")
    assert doc.is_report and doc.warnings == [] and doc.title == title
