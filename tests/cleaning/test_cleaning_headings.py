"""Report headings written as <h3>/<h4> inside the body are body lines and section headings.

trafilatura drops every heading of a long enough body (a few thousand characters) holding two
heading levels; the page here is long enough to show that.
"""

from __future__ import annotations

from cleaning import clean

SENTENCES = ("完善政务公开制度，主动公开政府信息{}条。",
             "全年共审查行政规范性文件{}件，备案审查率达到100%。",
             "全年办理行政复议案件{}件，纠错率{}%。",
             "推进基层矛盾纠纷多元化解，全年调解纠纷{}件。",
             "组织开展行政执法案卷评查，抽查案卷{}卷。")
PARTS, ITEMS = "一二三", "一二三四"


def _paragraph(k: int) -> str:
    return "".join(SENTENCES[(k + m) % 5].format(k * 7 + m, m + 3) for m in range(5))


def _body(level1: str, level2: str) -> str:
    parts = ["<p>2023年，我市坚持依法行政，推进法治政府建设，现将有关情况报告如下。</p>"]
    for i, part in enumerate(PARTS):
        parts.append(f"<{level1}>第{part}部分　第{part}方面的工作情况</{level1}>")
        for j, item in enumerate(ITEMS):
            k = i * len(ITEMS) + j
            parts.append(f"<{level2}>（{item}）第{part}部分的第{item}项工作</{level2}>")
            parts.append(f"<p>{_paragraph(k)}</p><p>{_paragraph(k + 50)}</p>")
    parts.append("<table border='1'><tr><td>指标</td><td>2023年</td></tr>"
                 "<tr><td>行政复议收案（件）</td><td>6413</td></tr></table>")
    parts.append("<p>乙市人民政府</p><p>2024年3月1日</p>")
    parts.append("<div class='rel-box'><h3>往年报告</h3><ul>"
                 "<li><a href='/a/1.html'>乙市2022年度法治政府建设情况报告</a></li>"
                 "<li><a href='/a/2.html'>乙市2021年度法治政府建设情况报告</a></li></ul></div>")
    return "".join(parts)


def _page(level1: str, level2: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>乙市2023年度法治政府建设情况报告</title>"
            f"</head><body><div class='TRS_Editor'>{_body(level1, level2)}</div></body></html>"
            ).encode()


def test_headings_at_two_levels_survive_with_the_table_after_them():
    doc = clean([_page("h3", "h4")], "http://www.example.gov.cn/a.html")
    lines = doc.text.split("\n")
    assert "第一部分 第一方面的工作情况" in lines and "（四）第三部分的第四项工作" in lines
    assert "指标 | 2023年" in lines and "行政复议收案（件） | 6413" in lines
    assert [s.number for s in doc.sections if s.level == 1] == list(PARTS)
    assert sum(1 for s in doc.sections if s.level == 2) == len(PARTS) * len(ITEMS)


def test_a_heading_over_dropped_furniture_is_not_body_text():
    doc = clean([_page("h2", "h5")], "http://www.example.gov.cn/a.html")
    assert "第二部分 第二方面的工作情况" in doc.text.split("\n")
    assert "往年报告" not in doc.text and "2022年度法治政府" not in doc.text
    assert doc.text.split("\n")[-2:] == ["乙市人民政府", "2024年3月1日"]


def test_a_paragraph_repeating_the_start_of_an_earlier_one_is_kept():
    # a later section that restates the first sentences of an earlier paragraph is body text
    restated = _paragraph(3)[:60]
    body = _body("h3", "h4").replace("<p>乙市人民政府</p>",
                                     f"<h3>第四部分　其他需要报告的情况</h3><p>{restated}</p>"
                                     "<p>乙市人民政府</p>")
    page = ("<html><head><meta charset='utf-8'></head><body><div class='TRS_Editor'>"
            f"{body}</div></body></html>").encode()
    doc = clean([page], "http://www.example.gov.cn/a.html")
    assert restated in doc.text.split("\n")
    assert doc.sections[-1].number == "四" and restated in doc.sections[-1].text
