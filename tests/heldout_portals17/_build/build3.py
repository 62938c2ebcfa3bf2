"""Portal 5 of round 17 (see build.py): an Epoint WebBuilder column read from its list API."""

from __future__ import annotations

import hashlib
import json

import furniture as fu
from build import TOML
from model import Writer, column_items

CH_GUID = "5d2c8b7e-41a6-4f0e-9c3b-7a1e2f6d0c58"
CH_CAT = "002005003"
CH_API = "/EpointWebBuilder/rest/frontAppCustomAction/getPageInfoListNew"
CH_COL = f"/xxgk/{CH_CAT[:6]}/{CH_CAT}/moreinfo.html"
PAGE_SIZE = 6

CH_HANDLER = '''"""Epoint WebBuilder getPageInfoListNew: form (or query) field params = JSON
{{siteGuid, categoryNum, kw, startDate, endDate, pageIndex (from 0), pageSize}}."""
import json

RECORDS = {records}
GUID = {guid}
CAT = {cat}


def listing(query, form):
    raw = form.get("params") or query.get("params") or "{{}}"
    try:
        params = json.loads(raw)
        index = int(params.get("pageIndex", 0))
        size = int(params.get("pageSize", 10))
    except (ValueError, TypeError, AttributeError):
        return 200, "application/json;charset=UTF-8", json.dumps({{"controls": [], "custom": {{"count": 0, "infodata": []}}}})
    rows = RECORDS if params.get("siteGuid") == GUID and params.get("categoryNum") == CAT else []
    size = max(1, min(size, 50))
    page = rows[index * size:(index + 1) * size] if index >= 0 else []
    body = {{"controls": [], "custom": {{"count": len(rows), "infodata": page}}}}
    return 200, "application/json;charset=UTF-8", json.dumps(body, ensure_ascii=False)
'''


def infoid(n: int) -> str:
    h = hashlib.md5(f"changhe-{n}".encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def changhe_shell(site: fu.Site) -> str:
    script = f"""<script type="text/javascript">
var siteGuid = "{CH_GUID}";
var categoryNum = "{CH_CAT}";
var pageSize = {PAGE_SIZE};
function loadList(pageIndex) {{
  var params = {{siteGuid: siteGuid, categoryNum: categoryNum, kw: "", startDate: "", endDate: "",
                pageIndex: pageIndex, pageSize: pageSize}};
  $.ajax({{
    type: "POST",
    url: "{CH_API}",
    data: {{params: JSON.stringify(params)}},
    dataType: "json",
    success: function (res) {{
      var data = res.custom.infodata, html = [];
      for (var i = 0; i < data.length; i++) {{
        html.push('<li class="wb-data-list"><a href="' + data[i].infourl + '" target="_blank" title="' +
                  data[i].title + '">' + data[i].title + '</a><span class="wb-data-date">' + data[i].infodate +
                  '</span></li>');
      }}
      $("#infolist").html(html.join(""));
      var pages = Math.ceil(res.custom.count / pageSize), pager = [];
      for (var p = 0; p < pages; p++) {{
        pager.push('<a href="javascript:void(0)" onclick="loadList(' + p + ')">' + (p + 1) + '</a>');
      }}
      $("#pager").html("共" + res.custom.count + "条 " + pager.join(" "));
    }}
  }});
}}
$(function () {{ loadList(0); }});
</script>
"""
    return (fu.head(site, "法治政府建设年度报告", "法治政府建设年度报告") + fu.crumb("政府信息公开", "法治政府建设年度报告")
            + '<div class="ewb-container"><div class="ewb-info-hd"><h3>法治政府建设年度报告</h3></div>\n'
            '<ul class="wb-data-item" id="infolist"></ul>\n<div class="ewb-page" id="pager"></div></div>\n'
            + script + fu.footer(site))


def build_changhe() -> None:
    site = fu.Site("菖河县人民政府", "www.changhe.gov.cn", "菖河县", "3713270005", "鲁ICP备09005566号")
    w = Writer("changhe", site.host)
    w.stubs()
    items = column_items("菖河县人民政府", "县委、市人民政府：", [2025, 2024, 2023, 2022, 2021, 2020], 1705,
                         "菖河县人民政府关于{y}年度法治政府建设情况的报告")
    records = []
    for n, it in enumerate(items):
        path = f"/xxgk/{CH_CAT[:6]}/{CH_CAT}/{it.date.replace('-', '')}/{infoid(n)}.html"
        it.url = f"http://{site.host}{path}"
        records.append({"categorynum": CH_CAT, "infotype": "News", "infoid": infoid(n), "title": it.title,
                        "infodate": it.date, "infourl": path, "zhuanzai": ""})
        body = fu.paragraphs_html(it.paras)
        w.put(path, fu.article_page(site, "法治政府建设年度报告", it.title, it.date, f"CH-{n:03d}", body,
                                    body_open='<div class="ewb-article-info" id="mainContent">'))
    w.put("/_api.py", CH_HANDLER.format(records=json.dumps(records, ensure_ascii=False, indent=1),
                                        guid=json.dumps(CH_GUID), cat=json.dumps(CH_CAT)))
    w.put("/_replay.json", json.dumps({"post": {CH_API: "python:_api.py:listing"}}, indent=1))
    w.put(CH_COL, changhe_shell(site))
    w.finish(items, TOML.format(note="Epoint WebBuilder column shell; rows only from POST "
                                     f"{CH_API} with form params=<JSON: siteGuid, categoryNum, pageIndex from 0, "
                                     "pageSize 6>; answer custom.count / custom.infodata[].",
                                slug="changhe", name=site.name, code="371327", level="county",
                                province="山东省", family="generic", start=f"http://{site.host}{CH_COL}"),
             notes=f"Column {CH_COL} is an Epoint WebBuilder shell (empty ul#infolist). Its inline script POSTs "
                   f"{CH_API} with one form field params = JSON.stringify({{siteGuid, categoryNum: {CH_CAT}, kw, "
                   "startDate, endDate, pageIndex, pageSize: 6}}); pageIndex counts from 0 (0..2: 6/6/2 records). "
                   "Answer JSON {controls: [], custom: {count: 14, infodata: [{infoid, title, infodate, infourl "
                   "(root-relative)}]}}; the pager is drawn from count. A GET of the API is not served.",
             column=f"http://{site.host}{CH_COL}")
