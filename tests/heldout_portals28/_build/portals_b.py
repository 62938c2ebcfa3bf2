"""xunling (Next.js: rows only in __NEXT_DATA__), bixi (a list API answering double-encoded JSON
as text/plain)."""

from __future__ import annotations

import html
import json

import texts
from model import Portal, make_items, stubs, write
from portals_a import write_articles

BUILD_ID = "Xq7v2LkZ9pTn3RfW1yHcd"
CHUNKS = ["_next/static/chunks/framework-3b5a00d5d7e8d93b.js",
          "_next/static/chunks/main-f4ae3437c92c1efc.js",
          "_next/static/chunks/pages/_app-85d7488a393d3f0b.js",
          "_next/static/chunks/pages/xxgk/column-1d2c6f0a9e7b4c31.js"]


def next_data(page: str, query: dict, props: dict) -> str:
    data = {"props": {"pageProps": props, "__N_SSP": True}, "page": page, "query": query,
            "buildId": BUILD_ID, "isFallback": False, "gssp": True, "scriptLoader": []}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    scripts = "".join(f'<script src="/{c}" defer=""></script>' for c in CHUNKS)
    return f'<script id="__NEXT_DATA__" type="application/json">{text}</script>{scripts}'


def xunling() -> None:
    p = Portal("xunling", "荀陵市人民政府", "荀陵市", "www.xunling.gov.cn", "4290050004", "429005",
               "county", "湖北省", "generic", "/xxgk/fzzfjs", "法治政府建设")
    items = make_items(p, [2020, 2021, 2022, 2023, 2024, 2025], 9, 20931,
                       lambda it: f"/xxgk/article/{it.ident}", day0=12)

    def wrap(it, content: str) -> str:
        props = {"article": {"id": it.ident, "title": it.title, "publishTime": it.date,
                             "columnCode": "fzzfjs"}}
        return (f'<div id="__next"><div class="article-content" id="zoom">{content}</div></div>'
                + next_data("/xxgk/article/[id]", {"id": str(it.ident)}, props))

    write_articles(p, items, wrap)
    pages = [items[i:i + 6] for i in range(0, len(items), 6)]
    for n, rows in enumerate(pages, 1):
        cells = "\n".join(
            f'<div class="list-item" role="link" tabindex="0"><div class="list-item-title">'
            f'{html.escape(it.title)}</div><div class="list-item-date">{it.date}</div></div>'
            for it in rows)
        links = " ".join(f'<a href="/xxgk/fzzfjs?page={k}"'
                         + (' class="active" aria-current="page"' if k == n else "")
                         + f">{k}</a>" for k in range(1, len(pages) + 1))
        props = {"column": {"code": "fzzfjs", "name": p.column},
                 "list": [{"id": it.ident, "title": it.title, "publishTime": it.date,
                           "path": it.path, "source": p.name} for it in rows],
                 "total": len(items), "current": n, "size": 6}
        body = (f'<div id="__next"><div class="crumb">当前位置：首页 &gt; 信息公开 &gt; {p.column}</div>'
                f'<div class="list-box"><h3>{p.column}</h3>\n{cells}\n'
                f'<nav class="pagination">{links}<span>共{len(items)}条</span></nav></div></div>'
                + next_data("/xxgk/[column]", {"column": "fzzfjs", "page": str(n)}, props))
        name = "xxgk/fzzfjs" + ("" if n == 1 else f"@page={n}")
        p.put(name, texts.page(p.column, p.name, p.place, p.code, body, column=p.column))
    for c in CHUNKS:
        p.put(c, "/* next.js chunk (stub) */\n")
    p.put("_replay.json", json.dumps({"headers": {
        "/xxgk/fzzfjs": {"Content-Type": "text/html; charset=utf-8", "X-Powered-By": "Next.js"},
        "/xxgk/article/*": {"Content-Type": "text/html; charset=utf-8",
                            "X-Powered-By": "Next.js"}}}, indent=1))
    stubs(p, [])
    write(p, "Next.js column: rows are <div role=link> with no href; their paths only in the "
             "__NEXT_DATA__ JSON (props.pageProps.list[].path); pages ?page=N by real links; "
             "extension-less URLs", {})


BIXI_SHELL = """<div class="list-box"><h3>法治政府建设年度报告</h3>
<ul id="infoList" class="news-list"></ul><div id="pager" class="page"></div></div>
<script src="/static/js/jquery.min.js"></script>
<script>
var CAT_ID = 2207;
function loadList(pageNo) {
    $.ajax({
        url: "/cms/front/infoList.do",
        type: "GET",
        data: {catId: CAT_ID, pageNo: pageNo, pageSize: 6},
        dataType: "text",
        success: function (res) {
            // 接口返回的是字符串化的JSON，需解析两次
            var data = JSON.parse(res);
            if (typeof data === "string") { data = JSON.parse(data); }
            var html = "";
            $.each(data.rows, function (i, row) {
                html += '<li><a href="' + row.url + '" target="_blank" title="' + row.title + '">'
                    + row.title + '</a><span class="date">' + row.pubDate + '</span></li>';
            });
            $("#infoList").html(html);
            var pager = "<span>共" + data.total + "条 第" + data.pageNo + "/" + data.pageCount + "页</span>";
            for (var k = 1; k <= data.pageCount; k++) {
                pager += ' <a href="javascript:loadList(' + k + ')">' + k + '</a>';
            }
            $("#pager").html(pager);
        }
    });
}
$(function () { loadList(1); });
</script>"""


def bixi() -> None:
    p = Portal("bixi", "苾溪县人民政府", "苾溪县", "www.bixi.gov.cn", "3609240005", "360924",
               "county", "江西省", "generic", "/zwgk/fzzfjsbg/index.html", "法治政府建设年度报告")
    items = make_items(p, [2021, 2022, 2023, 2024, 2025], 10, 66172,
                       lambda it: f"/zwgk/fzzfjsbg/{it.stamp[:6]}/t{it.stamp}_{it.ident}.html",
                       day0=14)
    dead = next(it for it in items if it.year == 2021)
    write_articles(p, items, skip=(dead.ident,))
    p.put(dead.path, texts.page("页面不存在", p.name, p.place, p.code,
                                "<div class=\"err\"><h2>404</h2><p>您访问的页面不存在！</p></div>"))
    p.expected["failures"].append({"url": p.url(dead.path), "why": "report link answers 404",
                                   "year": 2021})
    pages = [items[i:i + 6] for i in range(0, len(items), 6)]
    for n, rows in enumerate(pages, 1):
        obj = {"total": len(items), "pageCount": len(pages), "pageNo": n, "pageSize": 6,
               "rows": [{"infoId": it.ident, "title": it.title, "url": it.path,
                         "pubDate": it.date} for it in rows]}
        inner = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
        p.put(f"cms/front/infoList.do@catId=2207&pageNo={n}&pageSize=6",
              json.dumps(inner, ensure_ascii=False))
    p.put("zwgk/fzzfjsbg/index.html", texts.page(p.column, p.name, p.place, p.code, BIXI_SHELL,
                                                 column=p.column))
    p.put("_replay.json", json.dumps({
        "headers": {"/cms/front/*": {"Content-Type": "text/plain;charset=UTF-8"}},
        "status": {dead.path: 404}}, indent=1))
    stubs(p, ["static/js/jquery.min.js"])
    write(p, "shell whose $.ajax list API (dataType text) answers a JSON string holding the "
             "JSON (double-encoded), as text/plain; the 2021 report answers 404",
          {"api": p.url("/cms/front/infoList.do?catId=2207&pageNo=1&pageSize=6")})
