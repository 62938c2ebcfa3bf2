"""Build round 15's five held-out portals (site/ pages, expected.json, portal.toml).

Run: .venv/bin/python tests/heldout_portals15/_build/build.py  (deterministic output).
"""

from __future__ import annotations

import json
import shutil
import sys
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import furniture  # noqa: E402
import model  # noqa: E402
from model import ROOT, Item, write  # noqa: E402


def tid(it: Item, n: int) -> str:
    """A TRS-style article name for an item: ./YYYYMM/tYYYYMMDD_N.html."""
    d = it.date.replace("-", "")
    return f"{d[:6]}/t{d}_{n}.html"


def huangxi() -> None:
    """Rows written by document.write in inline scripts (title cut to 22 characters)."""
    site = furniture.Site(
        "篁溪县人民政府",
        "篁溪县",
        "www.huangxi.gov.cn",
        "3311270001",
        "浙ICP备05011234号",
        "法治政府建设年度报告",
    )
    col = "/zwgk/fzzfjsndbg/"
    its = model.items(site, [2020, 2021, 2022, 2023, 2024], 8, 15)
    for i, it in enumerate(its):
        it.url = f"http://{site.host}{col}{tid(it, 4400 + 17 * i)}"
    pages = [its[:7], its[7:]]
    for p, rows in enumerate(pages):
        lis = []
        for it in rows:
            rel = "./" + it.url.split(col, 1)[1]
            lis.append(
                '<li><script type="text/javascript">\n'
                f'  var str_t = "{it.title}";\n'
                '  var str_s = str_t.length > 22 ? str_t.substring(0, 22) + "…" : str_t;\n'
                f'  document.write("<a href=\\"{rel}\\" target=\\"_blank\\" title=\\"" + str_t'
                f' + "\\">" + str_s + "</a>");\n'
                f'</script><span class="date">{it.date}</span></li>'
            )
        pager = (
            '<div class="page">共2页 '
            + (
                '<span>首页</span> <span>上一页</span> <a href="index_1.html">下一页</a>'
                ' <a href="index_1.html">尾页</a>'
                if p == 0
                else '<a href="index.html">首页</a> <a href="index.html">上一页</a>'
                ' <span>下一页</span> <span>尾页</span>'
            )
            + "</div>"
        )
        body = '<ul class="list">\n' + "\n".join(lis) + "\n</ul>\n" + pager
        name = "index.html" if p == 0 else "index_1.html"
        write(ROOT / "huangxi/site" / site.host / col.strip("/") / name, model_list(site, body))
    model.write_articles(site, its, lambda it: _file("huangxi", it.url))
    exp = model.expected(
        "huangxi",
        its,
        "Round 15: rows only inside inline document.write scripts.",
        [],
        column=f"http://{site.host}{col}",
    )
    model.finish(
        "huangxi",
        model.toml(
            "huangxi",
            site,
            "331127",
            "county",
            "浙江省",
            "trs",
            f"http://{site.host}{col}",
            "Round 15 held-out: document.write rows.",
        ),
        exp,
        None,
        site.host,
    )


def model_list(site: furniture.Site, body: str, extra_head: str = "", after: str = "") -> str:
    return furniture.list_page(site, site.column, body, extra_head, after)


def _file(slug: str, url: str) -> Path:
    rest = url.split("://", 1)[1]
    host, _, path = rest.partition("/")
    path, _, query = path.partition("?")
    if path.endswith("/") or not path:
        path += "index.html"
    return ROOT / slug / "site" / host / (path + (f"@{query}" if query else ""))


