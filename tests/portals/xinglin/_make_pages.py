"""Writes the saved pages of the small test portals of held-out round 5's misses (run from the
repo root, then re-check their expected.json with a crawl; helpers from
baishi/_make_pages.py):

- xinglin: a listing shell whose script POSTs a hidden form to a `.do` listing that answers
  an HTML fragment: `var params = $('#listForm').serialize(); $.post('/gk/list.do', params, …)`
  after `goPage(p)` set the form's page field by its input's id (`$('#pn').val(p)`, a name no
  pager convention has); the fragment's pager calls `goPage(N)` from `onclick`, its `href` is
  `javascript:void(0)`. Pages 2–3 exist only as POST answers (pn in the body);
- qiaotou: a listing whose page 1 is the page itself and whose pages 2–3 exist only as the
  answer of its POST form (`<form name="pageForm" method="post">`) submitted by the pager's
  `javascript:turn(N)` (`document.pageForm.pi.value = n; document.pageForm.submit()`);
- lingbo: a column on www.lingbo.gov.cn whose reports sit on the justice bureau's host
  sfj.lingbo.gov.cn: a protocol-relative link (`//sfj…`), a dead `http://sfj…` link (404, a
  failure), a www link that 301-redirects to sfj; and a report link on another county's host
  (www.linxian.gov.cn), skipped as offsite, never fetched;
- qingxi: a column page on www.qingxi.gov.cn that lists nothing itself: its listing is an
  iframe on the county's 信息公开 host xxgk.qingxi.gov.cn (paged there by 下一页 to
  `index_2.html`, `index_3.html`), and a 往年报告 box's 更多 link leads to an older column on
  that host; its iframes on another county's host and on a map site are not requested;
- shuiyuan: a listing shell whose inline script POSTs `{cat: '66'}` (no page number) to
  `/gk/all.do`, which answers the whole column as an HTML fragment.
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

# -- xinglin: a hidden form serialized and POSTed by a page function, an HTML fragment answer --
XL_HOST, XL_SITE, XL_PLACE = "www.xinglin.gov.cn", "杏林县人民政府", "杏林县"
XL_COLUMN = "/gk/fzzfjs/index.html"
XL_SCRIPT = ("<script>function goPage(p){$('#pn').val(p);var params=$('#listForm').serialize();"
             "$.post('/gk/list.do', params, function(html){$('#infoList').html(html);});}"
             "$(function(){goPage(1);});</script>")
XL_FORM = ('<form id="listForm"><input type="hidden" name="cid" value="88">'
           '<input type="hidden" id="pn" name="pn" value="1"><input type="hidden" name="ps" '
           'value="4"><input type="text" name="kw" value=""><input type="submit" value="搜索">'
           "</form>")
XL_API = '''"""list.do: one page of the column as an HTML fragment (POST cid, pn, ps)."""

PAGES = {pages}


def list_page(query, form):
    fields = dict(query, **form)
    if fields.get("cid") != "88":
        return 200, "text/html;charset=UTF-8", "<p>暂无信息</p>"
    return 200, "text/html;charset=UTF-8", PAGES.get(fields.get("pn", "1"), "<p>暂无信息</p>")
'''


def xl_url(item_id: int, day: str) -> str:
    return f"/gk/content/{day[:4]}/{item_id}.html"


def xl_fragment(rows: list, page_no: int) -> str:
    table = "".join(f'<tr><td><a href="{xl_url(i, day)}" target="_blank">{title}</a></td>'
                    f"<td>{day}</td></tr>" for i, title, day, _ in base.chunk(rows, page_no))
    links = " ".join(f'<a href="javascript:void(0);" onclick="goPage({n})">{label}</a>'
                     for n, label in ((1, "首页"), (min(page_no + 1, PAGES), "下一页"),
                                      (PAGES, "尾页")))
    return (f'<table class="gk-list">{table}</table><div class="pager">共{len(rows)}条 '
            f"第{page_no}/{PAGES}页 {links}</div>")


def write_xinglin() -> None:
    rows = base.items(XL_PLACE)
    shell = base.listing_page(XL_SITE, f'{XL_FORM}<div id="infoList">数据加载中……</div>', "",
                              '<script src="/js/jquery.min.js"></script>' + XL_SCRIPT)
    base.write("xinglin", XL_HOST, XL_COLUMN, shell)
    pages = {str(n): xl_fragment(rows, n) for n in range(1, PAGES + 1)}
    host_dir = PORTALS / "xinglin" / "site" / XL_HOST
    (host_dir / "_api.py").write_text(XL_API.format(pages=json.dumps(pages, ensure_ascii=False)),
                                      encoding="utf-8")
    (host_dir / "_replay.json").write_text(json.dumps({"post": {
        "/gk/list.do": "python:_api.py:list_page"}}))
    for i, title, day, year in rows:
        base.write("xinglin", XL_HOST, xl_url(i, day),
                   base.article(XL_SITE, title, day, base.body_of(XL_SITE, title, year)))
    base.expected("xinglin", "The column is a shell: goPage(p) sets the hidden form's pn (by its "
                  "input's id), serializes the form and POSTs it to /gk/list.do, which answers "
                  "an HTML fragment whose pager calls goPage(N) from onclick (href "
                  "javascript:void(0)). Pages 2-3 exist only as POST answers.",
                  f"http://{XL_HOST}{XL_COLUMN}", *base.split(XL_HOST, rows, xl_url))


# -- qiaotou: page 1 is the page, pages 2.. only as its POST form's answer ------------------------
QT_HOST, QT_SITE, QT_PLACE = "www.qiaotou.gov.cn", "桥头镇人民政府", "桥头镇"
QT_COLUMN = "/zwgk/fzzfjs/list.jsp"
QT_SCRIPT = ("<script>function turn(n){document.pageForm.pi.value=n;"
             "document.pageForm.submit();}</script>")
QT_API = '''"""list.jsp by POST: page pi of the column (a whole page, as a browser gets it)."""

PAGES = {pages}


def list_page(query, form):
    return 200, "text/html;charset=UTF-8", PAGES.get(form.get("pi", "1"), PAGES["1"])
'''


def qt_url(item_id: int, day: str) -> str:
    return f"/zwgk/fzzfjs/{day[:4]}/art_{item_id}.html"


def qt_page(rows: list, page_no: int) -> str:
    lis = "".join(f'<li><a href="{qt_url(i, day)}">{title}</a><span>{day}</span></li>'
                  for i, title, day, _ in base.chunk(rows, page_no))
    links = " ".join(f'<a href="javascript:turn({n})">{n}</a>' for n in range(1, PAGES + 1))
    pager = (f'<div class="page">共{len(rows)}条 {page_no}/{PAGES}页 {links} '
             f'<a href="javascript:turn({PAGES})">尾页</a></div>'
             '<form name="pageForm" method="post" action="list.jsp">'
             f'<input type="hidden" name="channel" value="fzzfjs"><input type="hidden" '
             f'name="pi" value="{page_no}"></form>')
    return base.listing_page(QT_SITE, f'<ul class="list">{lis}</ul>', pager, QT_SCRIPT)


def write_qiaotou() -> None:
    rows = base.items(QT_PLACE)
    base.write("qiaotou", QT_HOST, QT_COLUMN, qt_page(rows, 1))
    pages = {str(n): qt_page(rows, n) for n in range(1, PAGES + 1)}
    host_dir = PORTALS / "qiaotou" / "site" / QT_HOST
    (host_dir / "_api.py").write_text(QT_API.format(pages=json.dumps(pages, ensure_ascii=False)),
                                      encoding="utf-8")
    (host_dir / "_replay.json").write_text(json.dumps({"post": {
        QT_COLUMN: "python:_api.py:list_page"}}))
    for i, title, day, year in rows:
        base.write("qiaotou", QT_HOST, qt_url(i, day),
                   base.article(QT_SITE, title, day, base.body_of(QT_SITE, title, year)))
    base.expected("qiaotou", "Pages 2-3 only as the answer of the page's POST form pageForm "
                  "(pi = N), which javascript:turn(N) fills and submits.",
                  f"http://{QT_HOST}{QT_COLUMN}", *base.split(QT_HOST, rows, qt_url))


# -- lingbo: reports on the same government's other host ---------------------------------------
LB_HOST, LB_SFJ, LB_SITE = "www.lingbo.gov.cn", "sfj.lingbo.gov.cn", "凌波县人民政府"
LB_COLUMN = "/zwgk/fzzf/index.html"
LB_OLD, LB_MOVED = "/zwgk/fzzf/2023/old_377.html", "/xxgk/2023/t20230210_377.html"
# (href on the listing, host and path of its page or None, title, published, report year)
LB_ITEMS = (
    ("/zwgk/fzzf/2026/588.html", LB_HOST, "凌波县2025年度法治政府建设情况报告", "2026-02-06", 2025),
    ("/zwgk/fzzf/2026/589.html", LB_HOST, "图解：凌波县2025年度法治政府建设情况报告", "2026-02-08",
     None),
    ("//sfj.lingbo.gov.cn/xxgk/2025/t20250124_480.html", LB_SFJ,
     "凌波县2024年度法治政府建设情况报告", "2025-01-24", 2024),
    ("http://www.linxian.gov.cn/zwgk/2025/t20250120_11.html", None,
     "林县2024年度法治政府建设情况报告", "2025-01-20", None),
    ("http://sfj.lingbo.gov.cn/art/2024/1/30/art_9_430.html", None,
     "凌波县2023年度法治政府建设情况报告", "2024-01-30", None),
    (LB_OLD, LB_SFJ, "凌波县2022年度法治政府建设情况报告", "2023-02-10", 2022),
    ("/zwgk/fzzf/2023/402.html", LB_HOST, "凌波县召开法治政府建设推进会", "2023-09-15", None),
)


def write_lingbo() -> None:
    lis = "".join(f'<li><a href="{href}">{title}</a><span>{day}</span></li>'
                  for href, _, title, day, _ in LB_ITEMS)
    base.write("lingbo", LB_HOST, LB_COLUMN,
               base.listing_page(LB_SITE, f'<ul class="list">{lis}</ul>', ""))
    for href, host, title, day, year in LB_ITEMS:
        path = LB_MOVED if href == LB_OLD else href.split(".gov.cn", 1)[-1]
        if host:
            base.write("lingbo", host, path,
                       base.article(LB_SITE, title, day, base.body_of(LB_SITE, title, year)))
    (PORTALS / "lingbo" / "site" / LB_HOST / "_replay.json").write_text(json.dumps({
        "redirect": {LB_OLD: {"to": f"http://{LB_SFJ}{LB_MOVED}", "status": 301}}}))
    www = f"http://{LB_HOST}"
    data = {
        "notes": "Reports on the justice bureau's host sfj.lingbo.gov.cn (same government: "
                 "lingbo.gov.cn): a protocol-relative link, a dead http://sfj link (404, a "
                 "failure) and a www link 301-redirected there; a report link on another "
                 "county's host www.linxian.gov.cn is skipped as offsite, never fetched.",
        "column": www + LB_COLUMN,
        "reports": [
            {"url": www + "/zwgk/fzzf/2026/588.html", "year": 2025,
             "title": LB_ITEMS[0][2]},
            {"url": f"http://{LB_SFJ}/xxgk/2025/t20250124_480.html", "year": 2024,
             "title": LB_ITEMS[2][2]},
            {"url": www + LB_OLD, "final_url": f"http://{LB_SFJ}{LB_MOVED}", "year": 2022,
             "title": LB_ITEMS[5][2]}],
        "skipped": [{"url": www + "/zwgk/fzzf/2026/589.html", "title": LB_ITEMS[1][2],
                     "why": "解读"},
                    {"url": LB_ITEMS[3][0], "title": LB_ITEMS[3][2], "why": "offsite"},
                    {"url": www + "/zwgk/fzzf/2023/402.html", "title": LB_ITEMS[6][2],
                     "why": "news"}],
        "failures": [{"url": LB_ITEMS[4][0], "why": "404 dead link on the sfj host"}]}
    (PORTALS / "lingbo" / "expected.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# -- qingxi: the listing framed from, and 更多-linked to, the 信息公开 host ------------------------
QX_HOST, QX_GK, QX_SITE, QX_PLACE = ("www.qingxi.gov.cn", "xxgk.qingxi.gov.cn", "清溪县人民政府",
                                     "清溪县")
QX_COLUMN, QX_FRAME, QX_OLDER = ("/zwgk/fzzf/index.html", "/col/col12/index.html",
                                 "/col/col13/index.html")
QX_ELSEWHERE = ("http://www.linxian.gov.cn/widget/fzzf.html", "https://map.example.com/embed?x=1")
QX_OLD = ((201, "清溪县2020年度法治政府建设情况报告", "2021-02-03", 2020),
          (188, "清溪县2019年度法治政府建设情况报告", "2020-01-21", 2019))


def qx_url(item_id: int, day: str) -> str:
    return f"/art/{day[:4]}/art_{item_id}.html"


def write_qingxi() -> None:
    rows = base.items(QX_PLACE)
    frames = "".join(f'<iframe src="{src}" width="100%" height="600"></iframe>'
                     for src in (f"http://{QX_GK}{QX_FRAME}", *QX_ELSEWHERE))
    box = (f'<div class="box"><h3>往年报告</h3><ul><li><a href="http://{QX_GK}'
           f'{qx_url(201, "2021")}">{QX_OLD[0][1]}</a></li></ul><a class="more" '
           f'href="http://{QX_GK}{QX_OLDER}">更多</a></div>')
    base.write("qingxi", QX_HOST, QX_COLUMN, base.listing_page(QX_SITE, frames, box))
    names = ["index.html"] + [f"index_{n}.html" for n in range(2, PAGES + 1)]
    for page_no, name in enumerate(names, 1):
        lis = "".join(f'<li><a href="{qx_url(i, day)}">{title}</a><span>{day}</span></li>'
                      for i, title, day, _ in base.chunk(rows, page_no))
        pager = (f'<div class="page">共{len(rows)}条 共{PAGES}页 '
                 + (f'<a href="{names[page_no]}">下一页</a> ' if page_no < PAGES else "")
                 + f'<a href="{names[-1]}">尾页</a></div>')
        base.write("qingxi", QX_GK, QX_FRAME.replace("index.html", name),
                   base.listing_page(QX_SITE, f'<ul class="list">{lis}</ul>', pager))
    lis = "".join(f'<li><a href="{qx_url(i, day)}">{title}</a><span>{day}</span></li>'
                  for i, title, day, _ in QX_OLD)
    base.write("qingxi", QX_GK, QX_OLDER,
               base.listing_page(QX_SITE, f'<ul class="list">{lis}</ul>', ""))
    for i, title, day, year in (*rows, *QX_OLD):
        base.write("qingxi", QX_GK, qx_url(i, day),
                   base.article(QX_SITE, title, day, base.body_of(QX_SITE, title, year)))
    reports, skipped = base.split(QX_GK, [*rows, *QX_OLD], qx_url)
    base.expected("qingxi", "The column page lists nothing: its listing is an iframe on the "
                  "信息公开 host xxgk.qingxi.gov.cn (paged there: index_2.html, index_3.html), and "
                  "a 往年报告 box's 更多 link leads to an older column on that host (2020, 2019). "
                  "Its iframes on another county's host and on a map site are never requested.",
                  f"http://{QX_HOST}{QX_COLUMN}", reports, skipped)


# -- shuiyuan: one POST, no page number, the whole list --------------------------------------------
SY_HOST, SY_SITE, SY_PLACE = "www.shuiyuan.gov.cn", "水源县人民政府", "水源县"
SY_COLUMN = "/gk/fzzf/index.html"
SY_SCRIPT = ("<script>$(function(){$.post('/gk/all.do', {cat: '66'}, function(html){"
             "$('#list').html(html);});});</script>")
SY_API = '''"""all.do: the whole column as an HTML fragment (POST cat)."""

LIST = {answer}


def all_items(query, form):
    if form.get("cat") != "66":
        return 200, "text/html;charset=UTF-8", "<p>暂无信息</p>"
    return 200, "text/html;charset=UTF-8", LIST
'''


def sy_url(item_id: int, day: str) -> str:
    return f"/gk/content/{item_id}.html"


def write_shuiyuan() -> None:
    rows = base.items(SY_PLACE)
    shell = base.listing_page(SY_SITE, '<div id="list">加载中……</div>', "",
                              '<script src="/js/jquery.min.js"></script>' + SY_SCRIPT)
    base.write("shuiyuan", SY_HOST, SY_COLUMN, shell)
    answer = "".join(f'<li><a href="{sy_url(i, day)}">{title}</a><span>{day}</span></li>'
                     for i, title, day, _ in rows)
    host_dir = PORTALS / "shuiyuan" / "site" / SY_HOST
    (host_dir / "_api.py").write_text(SY_API.format(answer=json.dumps(
        f"<ul>{answer}</ul>", ensure_ascii=False)), encoding="utf-8")
    (host_dir / "_replay.json").write_text(json.dumps({"post": {
        "/gk/all.do": "python:_api.py:all_items"}}))
    for i, title, day, year in rows:
        base.write("shuiyuan", SY_HOST, sy_url(i, day),
                   base.article(SY_SITE, title, day, base.body_of(SY_SITE, title, year)))
    base.expected("shuiyuan", "The column is a shell: its inline script POSTs {cat: '66'} (no "
                  "page number) to /gk/all.do, which answers the whole column as an HTML "
                  "fragment.", f"http://{SY_HOST}{SY_COLUMN}",
                  *base.split(SY_HOST, rows, sy_url))


if __name__ == "__main__":
    write_xinglin()
    write_qiaotou()
    write_lingbo()
    write_qingxi()
    write_shuiyuan()
