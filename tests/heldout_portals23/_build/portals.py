"""Round 23's five portals: one function each, its docstring saying what it exercises."""

from __future__ import annotations

import html
import json

from model import Item, Out, Place, article_html, make_items, page_shell


def row(href: str, it: Item) -> str:
    t = html.escape(it.title)
    return f'<li><a href="{href}" title="{t}" target="_blank">{t}</a><span class="date">{it.date}</span></li>'


def trs_path(folder: str, it: Item, n: int) -> str:
    ymd = it.date.replace("-", "")
    return f"{folder}{ymd[:6]}/t{ymd}_{4100 + n * 7}.html"


def jinchuan() -> Out:
    """A column shell whose rows come from a JSONP list API: the inline script adds
    `<script src="/cms/api/articleList.jsp?channelId=4127&pageNo=N&pageSize=6&callback=renderList">`
    and the answer is `renderList({...})` (application/javascript), pages 1–3 (6/6/1)."""
    p = Place("jinchuan", "荩川县", "荩川县人民政府", "浙江省", "330399", "county", "generic",
              "www.jinchuan.gov.cn", "县委、县人民政府：", [2020, 2021, 2022, 2023, 2024])
    out, items = Out(p), make_items(p)
    col = "/zwgk/fzzfjs/"
    for n, it in enumerate(items):
        path = trs_path(col, it, n)
        it.url = f"http://{p.host}{path}"
        out.add(p.host, path, article_html(p, it, "法治政府建设"))
    size, pages = 6, (len(items) + 5) // 6
    for page in range(1, pages + 1):
        chunk = items[(page - 1) * size: page * size]
        data = {"code": 200, "msg": "success", "data": {
            "pageNo": page, "pageSize": size, "total": len(items), "totalPage": pages,
            "list": [{"id": 4100 + items.index(it) * 7, "title": it.title, "pubDate": it.date,
                      "url": it.url.replace(f"http://{p.host}", "")} for it in chunk]}}
        out.add(p.host, f"/cms/api/articleList.jsp@channelId=4127&pageNo={page}&pageSize=6&callback=renderList",
                "renderList(" + json.dumps(data, ensure_ascii=False) + ");")
    out.rule(p.host, "headers", "/cms/api/*", {"Content-Type": "application/javascript; charset=utf-8"})
    script = """<script type="text/javascript">
var channelId = "4127", pageSize = 6;
function loadList(pageNo) {
  var s = document.createElement("script");
  s.src = "/cms/api/articleList.jsp?channelId=" + channelId + "&pageNo=" + pageNo + "&pageSize=" + pageSize + "&callback=renderList";
  document.body.appendChild(s);
}
function renderList(res) {
  var d = res.data, h = "";
  for (var i = 0; i < d.list.length; i++) {
    h += '<li><a href="' + d.list[i].url + '" target="_blank" title="' + d.list[i].title + '">' + d.list[i].title + '</a><span class="date">' + d.list[i].pubDate + '</span></li>';
  }
  $("#list").html(h);
  var pg = "共" + d.total + "条 第" + d.pageNo + "/" + d.totalPage + "页 ";
  if (d.pageNo > 1) pg += '<a href="javascript:loadList(' + (d.pageNo - 1) + ')">上一页</a> ';
  if (d.pageNo < d.totalPage) pg += '<a href="javascript:loadList(' + (d.pageNo + 1) + ')">下一页</a>';
  $("#pager").html(pg);
}
loadList(1);
</script>
"""
    main = '<ul class="list" id="list"></ul>\n<div class="pager" id="pager"></div>'
    out.add(p.host, col + "index.html", page_shell(p, "法治政府建设", "法治政府建设", main, script))
    out.items = items
    return out


