"""jinshao (createPageHTML('page_div', …) list_N.shtml) and qiongpu (jpaas buildstatic API)."""

from __future__ import annotations

import hashlib
import json
import random
from urllib.parse import quote

from common import body_of, expected, others, portal_toml, reports, reset, write
from furniture import Site, article, page

COLUMN = "法治政府建设年度报告"
JINSHAO = Site("金韶区人民政府", "金韶区", "区长", "3205990001", "苏ICP备05012345号-1")
QIONGPU = Site("琼浦市人民政府", "琼浦市", "市长", "4508990002", "桂ICP备06023456号-1")

# jinshao: the pager call as CSRC / 昆山 / 邵阳 columns write it: container id first, the current
# page 1-based, page 1 is `list.shtml` and page N is `list_N.shtml` (a public crawler's note:
# "createPageHTML('page_div',10, 1,'xlist','shtml',189) → xlist_2.shtml, ?page=N 无效").
PAGE_JS = (
    "function createPageHTML(divId, pageCount, currentPage, prefix, suffix, total) {\n"
    "  var html = '<span>共' + total + '条 ' + currentPage + '/' + pageCount + '页</span>';\n"
    "  function href(n) { return n == 1 ? prefix + '.' + suffix"
    " : prefix + '_' + n + '.' + suffix; }\n"
    "  if (currentPage > 1) html += '<a href=\"' + href(1) + '\">首页</a>"
    "<a href=\"' + href(currentPage - 1) + '\">上一页</a>';\n"
    "  if (currentPage < pageCount) html += '<a href=\"' + href(currentPage + 1) + '\">下一页</a>"
    "<a href=\"' + href(pageCount) + '\">尾页</a>';\n"
    "  document.getElementById(divId).innerHTML = html;\n"
    "}\n")
FORBIDDEN = ("<html><head><title>403 Forbidden</title></head><body><h1>403 Forbidden</h1>"
             "<p>您的访问请求被拒绝，请联系网站管理员。</p></body></html>\n")


def jinshao() -> None:
    slug, host, col = "jinshao", "www.jinshao.gov.cn", "/zwgk/fzzfjsndbg/"
    reset(slug)
    items = reports("金韶", "金韶区人民政府", [2025, 2024, 2023, 2022, 2021, 2020], seed=7)
    items += others("金韶区人民政府", 2025, 7)[:9]
    items.sort(key=lambda it: it.date, reverse=True)
    for n, it in enumerate(items):
        ymd = it.date.replace("-", "")
        it.url = f"http://{host}{col}{ymd[:6]}/t{ymd}_{4410230 + n * 37}.shtml"
    site = f"{slug}/site/{host}"
    base = __import__("common").ROOT
    per, pages = 6, 3
    for p in range(pages):
        rows = "\n".join(
            f'<li><a href="{it.url.removeprefix("http://" + host)}" target="_blank" '
            f'title="{it.title}">{it.title}</a><span class="time">{it.date}</span></li>'
            for it in items[p * per:(p + 1) * per])
        call = f"createPageHTML('page_div',{pages}, {p + 1},'list','shtml',{len(items)});"
        main = (f'<div class="list-title">{COLUMN}</div>\n<ul class="list">\n{rows}\n</ul>\n'
                '<div id="page_div" class="page"></div>\n'
                '<script src="/js/createPageHTML.js"></script>\n'
                f"<script>{call}</script>")
        name = "list.shtml" if p == 0 else f"list_{p + 1}.shtml"
        write(base / site / col.strip("/") / name, page(JINSHAO, COLUMN, COLUMN, main))
    write(base / site / "js/createPageHTML.js", PAGE_JS)
    gone = next(it for it in items if it.year == 2021)
    for it in items:
        path = it.url.removeprefix(f"http://{host}/")
        if it is gone:  # the WAF's refusal page, served with status 403 (_replay.json)
            write(base / site / path, FORBIDDEN)
            continue
        write(base / site / path, article(
            JINSHAO, title=it.title, column=COLUMN, date=it.date, source="金韶区人民政府办公室",
            body=body_of(it), body_open='<div class="view TRS_UEDITOR trs_paper_default">',
            index_no=f"014123456/{it.date[:4]}-{items.index(it) + 101:05d}"))
    write(base / site / "_replay.json", json.dumps(
        {"status": {gone.url.removeprefix(f"http://{host}"): 403}}, indent=2) + "\n")
    failures = [{"url": gone.url, "year": 2021, "why": "403 Forbidden (the page answers 403)"}]
    expected(slug, items, failures,
             "Column list.shtml; pages list_2/list_3.shtml only via createPageHTML('page_div',3, N,"
             "'list','shtml',15) (function in /js/createPageHTML.js). The 2021 report answers 403.",
             column=f"http://{host}{col}list.shtml")
    portal_toml(slug, "Held-out round 7: createPageHTML('page_div', …) pager, list_N.shtml, a 403.",
                "金韶区人民政府", "320599", "district", "江苏省", "trs", f"http://{host}{col}list.shtml")


