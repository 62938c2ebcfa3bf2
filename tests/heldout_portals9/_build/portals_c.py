"""Round 9, portal 5: quyan (a column shell whose list API answers gzip-compressed JSON,
`Content-Encoding: gzip` whatever the request's Accept-Encoding, as misconfigured servers do)."""

from __future__ import annotations

import gzip
import json

from common import Portal, trs_container
from furniture import Site, list_page
from items import by_date, other_items, report_items
from portals_a import toml_fields

QUYAN = Site("www.quyan.gov.cn", "曲岩县人民政府", "曲岩县", "黔", "5227310005")
API = "/api-gateway/content/list"
CHANNEL = "8817"
PER_PAGE = 6
SHELL_SCRIPT = """<script>
var channelId = "%s";
function renderList(res) {
  var html = [];
  $.each(res.data.list, function (i, doc) {
    html.push('<li><a href="' + doc.url + '" target="_blank" title="' + doc.title + '">' + doc.title
      + '</a><span>' + doc.publishTime.substring(0, 10) + '</span></li>');
  });
  $("#docList").html(html.join(""));
  $("#pager").html("共" + res.data.total + "条 第" + res.data.pageNo + "/" + res.data.pages + "页");
}
function loadPage(pageNo) {
  $.ajax({url: "%s", type: "GET", dataType: "json",
          data: {channelId: channelId, pageNo: pageNo, pageSize: %d}, success: renderList});
}
$(function () { loadPage(1); });
</script>
""" % (CHANNEL, API, PER_PAGE)


def quyan() -> Portal:
    host = f"http://{QUYAN.host}"

    def url_for(date: str, serial: int) -> str:
        return f"{host}/zwgk/fzzfjsndbg/{date[:4]}{date[5:7]}/t{date.replace('-', '')}_{8840000 + serial}.html"

    gov, place = QUYAN.name, QUYAN.place
    items = report_items(gov, place, "曲岩县人民政府", [2021, 2022, 2023, 2024, 2025], url_for)
    items += other_items(gov, place, url_for, ["interp2024", "disclosure2024", "plan2025", "notice2025",
                                               "news2025", "summary2023", "interp2021", "disclosure2021",
                                               "scheme2021", "news2023"])
    portal = Portal("quyan", QUYAN, toml_fields("quyan", gov, "522731", "county", "贵州省", "trs",
                                                f"{host}/zwgk/fzzfjsndbg/index.html"),
                    notes=f"Column shell; its script GETs {API}?channelId={CHANNEL}&pageNo=N&pageSize=6 "
                          "(3 pages, 15 documents). Every answer is gzip bytes with Content-Encoding: "
                          "gzip and Content-Type application/json;charset=UTF-8; item urls are "
                          "root-relative.", items=by_date(items))
    pages = [portal.items[i:i + PER_PAGE] for i in range(0, len(portal.items), PER_PAGE)]
    for n, rows in enumerate(pages, start=1):
        answer = {"code": 200, "msg": "操作成功", "data": {
            "total": len(portal.items), "pageNo": n, "pageSize": PER_PAGE, "pages": len(pages),
            "list": [{"id": i.path.rsplit("_", 1)[1][:-5], "title": i.title, "url": i.path,
                      "publishTime": f"{i.date} 10:00:00", "source": gov} for i in rows]}}
        raw = json.dumps(answer, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        portal.save(QUYAN.host, f"{API}@channelId={CHANNEL}&pageNo={n}&pageSize={PER_PAGE}",
                    gzip.compress(raw, mtime=0))
    portal.rule(QUYAN.host, "headers", API, {"Content-Type": "application/json;charset=UTF-8",
                                             "Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
    content = '<ul class="doc-list" id="docList"></ul>\n<div class="pager" id="pager"></div>\n'
    portal.save(QUYAN.host, "/zwgk/fzzfjsndbg/index.html",
                list_page(QUYAN, title="法治政府建设年度报告", column="法治政府建设年度报告",
                          content=content, scripts=SHELL_SCRIPT))
    portal.articles(QUYAN, trs_container, "法治政府建设年度报告")
    portal.extra = {"column": f"{host}/zwgk/fzzfjsndbg/index.html", "api": f"{host}{API}"}
    return portal
