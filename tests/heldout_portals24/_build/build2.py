"""Round 24's portals 4–6 of the build: fanyang (sortable table, 区 and 部门), qiyu (year tabs by
GET fragment), songling (pdf.js viewer rows)."""

from __future__ import annotations

import html
import json
from typing import Any
from urllib.parse import quote

import model
import texts

SORTS = {
    "title": lambda it: it["title"],
    "publisher": lambda it: it["publisher"],
    "pubDate": lambda it: it["date"],
}
HEAD_LABELS = [("title", "标题"), ("publisher", "发布机构"), ("pubDate", "发布日期")]
JSP_HTML = {"Content-Type": "text/html;charset=UTF-8"}


def fanyang_items() -> list[dict[str, Any]]:
    """The district's reports and non-reports, plus 部门 items whose titles name no publisher."""
    items = model.make_items("蘩阳区人民政府", "蘩阳区", [2024, 2023, 2022, 2021], 6, 3)
    dept = [
        ("蘩阳区司法局", "report", 2024, "2025-02-21", "2024年度法治政府建设年度报告"),
        ("蘩阳区教育局", "report", 2023, "2024-03-06", "2023年度法治政府建设情况报告"),
        ("蘩阳区教育局", "disclosure_report", 2024, "2025-01-24", "2024年政府信息公开工作年度报告"),
        ("蘩阳区司法局", "not_a_report", 2025, "2025-03-18", "2025年法治政府建设工作要点"),
    ]
    for pub, kind, y, date, title in dept:
        it: dict[str, Any] = {"publisher": pub, "year": y, "date": date, "title": title}
        if kind == "report":
            it.update(kind="report", short=False)
        else:
            it.update(kind="other", why=kind)
        items.append(it)
    return model.finish(items, 3)


def fanyang_table(items: list[dict[str, Any]], order: str | None, sort: str, page: int) -> str:
    """One table page: a first row of sort links, 8 rows, the pager keeping the sort."""
    base = "list.jsp?catId=88"
    keep = f"&amp;orderBy={order}&amp;sort={sort}" if order else ""
    cells = []
    for key, label in HEAD_LABELS:
        cur = order or "pubDate"
        nxt = ("asc" if sort == "desc" else "desc") if key == cur else "asc"
        mark = (" ↓" if sort == "desc" else " ↑") if key == cur else ""
        cells.append(
            f'<td class="th"><a href="{base}&amp;orderBy={key}&amp;sort={nxt}">'
            f"{label}{mark}</a></td>"
        )
    rows = [f'<tr class="head"><td class="th">序号</td>{"".join(cells)}</tr>']
    chunk = items[(page - 1) * 8 : page * 8]
    for k, it in enumerate(chunk, (page - 1) * 8 + 1):
        rows.append(
            f'<tr><td>{k}</td><td class="bt">'
            f'<a href="content/post_{it["id"]}.html" target="_blank">'
            f"{html.escape(it['title'])}</a></td><td>{it['publisher']}</td><td>{it['date']}</td></tr>"
        )
    n = (len(items) + 7) // 8
    link = lambda p: f"{base}{keep}" + (f"&amp;page={p}" if p > 1 else "")  # noqa: E731
    pager = [f'<a href="{link(1)}">首页</a>']
    if page > 1:
        pager.append(f'<a href="{link(page - 1)}">上一页</a>')
    if page < n:
        pager.append(f'<a href="{link(page + 1)}">下一页</a>')
    pager.append(f'<a href="{link(n)}">尾页</a>')
    return (
        f'<table class="xxgk-list" width="100%">{"".join(rows)}</table>'
        f'<div class="page">共{len(items)}条记录 第{page}/{n}页 {" ".join(pager)}</div>'
    )


