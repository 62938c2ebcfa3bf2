"""A report file's cover: label：value rows beside the title (a two-column cover extracts them
interleaved with the title's lines) are its fields, and the title's lines join again."""

from __future__ import annotations

from cleaning import clean
from tests.cleaning.test_cleaning_attachments import make_pdf
from tests.cleaning.test_cleaning_pdf_paragraphs import MEASURES, SHORTCOMINGS, wrap

URL = "http://www.example.gov.cn/zwgk/202503/P020250311000001.pdf"
# Full-width printed lines, as a report's are: short cover lines end their paragraphs.
BODY = ["市人民政府：", *wrap("2024年，我县坚持依法行政，推进法治政府建设。现将有关情况报告如下："),
        "一、主要举措和成效", *wrap(MEASURES), "二、存在的不足和原因", *wrap(SHORTCOMINGS),
        "丙县人民政府", "2025年2月14日"]
TWO_COLUMN_COVER = ["丙县人民政府", "索引号：X-1/2025-00003公开属性：主动公开",
                    "关于2024年度法治政府", "文号：丙政报〔2025〕2号", "建设情况的报告",
                    "签发人：王某", "成文日期：2025年2月14日"]


def test_cover_rows_interleaved_with_the_title_are_fields_and_the_title_joins_again():
    doc = clean([make_pdf(TWO_COLUMN_COVER + BODY)], URL, "application/pdf")
    assert doc.title == "丙县人民政府关于2024年度法治政府建设情况的报告"
    assert (doc.doc_number, doc.index_number) == ("丙政报〔2025〕2号", "X-1/2025-00003")
    assert doc.is_report and doc.text.startswith("市人民政府：")
    assert "索引号" not in doc.text and "签发人" not in doc.text


def test_a_red_header_line_is_not_the_issuer_of_a_title_below_it():
    doc = clean([make_pdf(["丙县人民政府文件", "丙政报〔2025〕2号",
                           "关于2024年度法治政府建设情况的报告", *BODY])], URL, "application/pdf")
    assert doc.title == "关于2024年度法治政府建设情况的报告"
    assert doc.doc_number == "丙政报〔2025〕2号"
    assert doc.index_number is None


def test_the_printing_line_on_a_cover_is_not_wrapped_into_the_salutation():
    cover = [*TWO_COLUMN_COVER, "丙县人民政府办公室 2025年2月14日印发"]
    doc = clean([make_pdf(cover + BODY)], URL, "application/pdf")
    assert doc.text.startswith("市人民政府：") and "印发" not in doc.text


def test_a_doc_number_line_centred_under_the_title_is_the_doc_number():
    doc = clean([make_pdf(["丙县人民政府关于2024年度法治政府建设情况的报告", "丙政报〔2025〕2号",
                           *BODY])], URL, "application/pdf")
    assert (doc.title, doc.doc_number) == ("丙县人民政府关于2024年度法治政府建设情况的报告",
                                           "丙政报〔2025〕2号")
    assert doc.text.startswith("市人民政府：") and "丙政报" not in doc.text


def test_a_bare_doc_number_in_a_column_beside_the_title_leaves_the_title_whole():
    cover = ["丙县人民政府", "关于2024年度法治政府", "丙政报〔2025〕2号", "建设情况的报告",
             "签发人：王某"]
    doc = clean([make_pdf(cover + BODY)], URL, "application/pdf")
    assert (doc.title, doc.doc_number) == ("丙县人民政府关于2024年度法治政府建设情况的报告",
                                           "丙政报〔2025〕2号")


def test_a_body_line_citing_a_doc_number_is_not_the_doc_number():
    cited = "根据《关于印发法治政府建设实施方案的通知》（丙政发〔2024〕1号）要求，现报告如下："
    body = [BODY[0], cited, *BODY[1:]]
    doc = clean([make_pdf(["丙县人民政府关于2024年度法治政府建设情况的报告", *body])], URL,
                "application/pdf")
    assert doc.doc_number is None
