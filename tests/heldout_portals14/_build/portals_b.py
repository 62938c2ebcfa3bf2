"""Round 14: chugang (table rows opened by window.open), shaoping (rows linking PDFs),
zhenchuan (a moved column)."""

from __future__ import annotations

import json
from html import escape

from common import Gov, expected, li, listing_page, portal_toml, put, write_item
from furniture import Site
from model import Item, newest_first, others, reports, trs_path

CHUGANG = Gov(
    "chugang",
    Site("www.chugang.gov.cn", "楮岗市人民政府", "楮岗", "4199000034", "豫ICP备00000003号-1"),
    "楮岗市",
    "河南省人民政府",
    "河南省",
    "prefecture",
    "trs",
    "419900",
    "法治政府建设年度报告",
    "/zfxxgk/fzzfjsbg/index.html",
)


def _tr(n: int, it: Item, href: str, docno: str) -> str:
    return (
        f'<tr class="list-row" onclick="window.open(\'{href}\')" style="cursor: pointer;">'
        f'<td class="xh">{n}</td><td class="bt" title="{escape(it.title)}">{escape(it.title)}</td>'
        f'<td class="wh">{docno}</td><td class="rq">{it.date}</td></tr>'
    )


def build_chugang() -> None:
    g = CHUGANG
    items = reports(g.site.name, g.place, [2021, 2022, 2023, 2024, 2025], 40117, title_shift=2)
    items = newest_first(items + others(g.site.name, g.place, items[-1], 40655, 9))
    col = "/zfxxgk/fzzfjsbg/"
    pages = [items[:7], items[7:]]
    for n, page in enumerate(pages):
        rows = []
        for i, it in enumerate(page):
            path = trs_path(col, it)
            it.url = f"http://{g.site.host}{path}"
            write_item(g, it, path)
            docno = f"楮政〔{it.date[:4]}〕{3 + i}号" if it.is_report else ""
            rows.append(_tr(n * 7 + i + 1, it, "." + path[len(col) - 1 :], docno))
        nxt = (
            '<a href="index_1.html">下一页</a><a href="index_1.html">尾页</a>'
            if n == 0
            else '<a href="index.html">首页</a><a href="index.html">上一页</a>'
        )
        inner = (
            '<table class="gk-list" width="100%"><thead><tr><th>序号</th><th>标题</th><th>文号</th>'
            "<th>发布日期</th></tr></thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table>\n"
            f'<div class="page">共{len(items)}条 每页7条 第{n + 1}/2页 {nxt}</div>\n'
        )
        put(g, col + ("index.html" if n == 0 else "index_1.html"), listing_page(g, g.column, inner))
    expected(
        g,
        items,
        "Column index.html + index_1.html (7/7 rows, rendered 下一页). Rows are <tr> with no <a>: "
        "onclick=\"window.open('./YYYYMM/tYYYYMMDD_id.html')\", relative to the column folder; "
        "title in td.bt, 文号 and date cells.",
        {},
    )
    portal_toml(
        g,
        f"http://{g.site.host}{g.column_url}",
        "Held-out round 14: table rows whose only link is window.open in onclick.",
    )


SHAOPING = Gov(
    "shaoping",
    Site("www.shaoping.gov.cn", "苕坪县人民政府", "苕坪", "5133990045", "蜀ICP备00000004号-1"),
    "苕坪县",
    "中共嘉溆市委、嘉溆市人民政府",
    "四川省",
    "county",
    "generic",
    "513399",
    "法治政府建设",
    "/xxgk/fdzdgknr/fzzfjs/index.html",
)


def _pdf_path(it: Item) -> str:
    d = it.date.replace("-", "")
    return f"/uploadfiles/{d[:4]}/{d[4:6]}/{d}09{it.ident % 60:02d}12{it.ident % 1000:03d}.pdf"


