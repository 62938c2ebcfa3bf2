"""Decoding: header vs <meta> vs bytes; GB2312 declared → GB18030; unreadable input refused."""

from __future__ import annotations

import pytest

from cleaning import CleaningError, clean
from cleaning.encoding import decode

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
