"""xialan (m. host, javascript:openDetail('id'), octet-stream details) and baiyan (本级/部门 tabs,
a department report only as a .docx linked from the listing)."""

from __future__ import annotations

import io
import json
from datetime import datetime

import docx
from common import ROOT, Item, body_of, expected, others, portal_toml, reports, reset, write
from furniture import Site, article, page

XIALAN = Site("霞岚县人民政府", "霞岚县", "县长", "3509990003", "闽ICP备07034567号-2")
COLUMN = "法治政府建设年度报告"
TABS = (("bj", "本级"), ("bm", "部门"))
BAIYAN = Site("柏岩区人民政府", "柏岩区", "区长", "3401990004", "皖ICP备08045678号-1")

OPEN_DETAIL = """<script>
function openDetail(id) {
  // the mobile template opens the detail page of the record id (same host)
  window.location.href = '/mobile/detail.html?id=' + id;
}
</script>"""


def xialan() -> None:
    slug, host, col = "xialan", "m.xialan.gov.cn", "/zwgk/fzzfjsndbg/"
    reset(slug)
    site = ROOT / slug / "site" / host
    items = reports("霞岚", "霞岚县人民政府", [2025, 2024, 2023, 2022, 2021], seed=5)
    items += others("霞岚县人民政府", 2025, 5)[1:9]
    items.sort(key=lambda it: it.date, reverse=True)
    for n, it in enumerate(items):
        it.expect["id"] = f"{it.date.replace('-', '')}{n:03d}"
        it.url = f"http://{host}/mobile/detail.html?id={it.expect['id']}"
    rows = "\n".join(
        f'<li><a href="javascript:openDetail(\'{it.expect["id"]}\')" target="_blank">'
        f'<p class="m-title">{it.title}</p><span class="m-date">{it.date}</span></a></li>'
        for it in items)
    main = (f'<div class="m-col">法治政府建设年度报告</div>\n<ul class="m-list">\n{rows}\n</ul>\n'
            f'<div class="m-more">已加载全部</div>\n{OPEN_DETAIL}')
    head = ('<meta name="viewport" content="width=device-width, initial-scale=1.0, '
            'user-scalable=no">\n')
    write(site / col.strip("/") / "list.html",
          page(XIALAN, "法治政府建设年度报告", "法治政府建设年度报告", main, head=head))
    for it in items:
        write(site / f"mobile/detail.html@id={it.expect['id']}",
              article(XIALAN, title=it.title, column="法治政府建设年度报告", date=it.date,
                      source="霞岚县人民政府办公室", body=body_of(it),
                      body_open='<div class="m-article">',
                      index_no=f"XL-{it.expect['id']}"))
    # The mobile detail servlet answers every page as a download type, charset nowhere but <meta>.
    write(site / "_replay.json", json.dumps(
        {"headers": {"/mobile/detail.html*": {"Content-Type": "application/octet-stream"}}},
        indent=2) + "\n")
    for it in items:
        it.expect.pop("id")
    expected(slug, items, [],
             "Mobile host m.: rows <a href=\"javascript:openDetail('id')\" target=_blank>, "
             "openDetail "
             "defined inline (location to /mobile/detail.html?id=…); details served as "
             "application/octet-stream (UTF-8 HTML inside).",
             column=f"http://{host}{col}list.html")
    portal_toml(slug, "Held-out round 7: m. host, openDetail('id') rows, octet-stream articles.",
                "霞岚县人民政府", "350999", "county", "福建省", "generic", f"http://{host}{col}list.html")


def docx_bytes(item: Item) -> bytes:
    """The report as a Word file: title, then its paragraphs (headings bold)."""
    assert item.rep is not None
    doc = docx.Document()
    doc.core_properties.created = doc.core_properties.modified = datetime(2026, 3, 12, 9, 30)
    doc.add_paragraph(item.title)
    for kind, text in item.rep.paragraphs:
        para = doc.add_paragraph()
        para.add_run(text).bold = kind == "h1"
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _listing(items: list[Item], host: str, current: str) -> str:
    on = ' class="on"'
    tabs = "".join(f'<li{on if key == current else ""}><a href="/xxgk/fzzfjsndbg/{key}/'
                   f'index.html">{label}</a></li>' for key, label in TABS)
    rows = "\n".join(f'<li><a href="{it.url.removeprefix("http://" + host)}" target="_blank">'
                     f'{it.title}</a><span>{it.date}</span></li>' for it in items)
    return (f'<ul class="tab-nav">{tabs}</ul>\n'
            f'<div class="tab-con"><ul class="news-list">\n{rows}\n'
            '</ul></div>\n<div class="page">共1页 首页 上一页 下一页 尾页</div>')


def baiyan() -> None:
    slug, host, col = "baiyan", "www.baiyan.gov.cn", "/xxgk/fzzfjsndbg/"
    reset(slug)
    site = ROOT / slug / "site" / host
    own = reports("柏岩", "柏岩区人民政府", [2025, 2024, 2023], seed=9)
    own += others("柏岩区人民政府", 2025, 9)[:5]
    dept = reports("柏岩", "柏岩区司法局", [2025, 2024], seed=2)
    market = reports("柏岩", "柏岩区市场监督管理局", [2025], seed=4)[0]
    dept += [market]
    dept += [o for o in others("柏岩区司法局", 2025, 2) if o.why != "disclosure_report"][2:6]
    tabs = {"bj": sorted(own, key=lambda it: it.date, reverse=True),
            "bm": sorted(dept, key=lambda it: it.date, reverse=True)}
    for key, items in tabs.items():
        for n, it in enumerate(items):
            ymd = it.date.replace("-", "")
            it.url = f"http://{host}{col}{key}/{ymd[:6]}/t{ymd}_{7781000 + n * 13 + len(key)}.html"
    market.url = f"http://{host}/uploadfile/2026/0312/20260312093015123.docx"
    market.expect["file"] = True
    for key, items in tabs.items():
        html = page(BAIYAN, COLUMN, COLUMN, _listing(items, host, key))
        write(site / col.strip("/") / key / "index.html", html)
        if key == "bj":  # the column page shows the 本级 tab open
            write(site / col.strip("/") / "index.html", html)
        for it in items:
            if it is market:
                write(site / it.url.removeprefix(f"http://{host}/"), docx_bytes(it))
                continue
            write(site / it.url.removeprefix(f"http://{host}/"),
                  article(BAIYAN, title=it.title, column="法治政府建设年度报告", date=it.date,
                          source="柏岩区司法局" if key == "bm" else "柏岩区人民政府办公室",
                          body=body_of(it), index_no=f"BY{it.date.replace('-', '')}{key}"))
    expected(slug, tabs["bj"] + tabs["bm"], [],
             "Column index.html shows tabs 本级 (bj/index.html, open) and 部门 (bm/index.html, "
             "only by its tab link). The 区市场监督管理局 2025 report is only a .docx linked "
             "from the 部门 list.",
             column=f"http://{host}{col}index.html")
    portal_toml(slug, "Held-out round 7: 本级/部门 tabs; a department report only as a .docx.",
                "柏岩区人民政府", "340199", "district", "安徽省", "generic", f"http://{host}{col}index.html")
