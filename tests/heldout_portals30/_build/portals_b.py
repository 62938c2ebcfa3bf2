"""Round 30 portals 3–4: xiantang (a dead report link 301-redirected to the home page), biwan
(a 置顶 row repeating a report under another title; relative dates)."""

from __future__ import annotations

import datetime as dt
import html
import json

from model import Item, Portal, standard_items, write_portal
from texts import footer, list_page, topbar


def trs_path(folder: str, n: int):
    def path_of(i: int, date: str) -> str:
        d = date.replace("-", "")
        return f"{folder}{d[:6]}/t{d}_{n - 13 * i}.html"
    return path_of


def rendered_pages(p: Portal, folder: str, rows_of, per: int, name=lambda n: f"index_{n - 1}.html") -> None:
    """TRS-style rendered pages index.html, index_1.html … with 首页/上一页/下一页/尾页."""
    pages = (len(p.items) + per - 1) // per
    for n in range(1, pages + 1):
        def href(k: int) -> str:
            return "index.html" if k == 1 else name(k)
        nav = [f'<a href="{href(1)}">首页</a>']
        nav += [f'<a href="{href(n - 1)}">上一页</a>'] if n > 1 else ["<span>上一页</span>"]
        nav += [f'<a href="{href(n + 1)}">下一页</a>'] if n < pages else ["<span>下一页</span>"]
        nav += [f'<a href="{href(pages)}">尾页</a>',
                f"<span>共{len(p.items)}条 第{n}/{pages}页</span>"]
        rows = rows_of(p.items[(n - 1) * per:n * per], n)
        p.files[folder + ("" if n == 1 else name(n))] = list_page(
            p.site, p.code, p.column, rows, f'<div class="page">{" ".join(nav)}</div>')


def plain_rows(items: list[Item], folder: str) -> str:
    lis = "".join(f'<li><a href=".{it.path[len(folder) - 1:]}" target="_blank" title="{html.escape(it.title)}">'
                  f'{html.escape(it.title)}</a><span class="date">{it.date}</span></li>\n' for it in items)
    return f'<ul class="list">\n{lis}</ul>'


def xiantang() -> Portal:
    folder = "/zwgk/fzzfjsndbg/"
    p = Portal("xiantang", "苋塘县", "苋塘县人民政府", "www.xiantang.gov.cn", "3607320003", "江西省",
               "360732", f"http://www.xiantang.gov.cn{folder}", "法治政府建设年度报告", family="trs")
    p.notes = ("A rendered TRS column index.html + index_1.html (7/7 rows). The 2021 report's article "
               "is gone and its link answers 301 to the site's home page (200, a portal front page): a "
               "soft 404 by redirect, a failure. The 2020 report's link (the old column folder "
               "/xxgk/fzzfjs/) answers 301 to its new address, where it is stored.")
    p.items = standard_items(p.place, [2025, 2024, 2023, 2022, 2021, 2020], trs_path(folder, 8820), 2)
    p.items = [it for it in p.items if "司法局" not in it.title]   # 14 rows
    gone = next(it for it in p.items if it.year == 2021)
    moved = next(it for it in p.items if it.year == 2020)
    new_path = moved.path
    moved.path = moved.path.replace(folder, "/xxgk/fzzfjs/")
    p.finals[moved.path] = new_path
    gone.page = False
    rendered_pages(p, folder, lambda items, n: plain_rows(items, folder).replace(
        f'href=".{moved.path[len(folder) - 1:]}"', f'href="{moved.path}"'), 7)
    p.rules = {"redirect": {gone.path: {"to": p.url("/"), "status": 301},
                            moved.path: {"to": p.url(new_path), "status": 301}}}
    p.failures = [{"url": p.url(gone.path), "year": 2021,
                   "why": "the listed report answers 301 to the home page: gone (soft 404 by redirect)"}]
    home_rows = "".join(f'<li><a href="{it.path}">{html.escape(it.title)}</a></li>' for it in p.items[:3])
    p.files["/"] = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>苋塘县人民政府</title></head><body>\n'
                    + topbar(p.site) + '<div class="banner"><img src="/images/banner.jpg" alt="魅力苋塘"></div>\n'
                    '<div class="block"><h3>要闻动态</h3><ul><li><a href="/xwzx/tpxw/">图片新闻</a></li>'
                    '<li><a href="/xwzx/ywdt/">苋塘要闻</a></li></ul></div>\n'
                    f'<div class="block"><h3>法治政府建设</h3><ul>{home_rows}</ul>'
                    f'<a class="more" href="{folder}">更多&gt;&gt;</a></div>\n'
                    + footer(p.site, p.code) + '</body></html>\n')
    write_portal(p, 32)
    return p


def relative(date: str, now: dt.date) -> str:
    """How the theme shows a date: 今天/昨天/N天前 within a week, else the date."""
    days = (now - dt.date.fromisoformat(date)).days
    return {0: "今天", 1: "昨天"}.get(days, f"{days}天前" if days < 7 else date)


