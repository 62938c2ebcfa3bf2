"""maoshan: the county's column lists the justice bureau's articles through TRS link-type stubs,
pages of the portal whose only content is a <meta http-equiv="refresh"> (and a script) sending the
browser to the article on sfj.maoshan.gov.cn."""

from __future__ import annotations

import html

import furniture
from model import Item, Site, Writer, make_items, place_urls

E = html.escape

MAOSHAN = Site(
    "maoshan",
    "茆山县人民政府",
    "茆山县",
    "中共沅陵市委、沅陵市人民政府",
    "www.maoshan.gov.cn",
    "湖南省",
    "431299",
    "county",
    "trs",
    "湘",
    "4312990011",
    "刘洋",
    1803,
)
SFJ = Site(
    "maoshan",
    "茆山县司法局",
    "茆山县",
    "",
    "sfj.maoshan.gov.cn",
    "湖南省",
    "431299",
    "department",
    "generic",
    "湘",
    "4312990052",
    "彭丽",
    1803,
)
# Which items the justice bureau published (their www rows are link stubs), by report year / why.
ON_SFJ_YEARS = (2024, 2023, 2022, 2021, 2020)
ON_SFJ_WHY = ("news",)
DEAD_YEAR = 2020  # its stub points at an sfj article that answers 404


def _stub(target: str, variant: int) -> str:
    """A TRS link-type document as published: a refresh meta, a script, no anchor."""
    metas = (
        '<meta http-equiv="refresh" content="0;url={t}">',
        '<meta http-equiv="Refresh" content="0; URL={t}">',
        '<meta http-equiv="refresh" content="1;url=\'{t}\'">',
    )
    meta = metas[variant % len(metas)].format(t=target)
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        + meta
        + "\n<title>页面跳转中</title>\n"
        f'<script>window.location.replace("{target}");</script>\n</head>\n'
        "<body><p>页面跳转中，请稍候……</p></body>\n</html>\n"
    )


def _sfj_url(it: Item) -> str:
    name = f"t{it.date:%Y%m%d}_{it.ident % 1000 + 400}.html"
    return f"http://{SFJ.host}/xxgk/fzzfjs/{it.date:%Y%m}/{name}"


def build_maoshan() -> None:
    site, w = MAOSHAN, Writer(MAOSHAN)
    col = f"{site.base}/zwgk/fzzf/ndbg/"
    items = make_items(
        site,
        [
            (2025, "standard"),
            (2024, "standard"),
            (2023, "short"),
            (2022, "standard"),
            (2021, "short"),
            (2020, "standard"),
        ],
        5503,
    )
    place_urls(items, lambda it: f"{col}{it.date:%Y%m}/t{it.date:%Y%m%d}_{it.ident}.html")
    crumbs, sfj_crumbs = ["政务公开", "法治政府建设年度报告"], ["信息公开", "法治政府建设"]
    failures = []
    stubbed = [it for it in items if it.year in ON_SFJ_YEARS or it.why in ON_SFJ_WHY]
    for k, it in enumerate(stubbed):
        target = _sfj_url(it)
        w.put(it.url, _stub(target, k))
        if it.year == DEAD_YEAR:
            it.dead = True
            failures.append(
                {
                    "url": target,
                    "why": "404: the 2020 report's link stub refreshes to a dead "
                    "article on sfj.maoshan.gov.cn",
                }
            )
            continue
        sfj_item = Item(
            it.ident,
            it.title,
            it.date,
            it.why,
            it.year,
            target,
            it.paragraphs,
            it.sections,
            it.level1,
        )
        w.put(target, furniture.article(SFJ, sfj_item, "TRS_Editor", sfj_crumbs))
        if it.is_report:
            it.final_url = target
    for i, it in enumerate(items):
        if it in stubbed:
            continue
        neighbours = (items[i - 1] if i else None, items[i + 1] if i + 1 < len(items) else None)
        w.put(it.url, furniture.article(site, it, "TRS_Editor", crumbs, neighbours))
    per = 8
    pages = -(-len(items) // per)
    for n in range(1, pages + 1):
        rows = "".join(
            f'<li><a href="./{it.date:%Y%m}/t{it.date:%Y%m%d}_{it.ident}.html" target="_blank" '
            f'title="{E(it.title)}">{E(it.title)}</a><span>{it.date.isoformat()}</span></li>\n'
            for it in items[(n - 1) * per : n * per]
        )
        nxt = f'<a href="index_{n}.html">下一页</a>' if n < pages else "<span>下一页</span>"
        prev = (
            ""
            if n == 1
            else f'<a href="{"index.html" if n == 2 else f"index_{n - 2}.html"}">上一页</a> '
        )
        inner = f'<ul class="list">\n{rows}</ul>\n<div class="pager">{prev}{nxt}</div>'
        w.put(
            col + ("index.html" if n == 1 else f"index_{n - 1}.html"),
            furniture.listing(site, "法治政府建设年度报告", crumbs, inner),
        )
    w.stubs(site.host, ["/css/style.css", "/js/jquery.min.js", "/images/logo.png", "/robots.txt"])
    w.stubs(SFJ.host, ["/css/style.css", "/js/jquery.min.js", "/images/logo.png", "/robots.txt"])
    w.finish(items, col, failures, col)
