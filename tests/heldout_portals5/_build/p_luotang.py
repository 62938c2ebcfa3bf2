"""luotang — 洛塘县人民政府 (甘肃): a 政府信息公开 platform whose column is an empty shell; the
list comes from POST /xxgk/gkml/infoList.do (form: catId, siteId, pageNo, pageSize) as an HTML
fragment; only page 1 has a GET fallback link."""

from __future__ import annotations

from common import Site, foot, head, meta_block, nonreport_body, save, share_bar, top, write_meta
from texts import blocks_html, report_blocks

SLUG = "luotang"
HOST = "www.luotang.gov.cn"
BASE = f"http://{HOST}"
COLUMN = f"{BASE}/xxgk/fdzdgknr/fzzfjsndbg/index.html"
CAT, SITE_ID, SIZE = "3107", "62", "5"
SITE = Site(HOST, "洛塘县人民政府网", "洛塘县人民政府", "陇ICP备05001723号-1", "6212290001",
            "甘公网安备 62122902000118号")

# (kind, title, date, year-about, variant, id)
ITEMS = [
    ("通知", "关于开展2026年度法治政府建设示范创建申报工作的通知", "2026-04-08", 2026, "", 90412),
    ("要点", "洛塘县2026年法治政府建设工作要点", "2026-03-05", 2026, "", 90177),
    ("解读", "图解：洛塘县2025年度法治政府建设情况报告", "2026-02-12", 2025, "", 90035),
    ("report", "洛塘县2025年度法治政府建设情况报告", "2026-02-11", 2025, "standard", 90031),
    ("年报", "洛塘县人民政府2025年政府信息公开工作年度报告", "2026-01-20", 2025, "", 89870),
    ("新闻", "县司法局召开全县法治政府建设推进会", "2025-06-18", 2025, "", 86544),
    ("report", "洛塘县2024年度法治政府建设情况报告", "2025-01-23", 2024, "thematic", 84120),
    ("年报", "洛塘县人民政府2024年政府信息公开工作年度报告", "2025-01-15", 2024, "", 84002),
    ("解读", "一图读懂《洛塘县2023年度法治政府建设情况报告》", "2024-02-05", 2023, "", 80377),
    ("report", "关于洛塘县2023年法治政府建设情况的报告", "2024-02-02", 2023, "inspection", 80361),
    ("要点", "洛塘县2023年法治政府建设工作要点", "2023-04-12", 2023, "", 76650),
    ("report", "洛塘县2022年法治政府建设年度报告", "2023-03-10", 2022, "standard", 75918),
    ("新闻", "县政府常务会议开展专题学法活动", "2022-05-10", 2022, "", 71203),
    ("report", "洛塘县人民政府关于2021年度法治政府建设工作情况的报告", "2022-01-28", 2021, "short", 69877),
]


def item_url(date: str, ident: int) -> str:
    return f"{BASE}/xxgk/content/{date[:4]}/{ident}.html"


def fragment(page: int, pages: int, rows: list[tuple]) -> str:
    """What infoList.do answers: a bare table plus the pager, no <html> shell."""
    body = []
    for n, (_, title, date, _, _, ident) in enumerate(rows, start=(page - 1) * int(SIZE) + 1):
        index_no = f"LTX-{date[:4]}-{ident % 10000:05d}"
        y, m, d = date.split("-")
        body.append(f'<tr><td class="xh">{n}</td><td class="bt"><a href="/xxgk/content/{date[:4]}/{ident}.html" '
                    f'target="_blank" title="{title}">{title}</a></td><td class="syh">{index_no}</td>'
                    f'<td class="rq">{y}年{m}月{d}日</td></tr>')
    nxt = (f'<a href="javascript:void(0);" onclick="goPage({page + 1})">下一页</a> '
           f'<a href="javascript:void(0);" onclick="goPage({pages})">尾页</a>') if page < pages else ""
    prev = (f'<a href="javascript:void(0);" onclick="goPage(1)">首页</a> '
            f'<a href="javascript:void(0);" onclick="goPage({page - 1})">上一页</a> ') if page > 1 else ""
    return ('<table class="gk-list" width="100%"><thead><tr><th>序号</th><th>标题</th><th>索引号</th>'
            '<th>生成日期</th></tr></thead><tbody>\n' + "\n".join(body) + "\n</tbody></table>\n"
            f'<div class="pager">共{len(ITEMS)}条记录 第{page}/{pages}页 {prev}{nxt}'
            f'<input type="hidden" id="totalPage" value="{pages}"></div>\n')


