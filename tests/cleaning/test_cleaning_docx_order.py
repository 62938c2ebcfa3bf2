"""A report published as a DOCX is read in reading order: a table stays where it stands, a body
set in a layout table keeps its paragraphs, and soft line breaks end lines. DOCX files written
here with python-docx."""

from __future__ import annotations

import io

import docx

from cleaning import clean

URL = "http://www.example.gov.cn/uploadfile/2025/0314/P020250314.docx"
TITLE = "某县人民政府关于2024年度法治政府建设情况的报告"
HEAD = ["市人民政府：", "2024年，我县深入学习贯彻习近平法治思想。", "一、主要举措和成效",
        "全年办理行政复议案件，主要数据如下："]
TAIL = ["二、存在的不足和原因", "执法力量不足。", "三、下一年度工作安排", "持续提升行政执法质量。",
        "某县人民政府", "2025年3月10日"]


def saved(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_data_table_stays_where_it_stands_in_the_body():
    document = docx.Document()
    for line in [TITLE, *HEAD]:
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=2)
    for row, texts in zip(table.rows, [("项目", "数量"), ("行政复议", "52件")], strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    for line in TAIL:
        document.add_paragraph(line)
    doc = clean([saved(document)], URL)
    assert doc.text.split("\n") == [*HEAD, "项目 | 数量", "行政复议 | 52件", *TAIL]


def test_a_body_set_in_a_layout_table_keeps_its_paragraphs_once():
    document = docx.Document()
    document.add_paragraph(TITLE)
    table = document.add_table(rows=2, cols=1)
    frame = table.cell(0, 0).merge(table.cell(1, 0))     # one frame over two rows
    frame.text = HEAD[0]
    for line in [*HEAD[1:], *TAIL]:
        frame.add_paragraph(line)
    doc = clean([saved(document)], URL)
    assert doc.text.split("\n") == [*HEAD, *TAIL]
    assert [(s.number, s.category) for s in doc.sections] == [
        ("一", "measures"), ("二", "shortcomings"), ("三", "plans")]


def test_a_soft_line_break_ends_a_line():
    document = docx.Document()
    for line in [TITLE, *HEAD, *TAIL[:-2]]:
        document.add_paragraph(line)
    signature = document.add_paragraph(TAIL[-2])
    signature.add_run().add_break()
    signature.add_run(TAIL[-1])
    doc = clean([saved(document)], URL)
    assert doc.text.split("\n")[-2:] == TAIL[-2:]


def test_the_colophon_under_the_signature_goes_and_body_lines_about_issuing_stay():
    issued = "我县制定并印发"        # a short body line ending in 印发 names no office
    colophon = ["抄送：市委办公室，市人大常委会办公室，市政协办公室。",
                "某县人民政府办公室　　2025年3月12日印发"]
    document = docx.Document()
    for line in [TITLE, *HEAD, issued, *TAIL, *colophon]:
        document.add_paragraph(line)
    doc = clean([saved(document)], URL)
    assert doc.text.split("\n") == [*HEAD, issued, *TAIL]
