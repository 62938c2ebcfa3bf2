"""Writes the saved pages of the small test portals of held-out round 9's misses (run from the
repo root, then re-check their expected.json with a crawl; helpers from baishi/_make_pages.py):

- lanshan: registered on a 信息公开 catalogue whose tree (`ul.ztree`, empty) its script fills
  from `$.ajax({url: "/zwgk/catalog/tree", data: {site: "lsx"}, dataType: "json"})`: nested
  zTree nodes (`children`, the list page under `url`); a click points the page's iframe at a
  node's URL, and the iframe starts on the 指南 node (暂无信息). The node 法治政府建设年度报告
  is the column, `list.html` and `list.html?page=N&size=4` (a rendered pager whose last page
  links back to `list.html`); the 2023 report answers 404;
- hequ: registered on www's topic page (three meeting news, a mega-menu 法治政府建设 link to a
  page that does not exist) whose anchor 法治政府建设年度报告 links the column on the justice
  bureau's host sfj.hequ.gov.cn: one page, rows grouped under `<h3>YYYY年</h3>`.
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


def write_articles(slug: str, host: str, site: str, rows: list, url_of) -> None:
    for i, title, day, year in rows:
        base.write(slug, host, url_of(i, day),
                   base.article(site, title, day, base.body_of(site, title, year)))


def write_rules(slug: str, host: str, rules: dict) -> None:
    (PORTALS / slug / "site" / host / "_replay.json").write_text(
        json.dumps(rules, indent=1) + "\n", encoding="utf-8")


def with_failure(slug: str, url: str, why: str) -> None:
    """expected.json with `url` moved from the reports to the failures."""
    path = PORTALS / slug / "expected.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["reports"] = [r for r in data["reports"] if r["url"] != url]
    data["failures"] = [{"url": url, "why": why}]
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# -- lanshan: a catalogue tree delivered by JSON ------------------------------------------------
LS_HOST, LS_SITE, LS_PLACE = "www.lanshan.gov.cn", "岚山县人民政府", "岚山县"
LS_CATALOGUE = "/zwgk/xxgkml/index.html"
LS_COLUMN = "/zwgk/xxgkml/fzzfbg/list.html"
LS_TREE = "/zwgk/catalog/tree?site=lsx"
LS_DEAD = 430   # the 2023 report: 404
LS_SCRIPT = """<script>
var setting = {data: {key: {url: "none"}}, callback: {onClick: function (e, id, node) {
  if (node.url) { document.getElementById("gkFrame").src = node.url; } }}};