def column_page() -> str:
    fallback = f"/xxgk/gkml/infoList.do?catId={CAT}&siteId={SITE_ID}&pageNo=1&pageSize={SIZE}"
    script = ("<script>\nfunction goPage(n){\n  $('#pageForm input[name=pageNo]').val(n);\n"
              "  $.ajax({url:'/xxgk/gkml/infoList.do', type:'POST', data:$('#pageForm').serialize(),"
              " dataType:'html', success:function(html){ $('#infoList').html(html); }});\n}\n"
              "$(function(){ goPage(1); });\n</script>\n")
    tree = "".join(f'<li><a href="/xxgk/fdzdgknr/{c}/index.html">{n}</a></li>' for c, n in [
        ("jgzn", "机构职能"), ("zcwj", "政策文件"), ("ghjh", "规划计划"), ("fzzfjsndbg", "法治政府建设年度报告"),
        ("xzzf", "行政执法"), ("czzj", "财政资金")])
    return (head(SITE, "法治政府建设年度报告", meta={"ColumnName": "法治政府建设年度报告", "SiteName": SITE.site_name},
                 extra='<script src="/js/jquery-1.12.4.min.js"></script>\n')
            + "<body>\n" + top(SITE)
            + '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; '
              '<a href="/xxgk/fdzdgknr/">法定主动公开内容</a> &gt; 法治政府建设年度报告</div>\n'
            + f'<div class="gk-left"><h3>法定主动公开内容</h3><ul class="gk-tree">{tree}</ul></div>\n'
            + '<div class="gk-right"><div class="gk-title">法治政府建设年度报告</div>\n'
            + f'<form id="pageForm" method="post" action="/xxgk/gkml/infoList.do">'
              f'<input type="hidden" name="catId" value="{CAT}"><input type="hidden" name="siteId" value="{SITE_ID}">'
              f'<input type="hidden" name="pageNo" value="1"><input type="hidden" name="pageSize" value="{SIZE}"></form>\n'
            + '<div id="infoList"><div class="loading">数据加载中……</div></div>\n'
            + f'<p class="tip">列表无法正常显示？<a href="{fallback}" target="_blank">点击此处浏览</a></p>\n'
            + "</div>\n" + script + foot(SITE))


def article(item: tuple) -> tuple[str, list[str]]:
    kind, title, date, year, variant, ident = item
    level1: list[str] = []
    if kind == "report":
        blocks, level1 = report_blocks("洛塘县", year, chief="县政府主要负责同志", salutation="县委、县人大常委会、市政府：",
                                       signer="洛塘县人民政府", signed=_cn_date(date), variant=variant, seed=ident,
                                       docno=f"洛政发〔{date[:4]}〕{ident % 37 + 3}号")
        body = blocks_html(blocks)
    else:
        body = nonreport_body(kind, "洛塘县", year)
    info = {"索 引 号": f"LTX-{date[:4]}-{ident % 10000:05d}", "主题分类": "综合政务/其他",
            "发布机构": "洛塘县人民政府办公室" if kind != "新闻" else "洛塘县司法局",
            "生成日期": date, "文　　号": f"洛政发〔{date[:4]}〕{ident % 37 + 3}号" if kind == "report" else "",
            "有 效 性": "有效"}
    page = (head(SITE, title, meta={"ArticleTitle": title, "PubDate": f"{date} 09:30",
                                    "ContentSource": "洛塘县人民政府办公室", "ColumnName": "法治政府建设年度报告"})
            + "<body>\n" + top(SITE)
            + '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; '
              '<a href="/xxgk/fdzdgknr/fzzfjsndbg/index.html">法治政府建设年度报告</a></div>\n'
            + meta_block("table", {k: v for k, v in info.items() if v})
            + f'<div class="gk-detail"><h1 class="title">{title}</h1>\n<div class="info">发布时间：{date}　'
              f'来源：洛塘县人民政府办公室　浏览次数：<span id="hits">312</span></div>\n'
            + share_bar() + f'<div class="gk-content" id="zoomcon">\n{body}\n</div>\n'
            + '<div class="prev-next"><p>上一篇：<a href="/">没有了</a></p><p>下一篇：<a href="/">没有了</a></p></div>'
              "</div>\n" + foot(SITE))
    return page, level1


