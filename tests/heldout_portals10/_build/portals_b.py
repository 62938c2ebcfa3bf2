"""Round-10 portals lingchuan (a column shell whose JSON API answers `{"code":0,"data":{"rows":…}}`
with `pageNum` counted from 0) and xingwu (a TRS column listing some articles twice: once as
`…/index.shtml` and once as the folder `…/`, both served with the same page)."""

from __future__ import annotations

import json

from furniture import Site, esc, page
from model import article_page, expected, make_items

Files = dict[str, str]

LIST_SCRIPT = """var columnId = "8a7c2e41f1b5";
var pageSize = 6;
function renderRows(rows) {
  var html = "";
  for (var i = 0; i < rows.length; i++) {
    html += '<li><a href="' + rows[i].url + '" target="_blank">' + rows[i].title + '</a><span>'
      + rows[i].publishTime.substring(0, 10) + '</span></li>';
  }
  document.getElementById("articleList").innerHTML = html;
}
function drawPager(total, pageNum) {
  var pages = Math.ceil(total / pageSize), html = "";
  for (var i = 0; i < pages; i++) {
    html += '<a href="javascript:loadPage(' + i + ')"' + (i === pageNum ? ' class="on"' : '')
      + '>' + (i + 1) + '</a>';
  }
  document.getElementById("pager").innerHTML = html;
}
function loadPage(pageNum) {
  $.ajax({
    url: "/portal/api/article/list",
    type: "GET",
    dataType: "json",
    data: {columnId: columnId, pageNum: pageNum, pageSize: pageSize},
    success: function (res) {
      if (res.code !== 0) { return; }
      renderRows(res.data.rows);
      drawPager(res.data.total, pageNum);
    }
  });
}
$(function () { loadPage(0); });"""


