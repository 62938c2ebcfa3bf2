"""Listing pieces shared by the portals of round 29."""

from __future__ import annotations

import html

from model import Item
from texts import Place, foot, head, top

TITLES = ["{gov}关于{y}年度法治政府建设情况的报告", "{gov}{y}年度法治政府建设年度报告",
          "{gov}关于{y}年法治政府建设工作情况的报告", "{name}{y}年法治政府建设工作报告"]
PUB = {2025: "2026-03-16", 2024: "2025-03-12", 2023: "2024-03-15", 2022: "2023-03-10",
       2021: "2022-03-18", 2020: "2021-03-11"}


def reports(place: Place, years: list[int], base: str, stamp: int) -> list[Item]:
    """Report items, newest first, trs-style paths under `base`."""
    out = []
    for i, year in enumerate(years):
        pub = PUB[year]
        y, m, d = pub.split("-")
        title = TITLES[i % len(TITLES)].format(gov=place.gov, name=place.name, y=year)
        out.append(Item(title, f"{base}{y}{m}/t{y}{m}{d}_{stamp + 11 * i}.html", pub, year=year))
    return out


def by_date(items: list[Item]) -> list[Item]:
    """Newest first, as the columns list them."""
    return sorted(items, key=lambda it: it.pub, reverse=True)


def li_rows(items: list[Item], href=lambda it: it.path) -> str:
    """`<li>` rows: a titled link and the date."""
    return "\n".join(f'<li><a href="{href(it)}" title="{html.escape(it.title)}" target="_blank">'
                     f'{html.escape(it.title)}</a><span class="date">{it.pub}</span>'
                     f'</li>' for it in items)


def column_page(place: Place, column: str, inner: str, script: str = "",
                crumb: str = "政务公开") -> str:
    """A column page: furniture, left menu, the list area `inner` and an optional script."""
    return (head(place, column, column) + top(place) +
            f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; {crumb} &gt;'
            f' {column}</div>\n<div class="left"><h3>法治政府</h3><ul><li class="on"><a '
            f'href="javascript:void(0)">法治政府建设年度报告</a></li><li><a href="/zwgk/">'
            f'重点领域信息公开</a></li></ul></div>\n<div class="right"><h3 '
            f'class="col-title">{column}</h3>\n{inner}\n</div>\n' +
            (f"<script>\n{script}\n</script>\n" if script else "") + foot(place))
