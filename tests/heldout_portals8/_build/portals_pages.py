"""Two portals paged without a page link: haoping (a county column on a city's 集约化 Hanweb
platform, pages `index.html?uid=…&pageNum=N` drawn by script) and shanling (a column framed in
an `<iframe>`, a `<td>` table paged by a POST form field `cur_page`)."""

from __future__ import annotations

import json

import furniture as fu
from common import Portal, article_pages, make_item, toml

HAOPING = fu.Site("蒿坪县人民政府", "蒿坪县", "www.yunqiao.gov.cn", "4309990012",
                  "湘ICP备19006617号-4", prefix="/hpx")
SHANLING = fu.Site("杉岭区人民政府", "杉岭区", "www.shanling.gov.cn", "5106990003",
                   "蜀ICP备16011208号-1")
LIST_JSP = "/info/iList.jsp"
LIST_QUERY = "node_id=GKslq&cat_id=16032"


JPAGE_JS = """/* jpage (trimmed): draws 首页/上一页/N/下一页/尾页 and hands the page to callback */
(function ($) {
  $.fn.jpage = function (o) {
    var pages = Math.ceil(o.totalRecord / o.perPage), cur = o.pageNum, bar = [];
    function btn(label, n) {
      return '<a href="javascript:;" class="default_pgBtn" data-n="' + n + '">' + label + "</a>";
    }
    bar.push("<span>共" + o.totalRecord + "条</span>", btn("首页", 1),
      btn("上一页", Math.max(1, cur - 1)), "<span>" + cur + "/" + pages + "</span>",
      btn("下一页", Math.min(pages, cur + 1)), btn("尾页", pages));
    this.html('<div class="default_pgPanel">' + bar.join("") + "</div>");
    this.find("a").click(function () { o.callback(parseInt($(this).attr("data-n"), 10)); });
    return this;
  };
})(jQuery);
"""


def _haoping_page(site: fu.Site, rows: list[fu.Item], number: int, total: int) -> str:
    lis = "\n".join(f'<li><a href="{it.url.split("gov.cn", 1)[1]}" title="{fu.esc(it.title)}" '
                    f'target="_blank">{fu.esc(it.title)}</a><span>{it.date}</span></li>'
                    for it in rows)
    column = "法治政府建设年度报告"
    main = (fu.crumb(site, column, f"{site.prefix}/col/col38120/index.html")
            + f'\n<div class="List_title">{column}</div>\n<div id="380055">\n'
            f'<ul class="List_list">\n{lis}\n</ul>\n</div>\n<div id="pager_380055"></div>\n'
            '<script src="/module/jslib/jquery/jpage/jquery.page.min.js"></script>\n<script>\n'
            f'var uid = "380055", totalRecord = {total}, perPage = 6, pageNum = {number};\n'
            "function goPage(n) { location.href = 'index.html?uid=' + uid + '&pageNum=' + n; }\n"
            '$("#pager_380055").jpage({totalRecord: totalRecord, perPage: perPage, '
            "pageNum: pageNum, barPosition: 'bottom', showMode: 'full', callback: goPage});\n"
            "</script>")
    return fu.page(site, column, main, {"ColumnName": column})