def biwan() -> Portal:
    folder = "/xxgk/fzzfjs/"
    p = Portal("biwan", "荸湾区", "荸湾区人民政府", "www.biwan.gov.cn", "3502060004", "福建省", "350206",
               f"http://www.biwan.gov.cn{folder}", "法治政府建设")
    p.notes = ("A rendered column index.html + index_2.html (7/7 rows) whose dates are relative "
               "(今天/昨天/N天前) for the last week. A 置顶 box above the list links the newest report "
               "as 【置顶】荸湾区2025年法治政府建设情况 and the 2024 report as 2024年度报告（全文）; "
               "the same URLs appear in the list under their full titles (one document each).")
    p.items = standard_items(p.place, [2025, 2024, 2023, 2022, 2021], trs_path(folder, 6611), 0)
    p.items = [it for it in p.items if "司法局" not in it.title]
    now = dt.date(2026, 3, 13)
    rep = [it for it in p.items if it.is_report]
    top = (f'<div class="zhiding"><h3>置顶</h3><ul><li><a href=".{rep[0].path[len(folder) - 1:]}">'
           f'【置顶】荸湾区2025年法治政府建设情况</a></li><li><a href=".{rep[1].path[len(folder) - 1:]}">'
           '2024年度报告（全文）</a></li></ul></div>\n')

    def rows(items: list[Item], n: int) -> str:
        lis = "".join(f'<li><a href=".{it.path[len(folder) - 1:]}" target="_blank">{html.escape(it.title)}'
                      f'</a><span class="date">{relative(it.date, now)}</span></li>\n' for it in items)
        return (top if n == 1 else "") + f'<ul class="list">\n{lis}</ul>'
    rendered_pages(p, folder, rows, 7, name=lambda n: f"index_{n}.html")
    write_portal(p, 33)
    return p


WENGPU_JS = """<script>
var API = "/api/content/list";
function pager(page, pages) {
  var s = "";
  if (page > 1) { s += '<a href="javascript:void(0)" onclick="loadList(' + (page - 1) + ')">上一页</a>'; }
  s += '<span>第' + page + '/' + pages + '页</span>';
  if (page < pages) { s += '<a href="javascript:void(0)" onclick="loadList(' + (page + 1) + ')">下一页</a>'; }
  $("#pageBar").html(s);
}
function loadList(page) {
  $.getJSON(API, {channelId: 1173, pageNo: page, pageSize: 6}, function (res) {
    if (res.code !== 200) { return; }
    var rows = res.data.list, html = "";
    for (var i = 0; i < rows.length; i++) { html += rows[i].html; }
    $("#infoList").html(html);
    pager(res.data.pageNo, res.data.pages);
  });
}
$(function () { loadList(1); });
</script>
"""


def wengpu() -> Portal:
    folder = "/xxgk/fzzfjsndbg/"
    p = Portal("wengpu", "蕹浦县", "蕹浦县人民政府", "www.wengpu.gov.cn", "4309230005", "湖南省", "430923",
               f"http://www.wengpu.gov.cn{folder}", "法治政府建设年度报告")
    p.notes = ("A shell column (empty ul#infoList) whose script $.getJSON's /api/content/list?channelId=1173"
               "&pageNo=N&pageSize=6; each row of data.list is {id, sort, html}: the row's link, title and "
               "date exist only inside its rendered html snippet; data.pages 3. The 2020 report's link answers 404.")
    p.items = standard_items(p.place, [2024, 2023, 2022, 2021, 2020],
                             lambda i, d: f"{folder}content_{52870 - 11 * i}.html", 1)
    dead = next(it for it in p.items if it.year == 2020)
    dead.page = False
    p.failures = [{"url": p.url(dead.path), "year": 2020, "why": "the listed report answers 404"}]
    per = 6
    pages = (len(p.items) + per - 1) // per
    for n in range(1, pages + 1):
        rows = [{"id": it.path.rsplit("_", 1)[1][:-5], "sort": k,
                 "html": f'<li><a href="{it.path}" target="_blank" title="{html.escape(it.title)}">'
                         f'{html.escape(it.title)}</a><span class="time">{it.date}</span></li>'}
                for k, it in enumerate(p.items[(n - 1) * per:n * per])]
        body = {"code": 200, "msg": "操作成功", "data": {"total": len(p.items), "pageNo": n,
                                                      "pageSize": per, "pages": pages, "list": rows}}
        p.files[f"/api/content/list@channelId=1173&pageNo={n}&pageSize={per}"] = json.dumps(body, ensure_ascii=False)
    shell = '<ul id="infoList" class="list"></ul>\n<div id="pageBar" class="page"></div>'
    p.files[folder] = list_page(p.site, p.code, p.column, shell).replace("</body>", WENGPU_JS + "</body>")
    write_portal(p, 34)
    return p
