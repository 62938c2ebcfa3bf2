"""A script shell — a page whose body is only a loading or JavaScript notice (加载中…, 您的浏览
器未启用JavaScript) until its scripts fill it in — gives no text made of that notice, and says
what it is in a warning. Prose using the same words stays. Pages written here."""

from __future__ import annotations

import pytest

from cleaning import clean
from cleaning.noise import is_script_shell
from cleaning.patterns import SCRIPT_SHELL_WARNING

TITLE = "青禾县2024年度法治政府建设情况报告"
URL = "http://www.qinghe.gov.cn/zwgk/fzzf/202503/t20250310_1.html"
SHELLS = [
    "<div id='app'>加载中…</div>",
    "<div id='app'><p>正在加载，请稍候...</p></div>"
    "<noscript>您的浏览器未启用JavaScript，请启用后访问本页面。</noscript>",
    "<div class='content' id='zoom'><p>数据加载中，请稍后……</p></div>",
    "<div id='root'></div><noscript>You need to enable JavaScript to run this app.</noscript>",
    f"<div class='article'><h1>{TITLE}</h1><div class='con'>Loading...</div></div>",
    "<div class='list'><p>您的浏览器不支持脚本，请升级浏览器。</p></div>",
]
PROSE = ["加载中国特色社会主义法治理念宣传内容", "全面开启法治政府建设新篇章",
         "启用JS执法办案系统", "启用新版行政执法平台，全年办理案件1200件。",
         "不支持脚本语言的旧系统已全部更换完毕，共计12套。"]


def page(body: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}_青禾县人民政府</title>"
            "<script src='/js/app.js'></script></head><body><div class='nav'><a href='/'>首页</a>"
            f"</div>{body}<div class='footer'>版权所有：青禾县人民政府</div>"
            "</body></html>").encode()


@pytest.mark.parametrize("body", SHELLS)
def test_a_script_shell_gives_no_text_and_a_warning(body):
    doc = clean([page(body)], URL)
    assert doc.text == ""
    assert SCRIPT_SHELL_WARNING in doc.warnings


@pytest.mark.parametrize("line", PROSE)
def test_prose_with_the_words_is_no_shell(line):
    assert not is_script_shell(line)


def test_a_loading_line_beside_the_report_goes_without_the_warning():
    body = ("<div id='zoom'><p>数据加载中…</p><p>市人民政府：</p>"
            "<p>2024年，我县深入学习贯彻习近平法治思想，法治政府建设取得新成效。现报告如下：</p>"
            "<p>一、主要举措和成效</p>" + "<p>全年审查行政规范性文件23件，办理行政复议案件41件，"
            "开展执法监督检查12次，纠正执法问题30个，培训执法人员420人次。</p>" * 3 +
            "<p>二、存在的不足和原因</p><p>基层执法力量相对薄弱。</p>"
            "<p>三、下一年度工作安排</p><p>持续提升行政执法质量。</p>"
            "<p>青禾县人民政府</p><p>2025年3月10日</p></div>")
    doc = clean([page(body)], URL)
    assert doc.text.startswith("市人民政府：") and doc.is_report
    assert SCRIPT_SHELL_WARNING not in doc.warnings
