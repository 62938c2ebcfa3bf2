"""The five portals of round 12: their data and how each writes its listing pages."""
# ruff: noqa: E501  (HTML templates and portal data: long literals read better whole)
import json
from html import escape
from pathlib import Path

import furniture as fu


def _w(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")


def _rows(items, href) -> str:
    return "".join(f'<li><a href="{href(it)}" target="_blank" title="{escape(it.title)}">{escape(it.title)}'
                   f'</a><span>{it.date}</span></li>' for it in items)


def _pager(n: int, i: int, name) -> str:
    nxt = f'<a href="{name(i + 1)}">下一页</a>' if i + 1 < n else "<span>下一页</span>"
    prev = f'<a href="{name(i - 1)}">上一页</a>' if i > 0 else "<span>上一页</span>"
    return f'<div class="page">共{n}页 当前第{i + 1}页 <a href="{name(0)}">首页</a> {prev} {nxt} <a href="{name(n - 1)}">尾页</a></div>'


def _chunks(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


# --- lanting: a shell POSTing a form (webSiteCode[] / channelCode[] / current / pageSize) to /queryList
SHELL_JS = """<script>
var pageSize = 6;
function loadList(current) {
  $.ajax({url: "/queryList", type: "POST", dataType: "json",
    data: {"current": current, "pageSize": pageSize, "webSiteCode[]": "ltx", "channelCode[]": "fzzfjsndbg",
           "sort": "sortNum", "order": "desc"},
    success: function (res) {
      var html = "";
      $.each(res.data.records, function (i, r) {
        html += '<li><a href="' + r.url + '" target="_blank" title="' + r.title + '">' + r.title +
                '</a><span>' + r.publishedTime.substring(0, 10) + '</span></li>';
      });
      $("#newsList").html(html);
      var pager = "";
      for (var p = 1; p <= res.data.pages; p++) {
        pager += '<a href="javascript:loadList(' + p + ')">' + p + '</a>';
      }
      $("#pager").html(pager);
    }});
}
$(function () { loadList(1); });
</script>"""

API_PY = '''"""The /queryList answer (POST form: current, pageSize, webSiteCode[], channelCode[])."""
import json

RECORDS = {records}


def query_list(query, form):
    if form.get("channelCode[]") != "fzzfjsndbg" or form.get("webSiteCode[]") != "ltx":
        return 200, "application/json;charset=UTF-8", json.dumps({{"code": 200, "msg": "success",
            "data": {{"total": 0, "current": 1, "size": 10, "pages": 0, "records": []}}}})
    current, size = int(form.get("current") or 1), int(form.get("pageSize") or 10)
    rows = RECORDS[(current - 1) * size:current * size]
    pages = (len(RECORDS) + size - 1) // size
    return 200, "application/json;charset=UTF-8", json.dumps({{"code": 200, "msg": "success",
        "data": {{"total": len(RECORDS), "current": current, "size": size, "pages": pages, "records": rows}}}},
        ensure_ascii=False)
'''


def lanting_listing(p: dict, site: Path, items) -> None:
    inner = '<h3>法治政府建设年度报告</h3><ul class="list" id="newsList"></ul><div id="pager"></div>'
    _w(site / "ltx/fzzfjsndbg/index.html", fu.page("法治政府建设年度报告", p["gov"], p["short"], p["column"],
                                                 inner, p["code"], script=SHELL_JS))
    recs = [{"id": it.ident, "title": it.title, "url": p["art_dir"] + it.stem(),
             "publishedTime": it.date + " 09:30:00", "source": p["gov"]} for it in items]
    _w(site / "_api.py", API_PY.format(records=json.dumps(recs, ensure_ascii=False, indent=1)))
    _w(site / "_replay.json", json.dumps({"post": {"/queryList": "python:_api.py:query_list"}}, indent=1))


# --- heqiao: the registered column answers a script-only redirect; a listed report is a soft 404
def heqiao_listing(p: dict, site: Path, items) -> None:
    jump = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>禾桥区人民政府</title></head><body>'
            '<script type="text/javascript">window.location.href = "/zwgk/fzzfjs/list/index.html";'
            '</script>'
            '</body></html>')
    _w(site / "zwgk/fzzfjs/index.html", jump)
    pages = _chunks(items, 7)
    name = lambda i: "index.html" if i == 0 else f"index_{i}.html"  # noqa: E731
    for i, chunk in enumerate(pages):
        inner = (f'<h3>法治政府建设</h3><ul class="list">{_rows(chunk, lambda it: "../" + it.stem())}</ul>'
                 + _pager(len(pages), i, name))
        _w(site / "zwgk/fzzfjs/list" / name(i), fu.page("法治政府建设", p["gov"], p["short"], p["column"],
                                                       inner, p["code"]))


# --- lingxu: listing pages carry <base href> at /xxgk/; row and pager links are relative to it
def lingxu_listing(p: dict, site: Path, items) -> None:
    pages = _chunks(items, 7)
    name = lambda i: "fzzf/ndbg/" + ("index.html" if i == 0 else f"index_{i}.html")  # noqa: E731
    for i, chunk in enumerate(pages):
        inner = (f'<h3>法治政府建设年度报告</h3><ul class="list">{_rows(chunk, lambda it: "fzzf/ndbg/" + it.stem())}'
                 f'</ul>' + _pager(len(pages), i, name))
        _w(site / "xxgk" / name(i), fu.page("法治政府建设年度报告", p["gov"], p["short"], p["column"], inner,
                                            p["code"], base="http://www.lingxu.gov.cn/xxgk/"))


# --- tiaowan: a folder column paged by query-only links (?page=N); rows detail.jsp?id=N (no extension)
def tiaowan_listing(p: dict, site: Path, items) -> None:
    pages = _chunks(items, 5)
    name = lambda i: "./" if i == 0 else f"?page={i + 1}"  # noqa: E731
    for i, chunk in enumerate(pages):
        inner = (f'<h3>法治政府建设</h3><ul class="list">{_rows(chunk, lambda it: "detail.jsp?id=" + str(it.ident))}'
                 f'</ul>' + _pager(len(pages), i, name))
        html = fu.page("法治政府建设", p["gov"], p["short"], p["column"], inner, p["code"])
        _w(site / "fzzf" / ("index.html" if i == 0 else f"index.html@page={i + 1}"), html)


# --- zhichuan: registered on a <frameset> 信息公开 page; the main frame opens on the guide, the
# column is only a target="main" link of the left frame's catalogue
def zhichuan_listing(p: dict, site: Path, items) -> None:
    frames = ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN"><html><head><meta charset="utf-8">'
              '<title>枳川县政府信息公开</title></head><frameset rows="120,*" border="0">'
              '<frame name="top" '
              'src="/xxgk/top.html" scrolling="no"><frameset cols="230,*">'
              '<frame name="left" src="/xxgk/tree.html">'
              '<frame name="main" src="/xxgk/zn/index.html"></frameset></frameset></html>')
    _w(site / "xxgk/index.html", frames)
    _w(site / "xxgk/top.html", f'<html><head><meta charset="utf-8"></head><body>{fu.top(p["gov"], p["short"])}</body></html>')
    nodes = [("政府信息公开指南", "/xxgk/zn/index.html"), ("政府信息公开制度", "/xxgk/zd/index.html"),
             ("法治政府建设年度报告", "/xxgk/fzzfjs/list.html"), ("政府信息公开年报", "/xxgk/nb/index.html")]
    tree = "".join(f'<li><a href="{u}" target="main">{t}</a></li>' for t, u in nodes)
    _w(site / "xxgk/tree.html", f'<html><head><meta charset="utf-8"></head><body><ul class="tree">{tree}</ul></body></html>')
    for t, u in nodes:
        if u.endswith("index.html"):
            _w(site / u.lstrip("/"), fu.page(t, p["gov"], p["short"], t, f"<h3>{t}</h3><p>暂无信息</p>", p["code"]))
    rows = "".join(f'<tr><td>{i + 1}</td><td><a href="./{it.stem()}" target="_blank">{escape(it.title)}</a></td>'
                   f'<td>{it.date}</td></tr>' for i, it in enumerate(items))
    inner = f'<table class="list"><tr><th>序号</th><th>标题</th><th>发布日期</th></tr>{rows}</table>'
    _w(site / "xxgk/fzzfjs/list.html", fu.page("法治政府建设年度报告", p["gov"], p["short"], p["column"], inner, p["code"]))


