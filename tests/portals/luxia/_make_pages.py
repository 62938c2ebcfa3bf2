"""Writes the saved pages of the small test portals of held-out round 8's misses (run from the
repo root, then re-check their expected.json with a crawl; helpers from baishi/_make_pages.py):

- luxia: a TRS column shell whose script GETs a WAS5 search (`templet=docs.jsp … &prepage=4
  &page=N`) and `eval`s the answer: a JavaScript object literal, not JSON (raw tabs inside the
  `content` strings, single-quoted strings, commas after the last document and the last key),
  `pagecount` 3;
- dongshi: a county's Hanweb column on the city's shared host under the path prefix `/dsx/`,
  rendered on the server (4 of 10 rows, no datastore), its modules loaded from
  `/dsx/module/…`; pages 2–3 only as `index.html?uid=41207&pageNum=N`, named by the page's
  script: `var unitid = '41207', total = 10, size = 4`, a jpage call handing the page to
  `turnPage(p)`, which sets `window.location.href` (no page link, no data proxy);
- xiling: the column frames `/info/iList.jsp?node_id=GKxl&cat_id=2201`, a `<td>` table whose
  pages 2–3 are only the answer of a POST of its form (`cur_page`, `page_size`):
  `javascript:toPage(N)` gives the form a name (`var f = document.getElementById('pageForm')`)
  and submits it through that name; a GET with `cur_page` is not served.
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

PAGES, PORTALS, PER_PAGE = base.PAGES, base.PORTALS, base.PER_PAGE


def write_articles(slug: str, host: str, site: str, rows: list, url_of,
                   wrap: str = "{}") -> None:
    """Each row's article page, its body inside the family's container (`wrap`)."""
    for i, title, day, year in rows:
        body = wrap.format(base.body_of(site, title, year))
        base.write(slug, host, url_of(i, day), base.article(site, title, day, body))


# -- luxia: a WAS5 docs.jsp answer that is a JavaScript object literal --------------------------
LX_HOST, LX_SITE, LX_PLACE = "www.luxia.gov.cn", "芦峡县人民政府", "芦峡县"
LX_COLUMN = "/zwgk/fzzfbg/index.html"
LX_SEARCH = ("/was5/web/search?channelid=300412&templet=docs.jsp&sortfield=-docreltime"
             "&classsql=chnlid%3D4417&prepage=4&page=")
LX_SCRIPT = f"""<script>
var searchUrl = "{LX_SEARCH}";
function loadDocs(page) {{
  $.get(searchUrl + page, function (text) {{
    var result = eval("(" + text + ")");   // docs.jsp: a JavaScript literal, not JSON
    var html = [];
    for (var i = 0; i < result.docs.length; i++) {{
      var doc = result.docs[i];
      if (doc) {{ html.push('<li><a href="' + doc.url + '">' + doc.title + '</a></li>'); }}
    }}
    $("#docs").html(html.join(""));
  }});
}}
$(function () {{ loadDocs(1); }});
</script>"""


def lx_url(item_id: int, day: str) -> str:
    return f"/zwgk/fzzfbg/{day[:7].replace('-', '')}/t{day.replace('-', '')}_{item_id}.htm"


def was5_answer(rows: list, page_no: int) -> str:
    docs = "".join(
        f"{{'title':'{title}',\"url\":\"http://{LX_HOST}{lx_url(i, day)}\",'time':'{day}',"
        f"\"content\":\"\t{title}\t现将有关情况报告如下\",}},\n"   # raw tabs, a trailing comma
        for i, title, day, _ in base.chunk(rows, page_no))
    return (f'{{"count":"{len(rows)}","pagecount":"{PAGES}","page":"{page_no}","docs":[\n'
            f"{docs}],}}")


def write_luxia() -> None:
    rows = base.items(LX_PLACE)
    shell = '<ul class="news-list" id="docs"></ul><div class="pager" id="pager"></div>'
    base.write("luxia", LX_HOST, LX_COLUMN, base.listing_page(LX_SITE, shell, "", LX_SCRIPT))
    for page_no in range(1, PAGES + 1):
        base.write("luxia", LX_HOST, f"{LX_SEARCH}{page_no}", was5_answer(rows, page_no))
    write_articles("luxia", LX_HOST, LX_SITE, rows, lx_url, '<div class="TRS_Editor">{}</div>')
    rules = {"headers": {"/was5/*": {"Content-Type": "text/html;charset=UTF-8"}}}
    (PORTALS / "luxia" / "site" / LX_HOST / "_replay.json").write_text(
        json.dumps(rules, indent=1) + "\n", encoding="utf-8")
    base.expected("luxia", "A TRS column shell whose script GETs a WAS5 search (docs.jsp, "
                  "prepage=4&page=N) and evals its answer: a JavaScript object literal (raw "
                  "tabs in strings, single-quoted strings, trailing commas), pagecount 3.",
                  f"http://{LX_HOST}{LX_COLUMN}", *base.split(LX_HOST, rows, lx_url))


# -- dongshi: a server-rendered Hanweb column under a shared host's path prefix ----------------
DS_HOST, DS_SITE, DS_PLACE = "www.qiancheng.gov.cn", "东石县人民政府", "东石县"
DS_COLUMN = "/dsx/col/col5512/index.html"
DS_UNIT = "41207"
DS_SCRIPT = f"""<script src="/dsx/module/jslib/jquery/jpage/jquery.page.min.js"></script>
<script>
var unitid = '{DS_UNIT}', total = {len(base.ITEMS)}, size = {PER_PAGE};
function turnPage(p) {{
  window.location.href = '{DS_COLUMN}?uid=' + unitid + '&pageNum=' + p;
}}
$('#pager_{DS_UNIT}').jpage({{totalRecord: total, perPage: size, pageNum: 1, callback: turnPage}});
</script>"""
DS_JPAGE = ("(function ($) { $.fn.jpage = function (o) { var n = Math.ceil(o.totalRecord / "
            "o.perPage); this.html('<span>1/' + n + '</span>'); return this; }; })(jQuery);")


def ds_url(item_id: int, day: str) -> str:
    year, month, date = (int(part) for part in day.split("-"))
    return f"/dsx/art/{year}/{month}/{date}/art_5512_{item_id}.html"


def write_dongshi() -> None:
    rows = base.items(DS_PLACE)
    for page_no in range(1, PAGES + 1):
        items = "".join(f'<li><a href="{ds_url(i, day)}" title="{title}">{title}</a>'
                        f"<span>{day}</span></li>" for i, title, day, _ in
                        base.chunk(rows, page_no))
        unit = (f'<div id="{DS_UNIT}"><ul class="List_list">{items}</ul></div>'
                f'<div id="pager_{DS_UNIT}"></div>')
        path = DS_COLUMN if page_no == 1 else f"{DS_COLUMN}?uid={DS_UNIT}&pageNum={page_no}"
        base.write("dongshi", DS_HOST, path, base.listing_page(DS_SITE, unit, "", DS_SCRIPT))
    base.write("dongshi", DS_HOST, "/dsx/module/jslib/jquery/jpage/jquery.page.min.js",
               DS_JPAGE)
    write_articles("dongshi", DS_HOST, DS_SITE, rows, ds_url, '<div id="zoom">{}</div>')
    base.expected("dongshi", "A county's Hanweb column on the city's shared host under /dsx/, "
                  "rendered on the server (4 of 10 rows, no datastore); pages 2-3 only as "
                  "index.html?uid=41207&pageNum=N, named by its script (unitid, total, size, "
                  "a jpage call handing the page to turnPage, which sets location.href).",
                  f"http://{DS_HOST}{DS_COLUMN}", *base.split(DS_HOST, rows, ds_url))


# -- xiling: a framed td table paged by POSTing its form through a name -----------------------
XL_HOST, XL_SITE, XL_PLACE = "www.xiling.gov.cn", "西岭区人民政府", "西岭区"
XL_COLUMN = "/xxgk/fzzfjs/index.html"
XL_FRAME = "/info/iList.jsp?node_id=GKxl&cat_id=2201"
XL_API = '''"""Replay handler: iList.jsp answers a POST of its form (field cur_page)."""

PAGES = {pages}


def listing(query, form):
    page = str(form.get("cur_page") or "1")
    if query.get("node_id") != "GKxl" or page not in PAGES:
        return 200, "text/html; charset=utf-8", "<html><body>暂无信息</body></html>"
    return 200, "text/html; charset=utf-8", PAGES[page]
'''


def xl_url(item_id: int, day: str) -> str:
    return f"/xxgk/fzzfjs/{day[:7].replace('-', '')}/t{day.replace('-', '')}_{item_id}.html"


def xl_frame(rows: list, page_no: int) -> str:
    cells = "".join(f'<tr><td>{k}</td><td class="title"><a href="{xl_url(i, day)}" '
                    f'target="_blank" title="{title}">{title}</a></td><td>{XL_SITE}</td>'
                    f"<td>{day}</td></tr>" for k, (i, title, day, _) in
                    enumerate(base.chunk(rows, page_no), (page_no - 1) * PER_PAGE + 1))
    pager = " ".join(f'<a href="javascript:toPage({n})">{label}</a>' for label, n in
                     (("首页", 1), ("下一页", min(page_no + 1, PAGES)), ("尾页", PAGES)))
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>信息公开目录</title></head>'
            f'<body><table class="list-table"><tr class="th"><td>序号</td><td>标题</td>'
            f"<td>发布机构</td><td>发布日期</td></tr>{cells}</table>"
            f'<form id="pageForm" method="post" action="iList.jsp?node_id=GKxl&cat_id=2201">'
            f'<input type="hidden" name="cur_page" value="{page_no}">'
            f'<input type="hidden" name="page_size" value="{PER_PAGE}"></form>'
            f'<div class="pager">共{len(rows)}条 每页{PER_PAGE}条 第{page_no}/{PAGES}页 {pager}'
            "</div><script>function toPage(n) { var f = document.getElementById('pageForm'); "
            "f.cur_page.value = n; f.submit(); }</script></body></html>")


def write_xiling() -> None:
    rows = base.items(XL_PLACE)
    frame = f'<iframe src="{XL_FRAME}" name="rightFrame" width="100%" height="600"></iframe>'
    base.write("xiling", XL_HOST, XL_COLUMN, base.listing_page(XL_SITE, frame, ""))
    pages = {str(n): xl_frame(rows, n) for n in range(1, PAGES + 1)}
    base.write("xiling", XL_HOST, XL_FRAME, pages["1"])
    host_dir = PORTALS / "xiling" / "site" / XL_HOST
    (host_dir / "_api.py").write_text(
        XL_API.format(pages=json.dumps(pages, ensure_ascii=False, indent=1)), encoding="utf-8")
    (host_dir / "_replay.json").write_text(
        json.dumps({"post": {"/info/iList.jsp": "python:_api.py:listing"}}, indent=1) + "\n",
        encoding="utf-8")
    write_articles("xiling", XL_HOST, XL_SITE, rows, xl_url)
    base.expected("xiling", "The column frames iList.jsp, a td table; pages 2-3 only as the "
                  "answer of a POST of its form (cur_page, page_size), which toPage(N) submits "
                  "through a name (var f = document.getElementById('pageForm'); f.submit()).",
                  f"http://{XL_HOST}{XL_COLUMN}", *base.split(XL_HOST, rows, xl_url))


if __name__ == "__main__":
    write_luxia()
    write_dongshi()
    write_xiling()
