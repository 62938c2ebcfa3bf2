"""Bodies written as list items (<ul>/<ol> of prose <li>) and lists of links next to them."""

from __future__ import annotations

import pytest

from cleaning import clean

BODY_ITEMS = (
    "<li>区委：</li>"
    "<li>2023年，我区坚持依法行政，推进法治政府建设，各项工作取得新成效，现将有关情况报告如下：</li>"
    "<li><b>一、主要举措和成效</b></li>"
    "<li><b>（一）加强组织领导。</b>全年召开专题会议5次，审议通过重点任务分工方案，压实各方责任。"
    "详见<a href='/fa.html'>分工方案</a>。</li>"
    "<li>1.深化改革。全面实行行政许可事项清单管理，动态调整权责清单3次。</li>"
    "<li><b>二、党政主要负责人履行推进法治建设第一责任人职责情况</b></li>"
    "<li>主要负责人带头述法，组织部门负责人现场述法，推动责任落实。</li>"
    "<li><b>三、存在的不足和原因</b></li><li>基层执法力量相对薄弱，规范化水平还需提升。</li>"
    "<li><b>四、下一年度的主要安排</b></li><li>持续深化改革，加强法治宣传教育。</li>"
    "<li>甲区人民政府</li><li>2024年2月1日</li>")
RELATED = ("<div class='rel-box'><h3>往年报告</h3><ul>"
           "<li><a href='/a/1.html'>甲区2022年度法治政府建设情况报告</a>"
           "<span>2023-03-10</span></li>"
           "<li><a href='/a/2.html'>甲区2021年度法治政府建设情况报告</a>"
           "<span>2022-03-12</span></li>"
           "<li><a href='/a/3.html'>甲区2020年度法治政府建设情况报告</a> [2021年03月09日]</li>"
           "</ul></div>")
EXPECTED_SECTIONS = [(1, "一", "主要举措和成效"), (2, "一", "加强组织领导"), (3, "1", "深化改革"),
                     (1, "二", "党政主要负责人履行推进法治建设第一责任人职责情况"),
                     (1, "三", "存在的不足和原因"), (1, "四", "下一年度的主要安排")]


def _page(list_tag: str, body_class: str, related_inside: bool) -> bytes:
    body = f"<{list_tag}>{BODY_ITEMS}</{list_tag}>"
    inside, after = (RELATED, "") if related_inside else ("", RELATED)
    return ("<html><head><meta charset='utf-8'><title>甲区2023年度法治政府建设情况报告</title>"
            f"</head><body><div class='{body_class}'>{body}{inside}</div>{after}"
            "<div class='foot'>主办单位：甲区政府办</div></body></html>").encode()


@pytest.mark.parametrize("list_tag", ["ul", "ol"])
@pytest.mark.parametrize("body_class", ["TRS_Editor", "wz-con"])   # a known container, or none
@pytest.mark.parametrize("related_inside", [True, False])
def test_list_item_paragraphs_are_body_and_link_lists_are_not(list_tag, body_class,
                                                              related_inside):
    doc = clean([_page(list_tag, body_class, related_inside)], "http://www.example.gov.cn/a.html")
    lines = doc.text.split("\n")
    assert not [line for line in lines if line.startswith(("-", "•", "*"))]   # no list bullets
    assert [(s.level, s.number, s.heading) for s in doc.sections] == EXPECTED_SECTIONS
    assert lines[0] == "区委：" and lines[-2:] == ["甲区人民政府", "2024年2月1日"]
    assert "2022年度法治政府建设情况报告" not in doc.text and "2023-03-10" not in doc.text
    assert "2020年度法治政府建设情况报告" not in doc.text
    assert "详见分工方案。" in doc.text     # a link inside a prose item stays body text


def test_a_list_of_prose_items_with_links_is_not_furniture():
    items = "".join(f"<li>第{i}项：按照<a href='/x{i}.html'>实施方案</a>要求，"
                    f"全年完成整改任务{i}项，形成长效机制，相关做法在全市推广。</li>"
                    for i in range(1, 5))
    page = ("<html><head><meta charset='utf-8'></head><body><div class='TRS_Editor'>"
            "<p>2023年，我区坚持依法行政，推进法治政府建设，各项工作取得新成效。</p>"
            f"<ul>{items}</ul></div></body></html>").encode()
    doc = clean([page], "http://www.example.gov.cn/a.html")
    assert all(f"全年完成整改任务{i}项" in doc.text for i in range(1, 5))
