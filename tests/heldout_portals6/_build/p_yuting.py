"""yuting: a TRS table listing (`table#List`, title link in the second cell) over
`index.shtml`, `index_1.shtml`, `index_2.shtml`; the pager is drawn by a jQuery plugin from
an options object in the page script (`"pageCount": 3`), no page link in the HTML."""

from __future__ import annotations

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

SITE = Site("yuting", "榆汀区人民政府", "榆汀区", "www.yuting.gov.cn", "山西省", "1401990003",
            "晋ICP备07004521号-2", boss="区")
BASE = f"http://{SITE.host}"
COLUMN = "/zwgk/zfxxgk/fzzfjsbg/"
PER_PAGE = 6


def _url(date: str, doc_id: int) -> str:
    return f"{BASE}{COLUMN}{date[:7].replace('-', '')}/t{date.replace('-', '')}_{doc_id}.shtml"


ITEMS = [
    Item("report", "榆汀区2025年法治政府建设年度报告", "2026-02-10",
         _url("2026-02-10", 3390412), 2025),
    Item("disclosure", "榆汀区人民政府2025年政府信息公开工作年度报告", "2026-01-19",
         _url("2026-01-19", 3386020)),
    Item("news", "榆汀区召开区政府常务会议专题学习习近平法治思想", "2025-11-04",
         _url("2025-11-04", 3341177)),
    Item("plan", "榆汀区2025年法治政府建设工作要点", "2025-04-02",
         _url("2025-04-02", 3280561)),
    Item("interpretation", "榆汀区2024年法治政府建设年度报告解读", "2025-02-14",
         _url("2025-02-14", 3259903)),
    Item("report", "榆汀区2024年法治政府建设年度报告", "2025-02-13",
         _url("2025-02-13", 3259871), 2024),
    Item("notice", "关于开展2024年度行政执法案卷评查工作的通知", "2024-10-09",
         _url("2024-10-09", 3210348)),
    Item("report", "榆汀区2023年法治政府建设年度报告", "2024-02-06",
         _url("2024-02-06", 3140766), 2023,
         short=True),
    Item("news", "榆汀区举办2023年度领导干部述法工作会议", "2024-01-17",
         _url("2024-01-17", 3131025)),
    Item("disclosure", "榆汀区人民政府2023年政府信息公开工作年度报告", "2024-01-15",
         _url("2024-01-15", 3129950)),
    Item("report", "榆汀区2022年法治政府建设年度报告", "2023-02-21",
         _url("2023-02-21", 3011284), 2022),
    Item("news", "榆汀区法治政府建设示范创建推进会召开", "2022-08-30",
         _url("2022-08-30", 2940067)),
    Item("interpretation", "一图读懂《榆汀区2021年法治政府建设年度报告》", "2022-03-02",
         _url("2022-03-02", 2871590)),
    Item("report", "榆汀区2021年法治政府建设年度报告", "2022-03-01",
         _url("2022-03-01", 2871533), 2021,
         short=True),
    Item("report", "榆汀区2020年法治政府建设年度报告", "2021-02-26",
         _url("2021-02-26", 2760418), 2020),
    Item("news", "榆汀区开展“宪法宣传周”集中宣传活动", "2020-12-04",
         _url("2020-12-04", 2712096)),
]


def listing(number: int, pages: int) -> str:
    first = number * PER_PAGE
    rows = "".join(f'<tr><td class="xh">{first + i + 1}</td><td class="bt"><a href="{it.path}" '
                   f'target="_blank" title="{esc(it.title)}">{esc(it.title)}</a></td>'
                   f'<td class="rq">{it.date}</td></tr>\n'
                   for i, it in enumerate(ITEMS[first:first + PER_PAGE]))
    options = (f'{{"pageCount": {pages}, "current": {number + 1}, "prefix": "index", '
               f'"suffix": "shtml", "total": {len(ITEMS)}, "homePage": "首页", '
               '"endPage": "末页", "prevContent": "上一页", "nextContent": "下一页"}')
    body = (f'<div class="container"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
            f'<a href="/zwgk/zfxxgk/">政府信息公开</a> &gt; <span>{SITE.column}</span></div>\n'
            f'<div class="list-title">{SITE.column}</div>\n<table id="List" class="list-table">'
            '<tr class="th"><td>序号</td><td>标题</td><td>发布日期</td></tr>\n'
            f"{rows}</table>\n"
            '<div class="page"><div id="pagination" class="M-box"></div></div>\n</div>\n'
            '<script type="text/javascript" src="/js/jquery.pagination.js"></script>\n'
            '<script type="text/javascript">\n'
            f"var options = {options};\n"
            '$("#pagination").pagination($.extend(options, {\n  callback: function (api) {\n'
            "    var n = api.getCurrent();\n"
            '    location.href = n == 1 ? "index.shtml" : "index_" + (n - 1) + ".shtml";\n'
            "  }\n}));\n</script>\n")
    return page(SITE, SITE.column, body, {"SiteName": SITE.name, "ColumnName": SITE.column})


def build() -> None:
    folder = fresh(SITE.slug)
    pages = -(-len(ITEMS) // PER_PAGE)
    for number in range(pages):
        name = "index.shtml" if number == 0 else f"index_{number}.shtml"
        write(folder, SITE.host, COLUMN + name, listing(number, pages))
    for index, item in enumerate(ITEMS, 1):
        paras = paragraphs(item, SITE, seed=index * 53)
        write(folder, SITE.host, item.path,
              article(SITE, item, index,
                      container='<div class="view TRS_UEDITOR trs_paper_default trs_web">',
                      column=SITE.column, body_html=body_html(paras),
                      prevnext=(ITEMS[index - 2], ITEMS[index % len(ITEMS)])))
    expected(folder, ITEMS, "Round 6 (blind): TRS table listing, index.shtml + index_1/_2.shtml "
             "reachable only from the pagination plugin's options (pageCount 3).",
             home=BASE + "/", column=f"{BASE}{COLUMN}index.shtml")
    portal_toml(folder, SITE, "Held-out round 6: pager options in a script, no page links.",
                "140199", "district", "trs", f"{BASE}{COLUMN}index.shtml")
