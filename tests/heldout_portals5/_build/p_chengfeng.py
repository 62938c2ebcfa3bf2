"""chengfeng — 澄丰县人民政府 (湖南): a county site in GBK. The column index.jsp shows page 1 and a
加载更多 button whose data comes from list_json.jsp?page=N (JSON whose `html` holds <li> snippets);
a <noscript> pager links index.jsp?page=N (query-only hrefs `?page=2`)."""

from __future__ import annotations

import json

from common import Site, foot, head, meta_block, nonreport_body, save, share_bar, top, write_meta
from texts import blocks_html, report_blocks

SLUG = "chengfeng"
HOST = "www.chengfeng.gov.cn"
BASE = f"http://{HOST}"
COLUMN = f"{BASE}/zfxxgk/fzzfjsbg/index.jsp"
SITE = Site(HOST, "澄丰县人民政府门户网站", "澄丰县人民政府办公室", "湘ICP备05007731号", "4312310008",
            "湘公网安备 43123102000109号", encoding="gbk", charset_meta="gb2312")
PER_PAGE = 6

# (kind, title, date, year, variant, id)
ITEMS = [
    ("要点", "澄丰县2026年法治政府建设工作要点", "2026-03-27", 2026, "", 88931),
    ("report", "澄丰县2025年度法治政府建设情况报告", "2026-02-13", 2025, "inspection", 88710),
    ("解读", "【图文解读】澄丰县2025年度法治政府建设情况报告", "2026-02-14", 2025, "", 88716),
    ("年报", "澄丰县人民政府2025年政府信息公开工作年度报告", "2026-01-23", 2025, "", 88402),
    ("新闻", "澄丰县召开2025年度述法工作会议", "2025-12-30", 2025, "", 88115),
    ("report", "澄丰县2024年度法治政府建设情况报告", "2025-02-20", 2024, "standard", 84027),
    # page 2
    ("年报", "澄丰县人民政府2024年政府信息公开工作年度报告", "2025-01-21", 2024, "", 83760),
    ("通知", "澄丰县人民政府办公室关于印发《澄丰县重大行政决策程序规定》的通知", "2024-09-12", 2024, "", 81904),
    ("report", "澄丰县人民政府关于2023年法治政府建设情况的报告", "2024-03-01", 2023, "short", 79533),
    ("新闻", "县委理论学习中心组开展习近平法治思想专题学习", "2023-06-16", 2023, "", 75520),
    ("report", "澄丰县2022年法治政府建设年度报告", "2023-02-24", 2022, "thematic", 74082),
    ("解读", "澄丰县2022年法治政府建设年度报告解读", "2023-02-27", 2022, "", 74090),
    # page 3
    ("report", "澄丰县2021年度法治政府建设情况报告", "2022-02-18", 2021, "standard", 70013),
    ("要点", "澄丰县2021年法治政府建设工作要点", "2021-04-19", 2021, "", 66370),
    ("report", "澄丰县2020年度法治政府建设情况报告", "2021-01-29", 2020, "standard", 64158),
    ("新闻", "我县开展行政执法案卷评查工作", "2020-11-11", 2020, "", 62301),
]


def url_of(date: str, ident: int) -> str:
    return f"{BASE}/zfxxgk/fzzfjsbg/{date[:4]}{date[5:7]}/content_{ident}.html"


def li(item: tuple) -> str:
    _, title, date, _, _, ident = item
    return (f'<li><a href="{url_of(date, ident).removeprefix(BASE)}" target="_blank" title="{title}">{title}</a>'
            f'<span class="date">{date.replace("-", "/")}</span></li>')


def listing(page: int, pages: int, rows: list[tuple]) -> str:
    noscript = " ".join(f'<a href="?page={n}">{n}</a>' if n != page else f"<b>{n}</b>" for n in range(1, pages + 1))
    if page < pages:
        noscript += f' <a href="?page={page + 1}">下一页</a>'
    script = ("<script>\nvar page = %d, totalPage = %d;\n$('#loadMore').on('click', function(){\n"
              "  if (page >= totalPage) { $(this).text('没有更多了'); return; }\n"
              "  $.getJSON('list_json.jsp', {page: page + 1, channelId: '1452'}, function(res){\n"
              "    $('#newsList').append(res.html); page = res.page;\n"
              "    if (!res.hasMore) { $('#loadMore').text('没有更多了'); }\n  });\n});\n</script>\n"
              % (page, pages))
    return (head(SITE, "法治政府建设年度报告", meta={"SiteName": SITE.site_name, "ColumnName": "法治政府建设年度报告"},
                 extra='<script src="/js/jquery.min.js"></script>\n')
            + "<body>\n" + top(SITE)
            + '<div class="dqwz">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zfxxgk/">政府信息公开</a> &gt;&gt; '
              '法治政府建设年度报告</div>\n<div class="list-box"><h2>法治政府建设年度报告</h2>\n<ul id="newsList">\n'
            + "\n".join(li(item) for item in rows) + "\n</ul>\n"
            + '<div class="more-btn"><a href="javascript:;" id="loadMore">加载更多</a></div>\n'
            + f'<noscript><div class="page">{noscript}</div></noscript>\n</div>\n' + script + foot(SITE))


