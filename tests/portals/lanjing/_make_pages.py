"""Writes the saved pages of two test portals whose column is a shell asking its rows of a list
API by a POST with a JSON body (run from the repo root, then re-check their expected.json with
a crawl; helpers from baishi/_make_pages.py):

- lanjing: `$.ajax({type: "POST", contentType: "application/json;charset=utf-8", data:
  JSON.stringify(param)})`, `param` an object the page function builds (`pageNum: page`,
  `pageSize: 4`, `channelId`, `siteId: 3`), called `loadList(1)`; answer `data.list` (title,
  url, publishDate) with `data.total`. A form POST, or a JSON body without the channel or
  with siteId "3" (a string), is refused (400), as an API typing its fields refuses it.
- yinpu: an Epoint rest endpoint asked by `fetch(url, {method: "POST", headers:
  {"content-type": "application/json"}, body: JSON.stringify({…, currentPageIndex: pageIndex,
  pageSize: 4})})` (sczwfw.gov.cn's getInteractCaseInfoListByCondition shape), pages counted
  from 0 (`loadList(0)`); answer `custom.infoList` (title, infourl, infodate), `custom.total`.
- qiyun: `axios.post(url, params)` (axios sends an object as JSON), `params` a page-level
  object whose `current` the page function sets; a MyBatis-Plus page answer `data.records`
  (articleTitle, linkUrl, publishTime) with `total`, `size`, `pages`.

Each answers its pages 2.. only by the page field of the JSON body: a crawl reading page 1
alone finds 1-2 of 4 reports and must say listing_incomplete.
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

HERE = Path(__file__).resolve().parent
PORTALS = HERE.parent

# The replay handler each site's _api.py holds: the rows of a page, from the JSON body's
# fields; anything else 400. `{rows}` is the site's rows, `{check}` its request check.
HANDLER = '''"""A JSON-body list API (written by ../../../lanjing/_make_pages.py): the rows
of page N of the column, asked by the JSON object's fields; any other body is refused (400)."""
import json

ROWS = {rows}
PER_PAGE = 4


def listing(query, form):
    {check}
    start = (page - {first}) * PER_PAGE
    rows = ROWS[start:start + PER_PAGE] if page >= {first} else []
    return 200, "application/json; charset=utf-8", json.dumps({answer}, ensure_ascii=False)


def refused():
    return 400, "application/json; charset=utf-8", '{{"code": 400, "msg": "参数错误"}}'