QUERY = {"parseType": "buildstatic", "webId": "5f2a9c0e7b3d4e61a8c0f1b2d3e4a5b6",
         "tplSetId": "c41d2e8f9a0b4c7d8e1f2a3b4c5d6e7f", "pageType": "column",
         "tagId": "当前栏目_list", "editType": "null", "pageId": "8e7d6c5b4a39482716f5e4d3c2b1a098"}
API = "/api-gateway/jpaas-publish-server/front/page/build/unit"
UNITBUILD = """$(function () {
  $('script[parseType=buildstatic]').each(function () {
    var s = $(this), q = JSON.parse(s.attr('queryData').replace(/'/g, '"'));
    $.get(s.attr('url'), q, function (res) { $('#' + q.tagId).html(res.data.html); });
  });
});
"""


def qiongpu() -> None:
    slug, host, col = "qiongpu", "www.qiongpu.gov.cn", "/zwgk/fdzdgknr/fzzfjsndbg/"
    reset(slug)
    base = __import__("common").ROOT
    site = base / slug / "site" / host
    items = reports("琼浦", "琼浦市人民政府", [2025, 2024, 2023, 2022, 2021], seed=3,
                    title="琼浦市人民政府关于{y}年度法治政府建设情况的报告")
    items += others("琼浦市人民政府", 2025, 3)[:9]
    items.sort(key=lambda it: it.date, reverse=True)
    for it in items:
        digest = hashlib.md5(it.title.encode()).hexdigest()
        it.url = f"http://{host}{col}art/{it.date[:4]}/art_{digest}.html"
    rng = random.Random(11)
    rows = []
    for it in items:
        # Most hrefs root-relative, some absolute (as the jpaas fragment mixes them).
        href = it.url if rng.random() < 0.3 else it.url.removeprefix(f"http://{host}")
        rows.append(f'<li class="cf"><a class="fl" href="{href}" title="{it.title}" '
                    'target="_blank">'
                    f'{it.title}</a><span class="fr">{it.date}</span></li>')
    fragment = (f'<div class="page-content"><ul>{"".join(rows)}</ul></div>'
                f'<div class="pagination" count="{len(items)}" pageNo="1" rows="24"></div>')
    answer = {"success": True, "code": "200", "message": "操作成功", "data": {"html": fragment}}
    query = "&".join(f"{k}={quote(v)}" for k, v in QUERY.items())
    write(site / (API.lstrip("/") + "@" + query), json.dumps(answer, ensure_ascii=False))
    qd = json.dumps(QUERY, ensure_ascii=False).replace('"', "'").replace(" ", "")
    main = (f'<div class="list-title">法治政府建设年度报告</div>\n<div id="当前栏目_list"></div>\n'
            f'<script parseType="buildstatic" id="a1b2c3d4e5f60718293a4b5c6d7e8f90" '
            f'src="/cms_files/default/script/AuthorizedRead/unitbuild.js?v=3.1.3" url="{API}" '
            f'queryData="{qd}"></script>')
    write(site / col.strip("/") / "index.html", page(QIONGPU, COLUMN, COLUMN, main))
    write(site / "cms_files/default/script/AuthorizedRead/unitbuild.js", UNITBUILD)
    for it in items:
        write(site / it.url.removeprefix(f"http://{host}/"),
              article(QIONGPU, title=it.title, column="法治政府建设年度报告", date=it.date,
                      source="琼浦市人民政府办公室", body=body_of(it), h1='id="con_title"',
                      body_open='<div id="con_con" class="ccontent">',
                      index_no=f"11450899MB{it.date.replace('-', '')[2:]}"))
    expected(slug, items, [],
             "Column index.html is a shell: <script parseType=buildstatic url=… queryData=…> "
             "(MIIT jpaas); the GET API answers JSON data.html with 14 rows "
             "li.cf > a.fl + span.fr.",
             column=f"http://{host}{col}index.html", api=f"http://{host}{API}?{query}")
    portal_toml(slug,
                "Held-out round 7: jpaas buildstatic column (script attributes name the API).",
                "琼浦市人民政府", "450899", "prefecture", "广西壮族自治区", "generic", f"http://{host}{col}index.html")
