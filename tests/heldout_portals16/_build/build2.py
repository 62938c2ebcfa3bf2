"""Round 16 portals 3-5: rows in a script array, a ?pageIndex= pager built from hidden inputs,
and a 年份 <select> reloading the column with ?year=."""

from __future__ import annotations

import html
import json

from furniture import page
from model import Portal, article_html, make_items, report_entry

NOT_FOUND = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>404 Not Found</title></head>
<body><center><h1>404 Not Found</h1></center><hr><center>nginx</center></body></html>
"""


def chunhu() -> None:
    """Every row only in `var infoList = [...]`, paged in the browser (PageSize 6, GotoPage)."""
    site = dict(
        host="www.chunhu.gov.cn",
        name="莼湖县人民政府",
        short="莼湖县",
        code="3302260003",
        icp="浙ICP备07034567号",
        gongan="浙公网安备 33022602000789号",
    )
    p = Portal("chunhu", site)
    col, column = "/zwgk/fzzf/ndbg/", "法治政府建设年度报告"
    items = make_items(site, [2020, 2021, 2022, 2023, 2024], 9, 53)
    data = []
    for item in items:
        path = f"{col}{item.ym}/t{item.stamp}_{item.ident}.html"
        p.write(path, article_html(site, column, item))
        data.append({"title": item.title, "url": path, "date": item.date, "source": site["name"]})
        if item.year:
            p.reports.append(report_entry(site, item, p.url(path)))
        else:
            p.skip(p.url(path), item)
    rows = ",\n".join("  " + json.dumps(d, ensure_ascii=False) for d in data)
    script = f"""<script type="text/javascript">
var infoList = [
{rows}
];
var PageSize = 6; //每页个数
var Page = 1; //当前页码
function GotoPage(num) {{ Page = num; OutputHtml(); }}
function OutputHtml() {{
  var Pages = Math.floor((infoList.length - 1) / PageSize) + 1;
  if (Page < 1) Page = 1;
  if (Page > Pages) Page = Pages;
  var html = "";
  var list = infoList.slice((Page - 1) * PageSize, Page * PageSize);
  for (var i = 0; i < list.length; i++) {{
    html += '<li><a href="' + list[i].url + '" target="_blank" title="' + list[i].title + '">'
      + list[i].title
      + '</a><span class="date">' + list[i].date + '</span></li>';
  }}
  document.getElementById("infoUl").innerHTML = html;
  var pager = "共" + infoList.length + "条 第" + Page + "/" + Pages + "页 ";
  for (var p = 1; p <= Pages; p++) {{
    pager += p == Page ? "<span>" + p + "</span> "
      : '<a href="javascript:GotoPage(' + p + ')">' + p + "</a> ";
  }}
  document.getElementById("pageBar").innerHTML = pager;
}}
window.onload = function () {{ OutputHtml(); }};
</script>"""
    body = (
        f'<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 法治政府 &gt; {column}</div>'
        '<div class="list"><ul id="infoUl"></ul><div class="page" '
        f'id="pageBar"></div></div>{script}'
    )
    p.write(col + "index.html", page(site, column, body))
    p.finish(
        dict(
            name=site["name"],
            division_code="330226",
            level="county",
            province="浙江省",
            family="generic",
            start_urls=[p.url(col + "index.html")],
        ),
        "Column page with no row in its HTML: all 14 items only in the inline "
        "script's `var infoList = "
        "[{title, url, date, source}, …]` (JSON objects, root-relative urls), "
        "drawn and paged in the "
        "browser by OutputHtml()/GotoPage(n) (PageSize 6); no other listing URL exists",
        column=p.url(col + "index.html"),
    )


def ruoling() -> None:
    """JSP list paged by ?pageIndex=N, built by goPage(n) from hidden inputs; a 404 report."""
    site = dict(
        host="www.ruoling.gov.cn",
        name="箬岭区人民政府",
        short="箬岭区",
        code="5116020004",
        icp="蜀ICP备08045678号",
        gongan="川公网安备 51160202000321号",
    )
    p = Portal("ruoling", site)
    column, query = "法治政府建设", "&channelId=fzzfjs"
    items = make_items(site, [2020, 2021, 2022, 2023, 2024, 2025], 9, 61)
    rows, dead = [], ""
    for item in items:
        path = f"/xxgk/content.jsp?contentId={item.ident}"
        if item.year == 2021:
            dead = path
            p.write(path, NOT_FOUND)
            p.failures.append(
                {"url": p.url(path), "year": 2021, "why": "404 dead link (the 2021 report)"}
            )
        else:
            p.write(path, article_html(site, column, item))
            if item.year:
                p.reports.append(report_entry(site, item, p.url(path)))
            else:
                p.skip(p.url(path), item)
        rows.append(item)
    pages = [rows[0:6], rows[6:12], rows[12:]]
    for n, chunk in enumerate(pages, 1):
        trs = "".join(
            f'<tr><td>{(n - 1) * 6 + k}</td><td class="title"><a '
            f'href="content.jsp?contentId={i.ident}" '
            f'target="_blank" title="{html.escape(i.title)}">{html.escape(i.title)}</a></td>'
            f"<td>{i.date}</td></tr>"
            for k, i in enumerate(chunk, 1)
        )
        links = [("首页", 1), ("上一页", max(1, n - 1)), ("下一页", min(3, n + 1)), ("尾页", 3)]
        pager = "".join(
            f'<li><a href="javascript:void(0)" onclick="goPage({t})">{label}</a></li>'
            for label, t in links
        )
        body = f"""<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; {column}</div>
