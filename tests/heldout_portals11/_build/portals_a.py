"""tangpu (a `<select>` of years leading to per-year list pages) and zheling (reports posted as
image-only pages with the text only in a linked PDF)."""
from __future__ import annotations

from html import escape
from io import BytesIO

import furniture
import pdfmin
from common import (
    Item,
    article_html,
    finish,
    fresh,
    list_items,
    make_items,
    paragraphs,
    report_entry,
    skip_entry,
    write,
    write_stubs,
)
from PIL import Image

TANGPU = {"name": "棠浦县人民政府", "gov": "棠浦县人民政府", "up": "吉州市人民政府", "head": "县长",
          "code": "3608270011", "icp": "赣ICP备05004217号", "ga": "赣公网安备36082702000118号",
          "source": "棠浦县司法局", "editor": "罗文静", "division": "360899", "level": "county",
          "province": "江西省", "family": "trs"}
ZHELING = {"name": "柘岭市人民政府", "gov": "柘岭市人民政府", "up": "湖北省人民政府", "head": "市长",
           "code": "4213810004", "icp": "鄂ICP备11002985号", "ga": "鄂公网安备42138102000056号",
           "source": "柘岭市司法局", "editor": "程晓", "division": "421399", "level": "prefecture",
           "province": "湖北省", "family": "trs"}


def _year_select(years: list[int], current: int, prefix: str) -> str:
    """The column's year jumper: options are per-year list pages, reached only by onchange."""
    options = "".join(f'<option value="{prefix}{y}/index.html"{" selected" if y == current else ""}>'
                      f'{y}年</option>' for y in years)
    return ('<div class="year-filter">按年份查看：<select id="yearSel" name="yearSel" '
            'onchange="window.location.href=this.options[this.selectedIndex].value">'
            f'<option value="">--请选择年份--</option>{options}</select></div>\n')


def tangpu() -> None:
    site = TANGPU
    folder = fresh("tangpu")
    host = folder / "site" / "www.tangpu.gov.cn"
    col = "/zwgk/fzzfjsbg/"
    base = "http://www.tangpu.gov.cn" + col
    items = make_items(site["gov"], [2020, 2021, 2022, 2023, 2024], [0, 1, 2, 3, 4, 6, 7, 8], 30120)
    pub_years = sorted({int(it.date[:4]) for it in items}, reverse=True)
    crumbs = '<a href="/zwgk/index.html">政务公开</a> &gt; <a href="/zwgk/fzzfjsbg/index.html">法治政府建设年度报告</a>'
    for year in pub_years:
        mine = [it for it in items if it.date.startswith(str(year))]
        body = (f'<div class="column"><h3>法治政府建设年度报告（{year}年）</h3>\n'
                + _year_select(pub_years, year, "../") + list_items(mine, lambda it: "./" + it.rel())
                + '<div class="page">共1页</div></div>\n')
        write(host / f"zwgk/fzzfjsbg/{year}/index.html",
              furniture.page(site, f"{year}年", "法治政府建设年度报告", crumbs, body))
        if year == pub_years[0]:  # the column page shows the newest year, links into its folder
            body = body.replace('href="./', f'href="./{year}/').replace('value="../', 'value="./')
            write(host / "zwgk/fzzfjsbg/index.html",
                  furniture.page(site, "法治政府建设年度报告", "法治政府建设年度报告", crumbs, body))
        for it in mine:
            write(host / f"zwgk/fzzfjsbg/{year}/{it.rel()}",
                  article_html(site, it, "法治政府建设年度报告", crumbs))
    write_stubs(site, host)
    reports = [report_entry(f"{base}{it.date[:4]}/{it.rel()}", it) for it in items if it.year]
    skipped = [skip_entry(f"{base}{it.date[:4]}/{it.rel()}", it) for it in items if not it.year]
    notes = ("A column whose older items are reachable only through a <select> of publication years "
             "(onchange location.href to ../YYYY/index.html); the column page is the newest year's list")
    finish(folder, site, base + "index.html", reports, skipped, notes, base + "index.html")


def _jpeg(seed: int) -> bytes:
    """A small grey 'scan' (the page's text is only in the picture on the real site)."""
    out = BytesIO()
    Image.new("L", (60, 80), 200 + seed % 40).save(out, "JPEG", quality=60)
    return out.getvalue()


def _image_body(site: dict, it: Item, pdf_name: str, stamp_id: str, variant: int) -> str:
    imgs = "".join(f'<p style="text-align:center"><img src="./W0{stamp_id}{k}.jpg" '
                   f'border="0" width="600" alt=""></p>\n' for k in range(1, 4))
    if variant % 2:
        link = (f'<p class="insertfileTag"><a href="./{pdf_name}" title="{escape(it.title)}.pdf" '
                f'target="_blank">{escape(it.title)}.pdf</a></p>\n')
    else:
        link = (f'<p>附件：</p><p class="insertfileTag"><a href="./{pdf_name}" '
                f'title="{escape(it.title)}.pdf">点击下载原文</a></p>\n')
    return imgs + link


def zheling() -> None:
    site = ZHELING
    folder = fresh("zheling")
    host = folder / "site" / "www.zheling.gov.cn"
    col = "/xxgk/fdzdgknr/fzzfjsbg/"
    base = "http://www.zheling.gov.cn" + col
    items = make_items(site["gov"], [2020, 2021, 2022, 2023, 2024], [0, 1, 2, 3, 4, 5, 6], 77310)
    crumbs = '<a href="/xxgk/index.html">信息公开</a> &gt; 法治政府建设年度报告'
    reports, skipped = [], []
    for n, it in enumerate(items):
        stamp_id = f"{it.stamp}{it.uid % 1000:03d}"
        pdf_name = f"P0{stamp_id}.pdf"
        scanned = bool(it.year) or it.why == "disclosure_report"
        body = _image_body(site, it, pdf_name, stamp_id, n) if scanned else None
        folder_path = host / col.strip("/") / it.rel().split("/")[0]
        write(host / col.strip("/") / it.rel(), article_html(site, it, "法治政府建设年度报告", crumbs, body))
        if scanned:
            for k in range(1, 4):
                write(folder_path / f"W0{stamp_id}{k}.jpg", _jpeg(it.uid + k))
            write(folder_path / pdf_name, pdfmin.make_pdf(paragraphs(site, it), it.title))
        url = base + it.rel()
        pdf_url = base + it.rel().split("/")[0] + "/" + pdf_name
        if it.year:
            reports.append(report_entry(url, it, final_url=pdf_url))
        else:
            skipped.append(skip_entry(url, it))
    body = ('<div class="column"><h3>法治政府建设年度报告</h3>\n'
            + list_items(items, lambda it: "./" + it.rel()) + '<div class="page">共1页</div></div>\n')
    write(host / col.strip("/") / "index.html",
          furniture.page(site, "法治政府建设年度报告", "法治政府建设年度报告", crumbs, body))
    write_stubs(site, host)
    notes = ("Reports posted as image-only article pages (three <img> scans in div.TRS_Editor) whose "
             "text is only in the linked PDF (p.insertfileTag > a href=./P0….pdf); url is the article, "
             "final_url the PDF; the disclosure report is posted the same way")
    finish(folder, site, base + "index.html", reports, skipped, notes, base + "index.html")
