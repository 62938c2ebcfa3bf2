"""A two-row disclosure table (a row of metadata labels over one row of their values) that
reaches the body leaves neither row in the text; a table of records (标题 | 发布日期 over many
rows) keeps its rows. Pages written here."""

from __future__ import annotations

from cleaning import clean
from cleaning.noise import clean_lines

LABELS = ["索引号", "发布机构", "发文字号", "成文日期", "发布日期", "公开方式"]
VALUES = ["11632126MB1X12345F/2025-000156", "青禾县人民政府", "青政〔2025〕19号",
          "2025-02-28", "2025-03-06", "主动公开"]
TITLE = "青禾县人民政府关于2024年度法治政府建设情况的报告"


def cells(tag: str, texts: list[str]) -> str:
    return "<tr>" + "".join(f"<{tag}>{text}</{tag}>" for text in texts) + "</tr>"


def test_the_values_under_a_row_of_labels_leave_the_body_with_it():
    table = f"<table class='xxgk'>{cells('td', LABELS)}{cells('td', VALUES)}</table>"
    body = ("<p>市人民政府：</p>"
            "<p>2024年，我县深入学习贯彻习近平法治思想，法治政府建设取得新成效。现报告如下：</p>"
            "<p>一、主要举措和成效</p>"
            + "<p>全年审查行政规范性文件23件，办理行政复议案件41件，开展执法监督检查12次。</p>" * 4
            + "<p>二、存在的不足和原因</p><p>基层执法力量相对薄弱。</p>"
            "<p>三、下一年度工作安排</p><p>持续提升行政执法质量。</p>"
            "<p>青禾县人民政府</p><p>2025年2月28日</p>")
    page = (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<div id='zoom'>{table}<p>{TITLE}</p>{body}</div></body></html>").encode()
    doc = clean([page], "http://www.qinghe.gov.cn/zwgk/fzzf/202503/t20250306_115.html")
    assert doc.text.startswith("市人民政府：")
    assert (doc.doc_number, doc.published) == ("青政〔2025〕19号", "2025-03-06")


def test_a_table_of_records_keeps_its_rows():
    rows = ["青禾县2024年度法治政府建设情况报告 | 2025-03-01",
            "青禾县2023年度法治政府建设情况报告 | 2024-03-01"]
    assert clean_lines(["标题 | 发布日期", *rows]) == rows
    # One row under the labels is the page's own title and date: metadata.
    prose = "全年办理行政复议案件41件。"
    assert clean_lines(["标题 | 发布日期", rows[0], prose]) == [prose]
