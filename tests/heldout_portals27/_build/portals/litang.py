"""litang — 藜塘市: every link to an article carries tracking parameters that differ by page, row
and box (`?source=list&spm=…`, `?utm_source=…`): the same article under several URLs."""

from __future__ import annotations

from html import escape

import pages
from model import Item, Portal

PER = 7
COL = "/zwgk/fzzfjsndbg/"


def _name(n: int) -> str:
    return "index.html" if n == 1 else f"index_{n - 1}.html"


def _list_query(n: int, r: int) -> str:
    return f"source=list&spm=c10457.p{n}.r{r}"


def _hot_query(n: int) -> str:
    return f"utm_source=column&utm_medium=hot&utm_campaign=p{n}"


def make(mixed) -> Portal:
    p = Portal(slug="litang", site="藜塘市人民政府", place="藜塘市", host="www.litang.gov.cn",
               province="江西省", division="360799", code="3607990008",
               column="法治政府建设年度报告",
               start=COL + "index.html", comment="Round 27 (blind): article links carry tracking "
               "parameters that differ by page, row and box (one article, several URLs).")
    p.items = mixed(p, [2024, 2023, 2022, 2021, 2020], 9, 55012, COL, short=(2022,))
    total = -(-len(p.items) // PER)
    hot = [it for it in p.items if it.is_report][:1] + [
        it for it in p.items if it.why == "interpretation"]
    variants: dict[str, list[str]] = {it.path: [] for it in p.items}
    for n in range(1, total + 1):
        chunk = p.items[(n - 1) * PER:n * PER]

        def href(it: Item, n: int = n, chunk: list[Item] = chunk) -> str:
            q = _list_query(n, chunk.index(it) + 1)
            variants[it.path].append(q)
            return "./" + it.path[len(COL):] + "?" + q

        rel = pages.rows(chunk, href)
        box = '<div class="hot"><h3>热点推荐</h3><ul>' + "".join(
            f'<li><a href="{escape(it.path)}?{escape(_hot_query(n))}">{escape(it.title)}</a></li>'
            for it in hot) + "</ul></div>"
        for it in hot:
            variants[it.path].append(_hot_query(n))
        pager = (f'<div class="page"><a href="{_name(1)}?source=pager">首页</a> '
                 + (f'<a href="{_name(n - 1)}">上一页</a> ' if n > 1 else "")
                 + (f'<a href="{_name(n + 1)}">下一页</a> ' if n < total else "")
                 + f'<a href="{_name(total)}">尾页</a></div>')
        p.files[COL + _name(n)] = pages.listing(p, box + "\n" + rel + "\n" + pager)
    p.files[COL + "index.html@source=pager"] = p.files[COL + "index.html"]

    def canonical(it: Item) -> str:
        return f'<link rel="canonical" href="{p.url(it.path)}">\n'

    p.write_articles(canonical)
    for it in p.items:
        for q in variants[it.path]:
            p.files[f"{it.path}@{q}"] = p.files[it.path]
    p.notes = ("Rendered column index.html + index_1.html (7/7 rows). No link anywhere names an "
               "article bare: list rows are ./YYYYMM/t….html?source=list&"
               "spm=c10457.p<page>.r<row>, "
               "and a 热点推荐 box on both pages links the newest report and its 解读 as "
               "/…/t….html?utm_source=column&utm_medium=hot&utm_campaign=p<page>. Every variant "
               "answers the same page, whose <head> has <link rel=\"canonical\"> to the bare URL "
               "(also served). Expected urls are the canonical ones: each report stored once "
               "under it, the tracking variants not stored as further documents.")
    return p
