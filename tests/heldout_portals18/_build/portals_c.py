"""hanjiang (a hash-routed single-page column: the channel and page live in the registered URL's
`#/list?channelCode=…&pageNo=N`, rows from a JSON API) and pingzhou (a mobile site whose column
loads `?page=N&size=6` JSON pages on scroll, no pager at all)."""

from __future__ import annotations

import json
from pathlib import Path

import furniture
from model import Item, Site, Writer, make_items, place_urls

JS_DIR = Path(__file__).resolve().parent / "js"
HANJIANG = Site(
    "hanjiang",
    "菡江市人民政府",
    "菡江市",
    "中共蜀州市委、蜀州市人民政府",
    "www.hanjiang.gov.cn",
    "四川省",
    "511899",
    "county",
    "generic",
    "蜀",
    "5118990003",
    "杨帆",
    1804,
)
PINGZHOU = Site(
    "pingzhou",
    "蘋洲县人民政府",
    "蘋洲县",
    "中共闽清市委、闽清市人民政府",
    "m.pingzhou.gov.cn",
    "福建省",
    "350999",
    "county",
    "generic",
    "闽",
    "3509990021",
    "林静",
    1805,
)
CHANNELS = (
    ("tzgg", "通知公告"),
    ("zcjd", "政策解读"),
    ("fzzfndbg", "法治政府建设年度报告"),
    ("zfxxgknb", "政府信息公开年报"),
)
HANJIANG_JS = (JS_DIR / "hanjiang_list.js").read_text("utf-8")
PINGZHOU_JS = (JS_DIR / "pingzhou_list.js").read_text("utf-8")


def _neighbours(items: list[Item], i: int) -> tuple[Item | None, Item | None]:
    return (items[i - 1] if i else None, items[i + 1] if i + 1 < len(items) else None)


def build_hanjiang() -> None:
    site, w = HANJIANG, Writer(HANJIANG)
    items = make_items(
        site,
        [
            (2025, "standard"),
            (2024, "short"),
            (2023, "standard"),
            (2022, "standard"),
            (2021, "standard"),
            (2020, "short"),
        ],
        88120,
    )
    place_urls(
        items, lambda it: f"{site.base}/zwgk/content/{it.date:%Y}/{it.date:%m%d}/{it.ident}.html"
    )
    crumbs = ["政务公开", "法治政府建设年度报告"]
    menu = "".join(
        f'<li><a href="#/list?channelCode={code}&pageNo=1">{name}</a></li>'
        for code, name in CHANNELS
    )
    inner = (
        f'<div id="app"><ul class="side-menu">{menu}</ul>\n'
        '<ul id="list"></ul>\n<div id="pager"></div></div>\n'
        f"<script>{HANJIANG_JS}</script>"
    )
    w.put(f"{site.base}/zwgk/index.html", furniture.listing(site, "政务公开", ["政务公开"], inner))
    api = f"{site.base}/zwgk/api/cms/article/page"
    for code, _ in CHANNELS:
        chosen = items if code == "fzzfndbg" else []
        pages = max(1, -(-len(chosen) // 6))
        for n in range(1, pages + 1):
            rows = [
                {
                    "id": it.ident,
                    "title": it.title,
                    "publishTime": f"{it.date.isoformat()} 09:30:00",
                    "linkUrl": it.url[len(site.base) :],
                    "channelCode": code,
                }
                for it in chosen[(n - 1) * 6 : n * 6]
            ]
            body = {
                "code": 200,
                "msg": "success",
                "data": {"total": len(chosen), "pageNo": n, "pageSize": 6, "list": rows},
            }
            w.put(
                f"{api}?channelCode={code}&pageNo={n}&pageSize=6",
                json.dumps(body, ensure_ascii=False),
            )
    for i, it in enumerate(items):
        w.put(it.url, furniture.article(site, it, "article-content", crumbs, _neighbours(items, i)))
    w.stubs(site.host, ["/css/style.css", "/js/jquery.min.js", "/images/logo.png", "/robots.txt"])
    start = f"{site.base}/zwgk/#/list?channelCode=fzzfndbg&pageNo=1"
    w.finish(items, start, [], start)


def build_pingzhou() -> None:
    site, w = PINGZHOU, Writer(PINGZHOU)
    col = f"{site.base}/zwgk/fzzfjs/"
    items = make_items(
        site,
        [
            (2025, "short"),
            (2024, "standard"),
            (2023, "standard"),
            (2022, "short"),
            (2021, "standard"),
            (2020, "standard"),
        ],
        60310,
    )
    place_urls(items, lambda it: f"{col}{it.date:%Y%m}/{it.ident}.html")
    crumbs = ["政务公开", "法治政府建设"]
    inner = (
        '<ul id="newsList" class="m-list"></ul>\n'
        '<div id="loadMore" class="load-more">上拉加载更多</div>\n'
        f"<script>{PINGZHOU_JS}</script>"
    )
    w.put(
        col,
        furniture.listing(
            site,
            "法治政府建设",
            crumbs,
            inner,
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        ),
    )
    pages = -(-len(items) // 6)
    for n in range(1, pages + 1):
        rows = [
            {
                "id": it.ident,
                "title": it.title,
                "publishDate": it.date.isoformat(),
                "url": it.url[len(site.base) :],
            }
            for it in items[(n - 1) * 6 : n * 6]
        ]
        body = {
            "code": 200,
            "data": {
                "content": rows,
                "totalElements": len(items),
                "totalPages": pages,
                "number": n - 1,
                "size": 6,
                "first": n == 1,
                "last": n == pages,
            },
        }
        w.put(
            f"{site.base}/api/content/list?columnId=3107&page={n}&size=6",
            json.dumps(body, ensure_ascii=False),
        )
    failures = []
    for i, it in enumerate(items):
        if it.year == 2021:
            it.dead = True
            failures.append({"url": it.url, "why": "404 dead link (a listed report)"})
            continue
        w.put(it.url, furniture.article(site, it, "m-article", crumbs, _neighbours(items, i)))
    w.stubs(site.host, ["/css/style.css", "/js/jquery.min.js", "/images/logo.png", "/robots.txt"])
    w.finish(items, col, failures, col)
