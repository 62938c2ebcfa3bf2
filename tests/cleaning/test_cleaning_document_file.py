"""A report published as the file itself: the listing links straight to a PDF/DOCX."""

from __future__ import annotations

import pytest

from cleaning import CleaningError, clean
from cleaning.pdf_text import join_wrapped_lines
from tests.cleaning.test_cleaning_attachments import LINES, make_docx, make_pdf

FILE_URL = "http://www.example.gov.cn/uploadfile/2024/0301/P020240301.{ext}"


@pytest.mark.parametrize("ext, maker, content_type", [
    ("pdf", make_pdf, "application/pdf"),
    ("docx", make_docx, None),   # recognised by its bytes when the server sends no type
])
def test_report_file_becomes_a_sectioned_document(ext, maker, content_type):
    url = FILE_URL.format(ext=ext)
    doc = clean([maker(LINES)], url, content_type)
    assert doc.is_report and doc.report_year == 2023
    assert doc.title == LINES[0]
    assert doc.text.startswith("县委：") and LINES[0] not in doc.text
    assert [(s.level, s.category) for s in doc.sections] == [
        (1, "measures"), (1, "shortcomings"), (1, "plans")]
    # The file is the page, not its own attachment; its extraction is told by the warning.
    assert doc.attachments == []
    assert f"body taken from the .{ext} file itself" in doc.warnings


@pytest.mark.parametrize("ext", ["doc", "wps", "ofd"])
def test_a_malformed_report_file_is_a_clear_error(ext):
    with pytest.raises(CleaningError, match="not extracted"):
        clean([b"\xd0\xcf\x11\xe0 legacy bytes"], FILE_URL.format(ext=ext))


def test_wrapped_pdf_lines_rejoin_into_paragraphs_and_keep_the_signature():
    full = "持续推进“放管服”改革，区级政务服务事项“最多跑"
    lines = ["（一）推进政府职能转变。" + full, "一次”比例达98%。", "二、存在的问题",
             full, "整改跟踪不够到位。", "北城区人民政府", "2023年3月10日", "- 2 -"]
    assert join_wrapped_lines(lines) == [
        lines[0] + lines[1], "二、存在的问题", full + "整改跟踪不够到位。", "北城区人民政府",
        "2023年3月10日"]