def haoping() -> Portal:
    site = HAOPING
    col = f"http://{site.host}{site.prefix}/col/col38120/index.html"
    spec = [("report", 2025, "2026-02-25", "2026/2/25/art_38120_3012345", 0),
            ("interp", 2025, "2026-02-27", "2026/2/27/art_38120_3012411", 0),
            ("plan", 2021, "2026-01-08", "2026/1/8/art_38120_3009876", 1),
            ("report", 2024, "2025-03-04", "2025/3/4/art_38120_2890012", 1),
            ("disclosure", 2024, "2025-01-22", "2025/1/22/art_38120_2877340", 0),
            ("notice", 2024, "2024-11-05", "2024/11/5/art_38120_2841255", 1),
            ("report", 2023, "2024-02-28", "2024/2/28/art_38120_2766108", 0),
            ("points", 2024, "2024-03-15", "2024/3/15/art_38120_2770021", 0),
            ("news", 2023, "2023-12-12", "2023/12/12/art_38120_2731990", 0),
            ("report", 2022, "2023-03-09", "2023/3/9/art_38120_2650447", 2),
            ("plan", 2021, "2022-06-01", "2022/6/1/art_38120_2580912", 0),
            ("interp", 2022, "2023-03-13", "2023/3/13/art_38120_2651003", 1),
            ("report", 2021, "2022-03-01", "2022/3/1/art_38120_2530778", 0),
            ("disclosure", 2021, "2022-01-20", "2022/1/20/art_38120_2521106", 0),
            ("report", 2020, "2021-02-26", "2021/2/26/art_38120_2430551", 1),
            ("news", 2020, "2020-12-03", "2020/12/3/art_38120_2400118", 1)]
    items = [make_item(site, kind, year, date,
                       f"http://{site.host}{site.prefix}/art/{path}.html", style,
                       "short" if year in (2021, 2024) else "standard")
             for kind, year, date, path, style in spec]
    portal = Portal("haoping", toml(
        "haoping", site.name, "430999", "county", "湖南省", "hanweb", col,
        "Held-out round 8: a county column on a city's 集约化 Hanweb platform (shared host, "
        "path prefix /hpx), pages ?uid=&pageNum= built by script."))
    portal.add(f"http://{site.host}/module/jslib/jquery/jpage/jquery.page.min.js", JPAGE_JS)
    for number in range(3):
        html = _haoping_page(site, items[number * 6:number * 6 + 6], number + 1, len(items))
        portal.add(f"{col}?uid=380055&pageNum={number + 1}", html)
        if not number:
            portal.add(col, html)
    zoom = '<meta name="ContentStart">\n<div id="zoom">'
    article_pages(portal, site, items, "法治政府建设年度报告", col, zoom,
                  '</div>\n<meta name="ContentEnd">')
    portal.expect(items)
    portal.extra |= {"column": col, "notes": (
        "County site under the city platform's host (www.yunqiao.gov.cn/hpx/). Column "
        "index.html shows 6 of 16 (ul.List_list); pages 2-3 only as index.html?uid=380055&"
        "pageNum=N, named by the jpage script (totalRecord/perPage/goPage), no page link. "
        "Non-reports with mixed years: 实施方案（2021—2025年）, 2023—2024年度…总结.")}
    return portal


def _table(rows: list[fu.Item], start: int) -> str:
    body = "\n".join(
        f'<tr><td>{start + i}</td><td class="title"><a href="{it.url.split("gov.cn", 1)[1]}" '
        f'target="_blank" title="{fu.esc(it.title)}">{fu.esc(it.title)}</a></td>'
        f"<td>{SHANLING.name}</td><td>{it.date}</td></tr>" for i, it in enumerate(rows))
    return ('<table class="list-table" width="100%" cellspacing="0">\n<tr class="th"><td>序号'
            f"</td><td>标题</td><td>发布机构</td><td>发布日期</td></tr>\n{body}\n</table>")


def _framed(rows: list[fu.Item], number: int, pages: int, total: int) -> str:
    """The framed list page (no site furniture: it lives in the column's iframe)."""
    links = [("首页", 1), ("上一页", max(1, number - 1)), ("下一页", min(pages, number + 1)),
             ("尾页", pages)]
    pager = " ".join(f'<a href="javascript:toPage({n})">{label}</a>' for label, n in links)
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>信息公开目录'
            '</title>\n<link rel="stylesheet" href="/info/css/list.css">\n</head>\n<body>\n'
            + _table(rows, (number - 1) * 8 + 1)
            + '\n<form name="pageForm" id="pageForm" method="post" '
            f'action="iList.jsp?{LIST_QUERY}">'
            f'\n<input type="hidden" name="cur_page" value="{number}">\n<input type="hidden" '
            'name="page_size" value="8">\n</form>\n'
            f'<div class="pager">共{total}条 每页8条 第{number}/{pages}页 {pager}</div>\n'
            "<script>\nfunction toPage(n) {\n  var f = document.pageForm;\n"
            "  f.cur_page.value = n;\n  f.submit();\n}\n</script>\n</body>\n</html>\n")


