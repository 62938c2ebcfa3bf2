"""heting: a Hanweb jsearch site-search result list is the only index; every result links
through the search's click counter `visit/link.do?url=<article>&q=…` (302 to the article)."""

from __future__ import annotations

import json
from urllib.parse import quote

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

SITE = Site("heting", "鹤汀县人民政府", "鹤汀县", "www.heting.gov.cn", "山东省", "3711990001",
            "鲁ICP备05033712号-1")
BASE = f"http://{SITE.host}"
Q = "法治政府建设年度报告"
WEBSITE = "371199000000000"
PER_PAGE = 10


def _art(date: str, col: int, art_id: int) -> str:
    y, m, d = (int(x) for x in date.split("-"))
    return f"{BASE}/art/{y}/{m}/{d}/art_{col}_{art_id}.html"


# In "relevance" order, as the search answers them; the last four are on page 2.
ITEMS = [
    Item("report", "鹤汀县2024年法治政府建设年度报告", "2025-03-12",
         _art("2025-03-12", 2213, 4987126), 2024),
    Item("interpretation", "图解：《鹤汀县2024年法治政府建设年度报告》", "2025-03-13",
         _art("2025-03-13", 2207, 4987540)),
    Item("report", "鹤汀县人民政府关于2025年度法治政府建设情况的报告", "2026-02-27",
         _art("2026-02-27", 2213, 5120031), 2025),
    Item("plan", "鹤汀县2025年法治政府建设工作要点", "2025-04-08",
         _art("2025-04-08", 2231, 5002217)),
    Item("report", "鹤汀县人民政府2023年度法治政府建设情况报告", "2024-02-29",
         _art("2024-02-29", 2213, 4801557), 2023, short=True),
    Item("notice", "关于开展2024年度法治政府建设情况报告自查工作的通知", "2024-12-10",
         _art("2024-12-10", 2231, 4950388)),
    Item("disclosure", "鹤汀县人民政府2024年政府信息公开工作年度报告", "2025-01-20",
         _art("2025-01-20", 2219, 4960041)),
    Item("news", "鹤汀县召开2025年法治政府建设工作推进会", "2025-05-16",
         _art("2025-05-16", 2231, 5013390)),
    Item("interpretation", "一图读懂鹤汀县2023年度法治政府建设情况报告", "2024-03-04",
         _art("2024-03-04", 2207, 4803112)),
    Item("news", "我县法治政府建设示范创建工作通过市级评估", "2024-10-22",
         _art("2024-10-22", 2231, 4921176)),
    Item("report", "鹤汀县2022年度法治政府建设工作报告", "2023-03-20",
         _art("2023-03-20", 2213, 4619230), 2022),
    Item("news", "县政府常务会议专题学习新修订的行政复议法", "2024-01-25",
         _art("2024-01-25", 2231, 4779021)),
    Item("report", "鹤汀县人民政府关于2021年法治政府建设情况的报告", "2022-03-28",
         _art("2022-03-28", 2213, 4390812), 2021, short=True),
    Item("news", "鹤汀县举办领导干部法治专题讲座", "2024-06-18",
         _art("2024-06-18", 2231, 4866305)),
]


def search_query(p: int) -> str:
    return (f"websiteid={WEBSITE}&searchid=12&pg=&p={p}&tpl=1361&cateid=&q={quote(Q)}")


def link(item: Item, position: int) -> str:
    return (f"{BASE}/jsearchfront/visit/link.do?url={quote(item.url, safe='')}&q={quote(Q)}"
            f"&websiteid={WEBSITE}&position={position}&title={quote(item.title, safe='')}")


def _highlight(title: str) -> str:
    out = esc(title)
    for word in ("法治政府建设", "年度报告", "报告"):
        if f"<em>{word}" not in out and word in out:
            out = out.replace(word, f"<em>{word}</em>", 1)
    return out


