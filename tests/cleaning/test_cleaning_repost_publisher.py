"""Who published a report a page carries without a 发布机构 row or a signature: the issuer its
title names, not the agency, website or news outlet a 来源 or the site's name gives — a
department's site or a WeChat account re-posting its government's report."""

from __future__ import annotations

import pytest

from cleaning import clean

TITLE = "乙县人民政府2024年度法治政府建设情况报告"
BODY = "".join(f"<p>{n}、我县坚持依法行政，全年审查规范性文件{n * 7}件，推进法治政府建设。</p>"
               for n in range(1, 9))


def page(info: str = "", head: str = "", title: str = TITLE) -> bytes:
    # No signature closes the body: the page's own words are all there is.
    return (f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
            f"<div class='zw'><h1>{title}</h1><div class='info'>{info}</div>"
            f"<div class='zw-con'>{BODY}</div></div></body></html>").encode()


def publisher(data: bytes, url: str = "http://yjj.yx.gov.cn/art/2025/3/5/art_1_1.html") -> str:
    return clean([data], url).publisher


@pytest.mark.parametrize("info", ["来源：乙县人民政府网", "来源：乙县人民政府门户网站",
                                  "来源：乙县融媒体中心", "来源：本站", ""])
def test_a_source_naming_a_website_an_outlet_or_nothing(info):
    assert publisher(page(info)) == "乙县人民政府"


def test_a_departments_site_reposting_its_governments_report():
    head = "<meta name='SiteName' content='乙县应急管理局'>"
    assert publisher(page("转载自：乙县人民政府网", head)) == "乙县人民政府"


def test_the_sites_name_naming_the_issuer_whole_is_kept():
    head = "<meta name='SiteName' content='甲市乙县人民政府'>"
    assert publisher(page("", head)) == "甲市乙县人民政府"


def test_a_report_titled_without_an_issuer_keeps_the_sites_name():
    head = "<meta name='SiteName' content='乙县应急管理局'>"
    assert publisher(page("", head, title="2024年度法治政府建设情况报告")) == "乙县应急管理局"


def test_a_source_naming_an_organisation_is_still_the_publisher():
    # An own-site page naming its drafting office as 来源 (the gold of earlier rounds).
    assert publisher(page("来源：乙县司法局")) == "乙县司法局"


def test_a_title_about_a_region_names_no_issuer_before_guanyu():
    # 关于乙县2024年…: no organisation opens the title.
    head = "<meta name='SiteName' content='乙县应急管理局'>"
    title = "关于乙县2024年度法治政府建设情况的报告"
    assert publisher(page("", head, title=title)) == "乙县应急管理局"


def test_a_wechat_repost_names_the_issuing_government():
    data = (f"<html><head><meta charset='utf-8'><meta property='og:title' content='{TITLE}'>"
            f"</head><body><h1 class='rich_media_title' id='activity-name'>{TITLE}</h1>"
            "<a id='js_name'>乙县司法</a><div class='rich_media_content' id='js_content'>"
            f"<section>来源：乙县融媒</section>{BODY}</div></body></html>").encode()
    assert publisher(data, "https://mp.weixin.qq.com/s/AbCdEf999") == "乙县人民政府"