def lingchuan() -> tuple[Site, Files, dict, dict]:
    site = Site(
        "www.lingchuan.gov.cn", "苓川市人民政府", "苓川市", "5109810004", "蜀ICP备08045678号"
    )
    unit, col = "苓川市人民政府", "/zwgk/fzzfjsndbg/index.html"
    items = make_items(site, unit, [2021, 2022, 2023, 2024, 2025], 10, seed=4)
    files: Files = {}
    for n, it in enumerate(items):
        stamp = it.date.replace("-", "")
        path = f"/zwgk/fzzfjsndbg/{stamp[:6]}/t{stamp}_{9020 + n}.html"
        it.url = f"http://{site.host}{path}"
        files[path.lstrip("/")] = article_page(
            site, it, unit, "锦屏省人民政府", "法治政府建设年度报告"
        )
    per, total = 6, len(items)
    for p in range(-(-total // per) + 1):  # pages 0..2, and an empty page 3
        rows = [
            {
                "id": f"{9020 + items.index(it)}",
                "title": it.title,
                "url": it.url.split(site.host)[1],
                "publishTime": f"{it.date} 10:00:00",
                "source": unit,
            }
            for it in items[p * per : (p + 1) * per]
        ]
        answer = {
            "code": 0,
            "msg": "操作成功",
            "data": {"total": total, "pageNum": p, "pageSize": per, "rows": rows},
        }
        files[f"portal/api/article/list@columnId=8a7c2e41f1b5&pageNum={p}&pageSize={per}"] = (
            json.dumps(answer, ensure_ascii=False)
        )
    inner = (
        '<div class="crumb">首页 &gt; 政务公开 &gt; 法治政府建设年度报告</div>\n<div id="listBox">'
        '<ul class="list" id="articleList"></ul><div class="pager" id="pager"></div></div>\n'
        '<script src="/js/jquery.min.js"></script>\n'
    )
    files[col.lstrip("/")] = page(site, "法治政府建设年度报告", inner, LIST_SCRIPT)
    files["js/jquery.min.js"] = (
        "/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license (stub) */\n"
    )
    exp = expected(
        items,
        "Column shell; its script GETs /portal/api/article/list?columnId=8a7c2e41f1b5"
        "&pageNum=N&pageSize=6 with N from 0 (loadPage(0)); answers {code:0, data:{total:15, "
        "pageNum, pageSize, rows:[{id,title,url,publishTime,source}]}}, 6/6/3 rows on pages "
        "0-2, page 3 empty rows; page 1..3 asked 1-based miss page 0.",
        column=f"http://{site.host}{col}",
        api=f"http://{site.host}/portal/api/article/list?columnId=8a7c2e41f1b5&pageNum=0&pageSize=6",
    )
    return (
        site,
        files,
        exp,
        {
            "start_urls": [f"http://{site.host}{col}"],
            "province": "四川省",
            "division_code": "510985",
            "level": "county",
            "family": "generic",
        },
    )


def xingwu() -> tuple[Site, Files, dict, dict]:
    site = Site("www.xingwu.gov.cn", "杏坞县人民政府", "杏坞县", "3715250005", "鲁ICP备09056789号")
    unit, col = "杏坞县人民政府", "/zwgk/fzzfjs/index.shtml"
    items = make_items(site, unit, [2020, 2022, 2023, 2024, 2025], 8, seed=5)
    files: Files = {}
    folders = {}
    for n, it in enumerate(items):
        folder = (
            f"/zwgk/fzzfjs/{it.date[:7].replace('-', '')}/t{it.date.replace('-', '')}_{3300 + n}/"
        )
        folders[id(it)] = folder
        html = article_page(site, it, unit, "沂岚市人民政府", "法治政府建设")
        files[folder.lstrip("/") + "index.shtml"] = html
        files[folder.lstrip("/") + "index.html"] = html  # what the folder URL answers
        it.url = f"http://{site.host}{folder}index.shtml"
    pinned = [it for it in items if it.is_report][:2] + [
        it for it in items if it.why == "interpretation"
    ][:1]
    box = "".join(
        f'<li><a href="{folders[id(it)]}" target="_blank">{esc(it.title)}</a></li>\n'
        for it in pinned
    )
    pages = [items[:7], items[7:]]
    for p, rows in enumerate(pages):
        lis = "".join(
            f'<li><a href="{folders[id(it)]}index.shtml" target="_blank">{esc(it.title)}</a>'
            f"<span>{it.date}</span></li>\n"
            for it in rows
        )
        pager = (
            '<div class="page">'
            + (
                '<a href="index_1.shtml">下一页</a>'
                if p == 0
                else '<a href="index.shtml">上一页</a>'
            )
            + f" 共2页 当前第{p + 1}页</div>"
        )
        top_box = f'<div class="zhiding"><h3>置顶</h3><ul>\n{box}</ul></div>\n' if p == 0 else ""
        inner = (
            f'<div class="crumb">首页 &gt; 政务公开 &gt; 法治政府建设</div>\n{top_box}'
            f'<ul class="list">\n{lis}</ul>\n{pager}\n'
        )
        files["zwgk/fzzfjs/" + ("index.shtml" if p == 0 else "index_1.shtml")] = page(
            site, "法治政府建设", inner
        )
    exp = expected(
        items,
        "The 置顶 box of index.shtml links two reports and a 解读 as their folder "
        "URL …/t<date>_<id>/ (answering the same page as …/index.shtml, the list's link): "
        "each report must be collected once, under the list's URL.",
        column=f"http://{site.host}{col}",
    )
    exp["skipped"] += [
        {
            "url": f"http://{site.host}{folders[id(it)]}",
            "title": it.title,
            "why": "same page as …/index.shtml listed below (second URL)",
        }
        for it in pinned
    ]
    return (
        site,
        files,
        exp,
        {
            "start_urls": [f"http://{site.host}{col}"],
            "province": "山东省",
            "division_code": "371529",
            "level": "county",
            "family": "trs",
        },
    )