'''

LJ_HOST, LJ_SITE, LJ_PLACE = "www.lanjing.gov.cn", "澜井县人民政府", "澜井县"
LJ_COLUMN = "/zwgk/fzzfjs/index.html"
LJ_API = "/api/cms/content/pageList"
LJ_SCRIPT = ("<script>var channelId = 'fzzfjs';\n"
             "function loadList(page) {\n"
             "  var param = {channelId: channelId, siteId: 3, pageNum: page, pageSize: 4, "
             "keyword: ''};\n"
             f'  $.ajax({{type: "POST", url: "{LJ_API}", '
             'contentType: "application/json;charset=utf-8",\n'
             '          data: JSON.stringify(param), dataType: "json", success: function (res) {\n'
             "    render(res.data.list); renderPager(res.data.total, page); }});\n"
             "}\n$(function () { loadList(1); });</script>")
LJ_CHECK = ("if not isinstance(form.get(\"pageNum\"), int) or form.get(\"channelId\") != "
            "\"fzzfjs\" or form.get(\"siteId\") != 3:\n        return refused()\n"
            "    page = form[\"pageNum\"]")

YP_HOST, YP_SITE, YP_PLACE = "www.yinpu.gov.cn", "银浦区人民政府", "银浦区"
YP_COLUMN = "/zwgk/fzzfjsndbg/index.html"
YP_API = "/EpointWebBuilder/rest/interactinfo/getInteractCaseInfoListByCondition"
YP_SCRIPT = ('<script>var siteGuid = "7eb5f7f1-9041-43ad-8e13-8fcb82ea831a";\n'
             "function loadList(pageIndex) {\n"
             f'  fetch("{YP_API}", {{method: "POST",\n'
             '    headers: {"content-type": "application/json"},\n'
             '    body: JSON.stringify({siteGuid: siteGuid, categoryNum: "012003", '
             "pageSize: 4, currentPageIndex: pageIndex})})\n"
             "  .then(function (r) { return r.json(); })\n"
             "  .then(function (res) { render(res.custom.infoList, res.custom.total); });\n"
             "}\nloadList(0);</script>")
YP_CHECK = ("if form.get(\"categoryNum\") != \"012003\" or not isinstance(\n"
            "            form.get(\"currentPageIndex\"), int):\n        return refused()\n"
            "    page = form[\"currentPageIndex\"]")

QY_HOST, QY_SITE, QY_PLACE = "www.qiyun.gov.cn", "栖云县人民政府", "栖云县"
QY_COLUMN = "/xxgk/fdzdgknr/fzzfjs/index.html"
QY_API = "/prod-api/portal/article/page"
QY_SCRIPT = ('<script>var params = {columnId: "1588", current: 1, size: 4};\n'
             "function loadPage(n) {\n  params.current = n;\n"
             f'  axios.post("{QY_API}", params).then(function (res) {{\n'
             "    render(res.data.data.records, res.data.data.total); });\n"
             "}\nloadPage(1);</script>")
QY_CHECK = ("if form.get(\"columnId\") != \"1588\" or not isinstance(form.get(\"current\"), int):"
            "\n        return refused()\n    page = form[\"current\"]")


def lj_url(item_id: int, day: str) -> str:
    return f"/zwgk/fzzfjs/{day[:7].replace('-', '')}/t{day.replace('-', '')}_{item_id}.html"


def yp_url(item_id: int, day: str) -> str:
    return f"/zwgk/fzzfjsndbg/{day.replace('-', '')}/{item_id}.html"


def qy_url(item_id: int, day: str) -> str:
    return f"/xxgk/fdzdgknr/fzzfjs/{day[:4]}/{item_id}.html"


def write_site(slug: str, host: str, site: str, rows: list, url_of, column: str,
               shell: str, handler: str, api: str) -> None:
    base.write(slug, host, column, base.listing_page(
        site, '<ul class="list" id="infoList"></ul>', '<div id="pager"></div>', shell))
    for i, title, day, year in rows:
        base.write(slug, host, url_of(i, day),
                   base.article(site, title, day, base.body_of(site, title, year)))
    folder = PORTALS / slug / "site" / host
    (folder / "_api.py").write_text(handler, encoding="utf-8")
    rules = {"post": {api: "python:_api.py:listing"}}
    (folder / "_replay.json").write_text(json.dumps(rules, indent=1) + "\n", encoding="utf-8")


def write_lanjing() -> None:
    rows = base.items(LJ_PLACE)
    records = [{"id": i, "title": title, "url": lj_url(i, day), "publishDate": f"{day} 09:00:00"}
               for i, title, day, _ in rows]
    answer = ('{"code": 200, "msg": "ok", "data": {"total": len(ROWS), "pageNum": page, '
              '"list": rows}}')
    handler = HANDLER.format(rows=json.dumps(records, ensure_ascii=False, indent=1),
                             check=LJ_CHECK, first=1, answer=answer)
    write_site("lanjing", LJ_HOST, LJ_SITE, rows, lj_url, LJ_COLUMN, LJ_SCRIPT, handler, LJ_API)
    base.expected("lanjing", "A column shell whose rows come from $.ajax POSTing a JSON body "
                  "(contentType application/json, data: JSON.stringify(param), pageNum in the "
                  "object); pages 2-3 only by that field; a form POST is refused (400).",
                  f"http://{LJ_HOST}{LJ_COLUMN}", *base.split(LJ_HOST, rows, lj_url))


def write_yinpu() -> None:
    rows = base.items(YP_PLACE)
    records = [{"infoid": str(i), "title": title, "infourl": yp_url(i, day), "infodate": day}
               for i, title, day, _ in rows]
    answer = '{"custom": {"total": len(ROWS), "infoList": rows}, "status": {"code": 200}}'
    handler = HANDLER.format(rows=json.dumps(records, ensure_ascii=False, indent=1),
                             check=YP_CHECK, first=0, answer=answer)
    write_site("yinpu", YP_HOST, YP_SITE, rows, yp_url, YP_COLUMN, YP_SCRIPT, handler, YP_API)
    base.expected("yinpu", "An Epoint rest list API asked by fetch(url, {method: 'POST', "
                  "headers: {'content-type': 'application/json'}, body: JSON.stringify({…, "
                  "currentPageIndex: pageIndex, pageSize: 4})}), pages from 0; answer "
                  "custom.infoList / custom.total; a form POST is refused (400).",
                  f"http://{YP_HOST}{YP_COLUMN}", *base.split(YP_HOST, rows, yp_url))


def write_qiyun() -> None:
    rows = base.items(QY_PLACE)
    records = [{"id": i, "articleTitle": title, "linkUrl": qy_url(i, day),
                "publishTime": f"{day} 10:30:00"} for i, title, day, _ in rows]
    answer = ('{"code": 200, "msg": "操作成功", "data": {"records": rows, "total": len(ROWS), '
              '"size": PER_PAGE, "current": page, "pages": -(-len(ROWS) // PER_PAGE)}}')
    handler = HANDLER.format(rows=json.dumps(records, ensure_ascii=False, indent=1),
                             check=QY_CHECK, first=1, answer=answer)
    write_site("qiyun", QY_HOST, QY_SITE, rows, qy_url, QY_COLUMN, QY_SCRIPT, handler, QY_API)
    base.expected("qiyun", "A column shell whose rows come from axios.post(url, params), params "
                  "a page-level object whose current the page function sets (axios sends it "
                  "as JSON); answer data.records / total / pages (MyBatis-Plus); a form POST "
                  "is refused (400).", f"http://{QY_HOST}{QY_COLUMN}",
                  *base.split(QY_HOST, rows, qy_url))


if __name__ == "__main__":
    write_lanjing()
    write_yinpu()
    write_qiyun()
