"""Writes the saved pages of the small test portals of held-out round 7's misses (run from the
repo root, then re-check their expected.json with a crawl; helpers from baishi/_make_pages.py):

- yunqiao: a jpaas column shell — an empty `div#当前栏目_list` and `<script parseType=
  "buildstatic" url="/api-gateway/…/build/unit" queryData="{'webId':…}">` (single-quoted JSON in
  an attribute); the GET of url?queryData answers JSON whose `data.html` holds 4 rows and a
  pager `<div class="pagination" count="10" pageNo="1" rows="4">`; page N is that GET with
  `paramJson={"pageNo":N,"pageSize":4}`;
- meiling: a mobile column whose rows are `<a href="javascript:openDetail('2026020601')">`, the
  function defined inline (`location.href = '/mobile/detail?id=' + id`); the detail pages answer
  `Content-Type: application/octet-stream` at a URL with no extension (HTML by its body only);
- taohua: rows `<a href="#" onclick="openArticle('c0a588')">` whose function is defined only
  in the site's script file `/js/m.js`, its URL a template literal (`/m/article.html?id=${id}`);
- shuangfeng: a column showing 本级/部门 tabs (`bj/index.html` open, the same list; `bm/index.html`
  only by its tab link) whose 部门 tab lists two department reports, one only as a .docx;
- baihe: a 信息公开 catalogue shell registered on a node (`/xxgk/index.html?channelid=2301`) whose
  script reads `channelid` from `location.search` and GETs `/xxgk/api/list.jsp?channelid=…&page=N
  &size=4` (JSON `data.totalPage`, `data.list[]`); its tree nodes are `showNode('…')` links.
"""

from __future__ import annotations

import importlib.util
import io
import json
import re
import zipfile
from datetime import datetime
from pathlib import Path
from urllib.parse import urlencode

import docx

_SPEC = importlib.util.spec_from_file_location(
    "baishi_pages", Path(__file__).resolve().parent.parent / "baishi" / "_make_pages.py")
assert _SPEC and _SPEC.loader
base = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(base)

PAGES, PORTALS = base.PAGES, base.PORTALS


def rows_html(rows: list, url_of) -> str:
    items = "".join(f'<li><a href="{url_of(i, day)}" title="{title}">{title}</a>'
                    f"<span>{day}</span></li>" for i, title, day, _ in rows)
    return f'<ul class="list">{items}</ul>'


def write_articles(slug: str, host: str, site: str, rows: list, url_of) -> None:
    for i, title, day, year in rows:
        base.write(slug, host, url_of(i, day),
                   base.article(site, title, day, base.body_of(site, title, year)))


# -- yunqiao: a jpaas unit declared in a script element's attributes ----------------------------
YQ_HOST, YQ_SITE, YQ_PLACE = "www.yunqiao.gov.cn", "云峤市人民政府", "云峤市"
YQ_COLUMN = "/zwgk/fzzfbg/index.html"
YQ_API = "/api-gateway/jpaas-publish-server/front/page/build/unit"
YQ_QUERY = {"parseType": "buildstatic", "webId": "9d1e", "tplSetId": "77ab", "pageType": "column",
            "tagId": "当前栏目_list", "editType": "null", "pageId": "c3f0"}
YQ_SCRIPT = ("$(function(){$('script[parseType=buildstatic]').each(function(){var s=$(this),"
             "q=JSON.parse(s.attr('queryData').replace(/'/g,'\"'));$.get(s.attr('url'),q,"
             "function(r){$('#'+q.tagId).html(r.data.html);});});});")


def yq_url(item_id: int, day: str) -> str:
    return f"/zwgk/fzzfbg/art/{day[:4]}/art_{item_id:04x}e1.html"


