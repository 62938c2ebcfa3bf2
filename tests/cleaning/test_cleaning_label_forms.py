"""Disclosure-block labels in the forms portals spell them: padded apart by empty inline
elements, or under another name (信息索引)."""

from __future__ import annotations

from cleaning import clean

BODY = ("<div class='article-content'>" + "<p>2024年，我县坚持依法行政，推进法治政府建设。</p>" * 8
        + "</div>")


def _clean(block: str):
    page = f"<html><head><meta charset='utf-8'></head><body>{block}{BODY}</body></html>"
    return clean([page.encode()], "http://www.example.gov.cn/a.html")


def test_a_label_padded_apart_by_empty_elements_is_read_whole():
    doc = _clean("<ul><li><span class='k'>索<em>　</em>引<em>　</em>号：</span>"
                 "<span class='v'>B-7/2025-00012</span></li>"
                 "<li><span class='k'>文<i> </i>号：</span><span class='v'>乙政〔2025〕3号</span>"
                 "</li></ul>")
    assert (doc.index_number, doc.doc_number) == ("B-7/2025-00012", "乙政〔2025〕3号")


def test_a_padded_label_with_its_value_after_it_in_the_same_element():
    doc = _clean("<p><b>索<span>&nbsp;</span>引<span>&nbsp;</span>号：</b>C-9</p>")
    assert doc.index_number == "C-9"


def test_xinxi_suoyin_names_the_index_number_in_a_line_of_pairs():
    doc = _clean("<p class='xxsy'>信息索引：QX-0100-2025-00007　　发布机构：丙县人民政府　　"
                 "生成日期：2025-02-27</p>")
    assert (doc.index_number, doc.publisher) == ("QX-0100-2025-00007", "丙县人民政府")


def test_a_label_holding_real_text_in_a_child_is_not_padding():
    # The child holds the value: it is read from the element, not from what follows it.
    doc = _clean("<p>索引号：<span>D-1</span></p><p>E-2</p>")
    assert doc.index_number == "D-1"


SEARCH_PAGE = """<html><head><meta charset='utf-8'><title>{title}</title></head><body>
<form class='search'><input name='q' value='法治政府建设年度报告'>
<div class='filter'><span>范围：</span><a class='on'>全部</a><a>标题</a><a>正文</a>
<span>时间：</span><a>不限</a><a>一年内</a></div></form>
<div class='results'><p>找到相关结果约12条</p>
<div class='item'><a href='/art/1.html'>丁市2024年度法治政府建设情况报告</a>
<p>2024年，全市坚持依法行政……一、主要举措和成效……</p><span>2025-02-28</span></div>
<div class='item'><a href='/art/2.html'>戊区2024年度法治政府建设情况报告</a>
<p>……二、存在的不足……</p><span>2025-02-20</span></div></div></body></html>"""


def test_a_field_name_in_a_filter_link_is_no_label():
    doc = clean([SEARCH_PAGE.format(title="丁市人民政府").encode()],
                "http://www.example.gov.cn/search.do?q=x")
    assert doc.title == "丁市人民政府"     # not 正文, the link after 标题


def test_a_search_results_page_has_no_title():
    doc = clean([SEARCH_PAGE.format(title="搜索结果-丁市人民政府").encode()],
                "http://www.example.gov.cn/search.do?q=x")
    assert (doc.title, doc.is_report) == (None, False)


def test_pairs_each_in_its_own_brackets_colon_inside_are_read():
    doc = _clean("<p class='source'>[发布时间：2025-03-21] [来源：丁区司法局] "
                 "[字号：<a>大</a> <a>中</a> <a>小</a>]</p>")
    assert (doc.published, doc.publisher) == ("2025-03-21", "丁区司法局")
    doc = _clean("<div class='info'>【发布日期：2025年3月22日】【信息来源：戊县司法局】</div>")
    assert (doc.published, doc.publisher) == ("2025-03-22", "戊县司法局")


def test_a_bracket_inside_a_bracketed_value_makes_no_pair():
    doc = _clean("<p>[文号：己政发[2025]3号]</p>")
    assert doc.doc_number is None
