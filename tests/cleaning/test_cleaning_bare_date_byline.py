"""A bare date opening the byline under a title element named by the short class ``tt``
(<div class="news-tt">, then <div>2025-03-25　来源：本网　作者：　</div>), with no 发布时间
label and no content container the cleaner knows: the byline's date is the published date,
read in the title block. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean

TITLE = "某县医疗保障局2024年法治政府建设年度报告"
BODY = ["2024年以来，我局聚焦法治政府建设目标任务，着力提升依法行政能力和水平。"
        "现将有关情况报告如下：",
        "一、主要举措和成效", "全年办理行政复议案件3件，行政执法案卷评查合格率100%。",
        "二、存在的不足", "执法人员法治素养有待提高。", "三、下一步工作安排",
        "持续推进严格规范公正文明执法。", "某县医疗保障局", "2025年3月20日"]
URL = "http://www.mouxian.gov.cn/ybj/gkmlpt/content/2/2001/post_2001.html"


def _page(title_class: str, byline: str) -> bytes:
    body = "".join(f"<p><span>{line}</span></p>" for line in BODY)
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<title>{TITLE}</title></head><body><div class='news'>"
            f"<div class='{title_class}'>{TITLE}</div><div class='news-info'>{byline}</div>"
            f"<div class='news-txt'>{body}</div></div></body></html>").encode()


@pytest.mark.parametrize("title_class", ["news-tt", "tt", "detail_tt"])
@pytest.mark.parametrize("byline", ["2025-03-25　来源：本网　作者：　<span>分享至</span>",
                                    "2025-03-25 09:30　来源：本网　作者："])
def test_a_bare_date_opening_the_byline_is_the_published_date(title_class, byline):
    assert clean([_page(title_class, byline)], URL).published == "2025-03-25"


def test_a_class_merely_holding_tt_names_no_title():
    page = _page("button", "2025-03-25　来源：本网　作者：")
    assert clean([page], URL).published is None
