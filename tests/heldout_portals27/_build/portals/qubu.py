"""qubu — 蕖埠县: a column filed by publication year: the registered page is this year's folder,
older years are folders `/YYYY/index.html` (one of them paged) linked from a year bar."""

from __future__ import annotations

import pages
from model import Portal

COL = "/xxgk/fzzfjsbg/"
YEARS = [2025, 2024, 2023, 2022, 2021]
CURRENT = 2025
PER = 3


def _folder(y: int) -> str:
    return COL if y == CURRENT else f"{COL}{y}/"


def _bar(active: int) -> str:
    links = "".join(
        f'<a href="{_folder(y)}index.html"{" class=on" if y == active else ""}>{y}年</a>'
        for y in YEARS)
    return f'<div class="yearbar"><span>按年份：</span>{links}</div>'


def make(mixed) -> Portal:
    p = Portal(slug="qubu", site="蕖埠县人民政府", place="蕖埠县", host="www.qubu.gov.cn",
               province="山东省", division="370799", code="3707990031", column="法治政府建设",
               start=COL + "index.html", comment="Round 27 (blind): a column filed by year "
               "folders (/YYYY/index.html, one paged) linked from a year bar.")
    items = mixed(p, [2024, 2023, 2022, 2021, 2020], 10, 61123, COL, short=(2020,), day0=20)
    # Articles live in the folder of their publication year (the current year's in the column).
    for it in items:
        y = int(it.date[:4])
        it.path = it.path.replace(COL, _folder(y), 1)
    p.items = items
    layout = []
    for y in YEARS:
        mine = [it for it in items if int(it.date[:4]) == y]
        chunks = [mine[i:i + PER] for i in range(0, len(mine), PER)] or [[]]
        for n, chunk in enumerate(chunks):
            name = "index.html" if n == 0 else f"index_{n}.html"
            rel = pages.rows(chunk, lambda it, y=y: "./" + it.path[len(_folder(y)):])
            pager = ""
            if len(chunks) > 1:
                pager = '<div class="page">' + " ".join(
                    f'<a href="{"index.html" if k == 0 else f"index_{k}.html"}">{k + 1}</a>'
                    for k in range(len(chunks))) + "</div>"
            p.files[_folder(y) + name] = pages.listing(p, _bar(y) + "\n" + rel + "\n" + pager)
            layout.append(f"{_folder(y)}{name}: {len(chunk)} rows")
    p.write_articles()
    p.notes = ("Registered on the column page, which lists only the items published in 2025 "
               "(the 2024 report). A year bar 2025年 2024年 2023年 2022年 2021年 links the folders "
               "/xxgk/fzzfjsbg/YYYY/index.html; a year with more than 3 items is paged "
               "index_1.html (numbers only). Articles under the folder of their publication year "
               "(./YYYYMM/t….html). Pages: " + "; ".join(layout))
    return p