def fanyang() -> None:
    """A 信息公开 table of the district's and its departments' items, sorted by header links."""
    site, code, host = "蘩阳区人民政府", "4201170003", "www.fanyang.gov.cn"
    items = fanyang_items()
    col = f"http://{host}/xxgk/fzzfjsndbg/"
    pages: dict[str, str | bytes] = dict(model.STUBS)
    variants: list[tuple[str | None, str]] = [(None, "desc")] + [
        (o, s) for o in SORTS for s in ("asc", "desc")
    ]
    for order, sort in variants:
        ordered = sorted(items, key=SORTS[order or "pubDate"], reverse=sort == "desc")
        for page in (1, 2):
            q = (
                "catId=88"
                + (f"&orderBy={order}&sort={sort}" if order else "")
                + (f"&page={page}" if page > 1 else "")
            )
            table = fanyang_table(ordered, order, sort, page)
            main = f'<div class="list"><h3>法治政府建设年度报告</h3>{table}</div>'
            pages[f"/xxgk/fzzfjsndbg/list.jsp@{q}"] = texts.page(
                site, code, "法治政府建设年度报告", main, "法治政府建设年度报告"
            )
    for it in items:
        pages[f"/xxgk/fzzfjsndbg/content/post_{it['id']}.html"] = model.article_html(
            site, code, "法治政府建设年度报告", it, "区委、区人民政府", 3
        )
    pages["/_replay.json"] = json.dumps(
        {"headers": {"/xxgk/fzzfjsndbg/list.jsp*": JSP_HTML}}, indent=1
    )
    url = lambda it: f"{col}content/post_{it['id']}.html"  # noqa: E731
    exp = {
        "notes": "Table column list.jsp?catId=88 (&page=2), 14 rows, 8 a page; first row of <td> "
        "cells whose links sort the table (orderBy=title|publisher|pubDate, sort=asc|desc; "
        "each answers the same items in that order, two pages each). Rows mix the district's "
        "items and two departments' (发布机构 column): the departments' titles name no "
        "publisher (2024年度法治政府建设年度报告).",
        "column": f"{col}list.jsp?catId=88",
        "reports": [model.expected_entry(it, url(it)) for it in items if it["kind"] == "report"],
        "skipped": [model.expected_entry(it, url(it)) for it in items if it["kind"] != "report"],
        "failures": [],
    }
    model.write_portal(
        "fanyang",
        {host: pages},
        exp,
        model.toml_text(
            "fanyang",
            site,
            "420117",
            "district",
            "湖北省",
            "generic",
            f"{col}list.jsp?catId=88",
            "a sortable table of the district's and its departments' items",
        ),
    )


QIYU_SCRIPT = """<script>
function loadYear(year) {
  $("#yearList").load("/zwgk/fzzfjs/ndbg/getList.jsp?year=" + year + "&columnId=4312");
}
$(function () {
  $("#yearTabs li").on("click", function () {
    $(this).addClass("on").siblings().removeClass("on");
    loadYear($(this).data("year"));
  });
  loadYear($("#yearTabs li.on").data("year"));
});
</script>"""


def qiyu() -> None:
    """Year tabs (data-year) whose lists are HTML fragments fetched by GET ?year=…&columnId=…"""
    site, code, host = "蕲峪县人民政府", "1410320004", "www.qiyu.gov.cn"
    items = model.make_items(site, "蕲峪县", [2024, 2023, 2022, 2021, 2020], 8, 4)
    col = f"http://{host}/zwgk/fzzfjs/ndbg/"
    years = sorted({it["date"][:4] for it in items}, reverse=True)
    on = ' class="on"'
    tabs = "".join(
        f'<li data-year="{y}"{on if i == 0 else ""}><a href="javascript:;">{y}年</a></li>'
        for i, y in enumerate(years)
    )
    main = (
        f'<div class="list"><h3>法治政府建设年度报告</h3><ul id="yearTabs" class="tabs">{tabs}</ul>'
        f'<div id="yearList"></div></div>{QIYU_SCRIPT}'
    )
    pages: dict[str, str | bytes] = {
        **model.STUBS,
        "/zwgk/fzzfjs/ndbg/index.html": texts.page(
            site, code, "法治政府建设年度报告", main, "法治政府建设年度报告"
        ),
    }
    for y in years:
        rows = [it for it in items if it["date"][:4] == y]
        lis = "".join(
            f'<li><a href="/zwgk/fzzfjs/ndbg/{it["path"]}" target="_blank">'
            f"{html.escape(it['title'])}"
            f"</a><span>{it['date']}</span></li>\n"
            for it in rows
        )
        pages[f"/zwgk/fzzfjs/ndbg/getList.jsp@year={y}&columnId=4312"] = (
            f'<ul class="list">\n{lis}</ul>\n<div class="pageinfo">共{len(rows)}条</div>\n'
        )
    for it in items:
        pages[f"/zwgk/fzzfjs/ndbg/{it['path']}"] = model.article_html(
            site, code, "法治政府建设年度报告", it, "市委、市人民政府", 4
        )
    pages["/_replay.json"] = json.dumps(
        {"headers": {"/zwgk/fzzfjs/ndbg/getList.jsp*": JSP_HTML}}, indent=1
    )
    exp = {
        "notes": f"Column {col}index.html: tabs <li data-year> {years[0]}…{years[-1]} and an empty "
        "div#yearList; a script .load()s GET getList.jsp?year=Y&columnId=4312 (an <ul> "
        "fragment) for the first tab on ready and for each tab on click. No year in any "
        "onclick; no fragment linked from the page.",
        "column": f"{col}index.html",
        "reports": [
            model.expected_entry(it, col + it["path"]) for it in items if it["kind"] == "report"
        ],
        "skipped": [
            model.expected_entry(it, col + it["path"]) for it in items if it["kind"] != "report"
        ],
        "failures": [],
    }
    model.write_portal(
        "qiyu",
        {host: pages},
        exp,
        model.toml_text(
            "qiyu",
            site,
            "141032",
            "county",
            "山西省",
            "generic",
            f"{col}index.html",
            "year tabs loading HTML fragments by GET ?year=",
        ),
    )


