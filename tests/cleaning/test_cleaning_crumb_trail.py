"""A breadcrumb trail with no 当前位置 label and no 首页 (政府信息公开 > 主动公开目录 > 区政府文件),
a plain div between a tab row and the metadata table: the page's furniture, not the report's
first line. A body line holding an arrow stays. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.noise import is_furniture

TITLE = "某区人民政府关于2024年法治政府建设情况的报告"
BODY = ("<p>某市人民政府：</p>"
        "<p>2024年，我区坚持以习近平法治思想为指导，深入推进法治政府建设，依法行政水平不断提升。</p>"
        "<p>一、主要举措和成效</p><p>全年审查规范性文件23件，备案审查率达到100%。</p>"
        "<p>二、存在的不足</p><p>基层执法力量相对薄弱。</p>"
        "<p>三、下一年度工作安排</p><p>持续深化行政执法体制改革。</p>"
        "<p>某区人民政府</p><p>2025年3月18日</p>")


def page(crumb: str) -> bytes:
    return ("<html><head><meta charset='utf-8'>"
            f"<title>{TITLE}</title></head><body>"
            "<ul class='gk-tabs'><li><a href='/zn/'>公开指南</a></li>"
            "<li class='on'><a href='/ml/'>主动公开目录</a></li></ul>"
            f"<div class='gk-pos'>{crumb}</div>"
            "<table class='gk-meta'><tr><td>信息索引号</td><td>MQ-2025-000412</td></tr>"
            "<tr><td>发布机构</td><td>某区人民政府办公室</td></tr></table>"
            f"<h2>{TITLE}</h2><div class='gk-content'>{BODY}</div></body></html>").encode()


@pytest.mark.parametrize("crumb", ["政府信息公开 &gt; 主动公开目录 &gt; 区政府文件",
                                   "信息公开»法定主动公开内容»规划计划",
                                   "政务公开 › 政策文件 › 区府文件 › 年度报告"])
def test_an_unlabelled_crumb_trail_above_the_body_goes(crumb):
    doc = clean([page(crumb)], "http://www.mq.gov.cn/xxgk/ml/2025/0412.html")
    assert doc.text.split("\n")[0] == "某市人民政府："
    assert "主动公开目录" not in doc.text and "规划计划" not in doc.text


@pytest.mark.parametrize("line", ["区政府 > 文件",                       # two items: not read so
                                  "收案 > 结案 > 归档，全程网上流转。",  # a sentence
                                  "2025/03/18 某区司法局"])
def test_lines_with_an_arrow_or_a_slash_that_are_no_trail(line):
    assert not is_furniture(line)