<table class="list"><tr><th>序号</th><th>标题</th><th>发布日期</th></tr>{trs}</table>
<div class="pages"><ul class="fl">{pager}</ul><ul class="fr"><li>共15条记录　第{n} / 3 页</li>
<li>跳转到 <input type="text" id="jumpPage" size="2"> 页
<input type="button" value="GO" onclick="jumpPage()"></li></ul>
<input type="hidden" id="jumpPageCount" value="3">
<input type="hidden" id="jumpPageUrl" value="/xxgk/list.jsp">
<input type="hidden" id="jumpPagequeryString" value="{query}"></div>
<script type="text/javascript">
function goPage(n) {{
  var url = document.getElementById("jumpPageUrl").value;
  var qs = document.getElementById("jumpPagequeryString").value;
  location.href = url + "?pageIndex=" + n + qs;
}}
function jumpPage() {{
  var allCount = parseInt(document.getElementById("jumpPageCount").value);
  var arg = parseInt(document.getElementById("jumpPage").value);
  if (isNaN(arg)) {{ return false; }}
  goPage(Math.max(1, Math.min(arg, allCount)));
}}
</script>"""
        text = page(site, column, body)
        p.write(f"/xxgk/list.jsp?pageIndex={n}{query}", text)
        if n == 1:
            p.write("/xxgk/list.jsp?channelId=fzzfjs", text)
    p.finish(
        dict(
            name=site["name"],
            division_code="511602",
            level="district",
            province="四川省",
            family="generic",
            start_urls=[p.url("/xxgk/list.jsp?channelId=fzzfjs")],
        ),
        "JSP list /xxgk/list.jsp?channelId=fzzfjs (table, 6/6/3 rows); pages 2-3 only as "
        "list.jsp?pageIndex=N&channelId=fzzfjs, built by goPage(N) "
        "(首页/上一页/下一页/尾页 onclick) from the "
        "hidden inputs jumpPageUrl + '?pageIndex=' + N + jumpPagequeryString; "
        "the 2021 report answers 404",
        rules={
            "status": {dead: 404},
            "headers": {"/xxgk/*": {"Content-Type": "text/html;charset=UTF-8"}},
        },
        column=p.url("/xxgk/list.jsp?channelId=fzzfjs"),
    )


def xiangtang() -> None:
    """Column shows the newest publication year; older years only via <select> → ?year=YYYY."""
    site = dict(
        host="www.xiangtang.gov.cn",
        name="芗塘县人民政府",
        short="芗塘县",
        code="3506270005",
        icp="闽ICP备09056789号",
        gongan="闽公网安备 35062702000654号",
    )
    p = Portal("xiangtang", site)
    col, column = "/zfxxgk/fzzfjsndbg/", "法治政府建设年度报告"
    items = make_items(site, [2020, 2021, 2022, 2023, 2024, 2025], 8, 71)
    years = sorted({int(i.date[:4]) for i in items}, reverse=True)
    for item in items:
        path = f"{col}{item.ym}/t{item.stamp}_{item.ident}.html"
        p.write(path, article_html(site, column, item))
        if item.year:
            p.reports.append(report_entry(site, item, p.url(path)))
        else:
            p.skip(p.url(path), item)
    for shown in years:
        chunk = [i for i in items if i.date.startswith(str(shown))]
        opts = "".join(
            f'<option value="{y}"{" selected" if y == shown else ""}>{y}年</option>' for y in years
        )
        lis = "".join(
            f'<li><a href="./{i.ym}/t{i.stamp}_{i.ident}.html" '
            f'target="_blank">{html.escape(i.title)}</a>'
            f"<span>{i.date}</span></li>"
            for i in chunk
        )
        body = f"""<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; {column}</div>
<div class="filter">年份：<select id="yearSel" name="year">{opts}</select></div>
<div class="list"><ul>{lis}</ul><div class="page">共{len(chunk)}条 第1/1页</div></div>
<script type="text/javascript">
$(function () {{
  $("#yearSel").change(function () {{
    var params = new URLSearchParams(window.location.search);
    params.set("year", this.value);
    window.location.href = window.location.pathname + "?" + params.toString();
  }});
}});
</script>"""
        text = page(site, column, body)
        p.write(f"{col}index.html?year={shown}", text)
        if shown == years[0]:
            p.write(col + "index.html", text)
    p.finish(
        dict(
            name=site["name"],
            division_code="350627",
            level="county",
            province="福建省",
            family="generic",
            start_urls=[p.url(col + "index.html")],
        ),
        f"Column shows only the newest publication year ({years[0]}); a 年份 "
        "<select> (option values "
        f"{years[0]}…{years[-1]}, no URL) reloads the page with ?year=YYYY "
        "(URLSearchParams in a jQuery "
        "change handler); each year one page of 1-4 rows",
        column=p.url(col + "index.html"),
    )


def main() -> None:
    chunhu()
    ruoling()
    xiangtang()
