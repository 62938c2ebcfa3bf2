"""Two portals whose column is script-built from an API: weitang (a GBK JSONP list paged by
pageIndex/pageSize) and dipu (a TRS WAS5 `docs.jsp` answer that is JavaScript, not JSON)."""

from __future__ import annotations

import json

import furniture as fu
from common import Portal, article_pages, make_item, toml

WEITANG = fu.Site("苇塘县人民政府", "苇塘县", "www.weitang.gov.cn", "3607990001",
                  "赣ICP备18004521号-1")
DIPU = fu.Site("荻浦县人民政府", "荻浦县", "www.dipu.gov.cn", "3509990007", "闽ICP备17002934号-2")
JSONP_API = "/api/front/list.jsonp"
WAS5 = ("/was5/web/search?channelid=229105&templet=docs.jsp&sortfield=-docreltime"
        "&classsql=chnlid%3D30217&prepage=8&page=")


PAGER_JS = """/* list pager: page buttons that call the column's loader */
function drawPager(current, count, load) {
  var box = document.getElementById("pager"), html = [];
  for (var n = 1; n <= count; n++) {
    html.push(n === current ? "<span>" + n + "</span>" : '<a href="javascript:;" data-page="'
      + n + '">' + n + "</a>");
  }
  box.innerHTML = html.join(" ");
  $(box).find("a").click(function () { load(parseInt($(this).attr("data-page"), 10)); });
}
"""


def _shell(site: fu.Site, column: str, column_href: str, script: str) -> str:
    main = (fu.crumb(site, column, column_href) + '\n<div class="list-left"><h2>政务公开</h2><ul>'
            '<li><a href="/zwgk/zfwj/">政府文件</a></li><li class="on"><a href="' + column_href
            + f'">{column}</a></li><li><a href="/zwgk/xxgknb/">信息公开年报</a></li></ul></div>\n'
            f'<div class="list-right"><h2 class="list-title">{column}</h2>\n'
            '<ul class="news-list" id="newsList"></ul>\n<div class="pager" id="pager"></div>'
            '</div>\n<script src="/js/list-pager.js"></script>\n'
            f"<script>\n{script}</script>")
    return fu.page(site, column, main, {"ColumnName": column})


WEITANG_SCRIPT = """var channelId = "4417", pageSize = 6;
function renderList(res) {
  var html = [];
  $.each(res.data.list, function (i, item) {
    html.push('<li><a href="' + item.link + '" target="_blank" title="' + item.title + '">'
      + item.title + '</a><span class="date">' + item.pubDate + '</span></li>');
  });
  $("#newsList").html(html.join(""));
  drawPager(res.data.pageIndex, res.data.pageCount, loadPage);
}
function loadPage(pageIndex) {
  $.ajax({
    url: "/api/front/list.jsonp",
    type: "GET",
    data: {channelId: channelId, pageIndex: pageIndex, pageSize: pageSize},
    dataType: "jsonp",
    jsonp: "callback",
    jsonpCallback: "listJsonpCallBack",
    cache: true,
    success: renderList
  });
}
$(function () { loadPage(1); });
"""


def weitang() -> Portal:
    site, col = WEITANG, "/zwgk/fzzfjsndbg/"
    base = f"http://{site.host}{col}"
    spec = [("report", 2025, "2026-02-26", "202602/t20260226_91234", 0),
            ("interp", 2025, "2026-02-28", "202602/t20260228_91301", 0),
            ("disclosure", 2025, "2026-01-20", "202601/t20260120_90877", 0),
            ("notice", 2025, "2025-12-10", "202512/t20251210_90112", 1),
            ("report", 2024, "2025-03-12", "202503/t20250312_84410", 2),
            ("points", 2025, "2025-03-01", "202503/t20250301_84198", 0),
            ("news", 2024, "2025-01-15", "202501/t20250115_83377", 0),
            ("report", 2023, "2024-02-27", "202402/t20240227_77120", 1),
            ("interp", 2023, "2024-03-01", "202403/t20240301_77207", 1),
            ("report", 2022, "2023-03-08", "202303/t20230308_70456", 0),
            ("disclosure", 2022, "2023-01-18", "202301/t20230118_69901", 0),
            ("plan", 2022, "2022-05-10", "202205/t20220510_65004", 0),
            ("report", 2021, "2022-03-15", "202203/t20220315_63318", 2),
            ("notice", 2021, "2021-09-01", "202109/t20210901_59920", 0),
            ("report", 2020, "2021-03-20", "202103/t20210320_55102", 0)]
    items = [make_item(site, kind, year, date, base + path + ".html", style,
                       "short" if year == 2022 else "standard")
             for kind, year, date, path, style in spec]
    portal = Portal("weitang", toml(
        "weitang", site.name, "360799", "county", "江西省", "trs", base + "index.html",
        "Held-out round 8: a column shell whose list is a GBK JSONP API paged by pageIndex."))
    portal.add(base + "index.html", _shell(site, "法治政府建设年度报告", col, WEITANG_SCRIPT))
    portal.add(f"http://{site.host}/js/list-pager.js", PAGER_JS)
    for number in range(3):
        rows = items[number * 6:number * 6 + 6]
        records = [{"id": 55102 + i, "title": it.title, "link": _weitang_link(it, i),
                    "pubDate": it.date, "source": site.name} for i, it in enumerate(rows)]
        data = {"code": 200, "msg": "success", "data": {
            "total": len(items), "pageCount": 3, "pageIndex": number + 1, "pageSize": 6,
            "list": records}}
        text = "listJsonpCallBack(" + json.dumps(data, ensure_ascii=False) + ");"
        query = f"{JSONP_API}?channelId=4417&pageIndex={number + 1}&pageSize=6"
        for url in (query, query + "&callback=listJsonpCallBack"):
            portal.add(f"http://{site.host}{url}", text, "gbk")
    portal.rules[site.host] = {"headers": {
        JSONP_API: {"Content-Type": "application/javascript;charset=GBK"}}}
    article_pages(portal, site, items[:-1], "法治政府建设年度报告", col,
                  '<div class="TRS_Editor">')
    portal.expect(items[:-1])
    portal.failures.append({"url": items[-1].url, "year": 2020,
                            "why": "404: the 2020 report is listed, its page is gone"})
    portal.extra |= {"column": base + "index.html",
                     "api": f"http://{site.host}{JSONP_API}?channelId=4417&pageIndex=N&pageSize=6",
                     "notes": "Column shell; the list is a JSONP answer (GBK bytes, "
                              "listJsonpCallBack(...)), 3 pages of 6; links root-relative or "
                              "absolute; the 2020 report answers 404."}
    return portal