def _cn_date(date: str) -> str:
    y, m, d = date.split("-")
    return f"{y}年{int(m)}月{int(d)}日"


def handler_source(pages: dict[int, str]) -> str:
    return ('"""infoList.do: the listing window of one category, as the platform answers it (HTML fragment)."""\n\n'
            f"PAGES = {pages!r}\nCAT = {CAT!r}\n\n\n"
            "def info_list(query, form):\n"
            "    fields = dict(query, **form)\n"
            "    if fields.get('catId') != CAT:\n"
            "        return 200, 'text/html;charset=UTF-8', '<div class=\"no-data\">暂无信息</div>'\n"
            "    try:\n        page = int(fields.get('pageNo') or 1)\n    except ValueError:\n        page = 1\n"
            "    body = PAGES.get(page, '<div class=\"no-data\">暂无信息</div>')\n"
            "    return 200, 'text/html;charset=UTF-8', body\n")


def build() -> None:
    size = int(SIZE)
    chunks = [ITEMS[i:i + size] for i in range(0, len(ITEMS), size)]
    pages = {n: fragment(n, len(chunks), rows) for n, rows in enumerate(chunks, start=1)}
    save(SLUG, COLUMN, column_page())
    save(SLUG, f"{BASE}/xxgk/gkml/infoList.do?catId={CAT}&siteId={SITE_ID}&pageNo=1&pageSize={SIZE}", pages[1])
    save(SLUG, f"{BASE}/_api.py", handler_source(pages))
    save(SLUG, f"{BASE}/_replay.json", '{"post": {"/xxgk/gkml/infoList.do": "python:_api.py:info_list"}}\n')
    save(SLUG, f"{BASE}/robots.txt", "User-agent: *\nDisallow: /admin/\n")
    reports, skipped = [], []
    why = {"解读": "解读", "年报": "政府信息公开工作年度报告", "要点": "工作要点", "新闻": "news", "通知": "notice"}
    for item in ITEMS:
        page, level1 = article(item)
        url = item_url(item[2], item[5])
        save(SLUG, url, page)
        if item[0] == "report":
            reports.append({"url": url, "year": item[3], "title": item[1], "level1": level1})
        else:
            skipped.append({"url": url, "title": item[1], "why": why[item[0]]})
    write_meta(SLUG, {"slug": SLUG, "name": "洛塘县人民政府", "division_code": "621229", "level": "county",
                      "province": "甘肃省", "family": "generic", "start_urls": [COLUMN]},
               {"notes": "政府信息公开 platform: the column page is a shell with a hidden form (catId=3107, siteId=62, "
                         "pageNo, pageSize=5) posted by jQuery to /xxgk/gkml/infoList.do, which answers an HTML "
                         "fragment (table 序号/标题/索引号/生成日期 + pager whose 下一页/尾页 are onclick=goPage(N)); "
                         "pages 2-3 exist ONLY as POST answers (pageNo in the body); a GET fallback link "
                         "'点击此处浏览' serves page 1 only (GET pageNo=2 is 404). Dates 2026年02月11日. 14 items, "
                         "5 reports 2021-2025 (a 2025 report published 2026-02), one with a 督察整改 section, one "
                         "thematic, one 3-section.",
                "column": COLUMN, "reports": reports, "skipped": skipped, "failures": []})
