"""feiling (a `createPageHTML('page_div', …)` pager defined only in a script file, pages 1-based
`xlist_2.shtml`) and jianwan (置顶 rows repeated at the top of every listing page)."""

from __future__ import annotations

import html
from pathlib import Path

import furniture
from model import Item, Site, Writer, make_items, place_urls

E = html.escape
JS_DIR = Path(__file__).resolve().parent / "js"

# The pager function of the 集约化 platform's shared script: page 1 is `<name>.<ext>`, page N is
# `<name>_N.<ext>` (N from 2, the current index 1-based), written into the element `divName`.
COMMON_JS = (JS_DIR / "feiling_common.js").read_text("utf-8")

FEILING = Site(
    "feiling",
    "榧岭县人民政府",
    "榧岭县",
    "中共衢山市委、衢山市人民政府",
    "www.feiling.gov.cn",
    "浙江省",
    "330899",
    "county",
    "generic",
    "浙",
    "3308990017",
    "周文",
    1801,
    "/feiling",
)
JIANWAN = Site(
    "jianwan",
    "蒹湾区人民政府",
    "蒹湾区",
    "中共海门市委、海门市人民政府",
    "www.jianwan.gov.cn",
    "广东省",
    "441899",
    "district",
    "trs",
    "粤",
    "4418990006",
    "陈颖",
    1802,
)


def build_feiling() -> None:
    site, w = FEILING, Writer(FEILING)
    col = f"{site.base}/feiling/c10417/"
    items = make_items(
        site,
        [
            (2025, "standard"),
            (2024, "short"),
            (2023, "standard"),
            (2022, "standard"),
            (2021, "short"),
        ],
        1012000,
    )
    place_urls(items, lambda it: f"{col}c{it.ident}/content.shtml")
    per, pages = 6, -(-len(items) // 6)
    crumbs = ["信息公开", "法治政府建设年度报告"]
    for n in range(1, pages + 1):
        rows = "".join(
            f'<li><a href="{it.url[len(site.base) :]}" target="_blank" title="{E(it.title)}">'
            f'{E(it.title)}</a><span class="time">{it.date.isoformat()}</span></li>\n'
            for it in items[(n - 1) * per : n * per]
        )
        inner = (
            f'<ul class="list">\n{rows}</ul>\n<div class="page" id="page_div"></div>\n'
            f"<script>createPageHTML('page_div',{pages}, {n},'xlist','shtml',"
            f"{len(items)});</script>"
        )
        name = "xlist.shtml" if n == 1 else f"xlist_{n}.shtml"
        extra = '<script src="/feiling/js/common.js"></script>\n'
        w.put(col + name, furniture.listing(site, "法治政府建设年度报告", crumbs, inner, extra))
    for i, it in enumerate(items):
        neighbours = (items[i - 1] if i else None, items[i + 1] if i + 1 < len(items) else None)
        w.put(it.url, furniture.article(site, it, "detail-news", crumbs, neighbours))
    w.put(f"{site.base}/feiling/js/common.js", COMMON_JS)
    w.stubs(
        site.host,
        [
            "/feiling/css/style.css",
            "/feiling/js/jquery.min.js",
            "/feiling/images/logo.png",
            "/robots.txt",
        ],
    )
    w.finish(items, col + "xlist.shtml", [], col + "xlist.shtml")


def _jianwan_row(site: Site, it: Item, sticky: bool) -> str:
    href = "./" + it.url.rsplit("/", 2)[-2] + "/" + it.url.rsplit("/", 1)[-1]
    badge = '<em class="zd">【置顶】</em>' if sticky else ""
    cls = ' class="top"' if sticky else ""
    return (
        f'<li{cls}><a href="{href}" target="_blank" title="{E(it.title)}">{badge}{E(it.title)}</a>'
        f'<span class="date">{it.date.isoformat()}</span></li>\n'
    )


def _jianwan_pager(n: int, pages: int, total: int) -> str:
    def name(k: int) -> str:
        return "index.html" if k == 1 else f"index_{k - 1}.html"

    links = [
        f'<a href="{name(1)}">首页</a>',
        f'<a href="{name(n - 1)}">上一页</a>' if n > 1 else "<span>上一页</span>",
        f'<a href="{name(n + 1)}">下一页</a>' if n < pages else "<span>下一页</span>",
        f'<a href="{name(pages)}">尾页</a>',
    ]
    return f'<div class="pager">共{total}条 第{n}/{pages}页 ' + " ".join(links) + "</div>"


def build_jianwan() -> None:
    site, w = JIANWAN, Writer(JIANWAN)
    col = f"{site.base}/zwgk/fzzfjsndbg/"
    items = make_items(
        site,
        [
            (2025, "standard"),
            (2024, "standard"),
            (2023, "short"),
            (2022, "standard"),
            (2021, "standard"),
            (2020, "short"),
        ],
        1190,
    )
    place_urls(items, lambda it: f"{col}{it.date:%Y%m}/t{it.date:%Y%m%d}_{it.ident}.html")
    sticky = [it for it in items if it.year == 2025 or it.why == "interpretation"]
    regular = [it for it in items if it not in sticky]
    per, crumbs = 5, ["政务公开", "法治政府建设年度报告"]
    pages = -(-len(regular) // per)
    for n in range(1, pages + 1):
        rows = "".join(_jianwan_row(site, it, True) for it in sticky)
        rows += "".join(_jianwan_row(site, it, False) for it in regular[(n - 1) * per : n * per])
        inner = f'<ul class="news-list">\n{rows}</ul>\n' + _jianwan_pager(n, pages, len(items))
        w.put(
            col + ("index.html" if n == 1 else f"index_{n - 1}.html"),
            furniture.listing(site, "法治政府建设年度报告", crumbs, inner),
        )
    for i, it in enumerate(items):
        neighbours = (items[i - 1] if i else None, items[i + 1] if i + 1 < len(items) else None)
        w.put(it.url, furniture.article(site, it, "TRS_Editor", crumbs, neighbours))
    w.stubs(site.host, ["/css/style.css", "/js/jquery.min.js", "/images/logo.png", "/robots.txt"])
    w.finish(items, col, [], col)
