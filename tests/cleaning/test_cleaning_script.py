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


def test_detect_tells_a_page_part_by_part_as_the_whole_sample_ratio_would():
    """detect stops comparing once the share so far reaches the threshold: the same verdict,
    and traditional_ratio the same share, as the whole sample compared at once."""
    import operator

    from cleaning.patterns import SCRIPT_SAMPLE_CHARS, TRADITIONAL_MIN_RATIO
    from cleaning.script import _NOT_HAN_RX, to_simplified

    simplified = "坚持依法行政推进法治政府建设各项工作取得新进展新成效" * 40
    for traditional_share in (0, 1, 2, 3, 5, 8, 13, 40, 100):
        # Traditional sentences among Simplified ones, late in the sample or early.
        mixed = (simplified[:len(simplified) * (100 - traditional_share) // 100]
                 + TRADITIONAL * (traditional_share * 3))
        # Long texts too: Han-dense (the sample lies in a short prefix) or sparse (it does not).
        long_texts = (mixed * 20, (mixed + "a, b; " * 300) * 8)
        for text in (mixed, mixed[::-1], *long_texts):
            sample = _NOT_HAN_RX.sub("", text[:SCRIPT_SAMPLE_CHARS * 4])[:SCRIPT_SAMPLE_CHARS]
            whole = (sum(map(operator.ne, sample, to_simplified(sample))) / len(sample)
                     if sample else 0.0)
            assert traditional_ratio(text) == whole
            assert detect(text) == ("traditional" if whole >= TRADITIONAL_MIN_RATIO
                                    else "simplified")
