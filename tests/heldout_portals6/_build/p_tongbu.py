"""tongbu: the column `list.shtml` is an empty shell; its script GETs the site's
`/common/search/<channel uuid>?_isAgg=true&_isJson=true&_pageSize=6&…&page=N` JSON API
(`data.total`, `data.rows`, `data.results[]` with title / url / publishedTimeStr / content),
3 pages. Item URLs are root-relative, two absolute; the 2020 report's page is gone (404)."""

from __future__ import annotations

import json

from common import (
    Item,
    Site,
    article,
    body_html,
    expected,
    fresh,
    page,
    paragraphs,
    portal_toml,
    write,
)

SITE = Site("tongbu", "桐埠市人民政府", "桐埠市", "www.tongbu.gov.cn", "甘肃省", "6211990002",
            "陇ICP备06012839号", boss="市")
BASE = f"http://{SITE.host}"
COLUMN = "/tongbu/c108862/"
CHANNEL = "5b0c2f7d9e3a4c41a8e6d2f1c7b9a360"
PAGE_SIZE = 6
API_QUERY = ("_isAgg=true&_isJson=true&_pageSize={size}&_template=index&_rangeTimeGte="
             "&_channelName=&page={page}")
ABSOLUTE = {"2b1d7e0c55aa4f0e9d3c6b8a7f214e90", "c4f7a9e21d3b4c8f9a6e0d5b2c7f1a38"}


def _url(date: str, uid: str) -> str:
    return f"{BASE}{COLUMN}{date[:7].replace('-', '')}/{uid}.shtml"


ITEMS = [
    Item("report", "桐埠市2025年度法治政府建设情况报告", "2026-03-02",
         _url("2026-03-02", "8e3f0a6c1b7d4e29a5c0f3d6e8b1a724"), 2025),
    Item("news", "桐埠市召开2026年全市法治政府建设工作会议", "2026-02-12",
         _url("2026-02-12", "0f6c3b9e2a7d41c58e1b4a6d9c3f7e05")),
    Item("disclosure", "桐埠市人民政府2025年政府信息公开工作年度报告", "2026-01-23",
         _url("2026-01-23", "a7d2c9e41f0b4e6a8c3d5b7e9f1a2c46")),
    Item("interpretation", "《桐埠市2024年度法治政府建设情况报告》政策解读", "2025-03-06",
         _url("2025-03-06", "2b1d7e0c55aa4f0e9d3c6b8a7f214e90")),
    Item("report", "桐埠市2024年度法治政府建设情况报告", "2025-03-05",
         _url("2025-03-05", "6d9a1c3e7b2f4a08b5e6c1d0f9a3e752"), 2024),
    Item("plan", "桐埠市2025年法治政府建设工作要点", "2025-02-20",
         _url("2025-02-20", "e1c5a8d3b6f94e27a0c2d7b4f6e9a183")),
    Item("notice", "关于报送2024年度法治政府建设工作情况的通知", "2024-12-06",
         _url("2024-12-06", "93b7e2a0d4c64f1e8b5a9c3d7e0f2b61")),
    Item("report", "桐埠市2023年度法治政府建设情况报告", "2024-02-28",
         _url("2024-02-28", "c4f7a9e21d3b4c8f9a6e0d5b2c7f1a38"), 2023, short=True),
    Item("news", "市政府常务会议专题学法 聚焦行政复议法修订", "2023-11-15",
         _url("2023-11-15", "5e8b0d2f6a1c47e39d4b7a0c2e5f8d16")),
    Item("report", "桐埠市2022年度法治政府建设情况报告", "2023-03-09",
         _url("2023-03-09", "71a4c6e9d2b04f3a8e5c1b7d0a9f6c28"), 2022),
    Item("interpretation", "图解：桐埠市2022年度法治政府建设情况报告", "2023-03-10",
         _url("2023-03-10", "d08e3b5a7c1f42e6b9a0d4c8e2f7b319")),
    Item("report", "桐埠市2021年度法治政府建设情况报告", "2022-02-25",
         _url("2022-02-25", "4a6e9c1f3d7b40a2e8c5b1d6f0a3e974"), 2021, short=True),
    Item("news", "桐埠市法治政府建设示范创建工作动员部署会召开", "2021-09-14",
         _url("2021-09-14", "b2e5d8a1c4f74b0e9a3c6d1f8e2b5a07")),
    Item("report", "桐埠市2020年度法治政府建设情况报告", "2021-03-01",
         _url("2021-03-01", "f3a0c7e2b5d94a16c8e1d4b7a0f6c395"), 2020),
    Item("disclosure", "桐埠市人民政府2020年政府信息公开工作年度报告", "2021-01-26",
         _url("2021-01-26", "6c9f2e5b8a1d43c7e0b4a9d2c5f8e136")),
]
GONE = ITEMS[13]    # listed, its page deleted: 404


