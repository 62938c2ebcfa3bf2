"""Round 9, portals 1–2: songtan (Jcms dataproxy shell, a 404) and luoxi (countPage pager,
GB18030 with the charset only in <meta http-equiv>, ../../ row links)."""

from __future__ import annotations

import json
from html import escape

from common import Portal, hanweb_container, trs_container
from furniture import Site, list_page
from items import by_date, other_items, report_items

SONGTAN = Site("www.songtan.gov.cn", "松潭县人民政府", "松潭县", "浙", "3311270001")
JPAGE_JS = """/* jquery.jpage.js: pages a column from the Jcms dataproxy (XML datastore). */
(function ($) {
  $.fn.jpage = function (o) {
    var box = this, group = o.perPage * o.groupSize;
    function load(start) {
      var url = o.proxyUrl + '?startrecord=' + start + '&endrecord=' + (start + group - 1)
        + '&perpage=' + o.perPage;
      $.ajax({url: url, type: 'POST', data: o.ajaxParam, dataType: 'text', success: function (xml) {
        var total = parseInt(/<totalrecord>(\\d+)<\\/totalrecord>/.exec(xml)[1], 10);
        var rows = [], re = /<record><!\\[CDATA\\[([\\s\\S]*?)\\]\\]><\\/record>/g, m;
        while ((m = re.exec(xml))) { rows.push(m[1]); }
        box.html(o.dataBefore + rows.slice(0, o.perPage).join('') + o.dataAfter);
        box.data('total', total);
      }});
    }
    load(1);
    return this;
  };
})(jQuery);
"""


def songtan() -> Portal:
    host = f"http://{SONGTAN.host}"

    def url_for(date: str, serial: int) -> str:
        y, m, d = date.split("-")
        return f"{host}/art/{y}/{int(m)}/{int(d)}/art_4829_{900000 + serial}.html"

    gov, place = SONGTAN.name, SONGTAN.place
    items = report_items(gov, place, "松潭县人民政府", [2020, 2021, 2022, 2023, 2024, 2025], url_for,
                         status={2020: 404})
    items += other_items(gov, place, url_for, ["interp2024", "disclosure2024", "plan2025", "notice2024",
                                               "news2025", "summary2024", "interp2022", "disclosure2023",
                                               "scheme2021"])
    portal = Portal("songtan", SONGTAN, toml_fields("songtan", gov, "330327", "county", "浙江省", "hanweb",
                                              f"{host}/col/col4829/index.html"),
                    notes="Jcms column shell: rows only from POST dataproxy.jsp (jslib path), XML "
                          "<recordset><record><![CDATA[li]]>; 15 records, perPage 6, groupSize 3; the "
                          "2020 report is a dead link (404).", items=by_date(items))
    records = "".join(
        f'<record><![CDATA[<li><a href="{i.path}" target="_blank" title="{escape(i.title)}">'
        f'{escape(i.title)}</a><span class="bt-data-time">{i.date}</span></li>]]></record>\n'
        for i in portal.items)
    portal.save(SONGTAN.host, "/col/col4829/_records.xml", f"<recordset>\n{records}</recordset>\n")
    params = {"col": 1, "appid": 1, "webid": 33, "path": "/", "columnid": 4829, "sourceContentType": 1,
              "unitid": 16521, "webname": gov, "permissiontype": 0}
    script = ('<script src="/module/jslib/jquery/jpage/jquery.jpage.js"></script>\n<script>\n'
              "$(document).ready(function () {\n  $('#16521').jpage({\n"
              "    proxyUrl: '/module/jslib/jquery/jpage/dataproxy.jsp',\n"
              "    perPage: 6, groupSize: 3, totalRecord: 15,\n"
              "    dataBefore: '<ul class=\"bt-list\">', dataAfter: '</ul>',\n"
              f"    ajaxParam: {json.dumps(params, ensure_ascii=False)}\n  }});\n}});\n</script>\n")
    content = '<div class="bt-column" id="16521"></div>\n<div class="bt-page" id="page_16521"></div>\n'
    portal.save(SONGTAN.host, "/col/col4829/index.html",
                 list_page(SONGTAN, title="法治政府建设年度报告", column="法治政府建设年度报告",
                           content=content, scripts=script))
    portal.save(SONGTAN.host, "/module/jslib/jquery/jpage/jquery.jpage.js", JPAGE_JS)
    portal.rule(SONGTAN.host, "post", "/module/jslib/jquery/jpage/dataproxy.jsp", "hanweb_dataproxy")
    portal.articles(SONGTAN, hanweb_container, "法治政府建设年度报告")
    portal.extra = {"column": f"{host}/col/col4829/index.html",
                    "api": "POST /module/jslib/jquery/jpage/dataproxy.jsp?startrecord=1&endrecord=18&perpage=6"}
    return portal


