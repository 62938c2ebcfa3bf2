"""Build held-out portal round 16: `.venv/bin/python tests/heldout_portals16/_build/build.py`.

Rewrites the five portal folders (site/, expected.json, portal.toml). Deterministic (seeded).
Portals 3-5 are in build2.py; items and writing in model.py; page furniture in furniture.py.
"""

from __future__ import annotations

import base64
import html
import sys
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build2  # noqa: E402
from furniture import page, pdf_bytes  # noqa: E402
from model import Item, Portal, article_html, make_items, report_entry, report_text  # noqa: E402

VIEWER = """<!DOCTYPE html>
<html dir="ltr" mozdisallowselectionprint><head><meta charset="utf-8">
<meta name="google" content="notranslate"><title>PDF.js viewer</title>
<link rel="resource" type="application/l10n" href="locale/locale.properties">
<script src="../build/pdf.js"></script><link rel="stylesheet" href="viewer.css">
<script src="viewer.js"></script>
</head><body tabindex="1"><div id="outerContainer"><div id="mainContainer">
<div class="toolbar"><button id="print" class="toolbarButton print" title="打印"></button>
<button id="download" class="toolbarButton download" title="下载"></button></div>
<div id="viewerContainer" tabindex="0"><div id="viewer" class="pdfViewer"></div></div>
</div></div></body></html>
"""


def pdf_lines(site: dict, item: Item) -> list[str]:
    return [item.title] + [text for _, text in report_text(site, item)[0]]


def list_rows(items: list[Item], href) -> str:
    return "\n".join(
        f'<li><a href="{href(i)}" target="_blank" title="{html.escape(i.title)}">'
        f'{html.escape(i.title)}</a><span class="date">{i.date}</span></li>'
        for i in items
    )


def zhaochuan() -> None:
    """TRS column, two rendered pages; some articles' body is only a pdf.js viewer iframe."""
    site = dict(
        host="www.zhaochuan.gov.cn",
        name="棹川区人民政府",
        short="棹川区",
        code="4418020001",
        icp="粤ICP备05012345号",
        gongan="粤公网安备 44180202000123号",
    )
    p = Portal("zhaochuan", site)
    col, column = "/zwgk/fzzfjsndbg/", "法治政府建设年度报告"
    items = make_items(site, [2020, 2021, 2022, 2023, 2024], 9, 31)
    pdf_idents = {
        i.ident
        for i in items
        if i.year in (2024, 2022, 2020)
        or i.why == "disclosure_report"
        and i.date.startswith("2025")
    }
    for item in items:
        path = f"{col}{item.ym}/t{item.stamp}_{item.ident}.html"
        if item.ident in pdf_idents:
            pdf = f"{col}{item.ym}/P020{item.stamp}{item.ident}3164.pdf"
            lines = (
                pdf_lines(site, item)
                if item.year
                else [item.title, "一、总体情况", "二、主动公开政府信息情况"]
            )
            p.write(pdf, pdf_bytes(lines))
            viewer = f"/pdfjs/web/viewer.html?file={quote(pdf, safe='')}"
            p.write(viewer, VIEWER)
            body = (
                f'<div class="TRS_Editor"><iframe src="{viewer}" width="100%" height="900" '
                f'frameborder="0" scrolling="no"></iframe></div>'
            )
            p.write(path, article_html(site, column, item, body))
            if item.year:
                p.reports.append(
                    report_entry(site, item, p.url(path), html_text=False, final_url=p.url(pdf))
                )
        else:
            p.write(path, article_html(site, column, item, None))
            if item.year:
                p.reports.append(report_entry(site, item, p.url(path)))
        if not item.year:
            p.skip(p.url(path), item)
    p.write("/pdfjs/web/viewer.html", VIEWER)
    for n, chunk in enumerate([items[:7], items[7:]]):
        name = "index.html" if n == 0 else "index_1.html"
        pager = (
            '共14条　第1/2页　首页　上一页　<a href="index_1.html">下一页</a>　<a '
            'href="index_1.html">尾页</a>'
            if n == 0
            else '共14条　第2/2页　<a href="index.html">首页</a>　'
            '<a href="index.html">上一页</a>　下一页　尾页'
        )
        body = (
            f'<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; {column}</div>'
            '<div class="list"><ul>'
            f"{list_rows(chunk, lambda i: f'./{i.ym}/t{i.stamp}_{i.ident}.html')}</ul>"
            f'<div class="page">{pager}</div></div>'
        )
        p.write(col + name, page(site, column, body))
    p.finish(
        dict(
            name=site["name"],
            division_code="441802",
            level="district",
            province="广东省",
            family="trs",
            start_urls=[p.url(col + "index.html")],
        ),
        "TRS column in two rendered pages; three reports (and a "
        "政府信息公开年报) are articles whose body is "
        "only <iframe src=/pdfjs/web/viewer.html?file="
        "<encodeURIComponent(pdf)>>: url = the article, "
        "final_url = the PDF; the other two reports are HTML articles",
        column=p.url(col + "index.html"),
    )