COMMON = {"n_other": 9}
PORTALS = [
    dict(COMMON, slug="lanting", gov="岚汀县人民政府", place="岚汀县", short="岚汀", superior="中共岚汀县委、岚汀县人民政府",
         host="www.lanting.gov.cn", host_url="http://www.lanting.gov.cn", art_dir="/ltx/fzzfjsndbg/",
         start="http://www.lanting.gov.cn/ltx/fzzfjsndbg/index.html",
         column_url="http://www.lanting.gov.cn/ltx/fzzfjsndbg/index.html", column="法治政府建设年度报告",
         code="3611290001", division="361129", province="江西省", family="generic", id0=40210,
         reports=[(2025, "standard"), (2024, "short"), (2023, "standard"), (2022, "standard"), (2021, "short")],
         listing=lanting_listing, n_other=10,
         notes="column shell; rows only from POST /queryList (form current, pageSize=6, webSiteCode[], channelCode[]) answering JSON data.records, 15 rows over 3 pages"),
    dict(COMMON, slug="heqiao", gov="禾桥区人民政府", place="禾桥区", short="禾桥", superior="中共禾桥区委、禾桥区人民政府",
         host="www.heqiao.gov.cn", host_url="http://www.heqiao.gov.cn", art_dir="/zwgk/fzzfjs/",
         start="http://www.heqiao.gov.cn/zwgk/fzzfjs/",
         column_url="http://www.heqiao.gov.cn/zwgk/fzzfjs/list/index.html", column="法治政府建设",
         code="4415020002", division="441502", province="广东省", family="trs", id0=7731,
         reports=[(2025, "standard"), (2024, "standard"), (2023, "short"), (2022, "standard"), (2021, "standard"),
                  (2020, "short")], soft404=2021, listing=heqiao_listing,
         notes="registered column answers a script-only window.location.href jump to list/index.html; 2021 report is a 200 soft 404"),
    dict(COMMON, slug="lingxu", gov="菱溆县人民政府", place="菱溆县", short="菱溆", superior="中共菱溆县委、菱溆县人民政府",
         host="www.lingxu.gov.cn", host_url="http://www.lingxu.gov.cn", art_dir="/xxgk/fzzf/ndbg/",
         start="http://www.lingxu.gov.cn/xxgk/fzzf/ndbg/index.html",
         column_url="http://www.lingxu.gov.cn/xxgk/fzzf/ndbg/index.html", column="法治政府建设年度报告",
         code="3311270003", division="331127", province="浙江省", family="trs", id0=5510,
         reports=[(2024, "standard"), (2023, "standard"), (2022, "short"), (2021, "standard"), (2020, "short")],
         listing=lingxu_listing, n_other=8,
         notes="listing pages carry <base href=http://www.lingxu.gov.cn/xxgk/>; rows fzzf/ndbg/YYYYMM/t….html and pager links resolve against it"),
    dict(COMMON, slug="tiaowan", gov="苕湾市人民政府", place="苕湾市", short="苕湾", superior="湖北省人民政府",
         host="www.tiaowan.gov.cn", host_url="http://www.tiaowan.gov.cn", art_dir="/fzzf/",
         start="http://www.tiaowan.gov.cn/fzzf/", column_url="http://www.tiaowan.gov.cn/fzzf/", column="法治政府建设",
         code="4210810004", division="421081", province="湖北省", family="generic", id0=3120,
         reports=[(2025, "short"), (2024, "standard"), (2023, "standard"), (2022, "short"), (2021, "standard"),
                  (2020, "standard")], listing=tiaowan_listing, n_other=8, stem="detail.jsp?id={ident}",
         notes="folder column /fzzf/ paged by query-only links ?page=2, ?page=3 (5/5/4 rows); rows detail.jsp?id=N, pages with no extension"),
    dict(COMMON, slug="zhichuan", gov="枳川县人民政府", place="枳川县", short="枳川", superior="中共枳川县委、枳川县人民政府",
         host="www.zhichuan.gov.cn", host_url="http://www.zhichuan.gov.cn", art_dir="/xxgk/fzzfjs/",
         start="http://www.zhichuan.gov.cn/xxgk/index.html", column_url="http://www.zhichuan.gov.cn/xxgk/fzzfjs/list.html",
         column="法治政府建设年度报告", code="5003310005", division="500331", province="重庆市", family="generic", id0=880,
         reports=[(2024, "standard"), (2023, "short"), (2022, "standard"), (2021, "standard")], listing=zhichuan_listing,
         n_other=9,
         notes="registered on a <frameset> 信息公开 page: frames top, left catalogue (tree.html) and main (opens on the guide); the column list.html is only a target=main link in the left frame"),
]