def _result(item: Item, position: int) -> str:
    href = link(item, position)[len(BASE) + len("/jsearchfront/"):]
    abstract = f"{item.title}。发布机构：{SITE.name}。{item.date[:4]}年，{SITE.place}……"
    return (f'<div class="jcse-result-box news-result">\n<div class="jcse-news-title">'
            f'<a target="_blank" href="{esc(href)}">{_highlight(item.title)}</a></div>\n'
            f'<div class="jcse-news-abs">{esc(abstract)}</div>\n'
            f'<div class="jcse-news-url">{SITE.host}{item.path}</div>\n'
            f'<span class="jcse-news-date">{item.date}</span>\n</div>\n')


def search_page(p: int, pages: int) -> str:
    first = (p - 1) * PER_PAGE
    results = "".join(_result(it, first + i + 1)
                      for i, it in enumerate(ITEMS[first:first + PER_PAGE]))
    def pager_link(n: int, label: str) -> str:
        return f'<a href="search.do?{esc(search_query(n))}">{label}</a>'
    pager = [f"<span>共{len(ITEMS)}条 {p}/{pages}页</span>"]
    if p > 1:
        pager += [pager_link(1, "首页"), pager_link(p - 1, "上一页")]
    pager += [f'<a class="current">{n}</a>' if n == p else pager_link(n, str(n))
              for n in range(1, pages + 1)]
    if p < pages:
        pager += [pager_link(p + 1, "下一页"), pager_link(pages, "尾页")]
    cates = "".join(f'<a href="javascript:void(0)" onclick="changeCate(\'{c}\')"'
                    + (' class="on"' if not c else "") + f">{n}</a>"
                    for c, n in (("", "全部"), ("1103", "信息公开"), ("1104", "政策文件"),
                                 ("1105", "互动交流")))
    body = (f'<div class="jcse-container">\n<div class="jcse-search-box"><input id="q" '
            f'value="{Q}"/><a href="javascript:void(0)" onclick="doSearch()">搜索</a></div>\n'
            f'<div class="jcse-tab">{cates}</div>\n'
            f'<div class="jcse-result-count">为您找到相关结果约{len(ITEMS)}个</div>\n'
            f'<div class="jcse-result">\n{results}</div>\n'
            f'<div class="jcse-paging">{"".join(pager)}</div>\n</div>\n'
            "<script>function changeCate(id){location.href='search.do?websiteid="
            f"{WEBSITE}&tpl=1361&cateid='+id+'&q='+encodeURIComponent($('#q').val());}}</script>\n")
    return page(SITE, f"{Q}_站内搜索", body)


def build() -> None:
    folder = fresh(SITE.slug)
    pages = -(-len(ITEMS) // PER_PAGE)
    for p in range(1, pages + 1):
        write(folder, SITE.host, f"jsearchfront/search.do@{search_query(p)}",
              search_page(p, pages))
    redirects = {}
    for position, item in enumerate(ITEMS, 1):
        paras = paragraphs(item, SITE, seed=position * 61)
        body = ('<meta name="ContentStart">\n' + body_html(paras) + '\n<meta name="ContentEnd">')
        column = "法治政府建设" if item.kind == "report" else "政务公开"
        write(folder, SITE.host, item.path,
              article(SITE, item, position, container='<div id="zoom">', column=column,
                      body_html=body))
        key = f"/jsearchfront/visit/link.do?*art_{item.path.rsplit('art_', 1)[1]}*"
        redirects[key] = {"to": item.url, "status": 302}
    write(folder, SITE.host, "_replay.json",
          json.dumps({"redirect": redirects}, ensure_ascii=False, indent=1))
    links = {item.url: link(item, i) for i, item in enumerate(ITEMS, 1)}
    expected(folder, ITEMS, "Round 6 (blind): Hanweb jsearch result list as the only index; "
             "results link through visit/link.do (302 to the article: final_url).",
             links=links, home=BASE + "/", column=f"{BASE}/jsearchfront/search.do?"
             f"{search_query(1)}")
    portal_toml(folder, SITE, "Held-out round 6: site-search result list as the column.",
                "371199", "county", "hanweb", f"{BASE}/jsearchfront/search.do?{search_query(1)}")
