"""qiuxi: a 博达 (VSB) column whose page files count DOWN: page 1 is `fzzfjsndbg.htm`, page 2
`fzzfjsndbg/3.htm`, page 3 `fzzfjsndbg/2.htm` and the last (oldest) page `fzzfjsndbg/1.htm`.

Rows link `../info/1071/N.htm` (page 1) or `../../info/1071/N.htm` (pages 2..). The 2020
report is listed on the last page but its article answers 404.
"""

from __future__ import annotations

from html import escape

import common
import furniture
from furniture import Site

SLUG = "qiuxi"
SITE = Site(
    "www.qiuxi.gov.cn",
    "湫溪县人民政府",
    "湫溪县",
    "法治政府建设年度报告",
    "3311270008",
    "浙ICP备13021877号",
)
GOV, SUPERIOR = "湫溪县人民政府", "中共渼川市委、渼川市人民政府"
PER_PAGE = 4
COL = "/xxgk/fzzfjsndbg"


def _file(n: int, pages: int) -> str:
    """Page n's URL path: VSB numbers the files from the last page (1) upwards."""
    return f"{COL}.htm" if n == 1 else f"{COL}/{pages - n + 1}.htm"


def _href(src: int, dst: int, pages: int) -> str:
    if src == 1:
        return f"fzzfjsndbg/{pages - dst + 1}.htm"
    return "../fzzfjsndbg.htm" if dst == 1 else f"{pages - dst + 1}.htm"


def _pager(n: int, pages: int, total: int) -> str:
    def fun(cls: str, label: str, dst: int, on: bool) -> str:
        if not on:
            return f'<span class="p_{cls}_d p_fun_d">{label}</span>'
        return f'<span class="p_{cls} p_fun"><a href="{_href(n, dst, pages)}">{label}</a></span>'

    nums = "".join(
        f'<span class="p_no_d">{k}</span>'
        if k == n
        else f'<span class="p_no"><a href="{_href(n, k, pages)}">{k}</a></span>'
        for k in range(1, pages + 1)
    )
    return (
        '<div class="pb_sys_common pb_sys_normal pb_sys_style1">'
        f'<span class="p_t">共{total}条</span>'
        f'<span class="p_pages">{fun("first", "首页", 1, n > 1)}'
        f"{fun('prev', '上页', n - 1, n > 1)}{nums}"
        f"{fun('next', '下页', n + 1, n < pages)}{fun('last', '尾页', pages, n < pages)}</span>"
        f'<span class="p_t">{n}/{pages}</span></div>'
    )


def _list(rows: list[common.Item], n: int, pages: int, total: int) -> str:
    up = "../" if n == 1 else "../../"
    lis = "".join(
        f'<li id="line_u8_{i}"><a href="{up}{it.url.split("/", 3)[3]}" title="{escape(it.title)}">'
        f"{escape(it.title)}</a><span>{it.date}</span></li>"
        for i, it in enumerate(rows)
    )
    main = (
        f'<div class="list-title"><h2>{SITE.column}</h2>'
        f'</div><div class="list"><ul>{lis}</ul></div>'
        + '<div align="center">'
        + _pager(n, pages, total)
        + "</div>"
    )
    return furniture.page(SITE, SITE.column, main)


def build() -> None:
    its = common.items(GOV, SITE.short, [2025, 2024, 2023, 2022, 2021, 2020])
    for i, it in enumerate(sorted(its, key=lambda x: x.date)):
        it.url = f"http://{SITE.host}/info/1071/{21400 + 7 * i}.htm"
        it.dead = it.kind == "report" and it.year == 2020
    common.articles(SITE, SLUG, its, GOV, SUPERIOR, lambda it: it.url.split("/", 3)[3])
    pages = -(-len(its) // PER_PAGE)
    for n in range(1, pages + 1):
        rows = its[(n - 1) * PER_PAGE : n * PER_PAGE]
        common.write(SITE, _file(n, pages), _list(rows, n, pages, len(its)), SLUG)
    common.replay(SITE, SLUG, {"headers": {"/*.htm": {"Content-Type": "text/html; charset=UTF-8"}}})
    start = f"http://{SITE.host}{COL}.htm"
    common.expected(
        SLUG,
        its,
        (
            "博达 VSB column paged with files numbered from the last page: fzzfjsndbg.htm (page "
            "1), fzzfjsndbg/3.htm, fzzfjsndbg/2.htm, fzzfjsndbg/1.htm (page 4, the oldest), all "
            "linked by the rendered pager (首页/上页/1 2 3 4/下页/尾页). Rows ../info/1071/N.htm "
            "and ../../info/1071/N.htm. The 2020 report (on 1.htm) answers 404."
        ),
        start,
    )
    common.portal_toml(
        SLUG,
        SITE.name,
        "331127",
        "county",
        "浙江省",
        "generic",
        start,
        "Held-out round 13: a VSB column whose page files count down (last page = 1.htm).",
    )