def build_shaoping() -> None:
    g = SHAOPING
    items = reports(
        g.site.name, g.place, [2020, 2021, 2022, 2023, 2024, 2025], 73301, title_shift=3
    )
    for it in items:
        it.pdf = True
    items[0].dead = True
    extra = others(g.site.name, g.place, items[-1], 73900, 8)
    for it in extra:
        it.pdf = "政府信息公开工作年度报告" in it.title or "要点" in it.title
    items = newest_first(items + extra)
    rows = []
    for it in items:
        path = _pdf_path(it) if it.pdf else trs_path("/xxgk/fdzdgknr/fzzfjs/", it)
        it.url = f"http://{g.site.host}{path}"
        write_item(g, it, path)
        row = li(it, path)
        rows.append(row.replace("</a>", '</a><span class="fj">[PDF]</span>', 1) if it.pdf else row)
    inner = (
        '<ul class="list">\n'
        + "\n".join(rows)
        + f'\n</ul>\n<div class="page">共{len(items)}条 共1页</div>\n'
    )
    put(g, g.column_url, listing_page(g, g.column, inner))
    dead = items[-1] if items[-1].dead else next(it for it in items if it.dead)
    expected(
        g,
        items,
        "One listing page of 14 rows. Every report row links its PDF directly "
        "(/uploadfiles/YYYY/MM/<stamp>.pdf, no article pa"
        "ge; text in STSong-Light with a ToUnicode map); "
        "the two 政府信息公开工作年度报告 and the 工作要点 are PD"
        "Fs too, the other non-reports articles. "
        "The 2020 report's PDF answers 404.",
        {dead.url: "404 dead link (the 2020 report's PDF)"},
    )
    portal_toml(
        g,
        f"http://{g.site.host}{g.column_url}",
        "Held-out round 14: a column whose report rows link PDFs directly.",
    )


ZHENCHUAN = Gov(
    "zhenchuan",
    Site("www.zhenchuan.gov.cn", "蓁川区人民政府", "蓁川", "4419990056", "粤ICP备00000005号-1"),
    "蓁川区",
    "中共汀州市委、汀州市人民政府",
    "广东省",
    "district",
    "trs",
    "441999",
    "法治政府建设年度报告",
    "/zfxxgk/fdzdgknr/fzzfjsndbg/index.html",
)
OLD_COL = "/zwgk/fzzfjs/"


def build_zhenchuan() -> None:
    g = ZHENCHUAN
    items = reports(g.site.name, g.place, [2020, 2021, 2022, 2023, 2024], 33010)
    items = newest_first(items + others(g.site.name, g.place, items[-1], 33500, 8))
    col = "/zfxxgk/fdzdgknr/fzzfjsndbg/"
    new_col = f"http://{g.site.host}{col}index.html"
    redirects = {
        OLD_COL: new_col,
        OLD_COL + "index.html": new_col,
        OLD_COL + "index_1.html": f"http://{g.site.host}{col}index_1.html",
    }
    pages = [items[:7], items[7:]]
    for n, page in enumerate(pages):
        rows = []
        for i, it in enumerate(page):
            path = trs_path(col, it)
            write_item(g, it, path)
            it.url = f"http://{g.site.host}{path}"
            if n == 1 and i >= len(page) - 2:  # the two oldest rows still link the old folder
                old = trs_path(OLD_COL, it)
                redirects[old] = it.url
                it.final_url, it.url = it.url, f"http://{g.site.host}{old}"
                rows.append(li(it, old))
            else:
                rows.append(li(it, "." + path[len(col) - 1 :]))
        pager = (
            '<a href="index_1.html">下一页</a> <a href="index_1.html">尾页</a>'
            if n == 0
            else '<a href="index.html">首页</a> <a href="index.html">上一页</a>'
        )
        inner = (
            '<ul class="list">\n'
            + "\n".join(rows)
            + f'\n</ul>\n<div class="page">共{len(items)}条 第{n + 1}/2页 {pager}</div>\n'
        )
        put(g, col + ("index.html" if n == 0 else "index_1.html"), listing_page(g, g.column, inner))
    put(g, "/_replay.json", json.dumps({"redirect": redirects}, indent=2) + "\n")
    expected(
        g,
        items,
        f"Registered on the column's old address {OLD_COL}, which answers 302 to "
        f"{col}index.html (the 2023 revamp moved 政务"
        "公开 to 政府信息公开). index.html + index_1.html "
        "(7/6 rows, rendered 下一页); the two oldest rows"
        " on page 2 (the 2021 and 2020 reports) still "
        "link the old folder, each answering 302 to its n"
        "ew address (url = the link, final_url = where it "
        "ends).",
        {},
        old_column=f"http://{g.site.host}{OLD_COL}",
    )
    portal_toml(
        g,
        f"http://{g.site.host}{OLD_COL}",
        "Held-out round 14: registered on a column add"
        "ress that now answers 302 to the moved column.",
    )
