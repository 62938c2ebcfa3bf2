"""Writes the saved pages of six small test portals (run from the repo root, then re-check
their expected.json with a crawl), each a listing shape that hid reports or raised a false alarm:

- baishi: a table listing paged only by `<a href="javascript:;" onclick="toPage(N)">` links;
  the page function fills a GET form (`<form id="pageForm"><input name="pageNo">`), so page N
  is `index.html?pageNo=N` — written nowhere as a link;
- tangling: `list.shtml` → `list_2.shtml` → `list_3.shtml` reachable only by a `<select
  onchange>` page jumper's option values and the 首页/末页 links;
- songyue: a script-built column: the page holds a config object and a script file; the file
  calls `$.getJSON(SITE.listUrl, {colId: SITE.colId, page: p, size: 4})` (answers `result.rows`,
  `totalCount`, `totalPage`); article pages are shells whose `<noscript>` links a plain copy,
  or (three of them) whose body only the detail API `$.getJSON('/apis/content/detail', {id: id})`
  answers, `id` being the page's own `?id=`;
- qinglu: a column whose listing API nobody on the page names: the portal entry does
  (`[overrides] listing_api`, `json_keys` for its pinyin key names);
- mingxi: a Hanweb column whose datastore records include mirrored WeChat posts (`/wxgzh/…`,
  no `/art/` URL): every record counts against `<totalrecord>`;
- fengling: `javascript:goPage(N)` page links whose function sits in a script file.
"""

from __future__ import annotations

import json
from pathlib import Path

PORTALS = Path(__file__).resolve().parent.parent

SECTIONS = (
    ("一、{year}年推进法治政府建设的主要举措和成效",
     "（一）坚持依法科学民主决策。{who}严格落实重大行政决策程序，全年合法性审查规范性文件{n}件，"
     "办理行政复议案件{m}件，纠错率稳步提高。（二）深化行政执法规范化建设。全面推行行政执法"
     "公示、执法全过程记录和重大执法决定法制审核制度，开展执法案卷评查{n}次。"),
    ("二、党政主要负责人履行推进法治建设第一责任人职责情况",
     "主要负责人{m}次主持召开会议专题研究法治政府建设，带头讲授法治课，把法治建设成效纳入"
     "年度综合考核。"),
    ("三、存在的不足和原因",
     "一是部分执法人员法治意识不强；二是基层法治力量相对薄弱；三是普法宣传方式仍较单一。"),
    ("四、{next}年推进法治政府建设的主要安排",
     "{who}将深入学习贯彻习近平法治思想，持续推进严格规范公正文明执法，做好行政复议和行政应诉"
     "工作，为高质量发展提供坚实法治保障。"),
)
TOP = ('<div class="topbar"><a href="javascript:;">无障碍版</a><a href="javascript:;">关怀版</a>'
       '</div><div class="nav"><a href="/">首页</a><a href="/xxgk/">信息公开</a></div>')
FOOT = '<div class="footer">主办单位：{site}　版权所有　网站标识码：4300000001</div>'


def report_body(who: str, year: int) -> str:
    values = {"who": who, "year": year, "next": year + 1, "n": 10 + year % 9, "m": 3 + year % 5}
    parts = [f"<p>{year}年，{who}在上级党委政府的领导下，认真贯彻落实《法治政府建设实施纲要"
             "（2021—2025年）》，扎实推进依法行政。现将有关情况报告如下：</p>"]
    for heading, text in SECTIONS:
        parts += [f"<p><strong>{heading.format(**values)}</strong></p>",
                  f"<p>{text.format(**values)}</p>"]
    return "".join(parts) + f'<p style="text-align:right">{who}</p>'


def notice_body(title: str) -> str:
    return f"<p>{title}。请各单位结合实际认真抓好落实，按时报送工作进展情况。</p>" * 3


def article(site: str, title: str, published: str, body: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_{site}</title>'
            f'<meta name="ArticleTitle" content="{title}"><meta name="PubDate" '
            f'content="{published}"></head><body>{TOP}<div class="article"><h1>{title}</h1>'
            f'<div class="info">发布时间：{published}</div><div class="content">{body}</div>'
            f'</div>{FOOT.format(site=site)}</body></html>')


