"""Portals 3–4: ruiyang (<dl> rows, AspNetPager ?PageIndex=N), gouping (POST API + timestamp)."""

from __future__ import annotations

import json
from html import escape

import furniture as fu
from model import Writer, make_items
from portals_a import toml

ASPX = {"Content-Type": "text/html; charset=utf-8", "X-Powered-By": "ASP.NET",
        "X-AspNet-Version": "4.0.30319", "Server": "Microsoft-IIS/8.5"}


def ruiyang() -> None:
    """Rows are <dl><dt><a></dt><dd>date</dd></dl>; pages ?PageIndex=N by AspNetPager URL paging."""
    site = fu.Site("www.ruiyang.gov.cn", "蕤阳县人民政府", "蕤阳县",
                   "晋ICP备07012345号", "1410230003")
    w = Writer("ruiyang")
    items = make_items(site.name, site.place, [2025, 2024, 2023, 2022, 2021], 31)
    col, lst = "法治政府建设年度报告", "/xxgk/NewsList.aspx?cid=21"
    for n, it in enumerate(items):
        path = f"/xxgk/NewsShow.aspx?id={8800 + n * 3}"
        it.url = f"http://{site.host}{path}"
        w.article(site, col, it, path)
        w.expect(it)
    pages = [items[:5], items[5:10], items[10:]]
    for p, chunk in enumerate(pages):
        rows = "".join(f'<dl class="news"><dt><a href="NewsShow.aspx?id={it.url.split("=")[-1]}" '
                       f'target="_blank" title="{escape(it.title)}">{escape(it.title)}</a></dt>'
                       f'<dd>{it.date}</dd></dl>\n' for it in chunk)
        page = (fu.head(site, col, {"ColumnName": col}) + "<body>\n" + fu.top(site) + fu.crumb(col)
                + '<form method="post" action="NewsList.aspx?cid=21" id="form1">\n'
                f'<div class="list">'
                f'<h2>{col}</h2>\n<div class="newslist">\n{rows}</div>\n'
                + pager(lst, p + 1, len(pages), len(items)) + '</div>\n</form>\n' + fu.footer(site))
        w.file(site.host, lst + (f"&PageIndex={p + 1}" if p else ""), page)
    start = f"http://{site.host}{lst}"
    w.finish(site.host, {"headers": {"/xxgk/*": ASPX}},
             toml("ruiyang", site, "141023", "county", "山西省", "generic", start,
                  "<dl>/<dt> rows, dates in <dd>, ?PageIndex=N pager"),
             {"notes": "ASP.NET list (no __VIEWSTATE postback: AspNetPager in URL-paging mode, "
                       "UrlPageIndexName=PageIndex): rows <dl><dt><a href=\"NewsShow.aspx?id=N\">"
                       "</dt><dd>date</dd></dl>, 5/5/5 over NewsList.aspx?cid=21 and "
                       "&PageIndex=2, 3 (links &amp;-escaped).", "column": start})


def pager(lst: str, cur: int, total: int, count: int) -> str:
    """AspNetPager's URL-paging markup (首页/上一页/numbers/下一页/尾页, disabled ones plain)."""
    def link(n: int, text: str) -> str:
        href = lst.replace("&", "&amp;") + (f"&amp;PageIndex={n}" if n > 1 else "")
        if n == cur or n < 1 or n > total:
            return f'<a disabled="disabled" style="margin-right:5px;">{text}</a>'
        return f'<a href="{href}" style="margin-right:5px;">{text}</a>'
    nums = "".join(f'<span class="cpb" style="margin-right:5px;">{n}</span>' if n == cur
                   else link(n, str(n)) for n in range(1, total + 1))
    return (f'<div class="paginator" id="AspNetPager1">共{count}条记录 第{cur}/{total}页 '
            + link(1, "首页") + link(cur - 1, "上一页") + nums + link(cur + 1, "下一页")
            + link(total, "尾页") + '</div>\n')


