"""tanyu: the column is split into year sub-columns (tabs 2026年 … 2022年, by publication
year, each `/xxgk/fzzfjsndbg/<year>/`); the column page itself lists the newest year only.
The 2022 and 2021 reports are Word files (TRS `P0…docx` names) in the article's download
bar; the article body only says the report is attached."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

import docx
from common import (
    Item,
    Site,
    article,
    body_html,
    esc,
    expected,
    fresh,
    page,
    paragraphs,
    portal_toml,
    write,
)

SITE = Site("tanyu", "檀峪县人民政府", "檀峪县", "www.tanyu.gov.cn", "四川省", "5133990004",
            "蜀ICP备09017736号-1")
BASE = f"http://{SITE.host}"
COLUMN = "/xxgk/fzzfjsndbg/"
YEARS = [2026, 2025, 2024, 2023, 2022]


def _url(date: str, doc_id: int) -> str:
    ym, ymd = date[:7].replace("-", ""), date.replace("-", "")
    return f"{BASE}{COLUMN}{date[:4]}/{ym}/t{ymd}_{doc_id}.html"


def _file(item: Item, name: str) -> Item:
    item.file_url = item.url.rsplit("/", 1)[0] + f"/{name}.docx"
    return item


ITEMS = [
    Item("news", "檀峪县召开2026年法治政府建设工作会议", "2026-03-10",
         _url("2026-03-10", 1207731)),
    Item("report", "檀峪县2025年度法治政府建设情况报告", "2026-02-24",
         _url("2026-02-24", 1203388), 2025),
    Item("disclosure", "檀峪县人民政府2025年政府信息公开工作年度报告", "2026-01-22",
         _url("2026-01-22", 1199054)),
    Item("plan", "檀峪县2025年法治政府建设工作要点", "2025-03-18",
         _url("2025-03-18", 1142276)),
    Item("interpretation", "《檀峪县2024年度法治政府建设情况报告》解读", "2025-02-26",
         _url("2025-02-26", 1139920)),
    Item("report", "檀峪县2024年度法治政府建设情况报告", "2025-02-25",
         _url("2025-02-25", 1139871), 2024),
    Item("notice", "关于开展2024年度法治政府建设督察工作的通知", "2024-11-12",
         _url("2024-11-12", 1117602)),
    Item("report", "檀峪县2023年度法治政府建设情况报告", "2024-03-01",
         _url("2024-03-01", 1075533), 2023,
         short=True),
    Item("news", "檀峪县举办行政执法人员专题培训班", "2023-06-20",
         _url("2023-06-20", 1031198)),
    _file(Item("report", "檀峪县2022年度法治政府建设情况报告", "2023-02-28",
               _url("2023-02-28", 1012904), 2022), "P020230228384512907316"),
    _file(Item("report", "檀峪县2021年度法治政府建设情况报告", "2022-03-10",
               _url("2022-03-10", 955870), 2021), "P020220310527640318852"),
    Item("disclosure", "檀峪县人民政府2021年政府信息公开工作年度报告", "2022-01-25",
         _url("2022-01-25", 948113)),
]


def year_page(year: int, current: int | None) -> str:
    tabs = "".join("<li" + (' class="on"' if y == current else "") + ">"
                   f'<a href="{COLUMN}{y}/">{y}年</a></li>' for y in YEARS)
    rows = "".join(f'<li><a href="{it.path}" target="_blank" title="{esc(it.title)}">'
                   f'{esc(it.title)}</a><span class="date">{it.date}</span></li>\n'
                   for it in ITEMS if it.date.startswith(str(year)))
    body = (f'<div class="container"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
            f'<a href="/xxgk/">信息公开</a> &gt; <a href="{COLUMN}">{SITE.column}</a></div>\n'
            f'<div class="list-title">{SITE.column}</div>\n<ul class="year-tabs">{tabs}</ul>\n'
            f'<ul class="list">\n{rows}</ul>\n<div class="page">共1页</div>\n</div>\n')
    return page(SITE, SITE.column, body, {"SiteName": SITE.name, "ColumnName": SITE.column})


def docx_bytes(item: Item, paras: list[str]) -> bytes:
    """The report as a Word file; dated by its publication day so a rebuild writes the same
    bytes (python-docx stamps the save time in docProps and in the zip entries)."""
    published = datetime.fromisoformat(f"{item.date}T09:30:00")
    document = docx.Document()
    document.core_properties.created = document.core_properties.modified = published
    document.add_heading(item.title, level=1)
    for para in paras:
        document.add_paragraph(para)
    saved, out = io.BytesIO(), io.BytesIO()
    document.save(saved)
    with zipfile.ZipFile(saved) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, published.timetuple()[:6]),
                         src.read(info), zipfile.ZIP_DEFLATED)
    return out.getvalue()


def build() -> None:
    folder = fresh(SITE.slug)
    write(folder, SITE.host, COLUMN, year_page(YEARS[0], None))
    for year in YEARS:
        write(folder, SITE.host, f"{COLUMN}{year}/", year_page(year, year))
    for index, item in enumerate(ITEMS, 1):
        paras = paragraphs(item, SITE, seed=index * 29)
        content, bar = body_html(paras), ""
        if item.file_url:
            name = item.file_url.rsplit("/", 1)[1]
            write(folder, SITE.host, item.file_url[len(BASE):], docx_bytes(item, paras))
            content = body_html([f"现将《{item.title}》予以公开，详见附件。"])
            bar = ('<div class="fjxz"><p class="fj-title">附件下载：</p><ul><li>'
                   f'<a href="./{name}" OLDSRC="/protect/{name}">{esc(item.title)}.docx</a>'
                   "</li></ul></div>")
            item.report = None
        write(folder, SITE.host, item.path,
              article(SITE, item, index, container='<div class="TRS_Editor">', column=SITE.column,
                      body_html=content + bar))
    expected(folder, ITEMS, "Round 6 (blind): year sub-columns (tabs); two reports only as .docx "
             "in the download bar (url = the file, page = the article).",
             home=BASE + "/", column=BASE + COLUMN)
    portal_toml(folder, SITE, "Held-out round 6: year tabs, reports as Word attachments.",
                "513399", "county", "trs", BASE + COLUMN)
