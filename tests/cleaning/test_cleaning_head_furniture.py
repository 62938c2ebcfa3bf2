"""Head furniture by shape: what a site draws above the article (its logo name, nav items, a
bar of link texts, a byline of label：value pairs with font-size or print controls) goes
whatever its words, once a body follows; the title, an organ line, a year line, a single
label line, a salutation and the lead paragraph stay. Pages written here."""

from __future__ import annotations

import time

import pytest

from cleaning import clean
from cleaning.head_furniture import (
    drop_head_furniture,
    is_bare_head_line,
    is_head_byline,
    is_head_furniture,
)

TITLE = "某县农业农村局2024年度法治政府建设情况报告"
LEAD = ("2024年，我局在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，"
        "扎实推进法治政府建设。现将有关情况报告如下。")
BODY = (f"<p>县委全面依法治县委员会办公室：</p><p>{LEAD}</p>"
        "<p>一、主要举措和成效</p><p>全年审核规范性文件12件，备案审查做到有件必备。</p>"
        "<p>二、存在的不足</p><p>基层执法力量相对薄弱。</p>"
        "<p>三、下一步工作安排</p><p>持续提升行政执法质量。</p>"
        "<p>某县农业农村局</p><p>2025年2月20日</p>")
# Head furniture in words no furniture list holds.
LOGO = "清溪农情"
NAV = ["走进我们", "三农资讯", "惠农政策", "乡村振兴在行动"]
LINK_BAR = "网站首页 机构设置 通知公告 政策文件 办事服务 互动交流 专题专栏"
BYLINE = "时间：2025-02-21　来源：某县农业农村局　【A+】【A-】"


def _page(head: str, body: str = BODY) -> bytes:
    # No container the families know: the whole page is extracted, its head included.
    nav = "".join(f"<li>{item}</li>" for item in NAV)
    bar = " ".join(f"<span>{item}</span>" for item in LINK_BAR.split())
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>"
            f"{TITLE}</title></head><body><div class='top'>{bar}</div>"
            f"<div class='head'><div class='logo'>{LOGO}</div><ul>{nav}</ul></div>"
            f"<div class='article'>{head}<div class='txt'>{body}</div></div></body></html>"
            ).encode()


def test_logo_nav_link_bar_and_control_byline_above_the_body_go():
    head = f"<div class='tit'>{TITLE}</div><div class='info'>{BYLINE}</div>"
    doc = clean([_page(head)], "http://nyncj.example.gov.cn/tzgg/202502/t20250221_812.html")
    lines = doc.text.split("\n")
    assert lines[:2] == ["县委全面依法治县委员会办公室：", LEAD]
    assert not {LOGO, *NAV, LINK_BAR} & set(lines)
    assert not [line for line in lines if "来源：" in line or "【A+】" in line]    # the byline
    assert "基层执法力量相对薄弱。" in lines and lines[-2:] == ["某县农业农村局", "2025年2月20日"]
    assert doc.title == TITLE and doc.published == "2025-02-21"


def test_a_welcome_a_clock_and_a_long_link_bar_do_not_start_the_body():
    # Each would have started the body (a line ending ！, one of 40 characters or more) and
    # kept the furniture under it.
    welcome, clock = "欢迎访问某县农业农村局网站！", "今天是2025年2月21日 星期五"
    bar = LINK_BAR + " 数据开放 领导之窗 在线访谈"
    head = (f"<div>{welcome}</div><div>{clock}</div><div>{bar}</div>"
            f"<div class='tit'>{TITLE}</div>")
    doc = clean([_page(head)], "http://nyncj.example.gov.cn/tzgg/202502/t20250221_815.html")
    lines = doc.text.split("\n")
    assert lines[:2] == ["县委全面依法治县委员会办公室：", LEAD]
    assert not {welcome, clock, bar, TITLE, LOGO, *NAV} & set(lines)


def test_organ_line_year_line_and_a_single_label_line_above_the_body_stay():
    kept = ["中共某县委员会", "（2024年度）", "解读机关：某县司法局"]
    head = "".join(f"<p>{line}</p>" for line in kept)
    doc = clean([_page(head)], "http://nyncj.example.gov.cn/tzgg/202502/t20250221_813.html")
    lines = doc.text.split("\n")
    assert lines[:4] == [*kept, "县委全面依法治县委员会办公室："]
    assert not {LOGO, *NAV} & set(lines)


def test_a_page_of_short_lines_alone_keeps_them():
    # No line starts a body: nothing is judged head furniture.
    short = ["乡村振兴在行动", "高标准农田建设", "农村人居环境整治"]
    assert drop_head_furniture(short) == [] and all(map(is_bare_head_line, short))
    body = "".join(f"<p>{line}</p>" for line in short)
    doc = clean([_page("", body)], "http://nyncj.example.gov.cn/tpxw/202502/t20250221_814.html")
    assert [line for line in short if line in doc.text.split("\n")] == short


@pytest.mark.parametrize("line", [LOGO, *NAV, LINK_BAR, "找到相关结果约12条", "上海某区 纠错"])
def test_bare_head_lines(line):
    assert is_bare_head_line(line) and is_head_furniture(line)


@pytest.mark.parametrize("line", ["欢迎访问某县人民政府门户网站！", "Hello，欢迎您！",
                                  "2025年3月1日 星期六 农历二月初二"])
def test_welcomes_and_clocks_are_head_furniture(line):
    assert is_head_furniture(line)


