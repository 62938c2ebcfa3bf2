"""Writes the saved pages of the small test portals of held-out round 6's misses (run from the
repo root, then re-check their expected.json with a crawl; helpers from
baishi/_make_pages.py):

- taoxi: a TRS table column `index.shtml` whose pages `index_1.shtml`, `index_2.shtml` are
  announced only by a jQuery pagination plugin's options in an inline script (`{totalData: 10,
  showData: 4, prefix: 'index', suffix: 'shtml'}`: no page count, no page link in the HTML);
- liuyin: a column split by year tabs (`2026年度` … `2023年度`, each its own sub-column page under
  the column's folder); the column page shows only the two newest items, one a report, so
  reading it alone found 1 report of 4 and said `ok`;
- chunshan: a column registered on the county's old domain, which 301-redirects to the new one;
  its rows are `<tr onclick="openDetail('…')">` with title and date cells and no `<a>`, one of
  them naming an article on the old domain (301 too); paged by rendered 下一页 links.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "baishi_pages", Path(__file__).resolve().parent.parent / "baishi" / "_make_pages.py")
assert _SPEC and _SPEC.loader
base = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(base)

PAGES, PORTALS = base.PAGES, base.PORTALS

# -- taoxi: a pagination plugin's options, no page link -------------------------------------------
TX_HOST, TX_SITE, TX_PLACE = "www.taoxi.gov.cn", "桃溪区人民政府", "桃溪区"
TX_FOLDER = "/zwgk/fzzfjsbg/"
TX_OPTIONS = ("<script>$('#pager').pagination({{totalData: {total}, showData: 4, current: "
              "{current}, prefix: 'index', suffix: 'shtml', homePage: '首页', endPage: '末页', "
              "callback: function (api) {{ var n = api.getCurrent(); location.href = n == 1 ? "
              "'index.shtml' : 'index_' + (n - 1) + '.shtml'; }}}});</script>")


def tx_url(item_id: int, day: str) -> str:
    return f"{TX_FOLDER}{day[:4]}{day[5:7]}/t{day.replace('-', '')}_{item_id}.shtml"


def tx_page(rows: list, page_no: int) -> str:
    cells = "".join(f'<tr><td><a href="{tx_url(i, day)}" title="{title}">{title}</a></td>'
                    f"<td>{day}</td></tr>" for i, title, day, _ in base.chunk(rows, page_no))
    return base.listing_page(TX_SITE, f'<table class="list-table">{cells}</table>',
                             '<div class="page"><div id="pager" class="M-box"></div></div>',
                             TX_OPTIONS.format(total=len(rows), current=page_no))


def write_taoxi() -> None:
    rows = base.items(TX_PLACE)
    for n in range(1, PAGES + 1):
        name = "index.shtml" if n == 1 else f"index_{n - 1}.shtml"
        base.write("taoxi", TX_HOST, TX_FOLDER + name, tx_page(rows, n))
    for i, title, day, year in rows:
        page = base.article(TX_SITE, title, day, base.body_of(TX_SITE, title, year))
        base.write("taoxi", TX_HOST, tx_url(i, day),   # TRS's editor container: its family
                   page.replace('<div class="content">', '<div class="content TRS_Editor">'))
    base.expected("taoxi", "Pages index_1.shtml and index_2.shtml are announced only by the "
                  "options of a jQuery pagination plugin (totalData 10, showData 4, prefix "
                  "index, suffix shtml) in an inline script; no page link in the HTML.",
                  f"http://{TX_HOST}{TX_FOLDER}index.shtml", *base.split(TX_HOST, rows, tx_url))


# -- liuyin: year tabs, each year its own sub-column ----------------------------------------------
LY_HOST, LY_SITE, LY_PLACE = "www.liuyin.gov.cn", "柳荫县人民政府", "柳荫县"
LY_FOLDER = "/xxgk/fzzfbg/"
LY_YEARS = ("2026", "2025", "2024", "2023")


def ly_url(item_id: int, day: str) -> str:
    return f"{LY_FOLDER}{day[:4]}/{day[:4]}{day[5:7]}/t{day.replace('-', '')}_{item_id}.html"


def ly_page(rows: list) -> str:
    tabs = "".join(f'<li><a href="{LY_FOLDER}{year}/">{year}年度</a></li>' for year in LY_YEARS)
    items = "".join(f'<li><a href="{ly_url(i, day)}" title="{title}">{title}</a>'
                    f"<span>{day}</span></li>" for i, title, day, _ in rows)
    return base.listing_page(LY_SITE, f'<ul class="year-tab">{tabs}</ul>'
                             f'<ul class="list">{items}</ul>', "<div class=\"page\">共1页</div>")


def write_liuyin() -> None:
    rows = base.items(LY_PLACE)
    base.write("liuyin", LY_HOST, LY_FOLDER, ly_page(rows[:2]))
    for year in LY_YEARS:
        base.write("liuyin", LY_HOST, f"{LY_FOLDER}{year}/",
                   ly_page([row for row in rows if row[2].startswith(year)]))
    for i, title, day, year in rows:
        base.write("liuyin", LY_HOST, ly_url(i, day),
                   base.article(LY_SITE, title, day, base.body_of(LY_SITE, title, year)))
    base.expected("liuyin", "Year tabs 2026年度 … 2023年度, each a sub-column page under the "
                  "column's folder; the column page shows only the two newest items (one "
                  "report).", f"http://{LY_HOST}{LY_FOLDER}", *base.split(LY_HOST, rows, ly_url))


# -- chunshan: an old domain 301-redirecting, rows opened by onclick ----------------------------
CS_OLD, CS_HOST, CS_SITE, CS_PLACE = ("www.chunshanxian.gov.cn", "www.chunshan.gov.cn",
                                      "春山区人民政府", "春山区")
CS_FOLDER = "/zwgk/fzzf/"
CS_ON_OLD = 377   # this row names its article on the old domain


def cs_url(item_id: int, day: str) -> str:
    return f"{CS_FOLDER}{day[:4]}/art_{item_id}.html"


def cs_href(item_id: int, day: str) -> str:
    return (f"http://{CS_OLD}{cs_url(item_id, day)}" if item_id == CS_ON_OLD
            else cs_url(item_id, day))


def cs_page(rows: list, page_no: int) -> str:
    cells = "".join(f"<tr onclick=\"openDetail('{cs_href(i, day)}')\"><td class=\"bt\">{title}"
                    f'</td><td class="rq">{day}</td></tr>'
                    for i, title, day, _ in base.chunk(rows, page_no))
    pager = f'<div class="pages">共{len(rows)}条 第{page_no}/{PAGES}页'
    if page_no < PAGES:
        pager += f' <a href="index_{page_no + 1}.html">下一页</a>'
    return base.listing_page(CS_SITE, f'<table class="news">{cells}</table>', pager + "</div>",
                             "<script>function openDetail(u){window.open(u);}</script>")


def write_chunshan() -> None:
    rows = base.items(CS_PLACE)
    for n in range(1, PAGES + 1):
        name = "index.html" if n == 1 else f"index_{n}.html"
        base.write("chunshan", CS_HOST, CS_FOLDER + name, cs_page(rows, n))
    moved = [f"{CS_FOLDER}", *(cs_url(i, day) for i, _, day, _ in rows if i == CS_ON_OLD)]
    rules = {"redirect": {path: {"to": f"http://{CS_HOST}{path}", "status": 301}
                          for path in moved}}
    old_dir = PORTALS / "chunshan" / "site" / CS_OLD
    old_dir.mkdir(parents=True, exist_ok=True)
    (old_dir / "_replay.json").write_text(json.dumps(rules, indent=1) + "\n", encoding="utf-8")
    for i, title, day, year in rows:
        base.write("chunshan", CS_HOST, cs_url(i, day),
                   base.article(CS_SITE, title, day, base.body_of(CS_SITE, title, year)))
    reports, skipped = base.split(CS_HOST, rows, cs_url)
    old = f"http://{CS_OLD}{CS_FOLDER}"
    base.expected("chunshan", "Registered on the old domain www.chunshanxian.gov.cn, which "
                  "301-redirects to www.chunshan.gov.cn; rows are <tr onclick=\"openDetail('…')\">"
                  " with title and date cells and no <a>; one row names its article on the old "
                  "domain (301 too).", old, reports, skipped)
    path = PORTALS / "chunshan" / "expected.json"   # the moved report: listed old, stored new
    data = json.loads(path.read_text(encoding="utf-8"))
    for report in data["reports"]:
        if f"art_{CS_ON_OLD}." in report["url"]:
            report["final_url"] = report["url"]
            report["url"] = report["url"].replace(CS_HOST, CS_OLD)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_taoxi()
    write_liuyin()
    write_chunshan()