def write_yunqiao() -> None:
    rows = base.items(YQ_PLACE)
    query = json.dumps(YQ_QUERY, ensure_ascii=False).replace('"', "'").replace(" ", "")
    unit = (f'<div id="当前栏目_list"></div><script parseType="buildstatic" '
            f'src="/cms_files/script/unitbuild.js" url="{YQ_API}" queryData="{query}"></script>')
    base.write("yunqiao", YQ_HOST, YQ_COLUMN, base.listing_page(YQ_SITE, unit, ""))
    base.write("yunqiao", YQ_HOST, "/cms_files/script/unitbuild.js", YQ_SCRIPT)
    for page_no in range(1, PAGES + 1):   # jpaas: page N asked by paramJson, 4 a page
        fragment = (f'<div class="page-content">{rows_html(base.chunk(rows, page_no), yq_url)}'
                    f'</div><div class="pagination" count="{len(rows)}" pageNo="{page_no}" '
                    f'rows="{base.PER_PAGE}"></div>')
        answer = {"success": True, "code": "200", "data": {"html": fragment}}
        query = dict(YQ_QUERY)
        if page_no > 1:
            query["paramJson"] = json.dumps({"pageNo": page_no, "pageSize": base.PER_PAGE},
                                            separators=(",", ":"))
        base.write("yunqiao", YQ_HOST, f"{YQ_API}?{urlencode(query)}",
                   json.dumps(answer, ensure_ascii=False))
    write_articles("yunqiao", YQ_HOST, YQ_SITE, rows, yq_url)
    base.expected("yunqiao", "A jpaas column shell: an empty div#当前栏目_list and a script "
                  "element whose url and queryData (single-quoted JSON) attributes declare the "
                  "unit API; its JSON answer holds the rows as HTML in data.html, 4 a page, "
                  "pages 2 and 3 asked by paramJson={\"pageNo\":N,\"pageSize\":4}.",
                  f"http://{YQ_HOST}{YQ_COLUMN}", *base.split(YQ_HOST, rows, yq_url))


# -- meiling: javascript:openDetail('id') rows, octet-stream detail pages -----------------------
ML_HOST, ML_SITE, ML_PLACE = "m.meiling.gov.cn", "梅岭县人民政府", "梅岭县"
ML_COLUMN = "/zwgk/fzzfbg/list.html"
ML_SCRIPT = ("<script>function openDetail(id) {\n  // the mobile template opens a record by id\n"
             "  window.location.href = '/mobile/detail?id=' + id;\n}</script>")


def ml_url(item_id: int, day: str) -> str:
    return f"/mobile/detail?id={day.replace('-', '')}{item_id}"


def write_meiling() -> None:
    rows = base.items(ML_PLACE)
    cells = "".join(f"<li><a href=\"javascript:openDetail('{day.replace('-', '')}{i}')\">"
                    f'<p class="m-title">{title}</p><span class="m-date">{day}</span></a></li>'
                    for i, title, day, _ in rows)
    tabs = ('<div class="m-tabs"><a href="javascript:openDetail(\'about\')">关于我们</a>'
            '<a href="javascript:goPage(\'2\')">2</a></div>')
    base.write("meiling", ML_HOST, ML_COLUMN,
               base.listing_page(ML_SITE, tabs + f'<ul class="m-list">{cells}</ul>', "",
                                 ML_SCRIPT))
    write_articles("meiling", ML_HOST, ML_SITE, rows, ml_url)
    rules = {"headers": {"/mobile/detail*": {"Content-Type": "application/octet-stream"}}}
    (PORTALS / "meiling" / "site" / ML_HOST / "_replay.json").write_text(
        json.dumps(rules, indent=1) + "\n", encoding="utf-8")
    base.expected("meiling", "Rows are <a href=\"javascript:openDetail('id')\"> with openDetail "
                  "defined inline (location.href = '/mobile/detail?id=' + id); the detail pages "
                  "answer Content-Type application/octet-stream at a URL with no extension.",
                  f"http://{ML_HOST}{ML_COLUMN}", *base.split(ML_HOST, rows, ml_url))