def guwan_preview(pdf_url: str) -> str:
    return "/preview/onlinePreview?url=" + quote(
        base64.b64encode(pdf_url.encode()).decode(), safe=""
    )


def guwan() -> None:
    """Rows linking a kkFileView preview (`onlinePreview?url=<base64 of the PDF URL>`)."""
    site = dict(
        host="www.guwan.gov.cn",
        name="菰湾县人民政府",
        short="菰湾县",
        code="3209250002",
        icp="苏ICP备06023456号",
        gongan="苏公网安备 32092502000456号",
    )
    p = Portal("guwan", site)
    col, column = "/xxgk/fzzfjs/", "法治政府建设"
    items = make_items(site, [2021, 2022, 2023, 2024, 2025], 8, 47)
    rows = []
    for n, item in enumerate(items, 1):
        if item.year or item.why == "disclosure_report":
            pdf = ""
            for k in range(3000):  # a PDF URL whose base64 has no + or / (padding = is kept: %3D)
                cand = p.url(
                    f"/uploadfiles/{item.date[:4]}/{item.date[5:7]}/{item.stamp}{item.ident}{k}.pdf"
                )
                b64 = base64.b64encode(cand.encode()).decode()
                if "+" not in b64 and "/" not in b64:
                    pdf = cand
                    break
            lines = (
                pdf_lines(site, item)
                if item.year
                else [item.title, "一、总体情况", "二、主动公开政府信息情况"]
            )
            p.write(pdf.split(site["host"], 1)[1], pdf_bytes(lines))
            href = guwan_preview(pdf)
            p.write(
                href,
                f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style type="text/css">body{{margin:0;padding:0;border:0;}}</style></head>
<body><iframe src="{pdf}" width="100%" frameborder="0"></iframe></body>
<script type="text/javascript">
document.getElementsByTagName('iframe')[0].height = document.documentElement.clientHeight - 10;
window.onresize = function () {{ var fm = document.getElementsByTagName("iframe")[0];
  fm.height = window.document.documentElement.clientHeight - 10; }};
</script></html>
""",
            )
            if item.year:
                p.reports.append(
                    report_entry(site, item, p.url(href), html_text=False, final_url=pdf)
                )
            else:
                p.skip(p.url(href), item)
        else:
            href = f"{col}content/post_{item.ident}.html"
            p.write(href, article_html(site, column, item))
            p.skip(p.url(href), item)
        rows.append(
            f'<tr><td>{n}</td><td class="bt"><a href="{href}" target="_blank" '
            f'title="{html.escape(item.title)}">'
            f"{html.escape(item.title)}</a></td><td>{item.date}</td></tr>"
        )
    body = (
        f'<div class="crumb">当前位置：首页 &gt; 信息公开 &gt; {column}</div><table class="list">'
        f"<tr><th>序号</th><th>标题</th><th>发布日期</th></tr>{''.join(rows)}</table>"
    )
    p.write(col + "index.html", page(site, column, body))
    p.finish(
        dict(
            name=site["name"],
            division_code="320925",
            level="county",
            province="江苏省",
            family="generic",
            start_urls=[p.url(col + "index.html")],
        ),
        "One table page; every report row (and the two 政府信息公开年报) "
        "links a kkFileView preview "
        "/preview/onlinePreview?url=<base64 of the PDF's absolute URL>, whose "
        "page is only <iframe src=PDF>: "
        "url = the preview link, final_url = the PDF",
        rules={"headers": {"/preview/*": {"Content-Type": "text/html;charset=UTF-8"}}},
        column=p.url(col + "index.html"),
    )


if __name__ == "__main__":
    zhaochuan()
    guwan()
    build2.main()
    print("built round 16")
