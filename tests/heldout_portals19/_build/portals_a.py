"""Portals 1–2: zhitong (download.jsp servlet rows), bochuan (javascript:void(0) + data-href)."""

from __future__ import annotations

import io
from html import escape
from urllib.parse import quote_plus

import docx
import furniture as fu
from model import Item, Writer, make_items

FJ = ' <span class="fj">[附件下载]</span>'


def docx_bytes(item: Item, gov: str, place: str) -> bytes:
    """The item as a Word file: the title as heading, then its paragraphs."""
    doc = docx.Document()
    doc.core_properties.author = gov
    doc.add_heading(item.title, 1)
    for _, text in item.blocks(gov, place):
        doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def toml(slug: str, site: fu.Site, code: str, level: str, prov: str, fam: str, start: str,
         note: str) -> str:
    return (f"# Held-out round 19 (blind): {note}\nslug = \"{slug}\"\nname = \"{site.name}\"\n"
            f"division_code = \"{code}\"\nlevel = \"{level}\"\nprovince = \"{prov}\"\n"
            f"family = \"{fam}\"\nstart_urls = [\"{start}\"]\n")


def zhitong() -> None:
    """Table rows; reports and 年报 link /cms/download.jsp?id=N (a .docx, Content-Disposition)."""
    site = fu.Site("www.zhitong.gov.cn", "芷桐县人民政府", "芷桐县",
                   "浙ICP备05031234号", "3311270001")
    w = Writer("zhitong")
    items = make_items(site.name, site.place, [2025, 2024, 2023, 2022, 2021, 2020], 19)
    col, rules_h = "法治政府建设年度报告", {}
    dead_year = 2020
    for n, it in enumerate(items):
        y, m, d = it.date.split("-")
        if it.is_report or it.why == "disclosure_report" or "工作要点" in it.title:
            fid = f"{y}{m}{d}{n:02d}"
            it.url = f"http://{site.host}/cms/download.jsp?id={fid}"
            name = quote_plus(f"{it.title}.docx", encoding="utf-8")
            if it.year != dead_year:
                w.file(site.host, f"/cms/download.jsp?id={fid}",
                       docx_bytes(it, site.name, site.place))
                rules_h[f"/cms/download.jsp?id={fid}"] = {
                    "Content-Type": "application/octet-stream",
                    "Content-Disposition": f"attachment;filename={name}"}
            dead = "404 at the download servlet" if it.year == dead_year else None
            w.expect(it, html=False, dead=dead)
        else:
            path = f"/art/{y}/{int(m)}/{int(d)}/art_3301_{5100 + n}.html"
            it.url = f"http://{site.host}{path}"
            w.article(site, col, it, path)
            w.expect(it)
    rows = "".join(
        f'<tr><td>{i + 1}</td><td class="bt"><a href="{it.url.replace("http://" + site.host, "")}" '
        f'target="_blank" title="{escape(it.title)}">{escape(it.title)}</a>'
        f'{FJ if "download" in it.url else ""}</td>'
        f'<td>{it.date}</td></tr>\n' for i, it in enumerate(items))
    page = (fu.head(site, col, {"ColumnName": col}) + "<body>\n" + fu.top(site) + fu.crumb(col)
            + f'<div class="list"><h2>{col}</h2>\n<table class="listTable"><tr><th>序号</th>'
            f'<th>标题</th><th>发布日期</th></tr>\n{rows}</table>\n'
            f'<div class="page">共{len(items)}条记录 第1/1页</div></div>\n' + fu.footer(site))
    w.file(site.host, "/xxgk/fzzfjsndbg/index.html", page)
    start = f"http://{site.host}/xxgk/fzzfjsndbg/index.html"
    w.finish(site.host, {"headers": rules_h},
             toml("zhitong", site, "331127", "county", "浙江省", "hanweb", start,
                  "rows link a download servlet (.docx attachments)"),
             {"notes": "Reports, 年报 and 工作要点 only as /cms/download.jsp?id=N: a .docx served "
                       "application/octet-stream with Content-Disposition attachment (URL-encoded "
                       "filename); the 2020 report's id answers 404.", "column": start})


def bochuan() -> None:
    """Rendered two-page TRS list; every row <a href="javascript:void(0);" data-href="./…">."""
    site = fu.Site("www.bochuan.gov.cn", "檗川区人民政府", "檗川区",
                   "粤ICP备06044321号", "4418020002")
    w = Writer("bochuan")
    items = make_items(site.name, site.place, [2025, 2024, 2023, 2022, 2021, 2020], 23)
    col, base = "法治政府建设年度报告", "/zwgk/fzzfjsndbg/"
    for n, it in enumerate(items):
        y, m, d = it.date.split("-")
        rel = f"{y}{m}/t{y}{m}{d}_{7300 + n * 7}.html"
        it.url = f"http://{site.host}{base}{rel}"
        it.extra["rel"] = "./" + rel
        w.article(site, col, it, base + rel)
        w.expect(it)
    pages = [items[:8], items[8:]]
    script = ('<script>\n$(function () {\n'
              '  $(".news-list").on("click", "a[data-href]", function () {\n'
              '    window.open($(this).attr("data-href"), "_blank");\n  });\n});\n</script>\n')
    for p, chunk in enumerate(pages):
        rows = "".join(f'<li><a href="javascript:void(0);" data-href="{it.extra["rel"]}" '
                       f'title="{escape(it.title)}">{escape(it.title)}</a>'
                       f'<span class="date">{it.date}</span></li>\n' for it in chunk)
        nxt = '<a href="index_1.html">下一页</a> <a href="index_1.html">尾页</a>' if p == 0 else \
            '<a href="index.html">首页</a> <a href="index.html">上一页</a>'
        page = (fu.head(site, col, {"ColumnName": col}) + "<body>\n" + fu.top(site) + fu.crumb(col)
                + f'<div class="list"><h2>{col}</h2>\n<ul class="news-list">\n{rows}</ul>\n'
                f'<div class="pager">共{len(items)}条 第{p + 1}/2页 {nxt}</div></div>\n{script}'
                + fu.footer(site))
        w.file(site.host, base + ("index.html" if p == 0 else "index_1.html"), page)
    start = f"http://{site.host}{base}index.html"
    w.finish(site.host, {}, toml("bochuan", site, "441802", "district", "广东省", "trs", start,
                                 "rows are javascript:void(0) links with data-href"),
             {"notes": "Every row is <a href=\"javascript:void(0);\" "
                       "data-href=\"./YYYYMM/t…html\">, "
                       "opened by a delegated jQuery click handler; pages index.html, index_1.html "
                       "by a rendered pager.", "column": start})
