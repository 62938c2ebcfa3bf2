"""Lines of bracketed labels with no colon inside the body div, before the salutation
(【索引号】…　【公开主体】…　【文号】…): longer than a label cell, they are label/value lines
all the same; their fields are read and they stay out of the body."""

from __future__ import annotations

from cleaning import clean

URL = "http://www.example.gov.cn/xxgk/detail/202503/t20250326_3.html"
TITLE = "某市人民政府关于2024年度法治政府建设情况的报告"


def page() -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<div class='xxgk-title'>{TITLE}</div><div class='xxgk-text'>"
            "<div class='meta'><p>【索引号】11230000MB1C7000XX/2025-00042"
            "　【公开主体】某市人民政府办公室"
            "　【文号】某政报〔2025〕3号</p><p>【生成日期】2025-03-24　【公开日期】2025-03-26"
            "　【公开方式】主动公开　【公开范围】面向社会</p></div>"
            "<p>省人民政府：</p><p>2024年，我市深入推进法治政府建设，现将有关情况报告如下：</p>"
            "<p>一、主要举措和成效</p><p>（一）健全依法决策机制。10件重大决策事项全部履行法定程序。</p>"
            "<p>二、存在的不足</p><p>执法人员培训不够。</p>"
            "<p>三、2025年工作安排</p><p>持续推进严格规范公正文明执法。</p>"
            "<p>某市人民政府</p><p>2025年3月24日</p></div></body></html>").encode()


def test_bracket_label_lines_in_the_body_div_are_read_and_dropped():
    doc = clean([page()], URL)
    assert doc.doc_number == "某政报〔2025〕3号"
    assert doc.index_number == "11230000MB1C7000XX/2025-00042"
    assert doc.published == "2025-03-26"
    assert "索引号" not in doc.text and "公开日期" not in doc.text
    assert doc.text.startswith("省人民政府：")
