"""A Taiwan-style Traditional page (a news site mirroring a mainland report): small and vertical
form punctuation (一﹑ ︰ ﹔) read as the ordinary, 著 read by what the page writes, and the
publication date of a <time datetime> or article:published_time."""

from __future__ import annotations

from cleaning import clean
from cleaning.script import simplifier, to_simplified
from cleaning.textutil import ordinary_punctuation
from tests.cleaning.office_files import word97

URL = "https://news.example.com.tw/mainland/2025/04/02/a.html"
BODY = """
<p>2024年，某某縣堅持依法行政，緊緊圍繞縣委﹑縣政府決策部署，現將有關情況報告如下︰</p>
<p><b>一﹑主要舉措和成效</b></p>
<p>(一)著力健全依法決策機制。全年審查規範性文件120件，報備率﹑及時率均達到100%。</p>
<p>１﹒強化學習培訓。組織領導幹部學法12次，意味著學法常態化。</p>
<p><b>二﹑存在的不足</b></p>
<p>一是執法力量相對薄弱﹔二是宣傳形式還不夠新穎。</p>
<p><b>三﹑下一步工作安排</b></p>
<p>一是著眼長遠，堅持以法治思想為引領﹔二是推進嚴格規範公正文明執法。</p>
<p>某某縣人民政府</p><p>2025年3月28日</p>
"""


def page(head: str = "", byline: str = "") -> bytes:
    return (f"<html lang='zh-Hant-TW'><head><meta charset='utf-8'>{head}"
            "<title>某某縣2024年法治政府建設年度報告｜兩岸觀察</title></head><body>"
            "<h1>某某縣2024年法治政府建設年度報告</h1>"
            f"<div class='news-meta'>{byline}</div>"
            f"<div class='news-body'>{BODY}</div></body></html>").encode()


def test_small_form_markers_open_sections():
    doc = clean([page()], URL)
    assert doc.original_script == "traditional"
    level1 = [(s.number, s.heading) for s in doc.sections if s.level == 1]
    assert level1 == [("一", "主要举措和成效"), ("二", "存在的不足"), ("三", "下一步工作安排")]
    assert [s.category for s in doc.sections if s.level == 1] == [
        "measures", "shortcomings", "plans"]
    assert [s.level for s in doc.sections] == [1, 2, 3, 1, 1]
    assert "县委、县政府决策部署，现将有关情况报告如下：" in doc.text
    assert "执法力量相对薄弱；二是" in doc.text


def test_zhe_written_as_zhu_is_read_as_zhe():
    text = clean([page()], URL).text
    assert "着力健全" in text and "意味着" in text and "着眼长远" in text
    assert "著" not in text


def test_a_text_with_both_keeps_zhu():
    # 着 written apart from 著: 卓著 and 编著 are zhù, left as t2s reads them.
    both = "沿着法治軌道，成績卓著，編著普法讀本"
    assert simplifier(both)(both) == to_simplified(both) == "沿着法治轨道，成绩卓著，编著普法读本"
    one = "沿著法治軌道，成績顯著，著名"
    assert simplifier(one)(one) == "沿着法治轨道，成绩显著，著名"


def test_presentation_forms_become_the_ordinary_ones():
    forms = "來源︰某局﹔報備率﹑及時率﹐１﹒︙"
    assert ordinary_punctuation(forms) == "來源：某局；報備率、及時率，１．…"
    assert ordinary_punctuation("﹙一﹚﹖﹗") == "（一）？！"
    plain = "来源：某局；报备率、及时率（一）"
    assert ordinary_punctuation(plain) is plain


def test_presentation_forms_are_found_in_the_utf8_bytes_too():
    # A UTF-8 page's bytes are searched instead of its text: every form in the ranges is found.
    for code in range(0xFE10, 0xFE70):
        text = f"来源{chr(code)}某局"
        assert ordinary_punctuation(text, utf8=text.encode()) == ordinary_punctuation(text)
    plain = "来源：某局；报备率、及时率（一）"
    assert ordinary_punctuation(plain, utf8=plain.encode()) is plain
    page_bytes = "<html><body><p>一﹑加强领导</p></body></html>".encode()
    assert "一、加强领导" in clean([page_bytes], URL).text


def test_time_element_date_is_the_publication_date():
    byline = "<time datetime='2025-04-02'>2025/04/02</time>　來源︰某某縣人民政府網站"
    assert clean([page(byline=byline)], URL).published == "2025-04-02"


def test_article_published_time_meta_is_the_publication_date():
    head = "<meta property='article:published_time' content='2025-04-01T09:00:00+08:00'>"
    assert clean([page(head=head)], URL).published == "2025-04-01"


def test_a_report_file_in_small_forms_is_sectioned_too():
    paragraphs = ["某某縣人民政府關於2024年度法治政府建設情況的報告",
                  "2024年，本縣著力推進依法行政︰", "一﹑主要舉措和成效",
                  "全年審查規範性文件120件﹔報備率達到100%。", "二﹑存在的不足",
                  "執法力量相對薄弱。", "三﹑下一步工作安排", "著眼長遠，嚴格執法。",
                  "某某縣人民政府", "2025年3月28日"]
    doc = clean([word97(paragraphs)], "http://www.example.gov.cn/files/2025/report.doc",
                "application/msword")
    assert [(s.number, s.category) for s in doc.sections if s.level == 1] == [
        ("一", "measures"), ("二", "shortcomings"), ("三", "plans")]
    assert "本县着力推进依法行政：" in doc.text and "着眼长远" in doc.text
