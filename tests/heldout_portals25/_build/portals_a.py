"""Round 25, portals 1–3: zixi (CSRF-token POST pages), tingchuan (lastId cursor API),
zhuwan (a report behind a CAS login)."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from common import ROUND, Item, body_of, expected, make_items, portal_toml, replay_rules, write
from furniture import Site, article_page, list_page

ALL = ["jd", "nb1", "nb2", "yd", "tz", "hy", "xf", "zt", "sf", "pf"]


def _articles(root: Path, site: Site, items: list[Item], column: str) -> None:
    for it in items:
        write(root, site.host, it.url, article_page(site, it.title, it.date, column,
                                                    body_of(site, it)))


def _li(it: Item) -> str:
    href = "/" + it.url.split("/", 3)[3]
    return (f'<li><a href="{href}" title="{it.title}" target="_blank">{it.title}</a>'
            f'<span class="date">{it.date}</span></li>')


# ---- zixi: pages 2.. only as a POST carrying the CSRF token of page 1's <meta name="_csrf">
ZIXI_TOKEN = "6f1c2e9a-4b7d-4e0a-9c3f-2d8e5a7b1c90"
ZIXI_SCRIPT = """var token = $("meta[name='_csrf']").attr("content");
var header = $("meta[name='_csrf_header']").attr("content");
$(document).ajaxSend(function (e, xhr, options) {
  xhr.setRequestHeader(header, token);
});
function turnPage(pageNo) {
  $.ajax({
    url: "/cms/column/pageList.do",
    type: "POST",
    dataType: "html",
    data: {channelId: "2306", pageNo: pageNo, pageSize: 6, _csrf: token},
    success: function (html) {
      $("#listBox").html(html);
      window.scrollTo(0, 0);
    }
  });
}"""
ZIXI_API = '''"""POST /cms/column/pageList.do: Spring Security checks the _csrf field (the token of the
column page's <meta name="_csrf">); a request without it gets the 403 Spring answers."""

TOKEN = {token!r}
PAGES = {pages}
DENIED = ("<html><body><h1>HTTP Status 403 - Forbidden</h1><p>Invalid CSRF Token 'null' was found "
          "on the request parameter '_csrf' or header 'X-CSRF-TOKEN'.</p></body></html>")


def page_list(query, form):
    if form.get("_csrf") != TOKEN:
        return 403, "text/html;charset=UTF-8", DENIED
    if form.get("channelId") != "2306" or form.get("pageNo", "1") not in PAGES:
        return 200, "text/html;charset=UTF-8", '<ul id="infoList"></ul><div id="pager">暂无信息</div>'
    return 200, "text/html;charset=UTF-8", PAGES[form.get("pageNo", "1")]
'''


def _zixi_fragment(rows: list[Item], page: int, pages: int, total: int) -> str:
    links = [f'<span>共{total}条 第{page}/{pages}页</span>']
    targets = [("首页", 1), ("上一页", max(1, page - 1))] + [(str(n), n) for n in range(1, pages + 1)]
    targets += [("下一页", min(pages, page + 1)), ("尾页", pages)]
    for text, n in targets:
        links.append(f'<a href="javascript:void(0);" onclick="turnPage({n})">{text}</a>')
    return ('<ul id="infoList" class="list">\n' + "\n".join(_li(it) for it in rows) + "\n</ul>\n"
            '<div id="pager" class="pager">' + " ".join(links) + "</div>")


def zixi() -> None:
    root = ROUND / "zixi"
    site = Site("www.zixi.gov.cn", "茈溪县人民政府", "3311270001", "浙ICP备05021306号",
                "浙")
    items = make_items(site, "中共丽阳市委全面依法治市委员会、丽阳市人民政府",
                       [2025, 2024, 2023, 2022, 2021], ALL, 88240)
    for it in items:
        it.url = (f"http://{site.host}/xxgk/fzzfjsndbg/content/{it.date[:7]}/{it.date[8:]}/"
                  f"content_{it.ident}.html")
    column = "法治政府建设年度报告"
    _articles(root, site, items, column)
    pages = {str(n + 1): _zixi_fragment(items[n * 6:n * 6 + 6], n + 1, 3, len(items))
             for n in range(3)}
    meta = (f'<meta name="_csrf" content="{ZIXI_TOKEN}">\n'
            '<meta name="_csrf_header" content="X-CSRF-TOKEN">\n')
    write(root, site.host, "/xxgk/fzzfjsndbg/index.html",
          list_page(site, column, column, f'<div id="listBox">\n{pages["1"]}\n</div>', meta,
                    ZIXI_SCRIPT))
    write(root, site.host, "/_api.py",
          ZIXI_API.format(token=ZIXI_TOKEN, pages=json.dumps(pages, ensure_ascii=False, indent=1)))
    replay_rules(root, site.host, {"post": {"/cms/column/pageList.do": "python:_api.py:page_list"}})
    start = f"http://{site.host}/xxgk/fzzfjsndbg/index.html"
    portal_toml(root, "zixi", site, "county", start, "generic",
                "pages 2-3 only as a POST carrying page 1's <meta name=_csrf> token", "331127")
    expected(root, items, column=start, api="POST /cms/column/pageList.do "
             "channelId=2306&pageNo=N&pageSize=6&_csrf=<meta _csrf>; 403 without the token",
             notes="Page 1 rendered (6 rows); pages 2-3 (6+3 rows, three reports) only in the "
                   "HTML fragment a POST answers, and only with the CSRF token read from the "
                   "column page's <meta name=\"_csrf\">.")


# ---- tingchuan: a 加载更多 list API paged by a cursor: lastId = the last row's id
TING_SCRIPT = """var lastId = 0;
var loading = false;
function loadList() {
  if (loading) { return; }
  loading = true;
  $.getJSON("/api/content/listByCursor", {columnId: 5203, lastId: lastId, size: 6}, function (res) {
    var list = res.data.list, html = "";
    for (var i = 0; i < list.length; i++) {
      html += '<li><a href="' + list[i].url + '" target="_blank" title="' + list[i].title + '">' +
        list[i].title + '</a><span class="date">' + list[i].publishDate.substring(0, 10) + '</span></li>';
    }
    $("#newsList").append(html);
    if (list.length > 0) { lastId = list[list.length - 1].id; }
    if (!res.data.hasMore) { $("#loadMore").text("没有更多了").addClass("disabled").off("click"); }
    loading = false;
  });
}
$(function () {
  loadList();
  $("#loadMore").on("click", loadList);
});"""


def tingchuan() -> None:
    root = ROUND / "tingchuan"
    site = Site("www.tingchuan.gov.cn", "葶川区人民政府", "4405150002", "粤ICP备12045203号", "粤")
    items = make_items(site, "中共葶川区委、葶川区人民政府",
                       [2025, 2024, 2023, 2022, 2021, 2020], ALL, 73961)
    for it in items:
        it.url = f"http://{site.host}/zwgk/fzzfjs/ndbg/content/post_{it.ident}.html"
    column = "法治政府建设年度报告"
    _articles(root, site, items, column)
    last = 0
    for n in range(0, len(items), 6):
        rows = items[n:n + 6]
        answer = {"code": 0, "msg": "success", "data": {
            "list": [{"id": it.ident, "title": it.title, "url": it.url.split(site.host)[1],
                      "publishDate": f"{it.date} 10:00:00", "source": site.gov} for it in rows],
            "hasMore": n + 6 < len(items), "size": 6}}
        write(root, site.host, f"/api/content/listByCursor@columnId=5203&lastId={last}&size=6",
              json.dumps(answer, ensure_ascii=False))
        last = rows[-1].ident
    inner = ('<ul id="newsList" class="list"></ul>\n<div class="more">'
             '<a href="javascript:;" id="loadMore">加载更多</a></div>')
    write(root, site.host, "/zwgk/fzzfjs/ndbg/index.html",
          list_page(site, column, column, inner, script=TING_SCRIPT))
    replay_rules(root, site.host, {"headers": {"/api/*": {
        "Content-Type": "application/json;charset=UTF-8"}}})
    start = f"http://{site.host}/zwgk/fzzfjs/ndbg/index.html"
    portal_toml(root, "tingchuan", site, "district", start, "generic",
                "a 加载更多 list API paged by a lastId cursor", "440515")
    expected(root, items, column=start, api="GET /api/content/listByCursor?columnId=5203&"
             "lastId=<last id of the previous answer, 0 first>&size=6; data.list, data.hasMore",
             notes="Shell; rows only in the cursor API's three answers (6/6/4), the next one "
                   "asked with lastId = the id of the previous answer's last row (ids are not "
                   "page numbers); hasMore false on the third.")


# ---- zhuwan: the 2022 report's article answers 302 to the city's CAS login page
def zhuwan() -> None:
    root = ROUND / "zhuwan"
    site = Site("www.zhuwan.gov.cn", "苎湾市人民政府", "4306000003", "湘ICP备06011287号", "湘")
    items = make_items(site, "湖南省人民政府", [2025, 2024, 2023, 2022, 2021, 2020],
                       ["jd", "nb1", "nb2", "yd", "tz", "hy", "xf", "zt"], 61248)
    base = f"http://{site.host}/zfxxgk/fdzdgknr/fzzfjsbg/"
    for it in items:
        d = it.date.replace("-", "")
        it.url = f"{base}{d[:6]}/t{d}_{it.ident}.html"
    column = "法治政府建设年度报告"
    locked = next(it for it in items if it.year == 2022)
    _articles(root, site, [it for it in items if it is not locked], column)
    login = "http://ids.zhuwan.gov.cn/cas/login?service=" + quote(locked.url, safe="")
    write(root, "ids.zhuwan.gov.cn", "/cas/login@" + login.split("?", 1)[1], _cas_page(login))
    for page in range(2):
        rows = items[page * 7:page * 7 + 7]
        lis = "\n".join(_li(it).replace('href="/' + it.url.split("/", 3)[3], 'href="./' + it.url[len(base):]) for it in rows)
        pager = ('<div class="page">共14条 第{0}/2页 <a href="index.html">首页</a> {1} {2} '
                 '<a href="index_1.html">尾页</a></div>').format(
            page + 1, '<a href="index.html">上一页</a>' if page else "<span>上一页</span>",
            '<a href="index_1.html">下一页</a>' if not page else "<span>下一页</span>")
        write(root, site.host, f"/zfxxgk/fdzdgknr/fzzfjsbg/index{'_1' if page else ''}.html",
              list_page(site, column, column, f'<ul class="list">\n{lis}\n</ul>\n{pager}'))
    replay_rules(root, site.host, {"redirect": {locked.url.split(site.host)[1]: login}})
    start = base + "index.html"
    portal_toml(root, "zhuwan", site, "prefecture", start, "trs",
                "the 2022 report's article answers 302 to a CAS login page", "430600")
    fail = [{"url": locked.url, "year": 2022,
             "why": "302 to the CAS login page http://ids.zhuwan.gov.cn/cas/login?service=…"
                    " (200, a login form): the report is behind a login, never fetched"}]
    expected(root, items, failures=fail, column=start,
             notes="Rendered column index.html + index_1.html (7/7 rows, ./YYYYMM/ links). The "
                   "2022 report is listed, but its article answers 302 to the city's unified "
                   "login (CAS) ids.zhuwan.gov.cn/cas/login?service=<the article URL>, which "
                   "answers 200 with a login form: a failure to name, not a non-report.")


def _cas_page(action: str) -> str:
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            '<title>苎湾市统一身份认证平台 - 用户登录</title></head><body>\n'
            '<div class="login-box"><h2>苎湾市统一身份认证平台</h2>\n'
            f'<form id="fm1" action="{action.split("ids.zhuwan.gov.cn")[1]}" method="post">\n'
            '<label>用户名：<input id="username" name="username" type="text"></label>\n'
            '<label>密　码：<input id="password" name="password" type="password"></label>\n'
            '<label>验证码：<input name="captcha" type="text"><img src="/cas/captcha.jpg" alt=""></label>\n'
            '<input type="hidden" name="execution" value="e1s1">\n'
            '<input type="hidden" name="_eventId" value="submit">\n'
            '<button type="submit">登 录</button></form>\n'
            '<p><a href="/cas/register">注册账号</a> <a href="/cas/forget">忘记密码</a></p>\n'
            '<p>请使用政务外网账号或“湘易办”扫码登录。</p></div>\n'
            '<div class="footer">苎湾市人民政府办公室主办　技术支持：苎湾市大数据中心</div>\n'
            '</body></html>\n')