def _weitang_link(item: fu.Item, index: int) -> str:
    """Most links root-relative, every third absolute (as the API gives them)."""
    path = item.url.split("gov.cn", 1)[1]
    return item.url if index % 3 == 1 else path


DIPU_SCRIPT = """var searchUrl = "WAS5_URL";
function loadDocs(page) {
  $.get(searchUrl + page, function (text) {
    // docs.jsp answers a JavaScript object literal (TRS template output), not strict JSON
    var result = eval("(" + text + ")");
    var html = [];
    for (var i = 0; i < result.docs.length; i++) {
      var doc = result.docs[i];
      if (!doc) { continue; }
      html.push('<li><a href="' + doc.url + '" target="_blank">' + doc.title
        + '</a><span>' + doc.time + '</span></li>');
    }
    $("#newsList").html(html.join(""));
    drawPager(page, result.pagecount, loadDocs);
  });
}
$(function () { loadDocs(1); });
""".replace("WAS5_URL", WAS5)


def _was5_answer(rows: list[fu.Item], page: int, total: int) -> str:
    """What the TRS template writes: raw tabs inside the strings, a comma after every
    document (the last too): a JavaScript literal the page eval()s, not JSON."""
    docs = []
    for item in rows:
        # raw tabs (not JSON, fine in a JavaScript string); no raw line break (a JS error)
        summary = "\t" + "\t".join(item.paragraphs[1:3])[:120]
        content = summary.replace('"', "“")
        docs.append(f'{{"title":"{item.title}","url":"{item.url}","chnldocurl":"{item.url}",'
                    f'"time":"{item.date}","source":"{DIPU.name}","content":"{content}"}},')
    pages = -(-total // 8)
    body = "\n".join(docs)
    return (f'{{"count":"{total}","pagecount":"{pages}","page":"{page}","docs":[\n{body}\n]}}'
            "\n")


def dipu() -> Portal:
    site, col = DIPU, "/zwgk/fzzfjsndbg/"
    base = f"http://{site.host}{col}"
    spec = [("interp", 2025, "2026-03-02", "202603/t20260302_1204", 0),
            ("report", 2025, "2026-02-27", "202602/t20260227_1188", 0),
            ("disclosure", 2025, "2026-01-25", "202601/t20260125_1172", 0),
            ("report", 2024, "2025-03-06", "202503/t20250306_1101", 1),
            ("news", 2025, "2025-06-18", "202506/t20250618_1133", 1),
            ("points", 2024, "2024-04-02", "202404/t20240402_1040", 0),
            ("report", 2023, "2024-02-29", "202402/t20240229_1027", 0),
            ("notice", 2023, "2023-11-20", "202311/t20231120_1003", 1),
            ("report", 2022, "2023-03-10", "202303/t20230310_0961", 2),
            ("interp", 2022, "2023-03-14", "202303/t20230314_0965", 1),
            ("plan", 2023, "2024-12-30", "202412/t20241230_1090", 1),
            ("report", 2021, "2022-02-25", "202202/t20220225_0902", 0),
            ("disclosure", 2021, "2022-01-21", "202201/t20220121_0897", 0),
            ("report", 2020, "2021-03-18", "202103/t20210318_0845", 1),
            ("news", 2021, "2021-08-09", "202108/t20210809_0871", 0)]
    items = [make_item(site, kind, year, date, base + path + ".htm", style,
                       "short" if year in (2020, 2023) else "standard")
             for kind, year, date, path, style in spec]
    portal = Portal("dipu", toml(
        "dipu", site.name, "350999", "county", "福建省", "trs", base,
        "Held-out round 8: a column shell filled from a TRS WAS5 docs.jsp answer (not JSON)."))
    portal.add(base, _shell(site, "法治政府建设年度报告", col, DIPU_SCRIPT))
    portal.add(f"http://{site.host}/js/list-pager.js", PAGER_JS)
    for number in range(2):
        rows = items[number * 8:number * 8 + 8]
        portal.add(f"http://{site.host}{WAS5}{number + 1}",
                   _was5_answer(rows, number + 1, len(items)))
    portal.rules[site.host] = {"headers": {
        "/was5/web/search": {"Content-Type": "text/html;charset=UTF-8"}}}
    article_pages(portal, site, items, "法治政府建设年度报告", col, '<div class="TRS_Editor">')
    portal.expect(items)
    portal.extra |= {"column": base, "api": f"http://{site.host}{WAS5}N",
                     "notes": "Column shell; its script GETs a TRS WAS5 search (templet=docs.jsp,"
                              " prepage=8, 2 pages) and eval()s the answer: raw tabs/line breaks"
                              " inside strings and a trailing comma (not JSON)."}
    return portal
