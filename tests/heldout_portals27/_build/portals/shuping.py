"""shuping — 菽坪区: a long mixed column (9 pages) whose pager shows `1 2 3 … 9`: pages 4–8
are linked only by 下一页/上一页 of their neighbours."""

from __future__ import annotations

import pages
from model import Portal

PER = 3
COL = "/zwgk/fzzfjs/"


def _name(n: int) -> str:
    return "index.html" if n == 1 else f"index_{n - 1}.html"


def _pager(n: int, total: int, count: int) -> str:
    """A FreeMarker-style pager: first three pages, `…`, the last; prev/next around them."""
    parts = [f'<a href="{_name(1)}">首页</a>']
    parts.append(f'<a href="{_name(n - 1)}">上一页</a>' if n > 1
                 else '<span class="disabled">上一页</span>')
    for k in (1, 2, 3):
        parts.append(f'<span class="current">{k}</span>' if k == n
                     else f'<a href="{_name(k)}">{k}</a>')
    if 3 < n < total:
        parts.append(f'<span>…</span><span class="current">{n}</span>')
    parts.append("<span>…</span>")
    parts.append(f'<span class="current">{total}</span>' if n == total
                 else f'<a href="{_name(total)}">{total}</a>')
    parts.append(f'<a href="{_name(n + 1)}">下一页</a>' if n < total
                 else '<span class="disabled">下一页</span>')
    parts.append(f'<a href="{_name(total)}">尾页</a>')
    return (f'<div class="page">{"".join(parts)}<span class="total">共{count}条 每页{PER}条 '
            f'第{n}/{total}页</span></div>')


def make(mixed) -> Portal:
    p = Portal(slug="shuping", site="菽坪区人民政府", place="菽坪区", host="www.shuping.gov.cn",
               province="广东省", division="440799", code="4407990012", column="法治政府建设",
               start=COL + "index.html", comment="Round 27 (blind): a 9-page mixed column whose "
               "pager links only 1 2 3 … 9 (pages 4-8 only by 下一页/上一页).")
    items = mixed(p, [2024, 2023, 2022, 2021, 2020], 8, 51290, COL, news=14)
    # The reports stand where the dates put them; move each to its page so that the reports of
    # 2022 and 2021 fall on the unlinked middle pages (5 and 7) and 2020 on the last.
    p.items = items
    total = -(-len(items) // PER)
    for n in range(1, total + 1):
        chunk = items[(n - 1) * PER:n * PER]
        rel = pages.rows(chunk, lambda it: "./" + it.path[len(COL):])
        p.files[COL + _name(n)] = pages.listing(p, rel + "\n" + _pager(n, total, len(items)))
    p.write_articles()
    where = {it.year: 1 + i // PER for i, it in enumerate(items) if it.is_report}
    p.notes = ("TRS-style column index.html, index_1.html … index_8.html (9 pages, "
               f"3 rows a page, 共{len(items)}条). The rendered pager on every page is "
               "首页 上一页 1 2 3 … 9 下一页 尾页 (plus "
               "the current page when it is 4-8): pages 4-8 have no number link anywhere; each is "
               "reached only by the 下一页 of the page before (or 上一页 of the page after). "
               "Report pages by year: "
               + ", ".join(f"{y}: page {n}" for y, n in sorted(where.items()))
               + ". 22 non-reports (news of the 法治 column).")
    return p
