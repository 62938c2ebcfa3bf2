"""yicheng — 苡城县: a WAF that answers 200 with a 请开启JavaScript page the first time a URL is
asked (page 2 of the column and one report), then the real page."""

from __future__ import annotations

import pages
import texts
from model import Portal, report_pages

PER = 6
COL = "/xxgk/fzzfjsbg/"


def _name(n: int) -> str:
    return "index.html" if n == 1 else f"index_{n - 1}.html"


def _pager(n: int, total: int) -> str:
    parts = [f'<a href="{_name(1)}">首页</a>']
    if n > 1:
        parts.append(f'<a href="{_name(n - 1)}">上一页</a>')
    if n < total:
        parts.append(f'<a href="{_name(n + 1)}">下一页</a>')
    parts.append(f'<a href="{_name(total)}">尾页</a>')
    return f'<div class="page">{" ".join(parts)} 当前第{n}/{total}页</div>'


def make(mixed) -> Portal:
    p = Portal(slug="yicheng", site="苡城县人民政府", place="苡城县", host="www.yicheng.gov.cn",
               province="湖南省", division="430799", code="4307990027",
               column="法治政府建设年度报告",
               start=COL + "index.html", comment="Round 27 (blind): a WAF answers 200 with a "
               "请开启JavaScript page once per URL (page 2 and one report), then the page.")
    p.items = mixed(p, [2024, 2023, 2022, 2021, 2020], 10, 30417, COL, short=(2023,))
    total = -(-len(p.items) // PER)
    for n in range(1, total + 1):
        chunk = p.items[(n - 1) * PER:n * PER]
        rel = pages.rows(chunk, lambda it: "./" + it.path[len(COL):])
        p.files[COL + _name(n)] = pages.listing(p, rel + "\n" + _pager(n, total))
    p.write_articles()
    p.files["/_waf.html"] = texts.WAF_PAGE
    walled = [it for it in p.items if it.is_report and it.year == 2022][0]
    wall = {"times": 1, "status": 200, "body": "_waf.html",
            "headers": {"Cache-Control": "no-store", "Server": "WAF"}}
    p.replay = {"first": {COL + "index_1.html": wall, walled.path: wall}}
    p.notes = ("Rendered column index.html, index_1.html, index_2.html (6/6/3 rows, "
               "首页/上一页/"
               "下一页/尾页). The first request of index_1.html and of the 2022 report's article "
               "(" + walled.path + ") answers 200 text/html with a small page: "
               "<h2>请开启JavaScript并刷新该页</h2>, "
               "网站安全防护…, a script location.reload() after 1.5 s (`first` rule, times 1, "
               "Cache-Control: no-store); the second request gets the page. Reports by page: "
               + report_pages(p.items, PER) + " (2023 short). No failure: every page answers "
               "on retry.")
    p.extra = {"waf_first_200": [p.url(COL + "index_1.html"), p.url(walled.path)]}
    return p
