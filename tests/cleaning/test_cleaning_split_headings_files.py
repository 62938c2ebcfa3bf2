"""A numbered heading broken over two paragraphs with no joining character ("四、下一步工作" +
"思路和措施") in a DOCX or PDF report, or on a page, is one heading when the next heading
follows at once; a short line that is the heading's body (无, a short unpunctuated sentence
before body text) is not joined. Files and pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.sections import split
from tests.cleaning.test_cleaning_attachments import make_docx, make_pdf

TITLE = "某县市场监督管理局2024年法治政府建设工作报告"
LINES = [TITLE, "2024年，我局深入学习贯彻习近平法治思想，扎实推进法治政府建设。现报告如下。",
         "一、主要工作及成效", "（一）深化普法宣传。开展法治宣传活动46场，发放资料1万余份。",
         "二、存在的不足", "基层执法力量相对薄弱，执法人员专业能力有待提升。",
         "三、下一步工作", "思路和措施",
         "（一）加强法治工作队伍建设，常态化开展执法人员培训。",
         "（二）深化行政执法监督，开展执法质效提升专项行动。",
         "某县市场监督管理局", "2025年2月12日"]


def level_one(sections) -> list[str]:
    return [section.heading for section in sections if section.level == 1]


@pytest.mark.parametrize("maker, kind", [(make_docx, "docx"), (make_pdf, "pdf")])
def test_a_heading_split_over_two_paragraphs_is_one_heading(maker, kind):
    doc = clean([maker(LINES)], f"http://www.example.gov.cn/P020250212.{kind}")
    assert level_one(doc.sections) == ["主要工作及成效", "存在的不足", "下一步工作思路和措施"]
    assert doc.sections[-3].category == "plans"


def test_a_split_heading_on_a_page_is_one_heading():
    assert level_one(split(LINES[2:])) == ["主要工作及成效", "存在的不足", "下一步工作思路和措施"]


@pytest.mark.parametrize("lines", [
    ["五、其他需要报告的事项", "无", "六、下一步工作"],          # nothing to report
    ["五、其他需要报告的事项", "暂无此类情况", "六、下一步工作"],
    ["二、存在的不足", "基层力量薄弱", "执法人员专业能力有待提升。"],   # body follows, no heading
    ["二、存在的不足", "基层力量薄弱，培训不足", "三、下一步工作"],       # punctuated
])
def test_a_short_line_that_is_the_headings_body_is_not_joined(lines):
    assert level_one(split(lines))[0] == lines[0][2:]
