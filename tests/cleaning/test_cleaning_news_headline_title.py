"""A re-post may head the report with news of its publication (某县2024年度法治政府建设情况报告
全文公布) and give the report's own title only in its opening line's 《》 or as a line: the
report's title is the document's. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from tests.cleaning.test_cleaning_reposts import BODY, TITLE

REPOST_URL = "https://mp.weixin.qq.com/s/Nw9kq"


def repost(headline: str, lead: str) -> bytes:
    return ("<html><head><meta charset='utf-8'>"
            f"<meta property='og:title' content='{headline}'><title>{headline}</title></head>"
            f"<body><h1 class='rich_media_title' id='activity-name'>{headline}</h1>"
            "<div class='rich_media_meta_list'><span id='js_name'>某县发布</span></div>"
            f"<div class='rich_media_content' id='js_content'><p>{lead}</p>{BODY}</div>"
            "</body></html>").encode()


@pytest.mark.parametrize("headline", ["某县2024年度法治政府建设情况报告全文公布",
                                      "某县2024年法治政府建设年度报告发布"])
@pytest.mark.parametrize("lead", [f"近日，县人民政府在门户网站公开了《{TITLE}》，全文如下。",
                                  f"《{TITLE}》"])
def test_the_report_title_under_news_of_its_publication(headline, lead):
    doc = clean([repost(headline, lead)], REPOST_URL)
    assert doc.title == TITLE
    assert doc.is_report


@pytest.mark.parametrize("headline,lead", [
    # a report title as the headline stays, whatever the lead quotes
    ("某县2024年度法治政府建设情况报告", f"近日，县人民政府公开了《{TITLE}》。"),
    # news of publication quoting last year's report: no title of this year to take
    ("某县2024年度法治政府建设情况报告公布", "去年，县人民政府公开了《某县人民政府关于2023年度"
                                          "法治政府建设情况的报告》。"),
])
def test_the_headline_stays_without_a_quoted_report_of_its_year(headline, lead):
    assert clean([repost(headline, lead)], REPOST_URL).title == headline
