"""The issuing body of a report file is who signs it (the signature above the closing date), as a
reader takes it — an administrative office (行政公署) of a 盟 or 地区 signs like a government;
the file's author property (a login name) is never the issuer."""

from __future__ import annotations

import io

import docx

from cleaning import clean

URL = "http://www.example.gov.cn/zwgk/fzzfjs/202502/P020250213000001.docx"
BODY = ["自治区人民政府：", "2024年，全盟坚持依法行政，推进法治政府建设。现将有关情况报告如下。",
        "一、主要举措和成效", "全年审查行政规范性文件48件，备案审查率100%。",
        "二、存在的不足", "法治宣传的针对性还需增强。"]


def _docx(paragraphs: list[str], author: str) -> bytes:
    document = docx.Document()
    document.core_properties.author = author
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_an_administrative_office_signing_the_file_is_its_publisher():
    data = _docx(["某某盟2024年法治政府建设情况报告", *BODY, "某某盟行政公署", "2025年2月10日"],
                 author="mm-sfj")
    doc = clean([data], URL, "application/vnd.openxmlformats-officedocument."
                "wordprocessingml.document")
    assert doc.publisher == "某某盟行政公署"
    assert "mm-sfj" not in doc.text


def test_a_title_naming_an_administrative_office_names_the_publisher_of_an_unsigned_file():
    data = _docx(["某某地区行政公署2024年法治政府建设情况报告", *BODY], author="admin")
    doc = clean([data], URL)
    assert doc.publisher == "某某地区行政公署"