def changping() -> Out:
    """A column shell that loads every page of a GET JSON API on ready, 1-based, with no total
    or page count anywhere: `/api/cms/list?columnId=3306&page=N&limit=7` answers `rows` (7, 7)
    and stops when page 3 answers `rows: []` (both full pages: the length says nothing)."""
    p = Place("changping", "苌坪区", "苌坪区人民政府", "河南省", "410399", "district", "generic",
              "www.changping.gov.cn", "区委、区人民政府：", [2020, 2021, 2022, 2023, 2024, 2025])
    out, items = Out(p), make_items(p)
    for n, it in enumerate(items):
        y, m, d = (int(x) for x in it.date.split("-"))
        path = f"/art/{y}/{m}/{d}/art_3306_{51200 + n * 13}.html"
        it.url = f"http://{p.host}{path}"
        out.add(p.host, path, article_html(p, it, "法治政府建设年度报告"))
    for page in range(1, 4):
        chunk = items[(page - 1) * 7: page * 7]
        rows = [{"id": 51200 + items.index(it) * 13, "title": it.title, "linkUrl": it.url.replace(f"http://{p.host}", ""),
                 "publishTime": it.date + " 09:00:00", "source": p.gov} for it in chunk]
        out.add(p.host, f"/api/cms/list@columnId=3306&page={page}&limit=7",
                json.dumps({"success": True, "msg": "操作成功", "rows": rows}, ensure_ascii=False))
    out.rule(p.host, "headers", "/api/cms/*", {"Content-Type": "application/json;charset=UTF-8"})
    script = """<script type="text/javascript">
function loadPage(page) {
  $.getJSON("/api/cms/list", {columnId: 3306, page: page, limit: 7}, function (res) {
    if (!res.rows || res.rows.length === 0) { $("#loading").hide(); return; }
    $.each(res.rows, function (i, r) {
      $("#list").append('<li><a href="' + r.linkUrl + '" target="_blank">' + r.title + '</a><span class="date">' + r.publishTime.substring(0, 10) + '</span></li>');
    });
    loadPage(page + 1);
  });
}
$(function () { loadPage(1); });
</script>
"""
    main = '<ul class="list" id="list"></ul>\n<div id="loading">数据加载中…</div>'
    out.add(p.host, "/xxgk/fzzfjsbg/index.html", page_shell(p, "法治政府建设年度报告", "法治政府建设年度报告", main, script))
    out.items = items
    return out


JSL = """<html><head><meta charset="utf-8"></head><body><script>document.cookie=('_')+('_')+('j')+('s')+('l')+('_')+('c')+('l')+('e')+('a')+('r')+('a')+('n')+('c')+('e')+('_')+('s')+('=')+(+new Date()/1000|0)+('.')+(-~[]+[]+[[]][0])+('|0|')+('h8C%2F')+(2+[]+[[]][0])+('PQWxw%3D');location.href=location.pathname+location.search</script></body></html>
"""
RS = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta id="9DhefwqGPrzGxEp9hPaoag" content="Kq8gzS0TmxVNbtE5dCXu0Go3Vp2mK4JcWxVH7QbXqLnRZ1dKsl9C.YpEuA" r='m'>
<script type="text/javascript" r='m'>$_ts=window['$_ts'];if(!$_ts)$_ts={};$_ts.nsd=48513;$_ts.cd="qErrrrA0lpGlcGAqq1VUcsV0w";</script>
<script type="text/javascript" charset="utf-8" src="/4QbVtADbnLVIc/c.FxJzG50F.dfe1675.js" r='m'></script>
</head><body></body></html>
"""


def huiling() -> Out:
    """A rendered TRS column (`index.html`, 7 rows, "共17条 第1/3页", 下一页 `index_1.html`, 尾页
    `index_2.html`) whose pages 2 and 3 are anti-bot walls that never let a crawler through:
    `index_1.html` answers **200** with a 加速乐-style script that sets `__jsl_clearance_s` and
    reloads (plus `Set-Cookie: __jsluid_h`), `index_2.html` **412** with a 瑞数-style `$_ts` page."""
    p = Place("huiling", "蕙陵市", "蕙陵市人民政府", "广东省", "440899", "prefecture", "trs",
              "www.huiling.gov.cn", "省人民政府：", [2022, 2023, 2024, 2025])
    out, items = Out(p), make_items(p)
    col = "/zfxxgk/fzzfjs/"
    reports = [it for it in items if it.is_report]
    others = [it for it in items if not it.is_report][:3]
    page1 = sorted(reports + others, key=lambda it: it.date, reverse=True)
    rows = []
    for n, it in enumerate(page1):
        path = trs_path(col, it, n)
        it.url = f"http://{p.host}{path}"
        rows.append(row("./" + path[len(col):], it))
        out.add(p.host, path, article_html(p, it, "法治政府建设"))
    pager = ('<div class="page">共17条 第1/3页 <span>首页</span> <span>上一页</span> '
             '<a href="index_1.html">下一页</a> <a href="index_2.html">尾页</a></div>')
    out.add(p.host, col + "index.html", page_shell(p, "法治政府建设", "法治政府建设",
                                                   '<ul class="list">\n' + "\n".join(rows) + "\n</ul>\n" + pager))
    out.add(p.host, col + "index_1.html", JSL)
    out.add(p.host, col + "index_2.html", RS)
    out.rule(p.host, "headers", col + "index_1.html", {"Set-Cookie": "__jsluid_h=3f6c0a9d2b8e41c7a5e0d1b2c3f4a5b6; max-age=31536000; path=/; HttpOnly"})
    out.rule(p.host, "status", col + "index_2.html", 412)
    out.failures = [{"url": f"http://{p.host}{col}index_1.html",
                     "why": "listing page 2 answers 200 with a JS cookie challenge (加速乐 __jsl_clearance) and no rows: the column is incomplete"}]
    out.items = page1
    return out
