"""WeChat editor headings drawn as blocks: a numeral badge beside the heading's block (one
banner, one heading line), and a heading in a <section> of spans with no <p>."""

from __future__ import annotations

import lxml.html

from cleaning import clean
from cleaning.heading_blocks import drops_heading, join_badge_banners

URL = "https://mp.weixin.qq.com/s/AbCdEf"
PARA = ("<p style='text-indent:2em'><span>全年审查规范性文件{n}件，提出修改意见{n}条，"
        "报备率、及时率均达到100%。</span></p>")


def banner(number: str, heading: str) -> str:
    return ("<section style='display:flex;align-items:center'>"
            "<section style='background:#c8161d;padding:4px'><span style='color:#fff'>"
            f"{number}</span></section><section style='border-bottom:2px solid'>"
            f"<span style='font-weight:bold'>{heading}</span></section></section>")


def span_heading(heading: str) -> str:
    return (f"<section style='margin-top:16px'><span style='color:#c00000'><strong>"
            f"<span leaf=''>{heading}</span></strong></span></section>")


HEADINGS = (("一、", "主要举措和成效"), ("二、", "党政主要负责人履行第一责任人职责情况"),
            ("三、", "存在的不足"), ("四、", "下一步工作安排"))


def page(head) -> bytes:
    body = "<p><span>2024年，某县坚持依法行政，现将有关情况报告如下：</span></p>"
    for n, (number, heading) in enumerate(HEADINGS, 1):
        body += head(number, heading) + PARA.format(n=n * 7) + PARA.format(n=n * 11)
    body += "<p><span>某县人民政府</span></p><p><span>2025年3月10日</span></p>"
    return ("<html><head><meta charset='utf-8'><title>某县2024年法治政府建设年度报告</title>"
            "</head><body><h1 class='rich_media_title' id='activity-name'>"
            "某县2024年法治政府建设年度报告</h1><div class='rich_media_content' id='js_content'>"
            f"{body}</div></body></html>").encode()


def level1(doc) -> list[tuple[str, str, str | None]]:
    return [(s.number, s.heading, s.category) for s in doc.sections if s.level == 1]


EXPECTED = [("一", "主要举措和成效", "measures"),
            ("二", "党政主要负责人履行第一责任人职责情况", "leadership"),
            ("三", "存在的不足", "shortcomings"), ("四", "下一步工作安排", "plans")]


def test_badge_banner_is_one_heading_line():
    doc = clean([page(banner)], URL)
    assert level1(doc) == EXPECTED
    assert "\n一、主要举措和成效\n" in doc.text and "\n一、\n" not in doc.text


def test_heading_in_a_section_of_spans_is_kept():
    doc = clean([page(lambda number, heading: span_heading(number + heading))], URL)
    assert level1(doc) == EXPECTED
    assert "\n三、存在的不足\n" in doc.text


def test_what_is_no_banner_is_left_as_it_is():
    markup = ("<div><section><section><span>一、</span></section>"
              "<section><span>全年审查规范性文件36件。</span></section></section>"
              "<section><section><span>2024</span></section><section><span>主要举措</span>"
              "</section></section><section><section><p>一、</p></section>"
              "<section><p>主要举措</p><p>存在的不足</p><p>下一步安排</p></section></section>"
              "</div>")
    node = lxml.html.fromstring(markup)
    join_badge_banners(node)
    assert [el.tag for el in node] == ["section", "section", "section"]


def test_drops_heading_is_told_by_level1_lines_only():
    walked = ["一、主要举措", "（一）加强领导。全年学法12次。", "1.强化学习"]
    assert drops_heading(walked, walked[1:])
    assert not drops_heading(walked, walked[:2])
