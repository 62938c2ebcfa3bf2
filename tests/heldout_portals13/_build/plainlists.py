"""suiling and jiaowan: two columns that need no script, only reading.

- suiling: rows whose titles carry no year (the same title every year), the publication date in its
  own span; the year is only in the article text. The 2021 report was published in December 2021
  (a year-end report), so the publication year minus one is wrong for it.
- jiaowan: a column sorted OLDEST first over four pages named like gov.cn's `home_0.htm` (page 1)
  .. `home_3.htm`; the registered `index.htm` is page 1 again. The newest reports are on the last
  page.
"""

from __future__ import annotations

from html import escape

import common
import furniture
from furniture import Site

SUILING = Site(
    "www.suiling.gov.cn",
    "穗岭区人民政府",
    "穗岭区",
    "法治政府建设",
    "4419050026",
    "粤ICP备11073358号",
)
SUILING_TITLES = [
    "{gov}关于法治政府建设工作情况的报告",
    "{gov}关于法治政府建设情况的报告",
    "{gov}关于法治政府建设工作情况的报告",
    "{gov}关于法治政府建设情况的报告",
    "{gov}关于法治政府建设工作情况的报告",
]
NO_YEAR = {
    "interp": "《{gov}关于法治政府建设情况的报告》解读",
    "disclosure": "{gov}政府信息公开工作年度报告",
    "points": "{short}法治政府建设工作要点",
    "notice": "关于报送法治政府建设情况报告的通知",
    "meeting": "{short}召开法治政府建设工作推进会",
}
JIAOWAN = Site(
    "www.jiaowan.gov.cn",
    "蕉湾市人民政府",
    "蕉湾市",
    "法治政府建设",
    "4690030012",
    "琼ICP备10002781号",
)
PER_PAGE = 4


def build_suiling() -> None:
    slug, site, gov = "suiling", SUILING, "穗岭区人民政府"
    its = common.items(
        gov,
        site.short,
        [2025, 2024, 2023, 2022, 2021],
        dates={2021: "2021-12-28"},
        titles=SUILING_TITLES,
    )
    for it in its:
        if it.kind in NO_YEAR:
            it.title = NO_YEAR[it.kind].format(gov=gov, short=site.short)
    for i, it in enumerate(sorted(its, key=lambda x: x.date)):
        ym = it.date[:7].replace("-", "")
        it.url = (
            f"http://{site.host}/xxgk/fzzfjs/{ym}/t{it.date.replace('-', '')}_{55100 + 13 * i}.html"
        )
    common.articles(
        site, slug, its, gov, "中共苕山市委、苕山市人民政府", lambda it: it.url.split("/", 3)[3]
    )
    lis = "".join(
        '<li class="xxgk-comm-line clearfix"><span class="title">'
        f'<a href="./{it.url.split("/fzzfjs/")[1]}" '
        f'target="_blank" title="{escape(it.title)}">{escape(it.title)}</a></span>'
        f'<span class="date">{it.date}</span></li>'
        for it in its
    )
    main = (
        f'<div class="lm-title"><h2>{site.column}</h2></div><ul class="xxgk-list">{lis}</ul>'
        '<div class="page">共1页 首页 上一页 1 下一页 尾页</div>'
    )
    common.write(site, "/xxgk/fzzfjs/index.html", furniture.page(site, site.column, main), slug)
    start = f"http://{site.host}/xxgk/fzzfjs/index.html"
    common.expected(
        slug,
        its,
        (
            "One page, 13 rows; report titles carry no year "
            "(穗岭区人民政府关于法治政府建设工作情况的报告 three times, "
            "…关于法治政府建设情况的报告 twice), nor do the non-reports' titles. The date is its "
            "own span. The year is only in the article text (opening paragraph, first heading). "
            "The 2021 report was published 2021-12-28 (year-end report), the others in March of "
            "the next year."
        ),
        start,
    )
    common.portal_toml(
        slug,
        site.name,
        "441905",
        "district",
        "广东省",
        "trs",
        start,
        "Held-out round 13: titles without a year; the year only in the article.",
    )


def _home(n: int) -> str:
    return f"home_{n - 1}.htm"


def _jiaowan_page(rows: list[common.Item], n: int, pages: int) -> str:
    def a(label: str, k: int, on: bool) -> str:
        return (
            f'<a href="{_home(k)}">{label}</a>' if on else f'<span class="disabled">{label}</span>'
        )

    nums = "".join(
        f'<a class="on" href="{_home(k)}">{k}</a>' if k == n else f'<a href="{_home(k)}">{k}</a>'
        for k in range(1, pages + 1)
    )
    lis = "".join(
        f'<li><h4><a href="../{it.url.split("/zwgk/")[1]}" target="_blank">{escape(it.title)}</a>'
        f'<span class="date">{it.date}</span></h4></li>'
        for it in rows
    )
    main = (
        f'<div class="list list_1 list_2"><h2>{JIAOWAN.column}</h2><ul>{lis}</ul></div>'
        f'<div class="pages">共{pages}页 {a("首页", 1, n > 1)} {a("上一页", n - 1, n > 1)} {nums} '
        f"{a('下一页', n + 1, n < pages)} {a('尾页', pages, n < pages)}</div>"
    )
    return furniture.page(JIAOWAN, JIAOWAN.column, main)


def build_jiaowan() -> None:
    slug, site, gov = "jiaowan", JIAOWAN, "蕉湾市人民政府"
    its = common.items(gov, site.short, [2025, 2024, 2023, 2022, 2021, 2020])
    its.append(common.Item(f"{site.short}公布行政执法主体名单的公告", "2020-11-20", "roster"))
    its.append(common.Item(f"{site.short}2019年度法治宣传教育工作总结", "2020-01-16", "summary"))
    its.sort(key=lambda it: it.date)
    for i, it in enumerate(its):
        it.url = (
            f"http://{site.host}/zwgk/{it.date[:7].replace('-', '')}/content_{7100300 + 17 * i}.htm"
        )
    common.articles(site, slug, its, gov, "海南省人民政府", lambda it: it.url.split("/", 3)[3])
    pages = -(-len(its) // PER_PAGE)
    for n in range(1, pages + 1):
        html = _jiaowan_page(its[(n - 1) * PER_PAGE : n * PER_PAGE], n, pages)
        common.write(site, f"/zwgk/fzzfjs/{_home(n)}", html, slug)
        if n == 1:
            common.write(site, "/zwgk/fzzfjs/index.htm", html, slug)
    start = f"http://{site.host}/zwgk/fzzfjs/index.htm"
    common.expected(
        slug,
        its,
        (
            "Rows sorted by publication date ASCENDING (oldest first) over four pages of four: "
            "index.htm = home_0.htm (page 1, items of 2020-2021), home_1.htm, home_2.htm, "
            "home_3.htm (page 4: the 2025 report; 2024 on page 3). Rendered pager 首页/上一页/1 2 "
            "3 4/下一页/尾页. Rows ../YYYYMM/content_N.htm."
        ),
        start,
    )
    common.portal_toml(
        slug,
        site.name,
        "469003",
        "prefecture",
        "海南省",
        "generic",
        start,
        "Held-out round 13: a column listed oldest first, gov.cn-style home_N.htm pages from 0.",
    )
