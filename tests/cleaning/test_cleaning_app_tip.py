"""A portal's prompt to get its app (扫码下载“某某通”客户端) between the top links and the
breadcrumb is head furniture: with no salutation to start the body it stayed as the body's
first line; so did a news client's share page asking to open the article in its app (打开某某云APP，
阅读体验更佳). A report's own line about an app stays. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.head_furniture import is_head_app_tip

TITLE = "某州市人民政府2024年法治政府建设情况报告"
LEAD = ("2024年，州市人民政府深入学习贯彻习近平法治思想，围绕法治政府建设目标任务，"
        "统筹推进依法行政各项工作，取得积极成效。现将有关情况报告如下。")
BODY = (f"<p>{LEAD}</p><p>一、主要工作及成效</p>"
        "<p>全年审查行政规范性文件21件，办理行政复议案件40件。</p>"
        "<p>二、存在的不足</p><p>基层执法力量还比较薄弱。</p><p>三、下一步工作打算</p>"
        "<p>持续加强行政执法监督。</p><p>某州市人民政府</p><p>2025年3月20日</p>")
URL = "https://www.mouzhou.gov.cn/zwgk/fzzf/202503/t20250320_5521.html"


def _portal_page(tip: str) -> bytes:
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<title>{TITLE}</title></head><body>"
            "<div class='top'><a href='/'>某省人民政府</a> <a href='/zw'>某省政务服务网</a></div>"
            f"<div class='tip'>{tip}</div>"
            "<div class='crumb'>位置：<a href='/'>首页</a> / <a href='/zwgk/'>政务公开</a></div>"
            "<div class='info'><p><label>发布机构：</label><span>某州市人民政府</span></p>"
            "<p><label>发布日期：</label><span>2025年03月20日</span></p></div>"
            f"<div class='detail'><h1>{TITLE}</h1><div class='txt'>{BODY}</div></div>"
            "</body></html>").encode()


@pytest.mark.parametrize("tip", [
    "<img src='/i/app.png'><span>掌上政务</span><a href='/app/'>扫码下载“州市通”客户端</a>",
    "<span>随时随地，指尖办事</span><a href='/app/'>下载“政务通”APP</a>",
    "<a href='/app/'>“某某办”App下载，</a><span>办事不求人</span>",
    # a news client's share page: open the article in the app
    "<img src='/i/logo.png'><span>打开某某云APP，阅读体验更佳</span><a href='app://n/1'>打开</a>",
    "<span>打开某某新闻</span><span>阅读体验更佳</span><a href='#'>打开</a>",
    "<span>在客户端内打开，体验更好</span>",
])
def test_an_app_download_prompt_above_the_body_goes(tip):
    doc = clean([_portal_page(tip)], URL)
    lines = doc.text.split("\n")
    assert lines[0] == LEAD
    assert lines[-2:] == ["某州市人民政府", "2025年3月20日"]


@pytest.mark.parametrize("line", [
    "推广“州市通”APP，下载量达12万次。",            # a sentence of the report
    "（三）推进政务服务APP下载使用",                  # a section heading
    "依托“州市通”客户端，群众可在线申请行政复议、查询办理进度，"
    "全年网上受理申请52件，占全部申请的六成以上",    # prose longer than a prompt
])
def test_a_report_line_about_an_app_is_no_prompt(line):
    assert not is_head_app_tip(line)


def test_the_prompt_shape():
    assert is_head_app_tip("一部手机办事通下载“办事通”APP")
    assert is_head_app_tip("客户端下载")
    assert not is_head_app_tip("下载中心")        # no app named: a bare line, judged elsewhere
    assert is_head_app_tip("打开某某云APP，阅读体验更佳打开")
    assert is_head_app_tip("APP内打开")
    assert not is_head_app_tip("群众办事体验更佳")      # no app, no reading: a report's words
