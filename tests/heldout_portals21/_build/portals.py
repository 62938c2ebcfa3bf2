"""The round's portals: rows and the listing writer of each (see ../README.md for the shapes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from build import Item, Portal, cn_year, page, row, write, write_common


def items(place: str, reports: list[tuple[int, str, str]], short: set[int]) -> list[Item]:
    """Reports (year, title pattern, date) plus the same nine non-reports for every portal."""
    out = [Item(t.format(p=place, y=y), d, f"{100 + i}", year=y, short=y in short)
           for i, (y, t, d) in enumerate(reports)]
    first = out[0]
    others = [
        (f"《{first.title}》解读", "2025-03-21", "interpretation"),
        (f"{place}人民政府2024年政府信息公开工作年度报告", "2025-01-20", "disclosure_report"),
        (f"{place}人民政府2023年政府信息公开工作年度报告", "2024-01-19", "disclosure_report"),
        (f"{place}2025年法治政府建设工作要点", "2025-04-08", "not_a_report"),
        ("关于报送2024年度法治政府建设情况报告的通知", "2024-12-10", "not_a_report"),
        (f"{place}召开法治政府建设工作推进会", "2024-09-12", "not_a_report"),
        (f"{place}开展“宪法宣传周”系列活动", "2023-12-06", "not_a_report"),
        (f"{place}行政执法主体名单公告", "2023-06-15", "not_a_report"),
    ]
    out += [Item(t, d, f"{200 + i}", why=w) for i, (t, d, w) in enumerate(others)]
    return sorted(out, key=lambda item: item.date, reverse=True)


def pager_html(n: int, pages: int, name: str) -> str:
    """A rendered TRS-style pager: 首页/上一页/下一页/尾页 and 共N页."""
    def href(k: int) -> str:
        return "index.html" if k == 1 else f"index_{k - 1}.html"
    parts = [f'<a href="{href(1)}">首页</a>']
    if n > 1:
        parts.append(f'<a href="{href(n - 1)}">上一页</a>')
    if n < pages:
        parts.append(f'<a href="{href(n + 1)}">下一页</a>')
    parts.append(f'<a href="{href(pages)}">尾页</a> 共{pages}页 当前第{n}页')
    return '<div class="page">' + " ".join(parts) + "</div>"


def write_soft404(portal: Portal, site: Path) -> None:
    """Two rendered pages; one report row's article is gone, answered 200 with a 页面不存在 page."""
    col = site / portal.column.lstrip("/")
    rows = portal.items
    chunks = [rows[:7], rows[7:]]
    for n, chunk in enumerate(chunks, 1):
        body = ('<div class="list"><h2>法治政府建设</h2><ul>' + "".join(row(i) for i in chunk)
                + "</ul>" + pager_html(n, len(chunks), "index") + "</div>")
        write(col / ("index.html" if n == 1 else f"index_{n - 1}.html"),
              page(portal, "法治政府建设", body, "法治政府建设"))
    write_common(portal, site)
    gone = page(portal, "页面不存在",
                '<div class="error"><h1>抱歉，您访问的页面不存在或已被删除！</h1>'
                '<p>请检查您输入的网址是否正确，或<a href="/">返回首页</a>。</p>'
                '<p><span id="sec">5</span>秒后自动返回首页</p></div>', "页面不存在")
    for item in rows:
        if item.dead:
            write(col / item.path, gone)


