"""Two site lines at a department page's head: a column's introduction above the title
(栏目简介：本栏目发布…。) and, atop the body before the salutation, a link to the page's
other-language version (【조선문 보기】, 民族文字版). The site's, not the report's, though the
introduction ends a sentence. Report lines naming a column or a minority script stay. Pages
written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.noise import is_furniture

URL = "http://www.example.gov.cn/bmpd/lyj/202503/t20250324_1.html"
TITLE = "某县林业局2024年度法治政府建设工作情况报告"
BODY = ("<p>县委依法治县办：</p><p>2024年，我局深入推进法治政府建设，现将有关情况报告如下。</p>"
        "<p>一、主要举措和成效</p><p>（一）加强组织领导。局党组专题研究法治工作4次。</p>"
        "<p>二、存在的不足</p><p>执法人员培训不够。</p>"
        "<p>三、2025年工作安排</p><p>持续推进严格规范公正文明执法。</p>"
        "<p>某县林业局</p><p>2025年3月24日</p>")


def page(intro: str, link: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<div class='content'><div class='lmjj'>{intro}</div><div class='atitle'>{TITLE}</div>"
            f"<div class='acontent'><p style='text-align:right'><a href='/kr/1.html'>{link}</a></p>"
            f"{BODY}</div></div></body></html>").encode()


@pytest.mark.parametrize("intro, link", [
    ("栏目简介：本栏目发布某县林业局法治政府建设年度报告、行政执法公示等信息。", "【조선문 보기】"),
    ("【频道介绍】：发布本局政务信息。", "民族文字版"),
])
def test_a_column_intro_and_a_language_version_link_go(intro, link):
    doc = clean([page(intro, link)], URL)
    assert doc.text.splitlines()[0] == "县委依法治县办："
    assert "栏目" not in doc.text and "频道" not in doc.text and link not in doc.text


@pytest.mark.parametrize("line", ["[藏文版]", "（ᠮᠣᠩᠭᠣᠯ）", "조선문 보기", "藏文"])
def test_language_version_lines_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "开设法治栏目，发布普法信息120条。",
    "栏目简介编写规范化，全年更新政务栏目简介12个。",
    "推进藏文版法律法规汇编出版发行工作。",
])
def test_report_lines_naming_a_column_or_a_script_stay(line):
    assert not is_furniture(line)