def liqiao() -> None:
    """Pages 2.. named only by <link rel="next"> in <head>; the visible pager is drawn by a
    script file; the 2020 report is listed but answers 404."""
    site = furniture.Site(
        "栎桥区人民政府",
        "栎桥区",
        "www.liqiao.gov.cn",
        "4413050002",
        "粤ICP备06022345号",
        "法治政府建设年度报告",
    )
    col = "/xxgk/fzzf/ndbg/"
    its = model.items(site, [2020, 2021, 2022, 2023, 2024, 2025], 10, 16)
    for i, it in enumerate(its):
        it.url = f"http://{site.host}{col}content/post_{52310 + 7 * i}.html"
    chunks = [its[0:6], its[6:12], its[12:]]
    for p, rows in enumerate(chunks):
        links = []
        if p + 1 < len(chunks):
            links.append(f'<link rel="next" href="list.html?page={p + 2}">')
        if p:
            links.append(f'<link rel="prev" href="list.html{"" if p == 1 else f"?page={p}"}">')
        lis = "\n".join(
            f'<li><a href="{col}content/{it.url.rsplit("/", 1)[1]}" target="_blank">'
            f"{escape(it.title)}</a><span>{it.date}</span></li>"
            for it in rows
        )
        body = (
            f'<ul class="news-list">\n{lis}\n</ul>\n'
            f'<div id="pager" class="pager" data-total="{len(its)}" data-size="6"></div>'
        )
        after = '<script src="/js/pager.js"></script>\n'
        name = "list.html" + ("" if p == 0 else f"@page={p + 1}")
        write(
            ROOT / "liqiao/site" / site.host / col.strip("/") / name,
            model_list(site, body, "\n".join(links) + "\n", after),
        )
    write(ROOT / "liqiao/site" / site.host / "js/pager.js", PAGER_JS)
    dead = [it for it in its if it.year == 2020][0]
    model.write_articles(site, its, lambda it: _file("liqiao", it.url), skip={dead.url})
    fails = [{"url": dead.url, "year": 2020, "why": "404 dead link (the 2020 report)"}]
    exp = model.expected(
        "liqiao",
        its,
        'Round 15: pages 2-3 only as <link rel="next"> in <head>.',
        fails,
        column=f"http://{site.host}{col}list.html",
    )
    model.finish(
        "liqiao",
        model.toml(
            "liqiao",
            site,
            "441305",
            "district",
            "广东省",
            "generic",
            f"http://{site.host}{col}list.html",
            "Round 15 held-out: link rel=next.",
        ),
        exp,
        None,
        site.host,
    )


PAGER_JS = (
    "/* pager.js: draws the column's pager from data-total / data-size"
    " and location.search */\n"
    """(function () {
  var box = document.getElementById("pager");
  if (!box) { return; }
  var total = parseInt(box.getAttribute("data-total"), 10);
  var size = parseInt(box.getAttribute("data-size"), 10);
  var pages = Math.ceil(total / size);
  var m = /[?&]page=(\\d+)/.exec(location.search);
  var cur = m ? parseInt(m[1], 10) : 1;
  var html = "共" + total + "条 第" + cur + "/" + pages + "页 ";
  for (var i = 1; i <= pages; i++) {
    html += i === cur ? "<span>" + i + "</span> " : "<a href=\\"list.html?page=" + i"""
    """ + "\\">" + i + "</a> ";
  }
  box.innerHTML = html;
})();
"""
)


ASSETS = {
    "js/jquery-1.11.3.min.js": "/*! jQuery v1.11.3 | (c) jQuery Foundation | jquery.org/licens"
    "e */\n",
    "css/common.css": 'body{margin:0;font:14px/1.8 "Microsoft YaHei"}\n',
    "static/js/vue.min.js": "/*! Vue.js v2.6.14 (c) 2014-2021 Evan You, MIT License */\n",
    "static/js/axios.min.js": "/* axios v0.21.1 | (c) 2020 by Matt Zabriskie */\n",
}


def write_assets() -> None:
    """The scripts and styles every page names (saved as their first line only: a crawler
    may read them, none of the listing lives there)."""
    for slug in ("huangxi", "liqiao", "hengshan", "jiaotang", "puting"):
        for host in (ROOT / slug / "site").iterdir():
            for name, text in ASSETS.items():
                if name.startswith("static/") and slug != "puting":
                    continue
                write(host / name, text)


if __name__ == "__main__":
    for slug in ("huangxi", "liqiao", "hengshan", "jiaotang", "puting"):
        shutil.rmtree(ROOT / slug, ignore_errors=True)
    from build2 import hengshan, jiaotang, puting  # noqa: E402

    for fn in (huangxi, liqiao, hengshan, jiaotang, puting):
        fn()
    write_assets()
    print(
        json.dumps(
            {
                s: len(json.loads((ROOT / s / "expected.json").read_text())["reports"])
                for s in ("huangxi", "liqiao", "hengshan", "jiaotang", "puting")
            }
        )
    )