# -- taohua: the row function in a script file, a template literal -----------------------------
TH_HOST, TH_SITE, TH_PLACE = "www.taohua.gov.cn", "桃花县人民政府", "桃花县"
TH_COLUMN = "/zwgk/fzzfbg/list.html"
TH_SCRIPT = "function openArticle(id) {\n  location.href = `/m/article.html?id=${id}`;\n}\n"


def th_url(item_id: int, day: str) -> str:
    return f"/m/article.html?id=c0a{item_id}"


def write_taohua() -> None:
    rows = base.items(TH_PLACE)
    cells = "".join(f'<li><a href="#" onclick="openArticle(\'c0a{i}\'); return false;">'
                    f"{title}</a><span>{day}</span></li>" for i, title, day, _ in rows)
    base.write("taohua", TH_HOST, TH_COLUMN,
               base.listing_page(TH_SITE, f'<ul class="list">{cells}</ul>', "",
                                 '<script src="/js/m.js"></script>'))
    base.write("taohua", TH_HOST, "/js/m.js", TH_SCRIPT)
    write_articles("taohua", TH_HOST, TH_SITE, rows, th_url)
    base.expected("taohua", "Rows are <a href=\"#\" onclick=\"openArticle('id')\"> whose "
                  "function is defined only in /js/m.js, its URL a template literal "
                  "(`/m/article.html?id=${id}`).",
                  f"http://{TH_HOST}{TH_COLUMN}", *base.split(TH_HOST, rows, th_url))


# -- shuangfeng: 本级/部门 tabs, a department report only as a .docx -----------------------------
SF_HOST, SF_SITE, SF_PLACE = "www.shuangfeng.gov.cn", "双峰区人民政府", "双峰区"
SF_FOLDER = "/xxgk/fzzfbg/"
SF_DEPT = (   # the 部门 tab: (id, title, published, report year or None)
    (702, "双峰区司法局2025年度法治政府建设情况报告", "2026-02-12", 2025),
    (703, "双峰区市场监督管理局2025年度法治政府建设情况报告", "2026-02-10", 2025),
    (704, "双峰区司法局召开法治政府建设推进会", "2025-09-03", None),
)
SF_DOCX = 703   # published only as a .docx linked from the list


def sf_url(item_id: int, day: str) -> str:
    if item_id == SF_DOCX:
        return f"/uploadfile/{day[:4]}/{day[5:7]}{day[8:]}/{day.replace('-', '')}{item_id}.docx"
    tab = "bm" if item_id > 700 else "bj"
    return f"{SF_FOLDER}{tab}/{day[:4]}{day[5:7]}/t{day.replace('-', '')}_{item_id}.html"


def sf_page(rows: list, active: str) -> str:
    tabs = "".join(f'<li{" class=on" if tab == active else ""}><a href="{SF_FOLDER}{tab}/index'
                   f'.html">{label}</a></li>' for tab, label in (("bj", "本级"), ("bm", "部门")))
    return base.listing_page(SF_SITE, f'<ul class="tab-nav">{tabs}</ul>{rows_html(rows, sf_url)}',
                             '<div class="page">共1页</div>')


def docx_bytes(title: str, who: str, year: int) -> bytes:
    doc = docx.Document()
    doc.core_properties.created = doc.core_properties.modified = datetime(2026, 2, 10, 9, 0)
    doc.add_paragraph(title)
    for paragraph in re.findall(r"<p[^>]*>(.*?)</p>", base.report_body(who, year)):
        doc.add_paragraph(re.sub(r"<[^>]+>", "", paragraph))
    saved, out = io.BytesIO(), io.BytesIO()
    doc.save(saved)
    # the zip's entries dated once, so a rebuild writes the same bytes
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in source.infolist():
            zf.writestr(zipfile.ZipInfo(info.filename, (2026, 2, 10, 9, 0, 0)),
                        source.read(info.filename), zipfile.ZIP_DEFLATED)
    return out.getvalue()