LUOXI = Site("www.luoxi.gov.cn", "洛溪市人民政府", "洛溪市", "辽", "2114810002", charset="gb18030",
             meta_http_equiv=True)
PAGER = """<div id="autopage"><script type="text/javascript">
var countPage = {count}//共多少页
var currentPage = {current}//当前页
var prevPage = currentPage - 1;
var nextPage = currentPage + 1;
function pageName(n) {{ return n == 0 ? "index.html" : "index_" + n + ".html"; }}
document.write("共" + countPage + "页 ");
if (currentPage > 0) {{ document.write("<a href='" + pageName(prevPage) + "'>上一页</a> "); }}
if (nextPage < countPage) {{ document.write("<a href='" + pageName(nextPage) + "'>下一页</a> "); }}
document.write("<a href='" + pageName(countPage - 1) + "'>尾页</a>");
</script></div>
"""


def luoxi() -> Portal:
    host = f"http://{LUOXI.host}"

    def url_for(date: str, serial: int) -> str:
        return f"{host}/zwgk/xxgkml/{date[:4]}{date[5:7]}/t{date.replace('-', '')}_{770000 + serial}.html"

    gov, place = LUOXI.name, LUOXI.place
    items = report_items(gov, place, "洛溪市人民政府", [2021, 2022, 2023, 2024, 2025], url_for)
    items += other_items(gov, place, url_for, ["interp2025", "disclosure2024", "plan2024", "notice2025",
                                               "news2024", "summary2023", "interp2023", "scheme2021",
                                               "disclosure2025"])
    column = f"{host}/zwgk/fzzfjs/ndbg/"
    portal = Portal("luoxi", LUOXI, toml_fields("luoxi", gov, "211481", "county", "辽宁省", "trs",
                                          f"{column}index.html"),
                    notes="TRS column index.html, index_1.html, index_2.html (5/5/4 rows): the pages "
                          "are named only by the `var countPage = 3` pager script in div#autopage; "
                          "every page GB18030 with the charset only in <meta http-equiv> (the server "
                          "says text/html, no charset); row links ../../xxgkml/YYYYMM/t…html climb "
                          "out of the column.", items=by_date(items))
    pages = [portal.items[i:i + 5] for i in range(0, len(portal.items), 5)]
    for n, rows in enumerate(pages):
        lis = "".join(f'<li><a href="../../xxgkml/{i.path.split("/xxgkml/")[1]}" target="_blank" '
                      f'title="{escape(i.title)}">{escape(i.title)}</a><span>{i.date}</span></li>\n'
                      for i in rows)
        content = (f'<ul class="list_news">\n{lis}</ul>\n'
                   + PAGER.format(count=len(pages), current=n))
        name = "index.html" if n == 0 else f"index_{n}.html"
        portal.save(LUOXI.host, f"/zwgk/fzzfjs/ndbg/{name}",
                    list_page(LUOXI, title="法治政府建设年度报告", column="法治政府建设年度报告",
                              content=content), "gb18030")
    portal.articles(LUOXI, trs_container, "法治政府建设年度报告")
    portal.rule(LUOXI.host, "headers", "*", {"Content-Type": "text/html"})
    portal.extra = {"column": f"{column}index.html"}
    return portal


def toml_fields(slug: str, name: str, code: str, level: str, province: str, family: str,
          start: str) -> dict[str, str | list[str]]:
    return {"slug": slug, "name": name, "division_code": code, "level": level,
            "province": province, "family": family, "start_urls": [start]}
