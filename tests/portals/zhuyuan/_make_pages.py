"""Writes the saved pages of the small test portals of held-out round 10's misses (run from the
repo root, then re-check their expected.json with a crawl; helpers from baishi/_make_pages.py):

- zhuyuan: every row of the column links a 信息详情 page (`detail.jsp?id=N`) holding only the
  metadata table and a pointer to the article: an `<iframe src>` of it (even ids) or a 查看原文
  link (odd ids). The report is the article's text, stored under the row's link;
- lingshui: the column is a shell whose script `$.ajax`es a JSON list API counted from 0
  (`var pageNo = 0`, sent as `pageNo: pageNo`; the pager numbers 0..); `rows`, no total: it
  is paged on until a page shows no rows.
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

PAGES, PER_PAGE = base.PAGES, base.PER_PAGE


# -- zhuyuan: 信息详情 pages pointing at the article --------------------------------------------
ZY_HOST, ZY_SITE, ZY_PLACE = "www.zhuyuan.gov.cn", "竹园县人民政府", "竹园县"
ZY_COLUMN = "/xxgk/fzzfjs/index.html"


def zy_url(item_id: int, day: str) -> str:
    return f"/xxgk/detail.jsp?id=ZY{item_id}"


def zy_article(item_id: int, day: str) -> str:
    return f"/art/{day[:4]}/{int(day[5:7])}/{int(day[8:])}/art_1101_{item_id}.html"


def zy_detail(item_id: int, title: str, day: str) -> str:
    target = zy_article(item_id, day)
    pointer = (f'<iframe id="contentFrame" src="{target}" width="100%" height="1600"></iframe>'
               if item_id % 2 == 0 else
               f'<p>本信息正文请点击查看：</p><p><a href="{target}">查看原文</a></p>')
    meta = (f'<table class="xxgk-detail"><tr><th>索引号</th><td>ZY{item_id}</td><th>发布机构</th>'
            f"<td>{ZY_SITE}</td></tr><tr><th>信息名称</th><td colspan=\"3\">{title}</td></tr>"
            f"<tr><th>生成日期</th><td>{day}</td></tr></table>")
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>信息详情_{ZY_SITE}</title>'
            f'</head><body>{base.TOP}<div class="main"><h2>信息详情</h2>{meta}'
            f'<div class="Article">{pointer}</div></div>{base.FOOT.format(site=ZY_SITE)}'
            "</body></html>")


def write_zhuyuan() -> None:
    rows = base.items(ZY_PLACE)
    table = "".join(f'<tr><td>{k}</td><td><a href="{zy_url(i, day)}">{title}</a></td>'
                    f"<td>{day}</td></tr>" for k, (i, title, day, _) in enumerate(rows, 1))
    base.write("zhuyuan", ZY_HOST, ZY_COLUMN, base.listing_page(
        ZY_SITE, f"<table><tr><th>序号</th><th>标题</th><th>发布日期</th></tr>{table}</table>",
        ""))
    for i, title, day, year in rows:
        base.write("zhuyuan", ZY_HOST, zy_url(i, day), zy_detail(i, title, day))
        base.write("zhuyuan", ZY_HOST, zy_article(i, day),
                   base.article(ZY_SITE, title, day, base.body_of(ZY_SITE, title, year)))
    base.expected("zhuyuan", "Every row links a 信息详情 page (metadata table only) pointing at "
                  "the article: an <iframe> of it (even ids) or a 查看原文 link (odd ids). The "
                  "report is the article's text under the row's link.",
                  f"http://{ZY_HOST}{ZY_COLUMN}", *base.split(ZY_HOST, rows, zy_url))
    with_sections("zhuyuan", 5, ["measures", "leadership", "shortcomings", "plans"])


def with_sections(slug: str, sections: int, level1: list[str]) -> None:
    """expected.json with every report's section count and level-1 categories: the article's
    text, never the pointer page's (0 sections)."""
    path = base.PORTALS / slug / "expected.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for report in data["reports"]:
        report.update(sections=sections, level1=level1)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# -- lingshui: a JSON list API whose pages count from 0 -----------------------------------------
LS_HOST, LS_SITE, LS_PLACE = "www.lingshui.gov.cn", "灵水县人民政府", "灵水县"
LS_COLUMN = "/zwgk/fzzfjs/index.html"
LS_SCRIPT = """<script>
var pageNo = 0, pageSize = 4;
function draw(rows) {
  var html = "";
  for (var i = 0; i < rows.length; i++) {
    html += '<li><a href="' + rows[i].link + '">' + rows[i].name + '</a></li>';
  }
  document.getElementById("list").innerHTML = html;
}
function go(n) { pageNo = n; query(); }
function query() {
  $.ajax({url: "/api/content/list", type: "GET", dataType: "json",
          data: {channel: "fzzf", pageNo: pageNo, pageSize: pageSize},
          success: function (r) { draw(r.rows); }});
}
$(function () { query(); });
</script>"""


def ls_url(item_id: int, day: str) -> str:
    return f"/zwgk/fzzfjs/{day[:4]}{day[5:7]}/t{day.replace('-', '')}_{item_id}.html"


def write_lingshui() -> None:
    rows = base.items(LS_PLACE)
    pager = "".join(f'<a href="javascript:go({n})">{n + 1}</a>' for n in range(PAGES))
    base.write("lingshui", LS_HOST, LS_COLUMN, base.listing_page(
        LS_SITE, '<ul id="list"></ul>', f'<div class="pager">{pager}</div>', LS_SCRIPT))
    for page_no in range(PAGES + 1):   # the page after the last answers no rows
        records = [{"name": title, "link": ls_url(i, day), "date": day}
                   for i, title, day, _ in base.chunk(rows, page_no + 1)]
        answer = {"pageNo": page_no, "rows": records}   # no total: paged until no rows
        base.write("lingshui", LS_HOST,
                   f"/api/content/list?channel=fzzf&pageNo={page_no}&pageSize={PER_PAGE}",
                   json.dumps(answer, ensure_ascii=False))
    for i, title, day, year in rows:
        base.write("lingshui", LS_HOST, ls_url(i, day),
                   base.article(LS_SITE, title, day, base.body_of(LS_SITE, title, year)))
    rules = {"headers": {"/api/*": {"Content-Type": "application/json;charset=UTF-8"}}}
    (base.PORTALS / "lingshui" / "site" / LS_HOST / "_replay.json").write_text(
        json.dumps(rules))
    base.expected("lingshui", "A shell column whose script $.ajax-es GET /api/content/list "
                  "with pageNo counted from 0 (var pageNo = 0; pager go(0)..), no total "
                  "(page 3 has no rows); page 0 holds the newest rows.", f"http://{LS_HOST}{LS_COLUMN}",
                  *base.split(LS_HOST, rows, ls_url))


if __name__ == "__main__":
    write_zhuyuan()
    write_lingshui()