API_SRC = '''"""gouping's list API: POST form channelId, pageNo, pageSize, timestamp (ms)."""
import json

ITEMS = {items}
CHANNEL = "6021"


def listing(query, form):
    stamp = form.get("timestamp") or form.get("_") or ""
    if not stamp.isdigit() or len(stamp) < 10:
        return 403, "application/json;charset=UTF-8", json.dumps(
            {{"code": 403, "msg": "非法请求：时间戳无效", "data": None}}, ensure_ascii=False)
    if form.get("channelId") != CHANNEL:
        return 200, "application/json;charset=UTF-8", json.dumps(
            {{"code": 200, "msg": "success", "data": {{"total": 0, "records": []}}}})
    page, size = int(form.get("pageNo") or 1), int(form.get("pageSize") or 6)
    rows = ITEMS[(page - 1) * size: page * size]
    data = {{"total": len(ITEMS), "pageNo": page, "pageSize": size,
            "pages": -(-len(ITEMS) // size), "records": rows}}
    return 200, "application/json;charset=UTF-8", json.dumps(
        {{"code": 200, "msg": "success", "data": data}}, ensure_ascii=False)
'''

SHELL_JS = '''<script>
var pageSize = 6;
function loadList(pageNo) {
  $.ajax({
    type: "POST",
    url: "/api/front/content/list",
    dataType: "json",
    data: {channelId: "6021", pageNo: pageNo, pageSize: pageSize, timestamp: new Date().getTime()},
    success: function (res) {
      var html = "";
      $.each(res.data.records, function (i, r) {
        html += '<li><a href="' + r.url + '" target="_blank" title="' + r.title + '">' + r.title
          + '</a><span class="date">' + r.publishDate + '</span></li>';
      });
      $("#infoList").html(html);
      var bar = "";
      for (var p = 1; p <= res.data.pages; p++) {
        bar += '<a href="javascript:loadList(' + p + ');">' + p + '</a> ';
      }
      $("#pager").html("共" + res.data.total + "条 " + bar);
    }
  });
}
$(function () { loadList(1); });
</script>
'''


def gouping() -> None:
    """A shell whose list API is a POST needing a millisecond `timestamp` field (403 without)."""
    site = fu.Site("www.gouping.gov.cn", "枸坪县人民政府", "枸坪县",
                   "蜀ICP备08023456号", "5132250004")
    w = Writer("gouping")
    items = make_items(site.name, site.place, [2025, 2024, 2023, 2022, 2021], 37)
    col, base = "法治政府建设年度报告", "/zwgk/fzzfjsndbg/"
    records = []
    for n, it in enumerate(items):
        y, m, d = it.date.split("-")
        path = f"{base}{y}{m}/t{y}{m}{d}_{61000 + n * 11}.html"
        it.url = f"http://{site.host}{path}"
        w.article(site, col, it, path)
        w.expect(it)
        records.append({"id": 61000 + n * 11, "title": it.title, "url": path,
                        "publishDate": f"{it.date} 10:00:00", "source": site.name})
    page = (fu.head(site, col, {"ColumnName": col}) + "<body>\n" + fu.top(site) + fu.crumb(col)
            + f'<div class="list"><h2>{col}</h2>\n<ul id="infoList"></ul>\n<div id="pager"></div>'
            '</div>\n' + SHELL_JS + fu.footer(site))
    w.file(site.host, base + "index.html", page)
    w.file(site.host, "/_api.py", API_SRC.format(items=json.dumps(records, ensure_ascii=False,
                                                                  indent=1)))
    start = f"http://{site.host}{base}index.html"
    w.finish(site.host, {"post": {"/api/front/content/list": "python:_api.py:listing"}},
             toml("gouping", site, "513225", "county", "四川省", "generic", start,
                  "shell + POST list API needing a timestamp field"),
             {"notes": "Column shell; its script POSTs /api/front/content/list with the form "
                       "channelId=6021&pageNo=N&pageSize=6&timestamp=<Date.getTime()>; without a "
                       "numeric timestamp (>= 10 digits) the API answers 403 JSON. 15 records, "
                       "3 pages, data.records[] title/url/publishDate.", "column": start,
              "api": "POST http://www.gouping.gov.cn/api/front/content/list"})
