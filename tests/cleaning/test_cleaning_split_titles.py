"""A report title broken over two or three centred lines — the organ's name, then 2024年度…报告
or 关于…的报告 — is one title, in a report file and on a page."""

from __future__ import annotations

import re

import pytest

from cleaning import clean
from tests.cleaning.test_cleaning_attachments import make_docx, make_pdf

ORGAN = "甲市乙区市场监督管理局"
BODY = ["区委全面依法治区委员会办公室：",
        "2024年以来，在区委、区政府的坚强领导下，我局紧扣建设人民满意的法治政府这一目标，统筹"
        "推进各领域依法治理。现将有关情况报告如下：",
        "一、主要举措和成效",
        "（一）推进包容审慎监管。制定轻微违法行为免罚清单和首违不罚事项清单，全年适用不予处罚、"
        "减轻处罚案件74件，让执法既有力度又有温度。",
        "二、存在的不足",
        "基层执法队伍专业化水平不高，执法规范化建设仍有短板，法治宣传的针对性和实效性还需提升。",
        "三、下一步工作安排",
        "深入开展行政执法质量提升行动，加大执法人员培训和执法监督力度，持续深化执法规范化建设。",
        ORGAN, "2025年1月15日"]
# A PDF's text comes as its printed lines: body paragraphs wrapped at 28 characters.
PDF_BODY = [line[i:i + 28] for line in BODY for i in range(0, len(line), 28)]
FILE_URL = "http://www.example.gov.cn/module/download/downfile.jsp?filename=2501151020.{ext}"


def laid_out_pdf(lines: list[str]) -> bytes:
    """A PDF whose lines sit where a printed report puts them: short lines centred on a
    30-character measure, long ones from the left margin (one page, CJK font)."""
    placed = []
    for number, line in enumerate(lines):
        x = 72 + (15 - len(line) / 2) * 15 if len(line) < 20 else 72
        placed.append(f"1 0 0 1 {x:.0f} {780 - 20 * number} Tm "
                      f"<{line.encode('utf-16-be').hex()}> Tj")
    data = make_pdf(["X"])
    content = f"BT /F1 15 Tf {' '.join(placed)} ET"
    old = data[data.index(b"<< /Length"):data.index(b"endstream")]
    new = f"<< /Length {len(content)} >>\nstream\n{content}\n".encode()
    return _with_xref(data.replace(old, new))


def _with_xref(data: bytes) -> bytes:
    """The PDF with its cross-reference table's offsets written again."""
    body = data[:data.index(b"xref")]
    offsets = [m.start() for m in re.finditer(rb"\d+ 0 obj", body)]
    table = "xref\n0 {}\n0000000000 65535 f \n{}".format(
        len(offsets) + 1, "".join(f"{o:010d} 00000 n \n" for o in offsets))
    trailer = data[data.index(b"trailer"):data.index(b"startxref")]
    return body + table.encode() + trailer + f"startxref\n{len(body)}\n%%EOF\n".encode()


@pytest.mark.parametrize("ext, maker, body", [("pdf", laid_out_pdf, PDF_BODY),
                                               ("docx", make_docx, BODY)])
@pytest.mark.parametrize("head, title", [
    ([ORGAN, "2024年度法治政府建设情况报告"], ORGAN + "2024年度法治政府建设情况报告"),
    (["甲市乙区人民政府", "关于2024年度法治政府建设", "情况的报告"],
     "甲市乙区人民政府关于2024年度法治政府建设情况的报告"),
    ([ORGAN, "2024年度法治政府建设", "工作情况报告"], ORGAN + "2024年度法治政府建设工作情况报告"),
])
def test_an_organ_line_above_a_title_naming_no_issuer_joins_it(ext, maker, body, head, title):
    doc = clean([maker([*head, *body])], FILE_URL.format(ext=ext))
    assert doc.title == title
    assert doc.text.startswith("区委全面依法治区委员会办公室：")


@pytest.mark.parametrize("head, title", [
    # The title names its issuer itself: the organ line above is a header, not its start.
    (["甲市乙区司法局", "甲市乙区司法局2024年度法治政府建设工作报告"],
     "甲市乙区司法局2024年度法治政府建设工作报告"),
    # A red header's 文件 line and its 文号 are the cover's, never the title's.
    (["甲市乙区人民政府文件", "乙政发〔2025〕3号", "2024年度法治政府建设情况报告"],
     "2024年度法治政府建设情况报告"),
])
def test_a_title_keeps_to_itself(head, title):
    assert clean([laid_out_pdf([*head, *PDF_BODY])], FILE_URL.format(ext="pdf")).title == title


def html(title_block: str, page_title: str = "甲市乙区人民政府网") -> bytes:
    body = "".join(f"<p>{line}</p>" for line in BODY)
    return (f"<html><head><meta charset='utf-8'><title>{page_title}</title></head><body>"
            f"<div class='logo'>甲市乙区人民政府网</div><div class='detail'>{title_block}"
            f"<div class='content'>{body}</div></div></body></html>").encode()


@pytest.mark.parametrize("block", [
    "<h1>甲市乙区人民政府<br>关于2024年度法治政府建设情况的报告</h1>",
    "<div class='article-title'><p>甲市乙区人民政府</p><p>关于2024年度法治政府建设情况的报告</p>"
    "</div>",
])
def test_a_page_title_over_two_lines_is_joined(block):
    doc = clean([html(block)], "http://www.example.gov.cn/art/2025/1/20/art_1_1.html")
    assert doc.title == "甲市乙区人民政府关于2024年度法治政府建设情况的报告"


def test_a_heading_naming_no_issuer_takes_it_from_the_pages_title():
    # The heading leaves out the organ its <title> names before the same words.
    data = html("<h1>关于2024年度法治政府建设情况的报告</h1>",
                "甲市乙区人民政府关于2024年度法治政府建设情况的报告_甲市乙区人民政府网")
    doc = clean([data], "http://www.example.gov.cn/art/2025/1/20/art_1_2.html")
    assert doc.title == "甲市乙区人民政府关于2024年度法治政府建设情况的报告"


def test_a_heading_naming_its_issuer_keeps_it():
    data = html("<h1>乙区司法局2024年度法治政府建设情况报告</h1>",
                "甲市乙区人民政府2024年度法治政府建设情况报告_甲市乙区人民政府网")
    doc = clean([data], "http://www.example.gov.cn/art/2025/1/20/art_1_3.html")
    assert doc.title == "乙区司法局2024年度法治政府建设情况报告"