API_TEMPLATE = '''"""Replay handler: iList.jsp answers a POST (form field cur_page)."""

PAGES = %s


def listing(query, form):
    page = str(form.get("cur_page") or "1")
    if query.get("node_id") != "GKslq" or query.get("cat_id") != "16032" or page not in PAGES:
        return 200, "text/html; charset=utf-8", "<html><body>暂无信息</body></html>"
    return 200, "text/html; charset=utf-8", PAGES[page]
'''


def shanling() -> Portal:
    site, col = SHANLING, "/xxgk/fzzfjs/"
    base = f"http://{site.host}{col}"
    spec = [("report", 2025, "2026-02-24", "202602/t20260224_55120", 0),
            ("interp", 2025, "2026-02-26", "202602/t20260226_55131", 0),
            ("disclosure", 2025, "2026-01-27", "202601/t20260127_54987", 0),
            ("points", 2026, "2026-03-10", "202603/t20260310_55302", 0),
            ("news", 2025, "2025-09-16", "202509/t20250916_53320", 0),
            ("notice", 2024, "2024-12-02", "202412/t20241202_51106", 1),
            ("report", 2024, "2025-03-07", "202503/t20250307_52011", 1),
            ("interp", 2024, "2025-03-11", "202503/t20250311_52044", 1),
            ("report", 2023, "2024-03-04", "202403/t20240304_48720", 2),
            ("disclosure", 2023, "2024-01-26", "202401/t20240126_48311", 0),
            ("news", 2023, "2023-10-20", "202310/t20231020_47115", 1),
            ("plan", 2021, "2023-06-30", "202306/t20230630_46008", 1),
            ("report", 2022, "2023-02-28", "202302/t20230228_44501", 0),
            ("points", 2023, "2023-03-20", "202303/t20230320_44790", 0),
            ("notice", 2022, "2022-08-15", "202208/t20220815_41236", 0),
            ("report", 2021, "2022-03-03", "202203/t20220303_39907", 1),
            ("report", 2020, "2021-03-12", "202103/t20210312_35590", 0),
            ("disclosure", 2020, "2021-01-29", "202101/t20210129_35118", 0)]
    items = [make_item(site, kind, year, date, base + path + ".html", style,
                       "short" if year in (2022, 2025) else "standard")
             for kind, year, date, path, style in spec]
    portal = Portal("shanling", toml(
        "shanling", site.name, "510699", "district", "四川省", "generic", base + "index.html",
        "Held-out round 8: the column's list in an iframe, a <td> table paged by POST cur_page."))
    column = "法治政府建设"
    frame_src = f"{LIST_JSP}?{LIST_QUERY}"
    main = (fu.crumb(site, column, col) + f'\n<div class="xxgk-right"><h2>{column}</h2>\n'
            f'<iframe id="listFrame" name="listFrame" src="{frame_src}" width="100%" '
            'height="760" frameborder="0" scrolling="no"></iframe>\n</div>')
    portal.add(base + "index.html", fu.page(site, column, main, {"ColumnName": column}))
    pages = {}
    for number in range(1, 4):
        pages[str(number)] = _framed(items[(number - 1) * 8:number * 8], number, 3, len(items))
    portal.add(f"http://{site.host}{frame_src}", pages["1"])
    portal.files[f"{site.host}/_api.py"] = (
        API_TEMPLATE % json.dumps(pages, ensure_ascii=False, indent=1)).encode("utf-8")
    portal.rules[site.host] = {"post": {LIST_JSP: "python:_api.py:listing"}}
    article_pages(portal, site, items, column, col)
    portal.expect(items)
    portal.extra |= {"column": base + "index.html", "frame": f"http://{site.host}{frame_src}",
                     "notes": (
        "Column page holds only <iframe src=/info/iList.jsp?node_id=GKslq&cat_id=16032>; the "
        "framed page is a table (序号/标题/发布机构/发布日期 in <td>s), 8 rows a page, 3 pages; "
        "pages 2-3 only as the answer of POST iList.jsp?… with form cur_page=N (javascript:"
        "toPage(N) sets the hidden field and submits); a GET with cur_page is not served.")}
    return portal
