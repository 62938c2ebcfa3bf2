"""Writes the saved pages of three small test portals (run from the repo root, then re-check
their expected.json with a crawl), each a start or listing shape held-out round 12 missed:

- cuiping: every listing page (and every article page) carries
  `<base href="http://www.cuiping.gov.cn/">`;
  its rows `zfxxgk/fzzfjs/YYYYMM/tYYYYMMDD_ID.html` and its pager links
  `zfxxgk/fzzfjs/index_1.html` are relative to that base, not to the page's folder
  `/zfxxgk/fzzfjs/`;
- yutang: registered on `/zwgk/fzzf/`, a page that is only a script jump
  (`window.location.replace('list.shtml')`): the column, `list.shtml` → `list_2.shtml`, is
  linked by nothing else; its 2021 report's page answers 200 saying it is not there (a soft
  404): a failure, not a quiet skip;
- jiangkou: registered on a `<frameset>` 信息公开 page (a top frame, a catalogue frame, a main
  frame opening on the guide); the column `/xxgk/fzbg/list.html` is only a `target="main"`
  link of the catalogue frame.

The page furniture, report texts and items are baishi's (tests/portals/baishi/_make_pages.py).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

PORTALS = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("baishi_pages",
                                               PORTALS / "baishi" / "_make_pages.py")
assert _spec and _spec.loader
pages = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pages)

PER_PAGE = 5


def table(rows: list, url_of) -> str:
    cells = "".join(f'<tr><td><a href="{url_of(i, day)}" title="{title}">{title}</a></td>'
                    f"<td>{day}</td></tr>" for i, title, day, _ in rows)
    return f'<table class="list">{cells}</table>'


def with_base(html: str, base: str) -> str:
    return html.replace("<head>", f'<head><base href="{base}">', 1)


def write_articles(slug: str, host: str, site: str, place: str, rows: list, path_of,
                   base: str | None = None) -> None:
    for i, title, day, year in rows:
        html = pages.article(site, title, day, pages.body_of(place, title, year))
        pages.write(slug, host, path_of(i, day), with_base(html, base) if base else html)


def write_expected(slug: str, notes: str, column: str, host: str, rows: list, path_of) -> None:
    reports, skipped = pages.split(host, rows, path_of)
    pages.expected(slug, notes, column, reports, skipped)


# -- cuiping: <base href> on the listing pages ----------------------------------------------------
CP_HOST, CP_SITE, CP_PLACE = "www.cuiping.gov.cn", "翠屏县人民政府", "翠屏县"
CP_BASE = f"http://{CP_HOST}/"


def cp_path(item_id: int, day: str) -> str:
    return f"zfxxgk/fzzfjs/{day[:7].replace('-', '')}/t{day.replace('-', '')}_{item_id}.html"


def write_cuiping() -> None:
    rows = pages.items(CP_PLACE)
    names = ["index.html", "index_1.html"]
    for page_no, name in enumerate(names, start=1):
        on_page = rows[(page_no - 1) * PER_PAGE: page_no * PER_PAGE]
        pager = (f'<div class="page">共{len(names)}页 '
                 + ('<a href="zfxxgk/fzzfjs/index_1.html">下一页</a> '
                    '<a href="zfxxgk/fzzfjs/index_1.html">尾页</a>' if page_no == 1 else
                    '<a href="zfxxgk/fzzfjs/index.html">首页</a> '
                    '<a href="zfxxgk/fzzfjs/index.html">上一页</a>') + "</div>")
        html = pages.listing_page(CP_SITE, table(on_page, cp_path), pager)
        pages.write("cuiping", CP_HOST, f"/zfxxgk/fzzfjs/{name}", with_base(html, CP_BASE))
    write_articles("cuiping", CP_HOST, CP_SITE, CP_PLACE, rows, lambda i, d: "/" + cp_path(i, d),
                   base=CP_BASE)
    write_expected("cuiping", "Listing pages carry <base href=\"http://www.cuiping.gov.cn/\">: "
                   "rows zfxxgk/fzzfjs/YYYYMM/… and pager links zfxxgk/fzzfjs/index_1.html "
                   "resolve against the base, not the page's folder /zfxxgk/fzzfjs/.",
                   f"http://{CP_HOST}/zfxxgk/fzzfjs/index.html", CP_HOST, rows,
                   lambda i, d: "/" + cp_path(i, d))


# -- yutang: the registered page only jumps (script) to the column ------------------------------
YT_HOST, YT_SITE, YT_PLACE = "www.yutang.gov.cn", "渔塘区人民政府", "渔塘区"


def yt_path(item_id: int, day: str) -> str:
    return f"/zwgk/fzzf/{day[:7].replace('-', '')}/t{day.replace('-', '')}_{item_id}.shtml"


YT_GONE = (350, "渔塘区2021年度法治政府建设情况报告", "2022-02-16", 2021)   # a soft 404
SOFT_404 = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>提示信息</title></head>'
            '<body><div class="err"><p>很抱歉，您访问的页面不存在或已被删除！</p>'
            '<p><a href="/">返回首页</a></p></div></body></html>')


def write_yutang() -> None:
    rows = [*pages.items(YT_PLACE), YT_GONE]
    jump = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>渔塘区人民政府</title>'
            "<script>var isIE = !!window.ActiveXObject;\n"
            "function back() { location.href = '/'; }\n"
            "window.location.replace('list.shtml');</script></head><body></body></html>")
    pages.write("yutang", YT_HOST, "/zwgk/fzzf/", jump)
    names = ["list.shtml", "list_2.shtml"]
    for page_no, name in enumerate(names, start=1):
        on_page = rows[(page_no - 1) * 6: page_no * 6]
        other = names[1] if page_no == 1 else names[0]
        pager = (f'<div class="page">共{len(names)}页 <a href="{other}">'
                 f'{"下一页" if page_no == 1 else "上一页"}</a></div>')
        pages.write("yutang", YT_HOST, f"/zwgk/fzzf/{name}",
                    pages.listing_page(YT_SITE, table(on_page, yt_path), pager))
    write_articles("yutang", YT_HOST, YT_SITE, YT_PLACE, rows[:-1], yt_path)
    pages.write("yutang", YT_HOST, yt_path(YT_GONE[0], YT_GONE[2]), SOFT_404)
    write_expected("yutang", "Registered on /zwgk/fzzf/, a page that is only a script jump "
                   "(window.location.replace('list.shtml')); the column list.shtml, "
                   "list_2.shtml is linked by nothing else. The 2021 report's page answers 200 "
                   "saying it is not there (soft 404): a failure.",
                   f"http://{YT_HOST}/zwgk/fzzf/list.shtml", YT_HOST, rows[:-1], yt_path)
    path = PORTALS / "yutang" / "expected.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["failures"] = [{"url": f"http://{YT_HOST}{yt_path(YT_GONE[0], YT_GONE[2])}",
                         "why": "listed report answers 200 with a 页面不存在 page (soft 404)"}]
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# -- jiangkou: a <frameset> 信息公开 page; the column only in the catalogue frame ------------------
JK_HOST, JK_SITE, JK_PLACE = "www.jiangkou.gov.cn", "江口县人民政府", "江口县"


def jk_path(item_id: int, day: str) -> str:
    return f"/xxgk/fzbg/{day[:7].replace('-', '')}/t{day.replace('-', '')}_{item_id}.html"


def write_jiangkou() -> None:
    rows = pages.items(JK_PLACE)
    frameset = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>江口县政府信息公开</title>'
                '</head><frameset rows="100,*"><frame name="top" src="top.html">'
                '<frameset cols="220,*"><frame name="left" src="catalog.html">'
                '<frame name="main" src="guide/index.html"></frameset></frameset></html>')
    pages.write("jiangkou", JK_HOST, "/xxgk/index.html", frameset)
    pages.write("jiangkou", JK_HOST, "/xxgk/top.html", pages.listing_page(JK_SITE, "", ""))
    nodes = (("guide/index.html", "政府信息公开指南"), ("rules/index.html", "政府信息公开制度"),
             ("fzbg/list.html", "法治政府建设年度报告"), ("nb/index.html", "政府信息公开年报"))
    tree = "".join(f'<li><a href="{href}" target="main">{name}</a></li>' for href, name in nodes)
    pages.write("jiangkou", JK_HOST, "/xxgk/catalog.html",
                f'<html><head><meta charset="utf-8"></head><body><ul class="tree">{tree}</ul>'
                "</body></html>")
    for href, name in nodes:
        if not href.startswith("fzbg/"):
            pages.write("jiangkou", JK_HOST, f"/xxgk/{href}",
                        pages.listing_page(JK_SITE, f"<h3>{name}</h3><p>暂无信息</p>", ""))
    pages.write("jiangkou", JK_HOST, "/xxgk/fzbg/list.html",
                pages.listing_page(JK_SITE, table(rows, jk_path), ""))
    write_articles("jiangkou", JK_HOST, JK_SITE, JK_PLACE, rows, jk_path)
    write_expected("jiangkou", "Registered on a <frameset> 信息公开 page (top, catalogue and main "
                   "frames, main opening on the guide); the column fzbg/list.html is only a "
                   "target=main link of the catalogue frame.",
                   f"http://{JK_HOST}/xxgk/fzbg/list.html", JK_HOST, rows, jk_path)


if __name__ == "__main__":
    write_cuiping()
    write_yutang()
    write_jiangkou()
