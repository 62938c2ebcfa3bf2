"""A <title> that only names the site loses to the article's own heading: a title-named
element (<div class="cs_title">) or h1/h2 naming a report where the <title> has no 报告, or one
naming a year where the <title> equals the site-name <meta>. A listing's repeated title spans
and a column's name do not count. Pages written here."""

from __future__ import annotations

from cleaning import clean

SITE = "青禾县人民政府"
TITLE = "青禾县人民政府关于2024年度法治政府建设情况的报告"
BODY = ("<p>市人民政府：</p>"
        "<p>2024年，我县深入学习贯彻习近平法治思想，法治政府建设取得新成效。现报告如下：</p>"
        "<p>一、主要举措和成效</p><p>全年审查行政规范性文件23件，办理行政复议案件41件。</p>"
        "<p>二、存在的不足和原因</p><p>基层执法力量相对薄弱。</p>"
        "<p>三、下一年度工作安排</p><p>持续提升行政执法质量。</p>"
        "<p>青禾县人民政府</p><p>2025年3月10日</p>")
URL = "http://www.qinghe.gov.cn/zwgk/fzzf/202503/t20250310_7.html"


def page(head: str, top: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{SITE}</title>{head}</head><body>"
            "<div class='logo'>青禾县人民政府</div><div class='nav'><a href='/'>首页</a>"
            "<a href='/zwgk/'>政务公开</a></div>"
            f"<div class='main'>{top}<div class='content' id='zoom'>{BODY}</div></div>"
            "<div class='footer'>版权所有：青禾县人民政府</div></body></html>").encode()


def test_a_title_named_element_naming_the_report_beats_the_site_name():
    top = (f"<div class='art_title'>{TITLE}</div>"
           "<div class='art_subtitle'>来源：青禾县司法局 点击数：12</div>")
    doc = clean([page("", top)], URL)
    assert doc.title == TITLE
    assert doc.is_report and TITLE not in doc.text.split("\n")


def test_the_site_name_meta_marks_the_title_as_the_sites():
    heading = "2024年度青禾县法治政府建设工作情况"
    head = f"<meta property='og:site_name' content='{SITE}'>"
    assert clean([page(head, f"<h2>{heading}</h2>")], URL).title == heading
    # Without the meta or a logo naming the site, a heading naming no report leaves the
    # <title> as it is.
    no_logo = page("", f"<h2>{heading}</h2>").replace(b"class='logo'", b"class='brand'")
    assert clean([no_logo], URL).title == SITE


def test_a_listing_of_report_titles_keeps_the_site_name():
    rows = "".join(
        f"<li onclick=\"window.open('/t{year}.html')\"><span class='list-title'>"
        f"青禾县{year}年法治政府建设年度报告</span>"
        f"<span class='list-date'>{year + 1}-02-1{n}</span></li>"
        for n, year in enumerate(range(2019, 2025)))
    listing = (f"<html><head><meta charset='utf-8'><title>{SITE}</title></head><body>"
               f"<div class='column-title'>法治政府建设</div><ul class='list'>{rows}</ul>"
               "</body></html>").encode()
    doc = clean([listing], "http://www.qinghe.gov.cn/zwgk/fzzf/index.html")
    assert doc.title == SITE and not doc.is_report


def test_the_header_logo_marks_the_title_as_the_sites():
    heading = "2024年度青禾县法治政府建设工作情况"
    # page() heads every page with <div class='logo'>青禾县人民政府</div>, the <title>'s text.
    assert clean([page("", f"<h2>{heading}</h2>")], URL).title == heading
    logo_image = page("", f"<h2>{heading}</h2>").replace(
        "<div class='logo'>青禾县人民政府</div>".encode(), b"<div class='logo'>"
        + f"<img src='/logo.png' alt='{SITE}'></div>".encode())
    assert clean([logo_image], URL).title == heading
