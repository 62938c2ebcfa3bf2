"""A platform's machine summary box between a re-post's byline and its text ("AI摘要：本文主要
介绍了… 展开全文") is furniture, ending in 。 or not; a report line mentioning a summary stays."""

from __future__ import annotations

import pytest

from cleaning import clean

URL = "https://baijiahao.baidu.com/s?id=1820000000000000000&wfr=spider&for=pc"
TITLE = "某县2024年度法治政府建设情况报告"
BODY = ("<p>按照有关规定，现将我县2024年度法治政府建设工作情况报告如下：</p>"
        "<p>一、主要举措和成效</p><p>（一）健全依法决策机制。重大决策事项全部履行法定程序，"
        "智能摘要生成的执法文书经人工审核后送达。</p>"
        "<p>二、存在的不足</p><p>执法人员培训不够。</p>"
        "<p>三、2025年工作安排</p><p>持续推进严格规范公正文明执法。</p>")


def page(box: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<div class='article'><h1>{TITLE}</h1><div class='source'><span>某县司法</span>"
            f"<span>2025-03-27 10:12</span></div><div class='box'>{box}</div>"
            f"<div class='text'>{BODY}</div></div></body></html>").encode()


@pytest.mark.parametrize("box", [
    "AI摘要：本文主要介绍了某县2024年法治政府建设的主要做法与下一步安排。<a>展开全文</a>",
    "<p>AI摘要</p><p>本文介绍了某县法治政府建设的主要做法。</p><a>展开全文</a>",
])
def test_the_summary_box_is_dropped(box):
    text = clean([page(box)], URL).text
    assert "AI摘要" not in text and "展开全文" not in text
    assert "智能摘要生成的执法文书" in text
