"""Heading markup of the issue-10 pages: level-1 headings in <h3>/<h4>, bold headings broken by
<br>, a joint red header whose words the signature repeats."""

from __future__ import annotations

from cleaning import clean

TITLE = "某县2024年度法治政府建设情况报告"
OPENING = "<p>县委：</p><p>2024年，我县深入推进法治政府建设，现将有关情况报告如下：</p>"
CLOSING = "<p>某县人民政府</p><p>2025年3月18日</p>"


def page(body: str, title: str = TITLE) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='TRS_Editor'>{OPENING}{body}{CLOSING}</div></body></html>").encode()


def outline(doc) -> list[tuple[int, str, str]]:
    return [(s.level, s.number, s.heading) for s in doc.sections]


def test_level_one_headings_in_h3_and_level_two_in_h4():
    body = ("<h3>一、主要举措和成效</h3><h4>（一）加强组织领导</h4>"
            "<p>1.完善制度。全年审查规范性文件23件。</p>"
            "<h3>二、存在的不足和原因</h3><p>基层执法力量相对薄弱。</p>"
            "<h4>三、下一年度工作安排</h4><p>持续深化改革。</p>")
    doc = clean([page(body)], "http://www.example.gov.cn/a.html")
    assert outline(doc) == [(1, "一", "主要举措和成效"), (2, "一", "加强组织领导"),
                            (3, "1", "完善制度"), (1, "二", "存在的不足和原因"),
                            (1, "三", "下一年度工作安排")]
    assert [s.category for s in doc.sections if s.level == 1] == [
        "measures", "shortcomings", "plans"]


def test_a_bold_heading_broken_by_br_inside_the_bold_is_one_heading():
    body = ("<p><b>一、推进法治政府建设的<br/>主要举措和成效</b></p><p>全年审查规范性文件23件。</p>"
            "<p><strong>二、存在的不足<br>和原因</strong></p><p>基层执法力量相对薄弱。</p>")
    doc = clean([page(body)], "http://www.example.gov.cn/a.html")
    assert outline(doc) == [(1, "一", "推进法治政府建设的主要举措和成效"),
                            (1, "二", "存在的不足和原因")]


def test_a_signature_repeating_the_red_header_stays_and_a_joint_title_stays_whole():
    joint = "中共某县委 某县人民政府关于2024年度法治政府建设情况的报告"
    red = ("<p>中 共 某 县 委</p><p>某 县 人 民 政 府</p><p>某发〔2025〕3号</p>"
           "<p><b>中共某县委 某县人民政府<br/>关于2024年度法治政府建设情况的报告</b></p>")
    data = page("<p>一、主要举措和成效</p><p>全年审查规范性文件23件。</p>", joint)
    data = data.replace(OPENING.encode(), (red + OPENING).encode()).replace(
        CLOSING.encode(), "<p>中共某县委　　　某县人民政府</p><p>2025年3月18日</p>".encode())
    doc = clean([data], "http://www.example.gov.cn/a.html")
    assert doc.title == joint and doc.doc_number == "某发〔2025〕3号"
    lines = doc.text.split("\n")
    assert lines[0] == "县委：" and lines[-2:] == ["中共某县委 某县人民政府", "2025年3月18日"]
