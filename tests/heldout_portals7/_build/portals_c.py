"""yanbu: a 政府信息公开 catalogue shell opened on a node by `?channelid=`; the node's list comes
from a GET JSON API paged by `page`/`size`; one listed report is gone (404)."""

from __future__ import annotations

import json
from urllib.parse import urlencode

from common import ROOT, body_of, expected, others, portal_toml, reports, reset, write
from furniture import Site, article, page

YANBU = Site("砚埠县人民政府", "砚埠县", "县长", "4211990005", "鄂ICP备09056789号-1")
NODES = [("1440", "机构职能"), ("1441", "政策文件"), ("1443", "规划计划"), ("1447", "财政预决算"),
         ("1450", "政府信息公开年报"), ("1452", "法治政府建设年度报告"), ("1455", "建议提案办理")]
SHELL_JS = """<script>
function getQueryString(name) {
  var m = location.search.match(new RegExp('[?&]' + name + '=([^&]*)'));
  return m ? decodeURIComponent(m[1]) : '';
}
var channelid = getQueryString('channelid') || '1440';
function loadList(page) {
  $.getJSON('/xxgk/api/list.jsp', {channelid: channelid, page: page, size: 8}, function (res) {
    var html = '';
    $.each(res.data.list, function (i, it) {
      html += '<tr><td><a href="' + it.url + '" target="_blank">' + it.title + '</a></td>\
<td>' + it.docNo + '</td><td>' + it.pubDate + '</td></tr>';
    });
    $('#xxgk-list tbody').html(html);
    var pager = '';
    for (var p = 1; p <= res.data.totalPage; p++) \
pager += '<a href="javascript:loadList(' + p + ')">' + p + '</a>';
    $('#xxgk-pager').html(pager);
  });
}
function showNode(id) { location.href = '/xxgk/index.html?channelid=' + id; }
$(function () { loadList(1); });
</script>"""


def yanbu() -> None:
    slug, host, node = "yanbu", "www.yanbu.gov.cn", "1452"
    reset(slug)
    site = ROOT / slug / "site" / host
    items = reports("砚埠", "砚埠县人民政府", [2025, 2024, 2023, 2022, 2021, 2020], seed=13)
    items += others("砚埠县人民政府", 2025, 13)[:9]
    items.sort(key=lambda it: it.date, reverse=True)
    rows = []
    for n, it in enumerate(items):
        ymd = it.date.replace("-", "")
        path = f"/xxgk/{node}/{ymd[:6]}/t{ymd}_{556600 + n * 7}.html"
        it.url = f"http://{host}{path}"
        absolute = it.year == 2023  # the platform stores a few items with the full address
        rows.append({"id": 556600 + n * 7, "title": it.title, "pubDate": it.date,
                     "docNo": f"砚政办发〔{it.date[:4]}〕{n + 3}号" if it.why == "report" else "",
                     "url": it.url if absolute else path})
    size, total_pages = 8, 2
    for p in range(1, total_pages + 1):
        answer = {"code": 0, "msg": "success", "data": {
            "total": len(items), "page": p, "size": size, "totalPage": total_pages,
            "list": rows[(p - 1) * size:p * size]}}
        query = urlencode({"channelid": node, "page": p, "size": size})
        write(site / f"xxgk/api/list.jsp@{query}", json.dumps(answer, ensure_ascii=False))
    on = ' class="on"'
    tree = "".join(f'<li{on if nid == node else ""}><a href="javascript:;" '
                   f'onclick="showNode(\'{nid}\')">{name}</a></li>' for nid, name in NODES)
    main = (f'<div class="xxgk-left"><h3>信息公开目录</h3><ul class="tree">{tree}</ul></div>\n'
            '<div class="xxgk-right"><table id="xxgk-list"><thead><tr><th>标题</th><th>文号</th>'
            '<th>发布日期</th></tr></thead><tbody></tbody></table>'
            '<div id="xxgk-pager"></div></div>\n'
            + SHELL_JS)
    write(site / f"xxgk/index.html@channelid={node}",
          page(YANBU, "政府信息公开目录", "法治政府建设年度报告", main))
    gone = next(it for it in items if it.year == 2020)
    for it in items:
        if it is gone:
            continue
        write(site / it.url.removeprefix(f"http://{host}/"),
              article(YANBU, title=it.title, column="法治政府建设年度报告", date=it.date,
                      source="砚埠县人民政府办公室", body=body_of(it),
                      index_no=f"011234567/{it.date[:4]}-{items.index(it) + 31:05d}"))
    write(site / "_replay.json", json.dumps(
        {"headers": {"/xxgk/api/*": {"Content-Type": "application/json;charset=UTF-8"}}},
        indent=2) + "\n")
    failures = [{"url": gone.url, "year": 2020, "why": "404: listed by the API, page gone"}]
    start = f"http://{host}/xxgk/index.html?channelid={node}"
    expected(slug, items, failures,
             "Start page is the catalogue shell opened on node ?channelid=1452 (tree nodes by "
             "onclick); its script reads channelid from location and GETs /xxgk/api/list.jsp?"
             "channelid=1452&page=N&size=8 (2 pages, data.list[].url root-relative, the 2023 "
             "report's absolute). The 2020 report is listed but answers 404.",
             column=start, api=f"http://{host}/xxgk/api/list.jsp?channelid={node}&page=1&size=8")
    portal_toml(slug, "Held-out round 7: catalogue shell ?channelid=, GET JSON list, a 404.",
                "砚埠县人民政府", "421199", "county", "湖北省", "generic", start)