def article(item: tuple) -> tuple[str, list[str]]:
    kind, title, date, year, variant, ident = item
    level1: list[str] = []
    if kind == "report":
        blocks, level1 = report_blocks("澄丰县", year, chief="县长", salutation="县委、县人大常委会，湘南市人民政府：",
                                       signer="澄丰县人民政府", signed=f"{date[:4]}年{int(date[5:7])}月{int(date[8:])}日",
                                       variant=variant, seed=ident,
                                       docno=f"澄政报〔{date[:4]}〕{ident % 19 + 2}号")
        body = blocks_html(blocks, style="span" if variant == "thematic" else "p")
    else:
        body = nonreport_body(kind, "澄丰县", year)
    info = {"索 引 号": f"000014349/{date[:4]}-{ident % 100000:05d}", "发文机关": "澄丰县人民政府",
            "成文日期": f"{date[:4]}年{int(date[5:7])}月{int(date[8:])}日", "发布日期": date, "有 效 性": "有效"}
    page = (head(SITE, title, meta={"ArticleTitle": title, "PubDate": date.replace("-", "/"),
                                    "ContentSource": "澄丰县人民政府办公室", "SiteName": SITE.site_name})
            + "<body>\n" + top(SITE)
            + '<div class="dqwz">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zfxxgk/">政府信息公开</a> &gt;&gt; '
              '<a href="/zfxxgk/fzzfjsbg/index.jsp">法治政府建设年度报告</a></div>\n'
            + meta_block("ul", info)
            + f'<div class="content-box"><h1>{title}</h1>\n<div class="source">发布时间：{date.replace("-", "/")}　'
              f"来源：澄丰县人民政府办公室　【字号：大 中 小】</div>\n"
            + share_bar() + f'<div class="content" id="fontzoom">\n{body}\n</div>\n'
            + '<div class="xgfj">相关附件：无</div><div class="prev-next">上一篇：<a href="/">没有了</a>'
              '　下一篇：<a href="/">没有了</a></div></div>\n' + foot(SITE))
    return page, level1


def build() -> None:
    chunks = [ITEMS[i:i + PER_PAGE] for i in range(0, len(ITEMS), PER_PAGE)]
    pages = len(chunks)
    save(SLUG, COLUMN, listing(1, pages, chunks[0]), "gbk")
    for n, rows in enumerate(chunks, start=1):
        if n > 1:
            save(SLUG, f"{COLUMN}?page={n}", listing(n, pages, rows), "gbk")
        answer = {"code": 0, "page": n, "pageSize": PER_PAGE, "total": len(ITEMS), "totalPage": pages,
                  "hasMore": n < pages, "html": "\n".join(li(item) for item in rows)}
        save(SLUG, f"{BASE}/zfxxgk/fzzfjsbg/list_json.jsp?page={n}&channelId=1452",
             json.dumps(answer, ensure_ascii=False), "gbk")
    save(SLUG, f"{BASE}/_replay.json", json.dumps({"headers": {
        "/zfxxgk/fzzfjsbg/list_json.jsp": {"Content-Type": "application/json;charset=GBK"},
        "*.jsp": {"Content-Type": "text/html;charset=GBK"},
        "*.html": {"Content-Type": "text/html"}}}, indent=1) + "\n")
    reports, skipped = [], []
    why = {"解读": "解读", "年报": "政府信息公开工作年度报告", "要点": "工作要点", "新闻": "news", "通知": "notice"}
    for item in ITEMS:
        kind, title, date, year, _, ident = item
        page, level1 = article(item)
        save(SLUG, url_of(date, ident), page, "gbk")
        if kind == "report":
            reports.append({"url": url_of(date, ident), "year": year, "title": title, "level1": level1})
        else:
            skipped.append({"url": url_of(date, ident), "title": title, "why": why[kind]})
    write_meta(SLUG, {"slug": SLUG, "name": "澄丰县人民政府", "division_code": "431231", "level": "county",
                      "province": "湖南省", "family": "generic", "start_urls": [COLUMN]},
               {"notes": "County site entirely in GBK. Column /zfxxgk/fzzfjsbg/index.jsp (Content-Type text/html;charset=GBK, "
                         "<meta charset=gb2312>) lists 6 of 16 items and a 加载更多 button: jQuery $.getJSON('list_json.jsp', "
                         "{page, channelId:'1452'}) answers GBK JSON {code, page, pageSize, total, totalPage, hasMore, "
                         "html:'<li>…</li>'} (Content-Type application/json;charset=GBK). A <noscript> pager links the "
                         "server-rendered pages with query-only hrefs ?page=2, ?page=3. Article pages .html are served "
                         "as 'text/html' with no charset (GBK bytes, meta gb2312). Dates 2026/02/13. 6 reports 2020-2025.",
                "column": COLUMN, "reports": reports, "skipped": skipped, "failures": []})
