"""An <ol>'s numbers are drawn by the browser: written into the text, they number its sections."""

from __future__ import annotations

import lxml.html
import pytest

from cleaning import clean
from cleaning.lists import marker, number_ordered_lists

ITEMS = ("<li><strong>强化理论学习。</strong>全年组织专题学习12次，覆盖干部职工300余人次。</li>"
         "<li><strong>压实工作责任。</strong>制定年度任务分工方案，明确责任单位和完成时限。</li>")


def _report(ol_attributes: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>甲区2024年法治政府建设情况报告</title></head>"
            "<body><div class='TRS_Editor'><h3>一、主要举措和成效</h3>"
            "<p>2024年，甲区坚持依法行政，推进法治政府建设，各项工作取得新成效。</p>"
            f"<p><strong>（一）坚持党的领导</strong></p><ol {ol_attributes}>{ITEMS}</ol>"
            "<h3>二、存在的不足和原因</h3><p>基层执法力量相对薄弱，规范化水平还需提升。</p>"
            "<p>甲区人民政府</p><p>2025年1月20日</p></div></body></html>").encode()


@pytest.mark.parametrize(("attributes", "numbers"), [
    ("style='list-style-type: decimal;'", ["1", "2"]),
    ("start='3'", ["3", "4"]),
])
def test_ordered_list_items_keep_their_drawn_numbers_as_sections(attributes, numbers):
    doc = clean([_report(attributes)], "http://www.example.gov.cn/a.html")
    level3 = [(s.number, s.heading) for s in doc.sections if s.number in numbers]
    assert [heading for _, heading in level3][-2:] == ["强化理论学习", "压实工作责任"]


def test_hidden_markers_and_written_numbers_get_no_second_number_and_types_are_drawn():
    for ol, text in (("<ol style='list-style: none'><li>甲项工作</li></ol>", "甲项工作"),
                     ("<ol><li>1.甲项工作</li><li>乙项工作</li></ol>", "1.甲项工作乙项工作"),
                     ("<ol type='a'><li>甲项工作</li><li value='5'>乙项工作</li></ol>",
                      "a.甲项工作e.乙项工作")):
        tree = lxml.html.fromstring(f"<div>{ol}</div>")
        number_ordered_lists(tree)
        assert tree.text_content() == text


def test_markers_in_each_counter_style():
    assert [marker(4, "decimal"), marker(2, "lower-alpha"), marker(4, "upper-roman"),
            marker(12, "cjk-ideographic"), marker(20, "cjk-ideographic")] == [
        "4.", "b.", "IV.", "十二、", "二十、"]
