"""A report file's cover names its publisher when the file signs off with a date only: a
publisher row (发布机构：…) is declared, the red header's issuer (某县人民政府文件) counts after a
signature. Files written here (PDF, DOCX, Word 97)."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.document_file import red_header_issuer
from tests.cleaning.office_files import word97
from tests.cleaning.test_cleaning_attachments import make_docx, make_pdf
from tests.cleaning.test_cleaning_file_cover import BODY, URL

TITLE = "关于2024年度法治政府建设情况的报告"
UNSIGNED = [*BODY[:-2], "2025年2月14日"]       # the closing date, no signing body above it


@pytest.mark.parametrize(("line", "issuer"), [
    ("丙县人民政府文件", "丙县人民政府"),
    ("丙 县 人 民 政 府 文 件", "丙县人民政府"),
    ("中共丙县委员会  丙县人民政府文件", "丙县人民政府"),
    ("丙县司法局文件", "丙县司法局"),
    ("转发上级文件", None),
    ("关于印发丙县法治政府建设实施方案的通知文件", None),
])
def test_the_red_header_names_its_issuer(line, issuer):
    assert red_header_issuer([line]) == issuer


@pytest.mark.parametrize("make", [make_pdf, make_docx, word97])
def test_an_unsigned_file_is_published_by_its_red_header(make):
    url = URL.replace(".pdf", {make_pdf: ".pdf", make_docx: ".docx", word97: ".doc"}[make])
    doc = clean([make(["莆田市丙县人民政府文件", "丙政报〔2025〕2号", TITLE, *UNSIGNED])], url)
    assert doc.publisher == "莆田市丙县人民政府"
    assert doc.title == TITLE and "文件" not in doc.text.split("\n")[0]


def test_a_signature_beats_the_red_header_and_a_publisher_row_beats_both():
    signed = [*BODY[:-2], "丙县司法局", "2025年2月14日"]
    doc = clean([make_pdf(["丙县人民政府办公室文件", TITLE, *signed])], URL)
    assert doc.publisher == "丙县司法局"
    cover = ["丙县人民政府办公室文件", "发布机构：丙县人民政府", TITLE]
    doc = clean([make_pdf([*cover, *signed])], URL)
    assert doc.publisher == "丙县人民政府"
