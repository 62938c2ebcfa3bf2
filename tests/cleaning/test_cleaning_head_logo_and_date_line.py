"""Two site lines above a report's body: the logo's site name, the closing signer's name
without its region (嘉定区人民政府 over a report signed 上海市嘉定区人民政府), on a page read
whole with no salutation; and a lone date line (日期：2025-03-31) between the title and a <br>
body. The site's, not the report's first lines. A red header's organ line not naming the
signer, and a one-pair line that is no date, stay. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.noise import clean_lines

TITLE = "某区2024年法治政府建设情况报告"
OPENING = "2024年，我区深入推进法治政府建设，现将有关情况报告如下。"
BODY = [OPENING, "一、主要举措和成效", "（一）完善重大行政决策程序", "全年召开专题会议52次。",
        "二、存在的不足", "执法人员培训不够。", "某省某市某区人民政府", "2025年3月21日"]


def test_the_logo_naming_the_signer_without_its_region_goes():
    page = ("<html><head><meta charset='utf-8'><title>" + TITLE + "</title></head><body>"
            "<div class='logo'>某区人民政府</div><div class='nav'><a href='/'>首页</a></div>"
            f"<h1>{TITLE}</h1><div class='body'>"
            + "".join(f"<p>{line}</p>" for line in BODY) + "</div></body></html>")
    text = clean([page.encode()], "http://www.example.gov.cn/zwgk/t20250321_1.html").text
    assert text.splitlines()[0] == OPENING


@pytest.mark.parametrize("head", [["某区人民政府"], ["日期：2025-03-31"],
                                  ["发布时间：2025-03-31 10:20"]])
def test_head_site_lines_go(head):
    assert clean_lines([*head, *BODY], TITLE)[0] == OPENING


@pytest.mark.parametrize("head", [["中共某区委员会"], ["某区人民政府文件"],
                                  ["解读机关：某区司法局"]])
def test_other_head_lines_stay(head):
    assert clean_lines([*head, *BODY], TITLE)[0] == head[0]