def write_clientpages(portal: Portal, site: Path) -> None:
    """One HTML holding every row; a script hides all but the first 5 and draws the pager."""
    col = site / portal.column.lstrip("/")
    body = ('<div class="list"><h2>法治政府建设</h2><ul id="li_list">'
            + "".join(row(i) for i in portal.items) + '</ul>'
            '<input type="hidden" id="current_page"><input type="hidden" id="show_per_page">'
            '<div id="page_navigation"></div></div>'
            "<script>\n$(function () {\n  var show_per_page = 5;\n"
            "  var number_of_items = $('#li_list').children().length;\n"
            "  var number_of_pages = Math.ceil(number_of_items / show_per_page);\n"
            "  $('#current_page').val(0);\n  $('#show_per_page').val(show_per_page);\n"
            "  var nav = '<a href=\"javascript:previous();\">上一页</a>';\n"
            "  for (var i = 0; i < number_of_pages; i++) {\n"
            "    nav += '<a class=\"page-num\" href=\"javascript:go_to_page(' + i + ')\">'"
            " + (i + 1) + '</a>';\n"
            "  }\n  nav += '<a href=\"javascript:next();\">下一页</a>';\n"
            "  $('#page_navigation').html(nav);\n"
            "  $('#li_list').children().css('display', 'none');\n"
            "  $('#li_list').children().slice(0, show_per_page).css('display', 'block');\n});\n"
            "function go_to_page(n) {\n  var per = parseInt($('#show_per_page').val());\n"
            "  $('#li_list').children().css('display', 'none').slice(n * per, n * per + per)"
            ".css('display', 'block');\n  $('#current_page').val(n);\n}\n"
            "function previous() {"
            " go_to_page(Math.max(0, parseInt($('#current_page').val()) - 1)); }\n"
            "function next() { go_to_page(parseInt($('#current_page').val()) + 1); }\n</script>")
    head = '<script src="/js/jquery.min.js"></script>'
    write(col / "index.html", page(portal, "法治政府建设", body, "法治政府建设", head))
    write(site / "js/jquery.min.js", "/*! jQuery v1.12.4 stub */\n")
    write_common(portal, site)


def write_fragment(portal: Portal, site: Path) -> None:
    """A shell whose script GETs an HTML fragment per page (dataType html) into div#content."""
    col = site / portal.column.lstrip("/")
    per, rows = 6, portal.items
    pages = (len(rows) + per - 1) // per
    script = ("<script>\nfunction loadPage(n) {\n  $.ajax({\n    type: \"GET\",\n"
              f"    url: \"{portal.column}list_content.jsp?pageNo=\" + n,\n"
              "    async: true,\n    dataType: \"html\",\n"
              "    success: function (html) { $(\"#content\").html(html); },\n"
              "    error: function () { alert(\"加载失败\"); }\n  });\n}\n"
              "$(function () { loadPage(1); });\n</script>")
    body = '<div class="list"><h2>法治政府建设</h2><div id="content"></div></div>' + script
    head = '<script src="/js/jquery.min.js"></script>'
    write(col / "index.html", page(portal, "法治政府建设", body, "法治政府建设", head))
    for n in range(1, pages + 1):
        chunk = rows[(n - 1) * per:n * per]
        links = [f'<a href="javascript:loadPage({k})">{label}</a>' for k, label in
                 ((1, "首页"), (max(1, n - 1), "上一页"), (min(pages, n + 1), "下一页"),
                  (pages, "尾页"))]
        frag = ("<ul>" + "".join(row(i).replace('href="./', f'href="{portal.column}')
                                 for i in chunk) + "</ul>"
                f'<div class="page">共{len(rows)}条 第{n}/{pages}页 ' + " ".join(links) + "</div>")
        write(col / f"list_content.jsp@pageNo={n}", frag)
    write(site / "js/jquery.min.js", "/*! jQuery v1.12.4 stub */\n")
    write_common(portal, site)


def write_cnpaths(portal: Portal, site: Path) -> None:
    """Articles saved under their Chinese titles: the hrefs hold raw UTF-8 (one with a space)."""
    for item in portal.items:
        item.cn_path = True
    col = site / portal.column.lstrip("/")
    rows = "".join(f'<li><a href="./{i.path}" target="_blank">{i.title}</a>'
                   f'<span>{i.date}</span></li>' for i in portal.items)
    body = f'<div class="list"><h2>法治政府建设</h2><ul>{rows}</ul></div>'
    write(col / "index.html", page(portal, "法治政府建设", body, "法治政府建设"))
    write_common(portal, site)


def write_cnyears(portal: Portal, site: Path) -> None:
    """One page; report titles and texts write the year in Chinese numerals (二〇二四年度)."""
    col = site / portal.column.lstrip("/")
    body = ('<div class="list"><h2>法治政府建设</h2><ul>' + "".join(row(i) for i in portal.items)
            + "</ul></div>")
    write(col / "index.html", page(portal, "法治政府建设", body, "法治政府建设"))
    write_common(portal, site, cn=True)


