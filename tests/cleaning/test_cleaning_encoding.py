"""Decoding: header vs <meta> vs bytes; GB2312 declared → GB18030; unreadable input refused."""

from __future__ import annotations

import pytest

from cleaning import CleaningError, clean
from cleaning.encoding import decode, decode_page

TEXT = "县司法局局长王喆、副局长李堃出席会议，推进法治政府建设。"


def html(charset: str | None, body: str = TEXT) -> str:
    meta = f"<meta charset='{charset}'>" if charset else ""
    return f"<html><head>{meta}<title>t</title></head><body><p>{body}</p></body></html>"


def test_gb2312_declared_decodes_characters_outside_gb2312_via_gb18030():
    data = html("gb2312").encode("gb18030")
    with pytest.raises(UnicodeEncodeError):
        TEXT.encode("gb2312")          # the page really needs the superset
    text, codec = decode(data, "text/html; charset=gb2312")
    assert TEXT in text and codec == "gb18030"


def test_wrong_utf8_header_does_not_produce_mojibake():
    data = html("gbk").encode("gbk")
    text, codec = decode(data, "text/html; charset=utf-8")
    assert TEXT in text and codec == "gb18030"


def test_utf8_bytes_win_over_a_gbk_header():
    text, codec = decode(html("gbk").encode("utf-8"), "text/html; charset=gbk")
    assert TEXT in text and codec == "utf-8"


def test_missing_charset_everywhere_is_guessed():
    text, _ = decode(html(None, TEXT * 5).encode("gb18030"), None)
    assert TEXT in text


def test_big5_page_with_wrong_gbk_header():
    trad = "縣司法局推進法治政府建設，依法行政工作取得新進展。"
    text, _ = decode(html("big5", trad * 3).encode("big5"), "text/html; charset=gbk")
    assert trad in text


@pytest.mark.parametrize("data", [b"", b"   \n", b"%PDF-1.7\n\x00\x01binary",
                                  bytes(range(256)) * 4, b"PK\x03\x04\x14\x00zip"])
def test_unreadable_input_raises(data):
    with pytest.raises(CleaningError):
        clean([data], "http://example.gov.cn/a.html")


def test_document_records_the_encoding():
    doc = clean([html("gb2312").encode("gb18030")], "http://example.gov.cn/a.html")
    assert doc.encoding == "gb18030"
    assert "王喆" in doc.text and "李堃" in doc.text


REPORT_TITLE = "某县2024年度法治政府建设情况报告"
REPORT_BODY = ("2024年，我县坚持以习近平法治思想为指导，深入推进法治政府建设，"
               "依法行政水平不断提升，各项工作取得新成效。") * 6


def report_page(stray: bytes) -> bytes:
    """A UTF-8 page declared UTF-8 in header and <meta>, with `stray` bytes inside the body."""
    head = (f"<html><head><meta charset='utf-8'><title>{REPORT_TITLE}</title></head><body>"
            f"<h1>{REPORT_TITLE}</h1><div class='TRS_Editor'><p>{REPORT_BODY}</p><p>").encode()
    return head + stray + f"{REPORT_BODY}</p></div></body></html>".encode()


@pytest.mark.parametrize("stray", [b"\x93", "法".encode()[:2], b"\xff\xfe\x92"])
def test_a_few_bad_bytes_in_the_declared_charset_keep_the_charset(stray):
    data = report_page(stray)
    text, codec = decode(data, "text/html; charset=utf-8")
    assert codec == "utf-8" and REPORT_TITLE in text and "\ufffd" in text
    doc = clean([data], "http://www.example.gov.cn/a.html", "text/html; charset=utf-8")
    assert doc.title == REPORT_TITLE and doc.is_report
    assert any("undecodable bytes" in w for w in doc.warnings), doc.warnings


def test_a_few_bad_bytes_are_tolerated_without_any_declaration():
    text, codec = decode(report_page(b"\x93").replace(b"charset='utf-8'", b""), None)
    assert codec == "utf-8" and REPORT_TITLE in text


def test_a_clean_page_has_no_encoding_warning():
    data = report_page(b"")
    doc = clean([data], "http://www.example.gov.cn/a.html", "text/html; charset=utf-8")
    assert not any("undecodable" in w for w in doc.warnings)


def test_many_bad_bytes_are_another_encoding_not_a_few_stray_ones():
    data = html("utf-8", TEXT * 3).encode("gb18030")
    text, codec = decode(data, "text/html; charset=utf-8")
    assert codec == "gb18030" and TEXT in text


def test_a_big_page_is_judged_on_all_its_bytes_not_its_first_kilobytes():
    """The first 8 KB are decoded alone first, to refuse a codec that fails on most bytes
    without decoding the whole page: stray bytes crowded into them (240, more than 2 % of the
    prefix's non-ASCII bytes, fewer than 2 % of the page's) keep the page's charset."""
    crowded = (TEXT.encode() + b"\x93" * 3) * 80
    data = html("utf-8", "{}" + TEXT * 2000).encode().replace(b"{}", crowded)
    assert data.rindex(b"\x93") < 8192 < len(data) // 20
    decoded = decode_page(data, "text/html; charset=utf-8")
    assert decoded.codec == "utf-8" and decoded.replaced == 240


def test_a_big_gbk_page_declared_utf8_is_read_as_gbk():
    data = html("utf-8", TEXT * 2000).encode("gbk")
    text, codec = decode(data, "text/html; charset=utf-8")
    assert codec == "gb18030" and TEXT in text


def test_a_big_page_in_the_fallback_codec_with_a_stray_byte_keeps_it():
    data = html(None, TEXT * 2000).encode("gb18030")
    data = data[:50000] + b"\xff" + data[50000:]
    decoded = decode_page(data, "text/html; charset=gbk")
    assert decoded.codec == "gb18030" and decoded.replaced >= 1 and TEXT in decoded.text
