"""A disclosure table whose row of labels stands above the row of their values, column by
column (colspan honoured), besides the label-cell/value-cell pairs of one row."""

from __future__ import annotations

from cleaning import clean

BODY = ("<div class='article-content'>" + "<p>2024年，我旗坚持依法行政，推进法治政府建设。</p>" * 8
        + "</div>")


def _clean(block: str):
    page = f"<html><head><meta charset='utf-8'></head><body>{block}{BODY}</body></html>"
    return clean([page.encode()], "http://www.example.gov.cn/a.html")


def _fields(doc) -> tuple:
    return doc.index_number, doc.publisher, doc.doc_number, doc.published


def test_labels_above_values_with_colspans():
    doc = _clean("<table><tr><td colspan='2'>索引号</td><td colspan='2'>信息分类</td>"
                 "<td colspan='2'>发布机构</td></tr>"
                 "<tr><td colspan='2'>K-1/2025-00036</td><td colspan='2'>综合政务</td>"
                 "<td colspan='2'>某旗司法局</td></tr>"
                 "<tr><td colspan='3'>文件编号</td><td colspan='3'>生成日期</td></tr>"
                 "<tr><td colspan='3'>某政发〔2025〕3号</td><td colspan='3'>2025-01-24</td></tr>"
                 "<tr><td colspan='3'>发布日期</td><td colspan='3'>有效性</td></tr>"
                 "<tr><td colspan='3'>2025-02-08</td><td colspan='3'>有效</td></tr></table>")
    assert _fields(doc) == ("K-1/2025-00036", "某旗司法局", "某政发〔2025〕3号", "2025-02-08")


def test_values_under_labels_spanning_other_columns():
    # The value row splits differently: each label takes the cell under its first column.
    doc = _clean("<table><tr><th colspan='2'>索 引 号</th><th><b>发布机构</b></th></tr>"
                 "<tr><td>K-2</td><td>主动公开</td><td>某县人民政府</td></tr></table>")
    assert (doc.index_number, doc.publisher) == ("K-2", "某县人民政府")


def test_labels_in_thead_values_in_tbody():
    doc = _clean("<table><thead><tr><th>文号</th><th>发布日期</th></tr></thead>"
                 "<tbody><tr><td>某府发〔2025〕9号</td><td>2025年3月1日</td></tr></tbody></table>")
    assert (doc.doc_number, doc.published) == ("某府发〔2025〕9号", "2025-03-01")


def test_an_empty_value_under_a_label_is_no_value():
    doc = _clean("<table><tr><td>索引号</td><td>文号</td><td>发布日期</td></tr>"
                 "<tr><td>K-3</td><td></td><td>2025-02-08</td></tr></table>")
    assert _fields(doc) == ("K-3", None, None, "2025-02-08")


def test_a_pair_row_with_an_empty_value_takes_nothing_from_the_row_below():
    # One label of two cells is a pair row, not a row of labels: 文号 has no value.
    doc = _clean("<table><tr><td>文号</td><td></td></tr>"
                 "<tr><td>发布日期</td><td>2025-02-08</td></tr></table>")
    assert (doc.doc_number, doc.published) == (None, "2025-02-08")


def test_pair_rows_of_short_values_are_still_pairs():
    doc = _clean("<table><tr><td>发布机构</td><td>某县司法局</td>"
                 "<td>主题分类</td><td>综合政务</td></tr>"
                 "<tr><td>文号</td><td>无</td><td>发布日期</td><td>2025-02-08</td></tr></table>")
    assert (doc.publisher, doc.doc_number, doc.published) == ("某县司法局", None, "2025-02-08")



def test_a_heading_cell_spanning_both_rows_shifts_the_values_row():
    doc = _clean("<table><tr><th rowspan='2'>基本信息</th><td>索引号</td><td>文号</td>"
                 "<td>发布日期</td></tr>"
                 "<tr><td>K-4</td><td>某政发〔2025〕4号</td><td>2025-02-08</td></tr></table>")
    assert (doc.index_number, doc.doc_number, doc.published) == (
        "K-4", "某政发〔2025〕4号", "2025-02-08")


def test_a_row_of_catalogue_labels_is_a_row_of_labels():
    # 组配分类, 体裁分类: labels of fields kept nowhere, still labels (not 索引号's value).
    doc = _clean("<table><tr><td>索引号</td><td>组配分类</td><td>体裁分类</td>"
                 "<td>发布机构</td></tr>"
                 "<tr><td>K-5</td><td>法治政府</td><td>报告</td><td>某县人民政府</td></tr></table>")
    assert (doc.index_number, doc.publisher) == ("K-5", "某县人民政府")


def test_label_and_value_rows_in_turn_leave_no_values_in_the_text():
    # Labels, values, labels, values: a wider block folded in rows, above the title. Its first
    # value row was kept as the text's first line, the labels under it read as a third row.
    table = ("<table><tr><td>索引号</td><td>发布机构</td><td>生成日期</td></tr>"
             "<tr><td>K-1/202503-00008</td><td>某县住房和城乡建设局</td><td>2025-03-12</td></tr>"
             "<tr><td>发布日期</td><td>文号</td><td>信息分类</td></tr>"
             "<tr><td>2025-03-14</td><td>无</td><td>法治政府建设</td></tr></table>")
    body = "".join(f"<p>{line}</p>" for line in (
        "县人民政府：", "2024年，本局深入推进法治政府建设，现将有关情况报告如下：",
        "一、主要举措和成效", "（一）规范行政执法行为。评查执法案卷89卷，整改问题39个。",
        "二、存在的不足", "执法人员培训不够。",
        "三、2025年工作安排", "持续推进严格规范公正文明执法。",
        "某县住房和城乡建设局", "2025年3月12日"))
    page = ("<html><head><meta charset='utf-8'></head><body>"
            f"<div class='xxgk-info'>{table}</div><div class='article'>"
            f"<h1>某县住房和城乡建设局2024年度法治政府建设工作报告</h1>{body}</div></body></html>")
    doc = clean([page.encode()], "http://www.example.gov.cn/a.html")
    assert doc.text.splitlines()[0] == "县人民政府："
    assert _fields(doc)[:2] == ("K-1/202503-00008", "某县住房和城乡建设局")