T1 = "{p}人民政府关于{y}年度法治政府建设情况的报告"
T2 = "{p}{y}年度法治政府建设年度报告"
T3 = "{p}人民政府关于{y}年法治政府建设工作情况的报告"
T4 = "{p}{y}年法治政府建设工作报告"


def make() -> list[tuple[Portal, Callable[[Portal, Path], None]]]:
    """The five portals with their listing writers."""
    dimei = Portal("dimei", "荻湄市", "www.dimei.gov.cn", "/zwgk/fzzfjs/", "江西省", "360499",
                   notes="two rendered pages (index.html, index_1.html); the 2021 report's link "
                   "answers 200 with a 页面不存在 page (a soft 404): a failure, not a report")
    dimei.items = items("荻湄市", [(2024, T1, "2025-03-18"), (2023, T2, "2024-03-22"),
                                   (2022, T1, "2023-03-15"), (2021, T3, "2022-03-10"),
                                   (2020, T1, "2021-03-19")], {2022})
    for item in dimei.items:
        if item.year == 2021:
            item.dead, item.why = True, ("soft 404: 200 answer whose page says "
                                         "抱歉，您访问的页面不存在或已被删除")
    qiangu = Portal("qiangu", "蒨谷县", "www.qiangu.gov.cn", "/xxgk/fzzfjsndbg/", "湖南省",
                    "430599", notes="one HTML with all 14 rows; a jQuery script hides all but "
                    "the first 5 and draws a javascript:go_to_page(i) pager (client-side paging)")
    qiangu.items = items("蒨谷县", [(2025, T2, "2026-02-26"), (2024, T1, "2025-03-12"),
                                    (2023, T4, "2024-02-28"), (2022, T1, "2023-03-08"),
                                    (2021, T3, "2022-03-04"), (2020, T2, "2021-03-23")], {2021})
    jiabei = Portal("jiabei", "葭陂县", "www.jiabei.gov.cn", "/zwgk/fzzfjs/", "河北省", "130999",
                    notes="shell: $.ajax GET list_content.jsp?pageNo=N, dataType html, put into "
                    "div#content; the fragment's pager calls javascript:loadPage(N) (3 pages)")
    jiabei.items = items("葭陂县", [(2024, T3, "2025-03-26"), (2023, T1, "2024-03-14"),
                                    (2022, T2, "2023-03-09"), (2021, T1, "2022-03-17"),
                                    (2020, T4, "2021-03-05")], {2020})
    zhibu = Portal("zhibu", "芷埠区", "www.zhibu.gov.cn", "/xxgk/fzzf/", "广东省", "440999",
                   notes="articles saved under their Chinese titles: hrefs carry raw UTF-8 "
                   "(and one space); expected URLs are the percent-encoded ones")
    zhibu.items = items("芷埠区", [(2024, T1, "2025-03-20"), (2023, T2, "2024-03-27"),
                                   (2022, "{p}人民政府 关于{y}年度法治政府建设情况的报告",
                                    "2023-03-21"),
                                   (2021, T3, "2022-03-25"), (2020, T1, "2021-03-16")], {2023})
    hanpo = Portal("hanpo", "菡陂县", "www.hanpo.gov.cn", "/zwgk/fzzfjsbg/", "山西省", "140999",
                   notes="years in Chinese numerals in the report titles and texts "
                   "(二〇二四年度…), Arabic in the non-reports and dates")
    hanpo.items = items("菡陂县", [(2024, T1, "2025-03-13"), (2023, T2, "2024-03-19"),
                                   (2022, T1, "2023-03-24"), (2021, T3, "2022-03-11")], {2022})
    for item in hanpo.items:
        if item.year or item.why == "interpretation":
            item.title = item.title.replace("2024", cn_year(2024)) if not item.year \
                else item.title.replace(str(item.year), cn_year(item.year))
    return [(dimei, write_soft404), (qiangu, write_clientpages), (jiabei, write_fragment),
            (zhibu, write_cnpaths), (hanpo, write_cnyears)]


PORTALS = make()