VIEWER = """<!DOCTYPE html>
<html dir="ltr"><head><meta charset="utf-8"><title>PDF.js viewer</title>
<link rel="stylesheet" href="viewer.css"><script src="../build/pdf.js"></script>
<script src="viewer.js"></script></head>
<body tabindex="1"><div id="outerContainer"><div id="mainContainer">
<div class="toolbar"><button id="print" class="toolbarButton" title="打印">打印</button>
<button id="download" class="toolbarButton" title="下载">下载</button></div>
<div id="viewerContainer" tabindex="0"><div id="viewer" class="pdfViewer"></div></div>
</div></div></body></html>
"""


def songling() -> None:
    """Report rows link a pdf.js viewer page whose only pointer to the PDF is its ?file= query."""
    site, code, host = "菘岭区人民政府", "5101160005", "www.songling.gov.cn"
    items = model.make_items(site, "菘岭区", [2024, 2023, 2022, 2021, 2020], 8, 5)
    col = f"http://{host}/xxgk/fzzfjs/"
    pages: dict[str, str | bytes] = {
        **model.STUBS,
        "/static/pdfjs/web/viewer.js": "/* pdf.js viewer */\n",
    }
    for it in items:
        if it["kind"] == "report" or it.get("why") == "disclosure_report":
            d = it["date"].replace("-", "")
            pdf = f"/uploadfiles/{d[:4]}/{d[4:6]}/{d}{it['id']}0931.pdf"
            it["href"] = "/static/pdfjs/web/viewer.html?file=" + quote(pdf, safe="")
            it["pdf"] = pdf
            pages[pdf] = model.report_pdf(it, "区委、区人民政府", 5)
            pages["/static/pdfjs/web/viewer.html@" + it["href"].split("?", 1)[1]] = VIEWER
        else:
            it["href"] = f"./{it['path']}"
            pages[f"/xxgk/fzzfjs/{it['path']}"] = model.article_html(
                site, code, "法治政府建设", it, "区委、区人民政府", 5
            )
    from build import li_rows, trs_pager  # noqa: PLC0415 (build imports this module)

    for i, chunk in enumerate([items[:7], items[7:]]):
        main = (
            f'<div class="list"><h3>法治政府建设</h3><ul>'
            f"{li_rows(chunk, lambda it: it['href'])}</ul>"
            f"{trs_pager(2, i, len(items))}</div>"
        )
        pages[f"/xxgk/fzzfjs/{'index.html' if i == 0 else f'index_{i}.html'}"] = texts.page(
            site, code, "法治政府建设", main, "法治政府建设"
        )

    def ent(it: dict[str, Any]) -> dict[str, Any]:
        if "pdf" not in it:
            return model.expected_entry(it, col + it["path"])
        return model.expected_entry(
            it, f"http://{host}{it['href']}", f"http://{host}{it['pdf']}", False
        )

    exp = {
        "notes": "Column index.html + index_1.html (7/6 rows). Report rows and both "
        "政府信息公开年报 "
        "link /static/pdfjs/web/viewer.html?file=<encodeURIComponent(PDF path)>: the viewer "
        "page names no PDF (its script reads location.search); the text is only in the PDF. "
        "url = the viewer link, final_url = the PDF.",
        "column": f"{col}index.html",
        "reports": [ent(it) for it in items if it["kind"] == "report"],
        "skipped": [ent(it) for it in items if it["kind"] != "report"],
        "failures": [],
    }
    model.write_portal(
        "songling",
        {host: pages},
        exp,
        model.toml_text(
            "songling",
            site,
            "510116",
            "district",
            "四川省",
            "generic",
            f"{col}index.html",
            "report rows linking a pdf.js viewer with ?file=",
        ),
    )
