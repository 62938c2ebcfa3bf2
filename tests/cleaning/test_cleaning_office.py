"""Reports published as Word 97 .doc, WPS .wps or OFD files, and scanned PDFs."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfWriter

from cleaning import clean
from cleaning.attachments import extract_text
from cleaning.document import Attachment
from tests.cleaning.office_files import ofd, word97

URL = "http://www.example.gov.cn/uploadfile/2025/0318/20250318101522.{ext}"
TITLE = "某县人民政府关于2024年度法治政府建设情况的报告"
PARAGRAPHS = [
    "某县人民政府", "某政文〔2025〕12号", TITLE, "市人民政府：",
    "2024年，我县深入学习贯彻习近平法治思想，扎实推进法治政府建设各项工作，取得了新的成效。",
    "一、主要举措和成效", "（一）加强组织领导。全年研究部署法治政府建设重点工作25次。",
    "二、存在的不足和原因", "基层执法力量相对薄弱。", "三、2025年主要安排",
    "持续深化“放管服”改革。", "某县人民政府", "2025年3月18日",
]


@pytest.mark.parametrize("ext, content_type", [
    ("doc", "application/msword"), ("wps", "application/octet-stream"), ("doc", None)])
def test_word97_report_file_is_read_and_sectioned(ext, content_type):
    doc = clean([word97(PARAGRAPHS)], URL.format(ext=ext), content_type)
    assert doc.title == TITLE and doc.is_report and doc.report_year == 2024
    assert doc.doc_number == "某政文〔2025〕12号"
    assert doc.text.split("\n")[0] == "市人民政府：" and doc.text.endswith("2025年3月18日")
    assert [(s.number, s.category) for s in doc.sections if s.level == 1] == [
        ("一", "measures"), ("二", "shortcomings"), ("三", "plans")]
    assert doc.publisher == "某县人民政府"


def test_word97_field_codes_keep_their_result_only():
    lines = extract_text(Attachment(url="a.doc", name="a.doc"),
                         word97(["见\x13 HYPERLINK \"http://x\" \x14附件1\x15。"]))
    assert lines == ["见附件1。"]


def _ofd_lines() -> list[tuple[float, float, str]]:
    body = 5.6
    return [
        (63.0, 12.0, "某县人民政府"), (71.4, body, "某政文〔2025〕12号"), (15.3, 7.8, TITLE),
        (28.0, body, "市人民政府："),
        (39.2, body, "2024年，我县深入学习贯彻习近平法治思想，扎实推进"),
        (28.0, body, "法治政府建设各项工作，取得了新的成效。"),
        (39.2, body, "一、主要举措和成效"),
        (39.2, body, "（一）加强组织领导。全年研究部署法治政府建设"),
        (28.0, body, "重点工作25次。"),
        (90.0, body, "— 1 —"),
        (39.2, body, "二、存在的不足和原因"), (39.2, body, "基层执法力量相对薄弱。"),
        (120.0, body, "某县人民政府"), (120.0, body, "2025年3月18日"),
    ]


def test_ofd_report_file_is_read_line_by_line_into_paragraphs():
    doc = clean([ofd(_ofd_lines(), TITLE)], URL.format(ext="ofd"), "application/ofd")
    assert doc.title == TITLE and doc.is_report and doc.doc_number == "某政文〔2025〕12号"
    lines = doc.text.split("\n")
    assert lines[1] == PARAGRAPHS[4]                       # wrapped line joined
    assert "（一）加强组织领导。全年研究部署法治政府建设重点工作25次。" in lines
    assert "— 1 —" not in doc.text and lines[-2:] == ["某县人民政府", "2025年3月18日"]


def test_a_scanned_pdf_is_recorded_with_a_warning_not_an_empty_report_or_an_error():
    writer, buffer = PdfWriter(), io.BytesIO()
    writer.add_blank_page(595, 842)
    writer.write(buffer)
    url = ("http://www.example.gov.cn/uploadfiles/202503/"
           "%E6%9F%90%E5%8E%BF2024%E5%B9%B4%E6%B3%95%E6%B2%BB%E6%94%BF%E5%BA%9C%E5%BB%BA"
           "%E8%AE%BE%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.pdf")
    doc = clean([buffer.getvalue()], url, "application/pdf")
    assert doc.title == "某县2024年法治政府建设年度报告" and doc.report_year == 2024
    assert doc.publisher == "某县人民政府"          # the issuer its title names
    assert doc.is_report and doc.text == ""
    assert any(w.startswith("scanned_pdf") for w in doc.warnings)
    assert doc.attachments == []                  # the scan is the page, not its attachment


def test_a_scan_names_its_publisher_by_the_issuer_in_its_title():
    from cleaning.fields import title_issuer

    assert title_issuer("阳曲县2024年法治政府建设年度报告") == "阳曲县人民政府"
    assert title_issuer("某市司法局关于2024年度法治政府建设情况的报告") == "某市司法局"
    assert title_issuer("关于2024年度法治政府建设情况的报告") is None
    assert title_issuer("法治政府建设年度报告") is None
