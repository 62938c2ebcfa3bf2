"""A DOCX's headings numbered by Word (numbering.xml: 一、 （一） 1.), not by their text, keep
their numbers and so their sections. DOCX files written here with python-docx."""

from __future__ import annotations

import docx
from docx.oxml import parse_xml

from cleaning import clean
from tests.cleaning.test_cleaning_docx_order import URL, saved

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
LEVELS = (("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."))
ABSTRACT = (f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="90">' + "".join(
    f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
    f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(LEVELS))
    + "</w:abstractNum>")
NUM = f'<w:num xmlns:w="{W_NS}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
# (level, text): level None is body text; level 0 is numbered through the Heading 1 style
BODY = [(None, "某县人民政府关于2024年度法治政府建设情况的报告"),
        (None, "2024年，我县深入学习贯彻习近平法治思想，现将有关情况报告如下。"),
        (0, "主要举措和成效"), (1, "坚持党的领导"), (2, "强化理论学习"),
        (None, "全年组织专题学习12次。"), (2, "压实工作责任"), (None, "制定年度任务分工方案。"),
        (1, "严格规范执法"), (None, "开展执法案卷评查。"), (0, "存在的不足和原因"),
        (None, "基层执法力量不足。"), (0, "下一年度工作安排"), (None, "持续提升行政执法质量。"),
        (None, "某县人民政府"), (None, "2025年3月10日")]


def numbered_report() -> bytes:
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(ABSTRACT))
    numbering.append(parse_xml(NUM))
    document.styles["Heading 1"].element.get_or_add_pPr().append(parse_xml(
        f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>'))
    for level, text in BODY:
        if level == 0:
            document.add_paragraph(text, style="Heading 1")
            continue
        paragraph = document.add_paragraph(text)
        if level is not None:
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/>'
                f'<w:numId w:val="90"/></w:numPr>'))
    return saved(document)


def test_word_numbered_headings_keep_their_numbers_and_sections():
    doc = clean([numbered_report()], URL)
    lines = doc.text.split("\n")
    assert "一、主要举措和成效" in lines and "（二）严格规范执法" in lines
    assert "三、下一年度工作安排" in lines and "2.压实工作责任" in lines
    assert [(s.level, s.number, s.heading) for s in doc.sections] == [
        (1, "一", "主要举措和成效"), (2, "一", "坚持党的领导"), (3, "1", "强化理论学习"),
        (3, "2", "压实工作责任"), (2, "二", "严格规范执法"), (1, "二", "存在的不足和原因"),
        (1, "三", "下一年度工作安排")]


def test_paragraphs_without_numbering_are_unchanged():
    doc = clean([numbered_report()], URL)
    assert "全年组织专题学习12次。" in doc.text.split("\n")