@pytest.mark.parametrize("line", [
    "同志们：", "2024年是全面贯彻党的二十大精神的开局之年！全县上下。", "某县人民政府 某县司法局",
    "登录 | 注册"])
def test_what_may_open_a_body_is_not_head_furniture(line):
    assert not is_head_furniture(line)


@pytest.mark.parametrize("line", [
    TITLE, "某县人民政府", "某府发〔2025〕3号", "县委、县政府：", "一、主要举措和成效",
    "索引号 | 发布机构 | 发文字号", "关于2024年度法治政府建设情况的报告", "二〇二五年三月"])
def test_head_lines_a_report_may_hold_are_not_bare(line):
    assert not is_bare_head_line(line)


@pytest.mark.parametrize("line", [
    BYLINE, "日期：2025-01-27来源：某区司法局", "【打印】【关闭】", "字号：[大][中][小]",
    "时间：2025-04-30 11:20 来源：某市司法局 作者：张三"])
def test_head_bylines(line):
    assert is_head_byline(line)


@pytest.mark.parametrize("line", [
    "解读机关：某县司法局", "市人民政府：", "各乡镇人民政府，县政府各部门：", LEAD,
    "中共某县委、某县人民政府：",
    "（一）坚持党的领导：全年召开专题会议3次，研究部署重点工作。"])
def test_single_labels_salutations_and_prose_are_not_bylines(line):
    assert not is_head_byline(line)


FOOTER = ["地址：某县人民路88号　邮编：123456　联系电话：0123-4567890　电子邮箱：nync@example.com",
          "Copyright © 2025 某县农业农村局 All Rights Reserved"]


def test_a_footer_of_label_pairs_and_a_copyright_after_the_closing_date_go():
    # Both longer than the post tail's short lines: before, they stayed under the signature.
    contact = "<p>联系人：王五　联系电话：0123-7654321</p>"
    body = BODY.replace("<p>某县农业农村局</p>", contact + "<p>某县农业农村局</p>")
    footer = "".join(f"<div class='ft'>{line}</div>" for line in FOOTER)
    doc = clean([_page("", body + footer)],
                "http://nyncj.example.gov.cn/tzgg/202502/t20250221_816.html")
    lines = doc.text.split("\n")
    assert lines[-3:] == ["联系人：王五 联系电话：0123-7654321", "某县农业农村局", "2025年2月20日"]
    assert not [line for line in lines if "邮编" in line or "©" in line]


def test_a_menu_of_plain_items_goes_wherever_it_stands_and_a_body_list_stays():
    # A report with no closing date (no post tail) and a side menu drawn without links after
    # it; a list of the body's own items (punctuated, numbered) in the text stays.
    side = "".join(f"<li>{item}</li>" for item in ("机构职能", "领导信息", "内设机构", "工作动态"))
    items = ["1.规范性文件审核", "2.行政复议", "3.行政应诉"]
    own = "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    body = BODY.replace("<p>2025年2月20日</p>", "").replace("<p>二、", own + "<p>二、")
    doc = clean([_page("", body + f"<div class='side'><ul>{side}</ul></div>")],
                "http://nyncj.example.gov.cn/tzgg/202502/t20250221_817.html")
    lines = doc.text.split("\n")
    assert lines[-1] == "某县农业农村局"
    assert [item for item in items if item in lines] == items
    assert not {"机构职能", "领导信息", "内设机构", "工作动态"} & set(lines)


def test_a_line_of_many_labels_is_judged_at_once():
    # A regex of repeated label：value pairs took seconds on this line of 89 characters.
    line = "某某某：某某某某" * 11 + "，"
    started = time.perf_counter()
    assert not is_head_byline(line) and not is_head_furniture(line)
    assert time.perf_counter() - started < 0.05


# A site's English name under its logo, longer than a bare line and than a body's first line.
EN_LOGO = "Agriculture and Rural Affairs Bureau of Qingxi County People's Government"
SLOGAN = "田间学法律，乡亲少纠纷"
REPOST_LEAD = "日前，《某县农业农村局2024年度法治政府建设情况报告》在县政府网站公布，原文如下："


def test_an_english_logo_name_and_a_column_slogan_above_the_body_go():
    # Before: the English name started the body (over 40 characters) and the slogan (a
    # comma is punctuation, so not a bare line) stayed as the text's first line.
    head = (f"<div class='en'>{EN_LOGO}</div><section style='color:red'>{SLOGAN}</section>"
            f"<p>{REPOST_LEAD}</p>")
    doc = clean([_page(head)], "http://nyncj.example.gov.cn/tzgg/202502/t20250221_818.html")
    lines = doc.text.split("\n")
    assert lines[:3] == [REPOST_LEAD, "县委全面依法治县委员会办公室：", LEAD]
    assert not {EN_LOGO, SLOGAN, LOGO, *NAV} & set(lines)


@pytest.mark.parametrize("line", [EN_LOGO, "Justice Bureau", "Rule of Law, Our Shared Path",
                                  SLOGAN, "学法守法，护航发展，共建平安"])
def test_english_names_and_slogans_are_head_furniture(line):
    assert is_head_furniture(line)


@pytest.mark.parametrize("line", [
    "某县人民政府，某县司法局", "坚持依法行政，建设法治政府", "一、主要举措和成效",
    "2024年，全县上下", "田间学法律，", "Report 2024", "县委、县政府：",
    "优化营商环境，推进严格规范公正文明执法，提升行政复议质效"])
def test_organ_pairs_headings_years_and_long_clauses_are_not_slogans(line):
    assert not is_head_furniture(line)
