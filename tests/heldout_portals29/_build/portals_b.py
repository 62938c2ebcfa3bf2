"""Round 29 portals: outang (a portal on an IP address with a port),
yuancheng (a signed list API)."""

from __future__ import annotations

import json

from model import article_page, body_of, host_dir, nonreports, save, write_meta
from pages import by_date, column_page, li_rows, reports
from texts import Place

SECRET = "yc#gov@2023"


def outang() -> None:
    """A 信息公开 platform at http://61.153.40.72:8088 (no domain): rendered pages."""
    place = Place("藕塘县", "藕塘县人民政府", "中共藕塘县委、藕塘县人民政府",
                  "江西省", "61.153.40.72:8088", "360429")
    base = "/xxgk/fdzdgknr/fzzfjs/"
    reps = reports(place, [2025, 2024, 2023, 2022, 2021, 2020], base, 5512)
    items = by_date(reps + nonreports(place, reps[0].title, base, 5301))
    site = host_dir("outang", place)
    origin = f"http://{place.host}"
    chunks = [items[0:5], items[5:10], items[10:]]
    names = ["index.html", "index_1.html", "index_2.html"]
    for n, chunk in enumerate(chunks):
        pager = [f'<a href="{names[0]}">首页</a>']
        if n > 0:
            pager.append(f'<a href="{names[n - 1]}">上一页</a>')
        if n < 2:
            pager.append(f'<a href="{names[n + 1]}">下一页</a>')
        pager.append(f'<a href="{names[2]}">尾页</a>')
        inner = (f'<ul class="list">\n{li_rows(chunk, lambda it: origin + it.path)}\n</ul>\n'
                 f'<div class="page">共{len(items)}条 第{n + 1}/3页 {" ".join(pager)}</div>')
        page = column_page(place, "法治政府建设", inner, crumb="法定主动公开内容")
        save(site, base + names[n], page)
    for it in items:
        save(site, it.path, article_page(place, it, "法治政府建设", body_of(place, it)))
    write_meta("outang", place, items, f"{origin}{base}index.html",
               "The county's 信息公开 platform has no domain: every URL is "
               "http://61.153.40.72:8088/… (an IP address with a port). Rendered pages "
               "index.html, index_1.html, index_2.html (5/5/4 rows, relative pager links); "
               "rows are absolute URLs with the port.",
               column=f"{origin}{base}index.html")


YUANCHENG_JS = """var SECRET = "yc#gov@2023";
var CHANNEL = "1207";
function hex(buf) {
  return Array.prototype.map.call(new Uint8Array(buf), function (x) {
    return ("0" + x.toString(16)).slice(-2);
  }).join("");
}
function sign(p) {
  var pairs = Object.keys(p).sort().map(function (k) { return k + "=" + p[k]; });
  var raw = pairs.join("&") + "&key=" + SECRET;
  return crypto.subtle.digest("SHA-256", new TextEncoder().encode(raw)).then(hex);
}
function render(data) {
  var html = "";
  data.records.forEach(function (r) {
    html += '<li><a href="' + r.url + '" target="_blank">' + r.title + '</a><span class="date">' +
      r.publishDate + '</span></li>';
  });
  document.getElementById("list").innerHTML = html;
  var pager = "共" + data.total + "条 第" + data.current + "/" + data.pages + "页 ";
  if (data.current > 1) {
    pager += '<a href="javascript:load(' + (data.current - 1) + ')">上一页</a> ';
  }
  if (data.current < data.pages) {
    pager += '<a href="javascript:load(' + (data.current + 1) + ')">下一页</a>';
  }
  document.getElementById("pager").innerHTML = pager;
}
function load(pageNo) {
  var p = {channelId: CHANNEL, pageNo: pageNo, pageSize: 6, ts: Date.now()};
  sign(p).then(function (s) {
    p.sign = s;
    return fetch("/api/open/article/list", {method: "POST",
      headers: {"Content-Type": "application/x-www-form-urlencoded"},
      body: new URLSearchParams(p)});
  }).then(function (r) { return r.json(); }).then(function (res) {
    if (res.code !== 200) {
      document.getElementById("list").innerHTML = "<li>" + res.msg + "</li>";
      return;
    }
    render(res.data);
  });
}
load(1);"""

API_PY = '''"""The signed list API of www.yuancheng.gov.cn: form fields channelId,
pageNo, pageSize, ts, sign; sign = sha256 of the sorted "k=v" pairs joined by & plus
"&key=<secret>"."""
import hashlib
import json

SECRET = %r
RECORDS = json.loads(%r)
KEYS = ("channelId", "pageNo", "pageSize", "ts")


def listing(query, form):
    def answer(body):
        return 200, "application/json; charset=utf-8", json.dumps(body, ensure_ascii=False)
    if any(k not in form for k in KEYS + ("sign",)):
        return answer({"code": 1003, "msg": "请求参数缺失", "data": None})
    raw = "&".join(k + "=" + form[k] for k in sorted(KEYS)) + "&key=" + SECRET
    right = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    if form["sign"] != right or form["channelId"] != "1207":
        return answer({"code": 1002, "msg": "签名校验错误", "data": None})
    size, page = max(1, int(form["pageSize"])), max(1, int(form["pageNo"]))
    pages = (len(RECORDS) + size - 1) // size
    rows = RECORDS[(page - 1) * size: page * size]
    return answer({"code": 200, "msg": "success", "data": {"records": rows, "total": len(RECORDS),
                   "current": page, "size": size, "pages": pages}})
'''


def yuancheng() -> None:
    """Shell column whose list API wants a SHA-256 `sign` computed in the page's script."""
    place = Place("芫城市", "芫城市人民政府", "市委、市人民政府", "福建省",
                  "www.yuancheng.gov.cn", "350581")
    base = "/zwgk/fzzfjsndbg/"
    reps = reports(place, [2025, 2024, 2023, 2022, 2021], base, 71204)
    items = by_date(reps + nonreports(place, reps[0].title, base, 70911))
    site = host_dir("yuancheng", place)
    inner = ('<ul id="list" class="list"><li class="loading">数据加载中…</li></ul>\n<div id="p'
    'ager" class="page">'
             '</div>\n<noscript>本栏目需要启用JavaScript</noscript>')
    save(site, base + "index.html", column_page(place, "法治政府建设年度报告", inner, YUANCHENG_JS))
    records = [{"id": 9100 + i, "title": it.title, "url": it.path, "publishDate": it.pub}
               for i, it in enumerate(items)]
    save(site, "/_api.py", API_PY % (SECRET, json.dumps(records, ensure_ascii=False)))
    save(site, "/_replay.json", json.dumps({"post": {"/api/open/article/list": "python:_api.py"
    ":listing"}},
                                           indent=1))
    for it in items:
        save(site, it.path, article_page(place, it, "法治政府建设年度报告", body_of(place, it)))
    write_meta("yuancheng", place, items, f"http://{place.host}{base}index.html",
               "Shell column; rows only from POST /api/open/article/list (form channelId=1207,"
               " pageNo, "
               "pageSize=6, ts, sign), sign = SHA-256 hex of the sorted k=v pairs + '&key=<sec"
               "ret in the "
               "page script>' via crypto.subtle; a missing or wrong sign answers 200 "
               "{code:1002, msg:签名校验错误}. 13 rows, 3 pages (6/6/1).",
               column=f"http://{place.host}{base}index.html", api=f"http://{place.host}/api/op"
               f"en/article/list")
