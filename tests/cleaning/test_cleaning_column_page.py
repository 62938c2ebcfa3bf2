"""A page titled only with a column's name (法治政府建设年度报告: no year, no issuer) whose
body has no report voice is the column's page — a listing of unlinked items, a script shell,
nothing — not a report; unless it links its one report as a file (an attachment-only report
page). A report in its own voice under such a title stays one. Pages written here."""

from __future__ import annotations

from cleaning import clean
from cleaning.document import Attachment, Document
from cleaning.page_kind import is_column_page

COLUMN = "法治政府建设年度报告"
URL = "http://www.qinghe.gov.cn/zwgk/fzzfjsndbg/index.html"
NOT_A_REPORT = "a page about reports (news or listing), not a report"


def page(body: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{COLUMN}_青禾县人民政府</title></head>"
            f"<body><div class='nav'><a href='/'>首页</a></div><h2>{COLUMN}</h2>"
            f"<div id='zoom'>{body}</div></body></html>").encode()


def test_a_column_page_of_unlinked_items_is_not_a_report():
    items = "".join(f"<li onclick=\"go({n})\"><span>青禾县召开法治政府建设推进会（第{n}次）</span>"
                    f"<span>2025-0{n}-10</span></li>" for n in range(1, 4))
    doc = clean([page(f"<ul>{items}</ul>")], URL)
    assert not doc.is_report and NOT_A_REPORT in doc.warnings


def test_an_empty_column_page_is_not_a_report():
    doc = clean([page("<p>数据加载中……</p>")], URL)
    assert not doc.is_report and doc.text == ""


def test_one_linked_report_file_keeps_the_page_a_report():
    doc = Document(title=COLUMN, attachments=[Attachment(
        url="http://www.qinghe.gov.cn/P1.pdf", name="青禾县2024年度法治政府建设情况报告")])
    assert not is_column_page(doc)
    doc.attachments.append(Attachment(url="http://www.qinghe.gov.cn/P2.pdf",
                                      name="青禾县2023年度法治政府建设情况报告"))
    assert is_column_page(doc)
    for title in ("青禾县法治政府建设年度报告", "2024年法治政府建设年度报告",
                  "关于法治政府建设情况的报告"):
        assert not is_column_page(Document(title=title))


def test_a_report_in_its_own_voice_under_the_column_name_stays():
    body = ("<p>市人民政府：</p>"
            "<p>2024年，我县深入学习贯彻习近平法治思想。现将有关情况报告如下：</p>"
            "<p>一、主要举措和成效</p><p>全年审查行政规范性文件23件。</p>"
            "<p>二、存在的不足和原因</p><p>基层执法力量相对薄弱。</p>"
            "<p>三、下一年度工作安排</p><p>持续提升行政执法质量。</p>"
            "<p>青禾县人民政府</p><p>2025年3月10日</p>")
    doc = clean([page(body)], URL)
    assert doc.is_report and NOT_A_REPORT not in doc.warnings
