"""Portal 5: wancheng — 本级 column plus department sub-sites reached through a 部门 index page."""

from __future__ import annotations

from html import escape

import furniture as fu
from model import Item, Writer, make_items
from portals_a import toml

DEPTS = [("sfj", "区司法局"), ("scjgj", "区市场监督管理局"), ("jyj", "区教育局"),
         ("wjj", "区卫生健康局"), ("czj", "区财政局"), ("zjj", "区住房和城乡建设局")]
# Departments whose sub-site has a 法治政府建设年度报告 column: report years.
DEPT_REPORTS = {"sfj": [2025, 2024], "scjgj": [2025]}


def list_page(site: fu.Site, col: str, items: list[Item], side: str = "") -> str:
    rows = "".join(f'<li><a href="{it.url.replace("http://" + site.host, "")}" target="_blank" '
                   f'title="{escape(it.title)}">{escape(it.title)}</a>'
                   f'<span>{it.date}</span></li>\n' for it in items)
    return (fu.head(site, col, {"ColumnName": col}) + "<body>\n" + fu.top(site) + fu.crumb(col)
            + f'<div class="main"><div class="list"><h2>{col}</h2>\n<ul class="list-ul">\n{rows}'
            f'</ul>\n<div class="page">共{len(items)}条 第1/1页</div></div>\n{side}</div>\n'
            + fu.footer(site))


def dept_items(site: fu.Site, key: str, dept: str) -> list[Item]:
    gov = "菀城区" + dept[1:]
    items = [Item(f"{gov}{y}年度法治政府建设年度报告", f"{y + 1}-02-{12 + i}", None, y,
                  "short", 900 + i + len(key)) for i, y in enumerate(DEPT_REPORTS[key])]
    items.append(Item(f"{gov}{max(DEPT_REPORTS[key])}年政府信息公开工作年度报告",
                      f"{max(DEPT_REPORTS[key]) + 1}-01-18", "disclosure_report", seed=950))
    items.append(Item(f"{gov}开展“八五”普法中期评估工作", "2024-06-20", "not_a_report", seed=951))
    return items


def wancheng() -> None:
    site = fu.Site("www.wancheng.gov.cn", "菀城区人民政府", "菀城区",
                   "湘ICP备09034567号", "4307020005")
    w = Writer("wancheng")
    col = "法治政府建设年度报告"
    items = make_items(site.name, site.place, [2025, 2024, 2023], 41, 6)
    for n, it in enumerate(items):
        y, m, d = it.date.split("-")
        path = f"/xxgk/fzzfjsndbg/{y}{m}/t{y}{m}{d}_{2200 + n * 5}.html"
        it.url = f"http://{site.host}{path}"
        w.article(site, col, it, path)
        w.expect(it)
    side = ('<div class="side"><h3>部门法治政府建设年度报告</h3>'
            '<p>区政府各部门的法治政府建设年度报告在各部门信息公开栏目发布：</p>'
            '<a href="/bmxxgk/index.html">部门信息公开 &gt;&gt;</a></div>')
    w.file(site.host, "/xxgk/fzzfjsndbg/index.html", list_page(site, col, items, side))
    cells = "".join(f'<li><a href="/bmxxgk/{k}/index.html" target="_blank">{escape(n)}</a></li>'
                    for k, n in DEPTS)
    index = (fu.head(site, "部门信息公开", {"ColumnName": "部门信息公开"}) + "<body>\n"
             + fu.top(site) + fu.crumb("部门信息公开")
             + f'<div class="bm-grid"><h2>部门信息公开</h2><ul>{cells}</ul></div>\n'
             + fu.footer(site))
    w.file(site.host, "/bmxxgk/index.html", index)
    for key, name in DEPTS:
        dept_site(w, site, key, name)
    start = f"http://{site.host}/xxgk/fzzfjsndbg/index.html"
    w.finish(site.host, {}, toml("wancheng", site, "430702", "district", "湖南省", "generic", start,
                                 "department reports on sub-sites behind a 部门 index page"),
             {"notes": "本级 column (3 reports) links, in a side box, the 部门信息公开 index "
                       "/bmxxgk/index.html (6 departments); the 区司法局 and 区市场监督管理局 "
                       "sub-site homes /bmxxgk/<dept>/index.html have a 法治政府建设年度报告 menu "
                       "item to /bmxxgk/<dept>/fzzfjsndbg/index.html (2 + 1 reports); the other "
                       "four sub-sites have no such column.", "column": start})


def dept_site(w: Writer, site: fu.Site, key: str, name: str) -> None:
    """A department's sub-site home (menu) and, where it has one, its report column."""
    dsite = fu.Site(site.host, "菀城区" + name[1:], "菀城区", site.icp, site.code)
    menu = [("jgzn", "机构职能"), ("zcwj", "政策文件"), ("ndbg", "政府信息公开年报")]
    if key in DEPT_REPORTS:
        menu.insert(2, ("fzzfjsndbg", "法治政府建设年度报告"))
    links = "".join(f'<li><a href="/bmxxgk/{key}/{k}/index.html">{t}</a></li>' for k, t in menu)
    home = (fu.head(dsite, dsite.name, {"ColumnName": "部门信息公开"}) + "<body>\n" + fu.top(site)
            + fu.crumb(f"部门信息公开 &gt; {name}") + f'<div class="bm-home"><h2>{dsite.name}</h2>'
            f'<ul class="bm-menu">{links}</ul><p>机构地址：菀城区政务中心{len(key)}楼</p></div>\n'
            + fu.footer(site))
    w.file(site.host, f"/bmxxgk/{key}/index.html", home)
    for k, t in menu:
        if k != "fzzfjsndbg":
            w.file(site.host, f"/bmxxgk/{key}/{k}/index.html", list_page(dsite, t, []))
    if key not in DEPT_REPORTS:
        return
    col = "法治政府建设年度报告"
    items = dept_items(site, key, name)
    for n, it in enumerate(items):
        y, m, d = it.date.split("-")
        path = f"/bmxxgk/{key}/fzzfjsndbg/{y}{m}/t{y}{m}{d}_{3300 + n + len(key) * 10}.html"
        it.url = f"http://{site.host}{path}"
        w.article(dsite, col, it, path)
        w.expect(it)
    w.file(site.host, f"/bmxxgk/{key}/fzzfjsndbg/index.html", list_page(dsite, col, items))
