"""Numbered headings → flat sections with levels, numerals, run-in headings and categories."""

from __future__ import annotations

import pytest

from cleaning.sections import categorize, split


def test_levels_and_numbers():
    lines = ["第一部分 主要举措和成效", "（一）坚持党的领导。正文一。", "1.深化改革。正文。",
             "2．优化环境", "3、强化监督", "（1）开展整治", "①建立平台", "(二)严格执法"]
    got = [(s.level, s.number, s.heading) for s in split(lines)]
    assert got == [(1, "一", "主要举措和成效"), (2, "一", "坚持党的领导"), (3, "1", "深化改革"),
                   (3, "2", "优化环境"), (3, "3", "强化监督"), (4, "1", "开展整治"),
                   (5, "1", "建立平台"), (2, "二", "严格执法")]


def test_run_in_heading_and_section_text():
    sections = split(["一、主要举措", "（一）坚持思想引领。召开会议3次。", "印发清单。"])
    assert sections[1].heading == "坚持思想引领"
    assert sections[1].text == "召开会议3次。\n印发清单。"


def test_inline_enumeration_stays_body_text():
    sections = split(["一、主要举措", "一是健全制度；二是开展评议。", "二是强化督查。"])
    assert [s.heading for s in sections] == ["主要举措"]
    assert "二是强化督查" in sections[0].text


def test_lost_numeral_is_inferred_from_neighbours():
    sections = split(["、推进法治政府建设的主要举措和成效", "正文。", "二、存在的不足", "正文。"])
    assert [(s.level, s.number) for s in sections] == [(1, "一"), (1, "二")]
    later = split(["一、主要举措", "、存在的不足和原因", "三、下一年度的主要安排"])
    assert [s.number for s in later] == ["一", "二", "三"]


def test_heading_split_across_a_line_break_is_joined():
    bold = {"二、党政主要负责人履行推进法治建设", "第一责任人职责情况"}
    sections = split(["二、党政主要负责人履行推进法治建设", "第一责任人职责情况", "正文。"], bold)
    assert sections[0].heading == "党政主要负责人履行推进法治建设第一责任人职责情况"
    assert sections[0].text == "正文。"
    dangling = split(["一、推进法治政府建设的", "主要举措和成效", "正文。"])
    assert dangling[0].heading == "推进法治政府建设的主要举措和成效"


def test_strong_marked_heading_without_full_stop():
    bold = {"（一）完善依法行政制度体系"}
    line = ("（一）完善依法行政制度体系全年审查规范性文件23件，"
            "清理废止文件11件，一是严格合法性审核") * 2
    section = split([line], bold)[0]
    assert section.heading == "完善依法行政制度体系"


def test_numbers_are_not_headings():
    assert split(["1.5万家企业完成信用修复。", "2024年，我区坚持依法行政。"]) == []


@pytest.mark.parametrize("heading, expected", [
    ("推进法治政府建设的主要举措和成效", "measures"),
    ("聚焦政治统领，坚定法治政府正确方向", "measures"),
    ("党政主要负责人履行推进法治建设第一责任人职责情况", "leadership"),
    ("存在问题与不足", "shortcomings"),
    ("下一年度的主要安排", "plans"),
    ("2021年度推进法治政府建设的主要思路和打算", "plans"),
    ("落实法治督察整改思路和措施", "other"),
    ("其他需要报告的情况", "other"),
    ("存在的问题和下一步工作打算", ["shortcomings", "plans"]),
    ("存在的主要问题", "shortcomings"),        # qualifiers between the words
    ("存在的突出问题", "shortcomings"),
    ("主要不足", "shortcomings"),
    ("存在问题和不足", "shortcomings"),
    ("2017年法治政府建设主要工作", "measures"),
])
def test_categories(heading, expected):
    got = categorize(heading)
    assert (sorted(got) if isinstance(got, list) else got) == (
        sorted(expected) if isinstance(expected, list) else expected)


def test_bare_marker_takes_the_next_line_as_its_heading():
    # "<strong>第一部分<br/>2022年…</strong>": the marker and its heading on two lines
    lines = ["第一部分", "2022年法治政府建设主要举措和成效", "（一）", "加强领导。召开会议3次。",
             "1.", "规范执法", "正文。", "第二部分", "存在的不足和原因", "正文。",
             "三、", "下一步工作安排"]
    got = [(s.level, s.number, s.heading, s.category) for s in split(lines)]
    assert got == [(1, "一", "2022年法治政府建设主要举措和成效", "measures"),
                   (2, "一", "加强领导", None), (3, "1", "规范执法", None),
                   (1, "二", "存在的不足和原因", "shortcomings"),
                   (1, "三", "下一步工作安排", "plans")]
    assert split(lines)[1].text == "召开会议3次。"


def test_bare_marker_followed_by_a_marker_stays_an_empty_heading():
    got = [(s.level, s.number, s.heading) for s in split(["一、", "（一）加强领导。正文。"])]
    assert got == [(1, "一", ""), (2, "一", "加强领导")]


def test_marker_and_bold_heading_broken_by_br_on_a_page():
    # "<strong>（一）<br/>加强组织领导</strong>正文", no full stop: the bold line is the heading
    from cleaning import clean
    body = ("<p>2023年，我区坚持依法行政，推进法治政府建设，各项工作取得新成效，"
            "现将有关情况报告如下：</p>"
            "<p><strong>一、<br/>主要举措和成效</strong></p>"
            "<p><strong>（一）<br/>加强组织领导</strong>全年召开专题会议5次，审议通过分工方案</p>"
            "<p>（二）<br/>规范行政执法。全面落实三项制度。</p>"
            "<p><b>1.</b><br><b>深化改革</b></p><p>全面实行清单管理。</p>"
            "<p><strong>二、</strong></p><p><strong>存在的问题和下一步工作打算</strong></p>"
            "<p>基层力量薄弱。</p>")
    page = ("<html><head><meta charset='utf-8'></head><body><div class='TRS_Editor'>"
            f"{body}</div></body></html>")
    doc = clean([page.encode()], "http://www.example.gov.cn/a.html")
    got = [(s.level, s.number, s.heading, s.category) for s in doc.sections]
    assert got == [(1, "一", "主要举措和成效", "measures"), (2, "一", "加强组织领导", None),
                   (2, "二", "规范行政执法", None), (3, "1", "深化改革", None),
                   (1, "二", "存在的问题和下一步工作打算", ["shortcomings", "plans"])]
    assert doc.sections[1].text == "全年召开专题会议5次，审议通过分工方案"
