"""lanyu: the county became a district and moved domains: the registered column on the old
host www.lanyuxian.gov.cn answers 301 to www.lanyu.gov.cn, and so do the old article links
the listing still carries. The listing has no `<a>`: each row is `<li onclick=
"window.open('…')">` with the title and the date in their own `<span>`s; pages are
`7d3e91c4-1.html`, `7d3e91c4-2.html` (rendered pager; the column index is page 1)."""

from __future__ import annotations

import json

from common import (
    Item,
    Site,
    article,
    body_html,
    esc,
    expected,
    fresh,
    page,
    paragraphs,
    portal_toml,
    write,
)

SITE = Site("lanyu", "澜屿区人民政府", "澜屿区", "www.lanyu.gov.cn", "福建省", "3507990005",
            "闽ICP备10022164号-1", boss="区")
OLD_HOST = "www.lanyuxian.gov.cn"
BASE, OLD = f"http://{SITE.host}", f"http://{OLD_HOST}"
COLUMN = "/zwgk/fzzfjs/"
PAGE_ID = "7d3e91c4"
PER_PAGE = 8


def _url(date: str, doc_id: int) -> str:
    ym, ymd = date[:7].replace("-", ""), date.replace("-", "")
    return f"{BASE}{COLUMN}{ym}/t{ymd}_{doc_id}.html"


ITEMS = [
    Item("report", "澜屿区2025年法治政府建设年度报告", "2026-02-13",
         _url("2026-02-13", 90412), 2025),
    Item("news", "澜屿区召开2026年全区法治建设工作会议", "2026-02-05",
         _url("2026-02-05", 90277)),
    Item("disclosure", "澜屿区人民政府2025年政府信息公开工作年度报告", "2026-01-20",
         _url("2026-01-20", 90101)),
    Item("report", "澜屿区2024年法治政府建设年度报告", "2025-02-18",
         _url("2025-02-18", 80231), 2024),
    Item("interpretation", "【解读】澜屿区2024年法治政府建设年度报告", "2025-02-19",
         _url("2025-02-19", 80245)),
    Item("plan", "澜屿区2024年法治政府建设工作要点", "2024-03-26",
         _url("2024-03-26", 71822)),
    Item("report", "澜屿区2023年法治政府建设年度报告", "2024-02-22",
         _url("2024-02-22", 71504), 2023,
         short=True),
    Item("notice", "关于组织旁听2023年度行政诉讼案件庭审活动的通知", "2023-09-12",
         _url("2023-09-12", 65530)),
    Item("report", "澜屿县2022年法治政府建设年度报告", "2023-02-24",
         _url("2023-02-24", 60318), 2022),
    Item("news", "澜屿县举行撤县设区后首次法治政府建设专题会议", "2022-11-08",
         _url("2022-11-08", 57702)),
    Item("report", "澜屿县2021年法治政府建设年度报告", "2022-03-15",
         _url("2022-03-15", 51234), 2021,
         short=True),
    Item("interpretation", "图解澜屿县2021年法治政府建设年度报告", "2022-03-16",
         _url("2022-03-16", 51240)),
    Item("news", "澜屿县开展法治政府建设示范创建“回头看”", "2021-07-07",
         _url("2021-07-07", 46615)),
]
# Published before the move: the listing still links them on the old host.
OLD_LINKED = {it.url for it in ITEMS if it.date < "2022-12-01"}


def listed(item: Item) -> str:
    return OLD + item.path if item.url in OLD_LINKED else item.path


def listing(number: int, pages: int) -> str:
    first = (number - 1) * PER_PAGE
    rows = "".join(f'<li onclick="window.open(\'{listed(it)}\')"><span class="list-title" '
                   f'title="{esc(it.title)}">{esc(it.title)}</span><span class="list-date">'
                   f"{it.date}</span></li>\n" for it in ITEMS[first:first + PER_PAGE])
    def link(n: int, label: str) -> str:
        return f'<a href="{PAGE_ID}-{n}.html">{label}</a>'
    pager = [link(1, "首页")] + ([link(number - 1, "上一页")] if number > 1 else [])
    pager += [f'<span class="current">{n}</span>' if n == number else link(n, str(n))
              for n in range(1, pages + 1)]
    pager += ([link(number + 1, "下一页")] if number < pages else []) + [link(pages, "尾页")]
    body = (f'<div class="container"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
            f'<a href="/zwgk/">政务公开</a> &gt; <span>法治政府建设</span></div>\n'
            '<div class="list-title">法治政府建设</div>\n<ul class="news-list">\n'
            f'{rows}</ul>\n<div class="pages">{"".join(pager)}'
            f"<span>共{len(ITEMS)}条 每页{PER_PAGE}条</span></div>\n</div>\n")
    return page(SITE, "法治政府建设", body, {"SiteName": SITE.name, "ColumnName": "法治政府建设"})


def build() -> None:
    folder = fresh(SITE.slug)
    pages = -(-len(ITEMS) // PER_PAGE)
    for number in range(1, pages + 1):
        write(folder, SITE.host, f"{COLUMN}{PAGE_ID}-{number}.html", listing(number, pages))
    write(folder, SITE.host, COLUMN, listing(1, pages))
    moved = {COLUMN: BASE + COLUMN, COLUMN + "index.html": BASE + COLUMN + "index.html"}
    for index, item in enumerate(ITEMS, 1):
        paras = paragraphs(item, SITE, seed=index * 43)
        write(folder, SITE.host, item.path,
              article(SITE, item, index, container='<div class="article-content">',
                      column="法治政府建设", body_html=body_html(paras)))
        if item.url in OLD_LINKED:
            moved[item.path] = item.url
    rules = {"redirect": {path: {"to": to, "status": 301} for path, to in moved.items()}}
    write(folder, OLD_HOST, "_replay.json", json.dumps(rules, indent=1))
    expected(folder, ITEMS, "Round 6 (blind): old domain 301 to the new one (column and old "
             "article links: final_url); li onclick rows with span title/date; -N.html pages.",
             links={url: OLD + url[len(BASE):] for url in OLD_LINKED},
             home=BASE + "/", column=BASE + COLUMN)
    portal_toml(folder, SITE, "Held-out round 6: registered on the old domain (301 to the new).",
                "350799", "district", "generic", OLD + COLUMN,
                domains=["lanyu.gov.cn", "lanyuxian.gov.cn"])