def _result(item: Item) -> dict[str, object]:
    uid = item.path.rsplit("/", 1)[1][:-6]
    url = item.url if uid in ABSOLUTE else item.path
    return {"title": item.title, "url": url, "publishedTimeStr": f"{item.date} 10:26:00",
            "content": f"{item.title}。{item.date[:4]}年，{SITE.place}……", "channelName":
            SITE.column, "siteId": "9c1e", "manuscriptId": uid}


def api_answer(number: int) -> str:
    results = [_result(it) for it in ITEMS[(number - 1) * PAGE_SIZE:number * PAGE_SIZE]]
    return json.dumps({"success": True, "message": "查询成功", "data": {
        "total": len(ITEMS), "rows": PAGE_SIZE, "page": number, "results": results,
        "channelName": SITE.column}}, ensure_ascii=False)


def list_shell() -> str:
    query = API_QUERY.format(size=PAGE_SIZE, page="")
    body = (f'<div class="container"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
            f'<a href="/tongbu/zwgk/">政务公开</a> &gt; <span>{SITE.column}</span></div>\n'
            f'<div class="list-title">{SITE.column}</div>\n<ul class="list" id="list"></ul>\n'
            '<div class="page" id="page"></div>\n<noscript>您的浏览器不支持脚本，请升级浏览器。'
            '</noscript></div>\n<script type="text/javascript">\n'
            f'var searchUrl = "/common/search/{CHANNEL}?{query}";\n'
            "function loadList(page) {\n  $.getJSON(searchUrl + page, function (res) {\n"
            "    var html = '';\n    $.each(res.data.results, function (i, r) {\n"
            "      html += '<li><a href=\"' + r.url + '\" target=\"_blank\">' + r.title +\n"
            "        '</a><span>' + r.publishedTimeStr.substring(0, 10) + '</span></li>';\n"
            "    });\n    $('#list').html(html);\n"
            "    renderPager(page, Math.ceil(res.data.total / res.data.rows));\n  });\n}\n"
            "loadList(1);\n</script>\n")
    return page(SITE, SITE.column, body, {"SiteName": SITE.name, "ColumnName": SITE.column})


def build() -> None:
    folder = fresh(SITE.slug)
    write(folder, SITE.host, f"{COLUMN}list.shtml", list_shell())
    pages = -(-len(ITEMS) // PAGE_SIZE)
    for number in range(1, pages + 1):
        query = API_QUERY.format(size=PAGE_SIZE, page=number)
        write(folder, SITE.host, f"common/search/{CHANNEL}@{query}", api_answer(number))
    for index, item in enumerate(ITEMS, 1):
        if item is GONE:
            paragraphs(item, SITE, seed=index * 37)
            continue
        paras = paragraphs(item, SITE, seed=index * 37)
        write(folder, SITE.host, item.path,
              article(SITE, item, index, container='<div class="main-txt" id="zoom">',
                      column=SITE.column, body_html=body_html(paras)))
    expected(folder, ITEMS, "Round 6 (blind): column shell + GET JSON API common/search "
             "(page=N, 6 rows a page, 3 pages); root-relative and absolute item urls.",
             failures=[{"url": GONE.url, "year": 2020, "why": "404: listed by the API, page "
                        "deleted"}],
             home=BASE + "/", column=f"{BASE}{COLUMN}list.shtml",
             api=f"{BASE}/common/search/{CHANNEL}?" + API_QUERY.format(size=PAGE_SIZE, page=1))
    portal_toml(folder, SITE, "Held-out round 6: column filled by a GET JSON search API.",
                "621199", "prefecture", "generic", f"{BASE}{COLUMN}list.shtml")