def write_shuangfeng() -> None:
    own, dept = base.items(SF_PLACE), list(SF_DEPT)
    base.write("shuangfeng", SF_HOST, SF_FOLDER + "index.html", sf_page(own, "bj"))
    base.write("shuangfeng", SF_HOST, SF_FOLDER + "bj/index.html", sf_page(own, "bj"))
    base.write("shuangfeng", SF_HOST, SF_FOLDER + "bm/index.html", sf_page(dept, "bm"))
    write_articles("shuangfeng", SF_HOST, SF_SITE, [r for r in own + dept if r[0] != SF_DOCX],
                   sf_url)
    [(_, title, day, year)] = [r for r in dept if r[0] == SF_DOCX]
    target = PORTALS / "shuangfeng" / "site" / SF_HOST / sf_url(SF_DOCX, day).lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(docx_bytes(title, "双峰区市场监督管理局", year))
    reports, skipped = base.split(SF_HOST, own + dept, sf_url)
    base.expected("shuangfeng", "The column shows 本级/部门 tabs: 本级 (bj/index.html, the same "
                  "list as the column page) and 部门 (bm/index.html, reached only by its tab "
                  "link), which lists two department reports, one only as a .docx.",
                  f"http://{SF_HOST}{SF_FOLDER}index.html", reports, skipped)


# -- baihe: a catalogue shell fed by its own address's channelid --------------------------------
BH_HOST, BH_SITE, BH_PLACE = "www.baihe.gov.cn", "白鹤县人民政府", "白鹤县"
BH_COLUMN = "/xxgk/index.html?channelid=2301"
BH_SCRIPT = """<script>
function getQueryString(name) {
  var m = location.search.match(new RegExp('[?&]' + name + '=([^&]*)'));
  return m ? decodeURIComponent(m[1]) : '';
}
var channelid = getQueryString('channelid') || '2300';
function loadList(page) {
  $.getJSON('/xxgk/api/list.jsp', {channelid: channelid, page: page, size: 4}, function (res) {
    draw(res.data.list, res.data.totalPage);
  });
}
function showNode(id) { location.href = '/xxgk/index.html?channelid=' + id; }
$(function () { loadList(1); });
</script>"""


def bh_url(item_id: int, day: str) -> str:
    return f"/xxgk/2301/{day[:4]}{day[5:7]}/t{day.replace('-', '')}_{item_id}.html"


def write_baihe() -> None:
    rows = base.items(BH_PLACE)
    tree = "".join(f'<li><a href="javascript:;" onclick="showNode(\'{node}\')">{label}</a></li>'
                   for node, label in (("2300", "机构职能"), ("2301", "法治政府建设"),
                                       ("2302", "政策文件")))
    shell = (f'<ul class="tree">{tree}</ul><table id="xxgk-list"><tbody></tbody></table>'
             '<div id="xxgk-pager"></div>')
    base.write("baihe", BH_HOST, BH_COLUMN, base.listing_page(BH_SITE, shell, "", BH_SCRIPT))
    for page_no in range(1, PAGES + 1):
        records = [{"id": i, "title": title, "pubDate": day, "url": bh_url(i, day)}
                   for i, title, day, _ in base.chunk(rows, page_no)]
        answer = {"code": 0, "data": {"total": len(rows), "page": page_no, "size": 4,
                                      "totalPage": PAGES, "list": records}}
        base.write("baihe", BH_HOST, f"/xxgk/api/list.jsp?channelid=2301&page={page_no}&size=4",
                   json.dumps(answer, ensure_ascii=False))
    write_articles("baihe", BH_HOST, BH_SITE, rows, bh_url)
    base.expected("baihe", "Registered as the 信息公开 catalogue shell opened on a node "
                  "(?channelid=2301); its script reads channelid from location.search and GETs "
                  "/xxgk/api/list.jsp?channelid=…&page=N&size=4 (3 pages).",
                  f"http://{BH_HOST}{BH_COLUMN}", *base.split(BH_HOST, rows, bh_url))


if __name__ == "__main__":
    write_yunqiao()
    write_meiling()
    write_taohua()
    write_shuangfeng()
    write_baihe()
