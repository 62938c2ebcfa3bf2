"""Traditional pages are converted to Simplified; Simplified pages are never altered."""

from __future__ import annotations

from cleaning import clean
from cleaning.script import detect, traditional_ratio

SIMPLIFIED = "於潜镇等地先行先试，坚持依法行政，推进法治政府建设取得显著成效。"
TRADITIONAL = "堅持依法行政，推進法治政府建設，各項工作取得新進展、新成效。"


def page(body: str) -> bytes:
    paragraphs = "".join(f"<p>{body}</p>" for _ in range(4))
    return (f"<html><head><meta charset='utf-8'></head><body>"
            f"<div class='article-content'>{paragraphs}</div></body></html>").encode()


def test_detection():
    assert detect(TRADITIONAL) == "traditional"
    assert detect(SIMPLIFIED) == "simplified"
    assert traditional_ratio(SIMPLIFIED) < 0.05 < traditional_ratio(TRADITIONAL)


def test_traditional_page_is_converted():
    doc = clean([page(TRADITIONAL)], "http://big5.example.gov.cn/gate/big5/www.example.gov.cn/a")
    assert doc.original_script == "traditional"
    assert "坚持依法行政，推进法治政府建设，各项工作取得新进展、新成效。" in doc.text


def test_simplified_page_is_left_exactly_as_is():
    doc = clean([page(SIMPLIFIED)], "http://www.example.gov.cn/a.html")
    assert doc.original_script == "simplified"
    assert SIMPLIFIED in doc.text           # 於 would become 于 under t2s


def test_many_texts_convert_in_one_call_as_each_alone():
    from cleaning.script import to_simplified, to_simplified_many

    texts = ["發佈日期：", "2024年3月5日", "乾", "隆", "乾隆", "", "index", "機構\n概況",
             "資訊公開　索引號：", "\ue000 joiner inside"]
    assert to_simplified_many(texts) == [to_simplified(text) for text in texts]
    assert to_simplified_many(texts[:-1]) == [to_simplified(text) for text in texts[:-1]]
    assert to_simplified_many(["發佈日期"]) == ["发布日期"] and to_simplified_many([]) == []