def body_of(who: str, title: str, year: int | None) -> str:
    return report_body(who, year) if year else notice_body(title)


def write(slug: str, host: str, path: str, text: str) -> None:
    path = path + "index.html" if path.endswith("/") else path   # as the replay server serves
    target = PORTALS / slug / "site" / host / path.lstrip("/").replace("?", "@")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def listing_page(site: str, rows: str, pager: str, script: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>法治政府建设_{site}'
            f'</title></head><body>{TOP}<div class="main"><h2>法治政府建设</h2>{rows}{pager}'
            f'</div>{script}{FOOT.format(site=site)}</body></html>')


# Items per portal: (id, title, published, report year or None), newest first; 4 a page.
ITEMS = (
    (601, "{place}2026年法治政府建设工作要点", "2026-03-02", None),
    (588, "{place}2025年度法治政府建设情况报告", "2026-02-06", 2025),
    (589, "图解：{place}2025年度法治政府建设情况报告", "2026-02-08", None),
    (570, "{place}2025年政府信息公开工作年度报告", "2026-01-20", None),
    (512, "{place}召开法治政府建设推进会", "2025-06-11", None),
    (480, "{place}2024年度法治政府建设情况报告", "2025-01-24", 2024),
    (455, "{place}2024年法治政府建设工作要点", "2024-04-08", None),
    (430, "{place}2023年度法治政府建设情况报告", "2024-01-30", 2023),
    (402, "关于开展行政执法案卷评查的通知", "2023-09-15", None),
    (377, "{place}2022年度法治政府建设情况报告", "2023-02-10", 2022),
)
PER_PAGE = 4
PAGES = -(-len(ITEMS) // PER_PAGE)


def items(place: str) -> list[tuple[int, str, str, int | None]]:
    return [(i, title.format(place=place), day, year) for i, title, day, year in ITEMS]


def chunk(rows: list, page_no: int) -> list:
    return rows[(page_no - 1) * PER_PAGE: page_no * PER_PAGE]


def expected(slug: str, notes: str, column: str, reports: list[tuple[str, int, str]],
             skipped: list[tuple[str, str]]) -> None:
    data = {"notes": notes, "column": column,
            "reports": [{"url": u, "year": y, "title": t} for u, y, t in reports],
            "skipped": [{"url": u, "title": t, "why": "not a 法治政府建设 report"}
                        for u, t in skipped]}
    path = PORTALS / slug / "expected.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def split(host: str, rows: list, url_of) -> tuple[list, list]:
    reports = [(f"http://{host}{url_of(i, day)}", year, title) for i, title, day, year in rows
               if year]
    skipped = [(f"http://{host}{url_of(i, day)}", title) for i, title, day, year in rows
               if not year]
    return reports, skipped


# -- baishi: onclick page function filling a GET form -------------------------------------------
BS_HOST, BS_SITE, BS_PLACE = "www.baishi.gov.cn", "白石县人民政府", "白石县"
BS_COLUMN = "/xxgk/fzzfjs/index.html"


def bs_url(item_id: int, day: str) -> str:
    return f"/xxgk/fzzfjs/{day[:7].replace('-', '')}/{item_id}.html"


def write_baishi() -> None:
    rows = items(BS_PLACE)
    script = ("<script>function toPage(p){var f=document.getElementById('pageForm');"
              "f.pageNo.value=p;f.submit();return false;}</script>")
    form = ('<form id="pageForm" action="/xxgk/fzzfjs/index.html" method="get">'
            '<input type="hidden" name="pageNo" value="1"></form>')
    for page_no in range(1, PAGES + 1):
        table = "".join(f'<tr><td><a href="{bs_url(i, day)}" target="_blank">{title}</a></td>'
                        f"<td>{day}</td></tr>" for i, title, day, _ in chunk(rows, page_no))
        links = " ".join(f'<a href="javascript:;" onclick="toPage({n})">{n}</a>'
                         for n in range(1, PAGES + 1) if n != page_no)
        pager = (f'<div class="fenye">共{len(rows)}条 当前第{page_no}页 <a href="javascript:;" '
                 f'onclick="toPage(1)">首页</a> {links} <a href="javascript:;" '
                 f'onclick="toPage({PAGES})">尾页</a></div>{form}')
        path = BS_COLUMN if page_no == 1 else f"{BS_COLUMN}?pageNo={page_no}"
        write("baishi", BS_HOST, path, listing_page(BS_SITE, f"<table>{table}</table>", pager,
                                                    script))
    for i, title, day, year in rows:
        write("baishi", BS_HOST, bs_url(i, day),
              article(BS_SITE, title, day, body_of(BS_SITE, title, year)))
    expected("baishi", "Pages 2–3 only through onclick=\"toPage(N)\", a function that fills the "
             "GET form pageForm (pageNo): index.html?pageNo=N.", f"http://{BS_HOST}{BS_COLUMN}",
             *split(BS_HOST, rows, bs_url))


# -- tangling: <select> page jumper and 首页/末页 ----------------------------------------------
TL_HOST, TL_SITE, TL_PLACE = "www.tangling.gov.cn", "棠岭县人民政府", "棠岭县"


def tl_url(item_id: int, day: str) -> str:
    return f"/zwgk/fzzf/{day[:7]}/content_{item_id}.shtml"


def write_tangling() -> None:
    rows = items(TL_PLACE)
    names = ["list.shtml"] + [f"list_{n}.shtml" for n in range(2, PAGES + 1)]
    for page_no, name in enumerate(names, 1):
        lis = "".join(f'<li><a href="{tl_url(i, day)}">{title}</a><span>{day}</span></li>'
                      for i, title, day, _ in chunk(rows, page_no))
        options = "".join(f'<option value="{n}"{" selected" if k == page_no else ""}>第{k}页'
                          "</option>" for k, n in enumerate(names, 1))
        pager = (f'<div class="pages">共{len(rows)}条 第{page_no}/{PAGES}页 <a href="list.shtml">'
                 f'首页</a> <a href="{names[-1]}">末页</a> 跳转到 <select onchange="window.'
                 f'location.href=this.value">{options}</select></div>')
        write("tangling", TL_HOST, f"/zwgk/fzzf/{name}",
              listing_page(TL_SITE, f'<ul class="list">{lis}</ul>', pager))
    for i, title, day, year in rows:
        write("tangling", TL_HOST, tl_url(i, day),
              article(TL_SITE, title, day, body_of(TL_SITE, title, year)))
    expected("tangling", "list_2.shtml is linked by nothing but the <select onchange> jumper's "
             "<option>; list_3.shtml also by 末页.", f"http://{TL_HOST}/zwgk/fzzf/list.shtml",
             *split(TL_HOST, rows, tl_url))


# -- songyue: a script-built column and article shells -----------------------------------------
SY_HOST, SY_SITE, SY_PLACE = "www.songyue.gov.cn", "松月县人民政府", "松月县"
SY_COLUMN = "/col/fzzfjs/index.html"
SY_SCRIPT = ("!function(){var SITE=window.SITE;function load(p){$.getJSON(SITE.listUrl,{colId:"
             "SITE.colId,page:p,size:4},function(r){draw(r.result.rows,r.result.totalPage);});}"
             "function detail(id){return $.getJSON('/apis/content/detail',{id:id},show);}"
             "window.load=load;window.detail=detail;load(1);}();")
SY_DETAIL_ONLY = (430, 377, 402)   # article shells with no <noscript> copy: the detail API only


def sy_url(item_id: int, day: str) -> str:
    return f"/col/fzzfjs/detail.html?id={item_id}"


def sy_static(item_id: int, day: str) -> str:
    return f"/static/{day[:4]}/{item_id}.html"


def shell(title: str, config: dict, noscript: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_{SY_SITE}</title>'
            f'</head><body>{TOP}<div id="app">加载中…</div><noscript>{noscript}</noscript>'
            f"<script>window.SITE = {json.dumps(config)};</script>"
            '<script src="/assets/js/jquery.min.js"></script>'
            f'<script src="/assets/js/site.5e1c.js"></script>{FOOT.format(site=SY_SITE)}'
            "</body></html>")


def write_songyue() -> None:
    rows = items(SY_PLACE)
    config = {"colId": "1207", "listUrl": "/apis/content/page"}
    write("songyue", SY_HOST, SY_COLUMN, shell("法治政府建设", config, "请启用JavaScript。"))
    write("songyue", SY_HOST, "/assets/js/site.5e1c.js", SY_SCRIPT)
    for page_no in range(1, PAGES + 1):
        records = [{"id": i, "title": title, "link": sy_url(i, day), "pubDate": day}
                   for i, title, day, _ in chunk(rows, page_no)]
        answer = {"success": True, "result": {"rows": records, "totalCount": len(rows),
                                              "totalPage": PAGES, "page": page_no}}
        write("songyue", SY_HOST, f"/apis/content/page?colId=1207&page={page_no}&size=4",
              json.dumps(answer, ensure_ascii=False))
    for i, title, day, year in rows:
        body = body_of(SY_SITE, title, year)
        detail = {"success": True, "result": {"id": i, "title": title, "pubDate": day,
                                              "content": body}}
        write("songyue", SY_HOST, f"/apis/content/detail?id={i}",
              json.dumps(detail, ensure_ascii=False))
        if i in SY_DETAIL_ONLY:
            write("songyue", SY_HOST, sy_url(i, day), shell(title, {"id": i}, ""))
            continue
        noscript = f'<a href="{sy_static(i, day)}">查看纯文本版本</a>'
        write("songyue", SY_HOST, sy_url(i, day), shell(title, {"id": i}, noscript))
        write("songyue", SY_HOST, sy_static(i, day), article(SY_SITE, title, day, body))
    rules = {"headers": {"/apis/*": {"Content-Type": "application/json;charset=UTF-8"}}}
    (PORTALS / "songyue" / "site" / SY_HOST / "_replay.json").write_text(json.dumps(rules))
    expected("songyue", "Column and articles are script-built shells: the listing API is named "
             "only in /assets/js/site.5e1c.js, its URL and column id in the page's window.SITE; "
             "an article's text is its <noscript> plain copy, or (2023, 2022 reports, a notice: "
             "no <noscript>) the answer of the detail API the same script calls with the page's "
             "id.", f"http://{SY_HOST}{SY_COLUMN}",
             *split(SY_HOST, rows, sy_url))


# -- qinglu: a listing API the portal entry names, with its own key names ----------------------
QL_HOST, QL_SITE, QL_PLACE = "www.qinglu.gov.cn", "青麓县人民政府", "青麓县"


def ql_url(item_id: int, day: str) -> str:
    return f"/xxgk/fzzfjs/{day[:4]}/{item_id}.html"


def write_qinglu() -> None:
    rows = items(QL_PLACE)
    write("qinglu", QL_HOST, "/xxgk/fzzfjs/", listing_page(
        QL_SITE, '<div id="list"></div>', '<div id="pager"></div>',
        '<script src="https://static.example-cdn.com/qinglu/bundle.min.js"></script>'))
    for page_no in range(1, PAGES + 1):
        records = [{"xh": i, "bt": title, "lj": ql_url(i, day), "fbrq": day}
                   for i, title, day, _ in chunk(rows, page_no)]
        answer = {"zt": 0, "sj": {"lb": records, "zs": len(rows), "dqy": page_no}}
        write("qinglu", QL_HOST, f"/igs/front/xxgk/list?lm=fzzfjs&ye={page_no}&ts=4",
              json.dumps(answer, ensure_ascii=False))
    for i, title, day, year in rows:
        write("qinglu", QL_HOST, ql_url(i, day),
              article(QL_SITE, title, day, body_of(QL_SITE, title, year)))
    expected("qinglu", "The column page lists nothing and its script lives on another host: "
             "portal.toml names the listing API ([overrides] listing_api with {page}) and its "
             "answer's key names (json_keys: bt title, lj url, fbrq date, zs total).",
             f"http://{QL_HOST}/xxgk/fzzfjs/", *split(QL_HOST, rows, ql_url))


# -- mingxi: a Hanweb column whose datastore records link mirrored WeChat posts -----------------
MX_HOST, MX_SITE, MX_PLACE = "www.mingxi.gov.cn", "明溪区人民政府", "明溪区"
MX_COLUMN = "/col/col1520/index.html"
MX_MIRRORED = (589, 512, 480)   # records at /wxgzh/… (a post copied from the WeChat account)


def mx_url(item_id: int, day: str) -> str:
    if item_id in MX_MIRRORED:
        return f"/wxgzh/{day.replace('-', '')}/mp_{item_id:x}.html"
    year, month, date = (int(part) for part in day.split("-"))
    return f"/art/{year}/{month}/{date}/art_1520_{item_id}.html"


def write_mingxi() -> None:
    rows = items(MX_PLACE)
    records = "".join(f'<record><![CDATA[<li><a href="{mx_url(i, day)}" title="{title}">{title}'
                      f"</a><span>{day}</span></li>]]></record>\n" for i, title, day, _ in rows)
    store = (f'<div id="5520"><script type="text/xml"><datastore><recordset>\n{records}'
             f"</recordset><totalrecord>{len(rows)}</totalrecord></datastore></script></div>")
    write("mingxi", MX_HOST, MX_COLUMN, listing_page(MX_SITE, store, ""))
    for i, title, day, year in rows:
        write("mingxi", MX_HOST, mx_url(i, day),
              article(MX_SITE, title, day, body_of(MX_SITE, title, year)))
    expected("mingxi", "A Hanweb datastore of 10 records, three of them mirrored WeChat posts "
             "under /wxgzh/ (the 2024 report among them): every record is an item of the "
             "column, so 10 of 10 are counted and the crawl is ok, not listing_incomplete.",
             f"http://{MX_HOST}{MX_COLUMN}", *split(MX_HOST, rows, mx_url))


# -- fengling: page links calling a function defined in a script file ---------------------------
FL_HOST, FL_SITE, FL_PLACE = "www.fengling.gov.cn", "枫岭县人民政府", "枫岭县"
FL_COLUMN = "/zwgk/fzzf/list.jsp?cid=12"
FL_SCRIPT = ("function goPage(n){var base='/zwgk/fzzf/list.jsp?cid=12';"
             "if(n>1){base+='&pageNo='+n;}location.href=base;}")


def fl_url(item_id: int, day: str) -> str:
    return f"/zwgk/fzzf/art/{day[:4]}/{item_id}.html"


def write_fengling() -> None:
    rows = items(FL_PLACE)
    for page_no in range(1, PAGES + 1):
        lis = "".join(f'<li><a href="{fl_url(i, day)}">{title}</a><span>{day}</span></li>'
                      for i, title, day, _ in chunk(rows, page_no))
        links = " ".join(f'<a href="javascript:goPage({n})">{n}</a>' for n in range(1, PAGES + 1))
        pager = (f'<div class="page">共{len(rows)}条 {page_no}/{PAGES}页 {links} '
                 f'<a href="javascript:goPage({PAGES})">尾页</a></div>')
        path = FL_COLUMN + (f"&pageNo={page_no}" if page_no > 1 else "")
        write("fengling", FL_HOST, path, listing_page(
            FL_SITE, f'<ul class="list">{lis}</ul>', pager,
            '<script src="/js/jquery.min.js"></script><script src="/js/pager.js"></script>'))
    write("fengling", FL_HOST, "/js/pager.js", FL_SCRIPT)
    for i, title, day, year in rows:
        write("fengling", FL_HOST, fl_url(i, day),
              article(FL_SITE, title, day, body_of(FL_SITE, title, year)))
    expected("fengling", "Pages 2–3 only through javascript:goPage(N) links; goPage is defined "
             "in /js/pager.js (list.jsp?cid=12&pageNo=N), not on the page.",
             f"http://{FL_HOST}{FL_COLUMN}", *split(FL_HOST, rows, fl_url))


if __name__ == "__main__":
    write_baishi()
    write_tangling()
    write_songyue()
    write_qinglu()
    write_mingxi()
    write_fengling()