$(function () {
  $.ajax({url: "/zwgk/catalog/tree", data: {site: "lsx"}, dataType: "json",
          success: function (r) { $.fn.zTree.init($("#gkTree"), setting, r.nodes); }});
});
</script>"""
LS_NODES = {"success": True, "nodes": [
    {"id": 1, "name": "政府信息公开指南", "url": "/zwgk/xxgkml/gkzn/list.html"},
    {"id": 2, "name": "法定主动公开内容", "open": True, "children": [
        {"id": 21, "name": "机构职能", "url": "/zwgk/xxgkml/jgzn/list.html"},
        {"id": 22, "name": "法治政府建设年度报告", "url": LS_COLUMN},
        {"id": 23, "name": "财政预决算", "url": "/zwgk/xxgkml/czyjs/list.html"}]},
    {"id": 3, "name": "政府信息公开年报", "url": "/zwgk/xxgkml/xxgknb/list.html"}]}


def ls_url(item_id: int, day: str) -> str:
    return f"/zwgk/xxgkml/fzzfbg/content/post_{item_id}.html"


def ls_page_url(page_no: int) -> str:
    return LS_COLUMN if page_no == 1 else f"{LS_COLUMN}?page={page_no}&size={PER_PAGE}"


def ls_pager(page_no: int) -> str:
    links = "".join(f'<a href="{ls_page_url(n)}">{n}</a>' if n != page_no
                    else f'<span class="current">{n}</span>' for n in range(1, PAGES + 1))
    return (f'<div class="pagination"><a href="{ls_page_url(1)}">首页</a>{links}'
            f'<a href="{ls_page_url(PAGES)}">尾页</a><span>共{len(base.ITEMS)}条 '
            f"{page_no}/{PAGES}页</span></div>")


def write_lanshan() -> None:
    rows = base.items(LS_PLACE)
    tree = ('<div class="gk-left"><ul id="gkTree" class="ztree"></ul></div><div class="gk-right">'
            '<iframe id="gkFrame" src="/zwgk/xxgkml/gkzn/list.html" width="100%"></iframe></div>')
    base.write("lanshan", LS_HOST, LS_CATALOGUE, base.listing_page(LS_SITE, tree, "", LS_SCRIPT))
    base.write("lanshan", LS_HOST, "/zwgk/xxgkml/gkzn/list.html",
               base.listing_page(LS_SITE, "<p>暂无信息</p>", ""))
    base.write("lanshan", LS_HOST, LS_TREE, json.dumps(LS_NODES, ensure_ascii=False))
    for page_no in range(1, PAGES + 1):
        table = "".join(f'<tr><td>{k}</td><td><a href="{ls_url(i, day)}" title="{title}">'
                        f"{title}</a></td><td>{day}</td></tr>" for k, (i, title, day, _) in
                        enumerate(base.chunk(rows, page_no), (page_no - 1) * PER_PAGE + 1))
        base.write("lanshan", LS_HOST, ls_page_url(page_no), base.listing_page(
            LS_SITE, f"<table><tr><th>序号</th><th>标题</th><th>发布日期</th></tr>{table}"
            "</table>", ls_pager(page_no)))
    write_articles("lanshan", LS_HOST, LS_SITE, rows, ls_url)
    dead = next(ls_url(i, day) for i, _, day, _ in rows if i == LS_DEAD)
    write_rules("lanshan", LS_HOST, {"status": {dead: 404}})
    base.expected("lanshan", "A 信息公开 catalogue whose zTree is filled from a JSON call "
                  "($.ajax GET /zwgk/catalog/tree, nested children, list page under url); the "
                  "iframe starts on 指南. The node 法治政府建设年度报告 is the column (list.html, "
                  "list.html?page=N&size=4); the 2023 report answers 404.",
                  f"http://{LS_HOST}{LS_COLUMN}", *base.split(LS_HOST, rows, ls_url))
    with_failure("lanshan", f"http://{LS_HOST}{dead}", "404 not found")


# -- hequ: the column linked by name on the justice bureau's host -------------------------------
HQ_HOST, HQ_SFJ = "www.hequ.gov.cn", "sfj.hequ.gov.cn"
HQ_SITE, HQ_PLACE = "河曲县人民政府", "河曲县"
HQ_TOPIC = "/ztzl/fzhq/index.html"
HQ_COLUMN = "/fzzfjs/ndbg/"
HQ_NEWS = ((11, "河曲县召开2025年全面依法治县委员会会议", "2025-04-15"),
           (12, "河曲县召开2024年全面依法治县委员会会议", "2024-04-16"),
           (13, "河曲县开展“八五”普法中期检查", "2023-09-20"))


def hq_url(item_id: int, day: str) -> str:
    return f"{HQ_COLUMN}{day[:4]}/{item_id}.html"


def write_hequ() -> None:
    news = "".join(f'<li><a href="/ztzl/fzhq/dt/{i}.html">{title}</a><span>{day}</span></li>'
                   for i, title, day in HQ_NEWS)
    topic = (f'<div class="menu"><a href="/col/fzzfjs/">法治政府建设</a></div>'
             f'<div class="topic-nav"><a href="/ztzl/fzhq/dt/">法治动态</a>'
             f'<a href="http://{HQ_SFJ}{HQ_COLUMN}" target="_blank">法治政府建设年度报告</a></div>'
             f'<div class="block"><h4>法治动态</h4><ul>{news}</ul></div>')
    base.write("hequ", HQ_HOST, HQ_TOPIC, base.listing_page(HQ_SITE, topic, ""))
    for i, title, day in HQ_NEWS:
        base.write("hequ", HQ_HOST, f"/ztzl/fzhq/dt/{i}.html",
                   base.article(HQ_SITE, title, day, base.notice_body(title)))
    rows = base.items(HQ_PLACE)
    groups = []
    for year in sorted({day[:4] for _, _, day, _ in rows}, reverse=True):
        lis = "".join(f'<li><a href="{hq_url(i, day)}">{title}</a><span>{day}</span></li>'
                      for i, title, day, _ in rows if day[:4] == year)
        groups.append(f'<div class="year-group"><h3>{year}年</h3><ul>{lis}</ul></div>')
    base.write("hequ", HQ_SFJ, HQ_COLUMN, base.listing_page("河曲县司法局", "".join(groups), ""))
    write_articles("hequ", HQ_SFJ, "河曲县司法局", rows, hq_url)
    reports, skipped = base.split(HQ_SFJ, rows, hq_url)
    skipped += [(f"http://{HQ_HOST}/ztzl/fzhq/dt/{i}.html", title) for i, title, _ in HQ_NEWS]
    base.expected("hequ", "Registered on www's topic page (3 news, a mega-menu 法治政府建设 "
                  "link to a page that does not exist); its anchor 法治政府建设年度报告 links the "
                  "column on sfj.hequ.gov.cn, rows grouped under <h3>YYYY年</h3>.",
                  f"http://{HQ_SFJ}{HQ_COLUMN}", reports, skipped)


if __name__ == "__main__":
    write_lanshan()
    write_hequ()
