"""Round 26 portals 1–3: changling (tr data-id rows), qiantang (id-only JSON rows),
lipu (a cursor API: lastId of the previous answer)."""

from __future__ import annotations

import json
from html import escape

import model
import pages
from furniture import column_page

HTML = "text/html; charset=utf-8"


def changling() -> model.Portal:
    """Table rows `<tr data-id>` with no link; a delegated handler builds content.jsp?id=."""
    s = pages.site("菖岭县人民政府", "菖岭县", "3607990001", "江西省", "county", "360799",
                   "中共菖岭县委、菖岭县人民政府：")
    p = model.Portal("changling", s, "www.changling.gov.cn")
    p.reset()
    reports = model.report_items("菖岭县人民政府", [2024, 2023, 2022, 2021, 2020], 20417)
    items = model.newest_first(reports + model.note_items(
        "菖岭县人民政府", "菖岭县", 20388, reports[0]["title"]))
    column = "/xxgk/fzzfjs/"
    groups = pages.chunks(items, 7)
    for index, group in enumerate(groups):
        rows = "\n".join(
            f'<tr data-id="{item["id"]}" class="row"><td>{n + 1 + 7 * index}</td>'
            f'<td class="tit" title="{escape(item["title"])}">{escape(item["title"])}</td>'
            f'<td>{item["date"]}</td></tr>' for n, item in enumerate(group))
        table = ('<table class="list-table" id="infoTable"><thead><tr><th>序号</th><th>标题</th>'
                 f'<th>发布日期</th></tr></thead><tbody>\n{rows}\n</tbody></table>')
        script = """<script>
$(function () {
  $("#infoTable").on("click", "tr[data-id]", function () {
    window.location.href = "/xxgk/content.jsp?id=" + $(this).data("id");
  });
});
</script>"""
        inner = table + pages.rendered_pager(index, len(groups), len(items))
        p.write(column + pages.page_name(index), column_page(s, "法治政府建设年度报告", inner, script))
    for item in items:
        dead = "404: the 2020 report's content.jsp id answers 404 (deleted)" \
            if item["year"] == 2020 else ""
        p.article(item, f"/xxgk/content.jsp?id={item['id']}", "法治政府建设年度报告", dead=dead)
    p.finish(column + "index.html", "generic",
             "Round 26 (blind): table rows <tr data-id> with no <a>, URL built in a delegated handler.",
             "Rows are <tr data-id=\"N\"> (title in a td, no <a>); $('#infoTable').on('click', "
             "'tr[data-id]', …) sets window.location.href = '/xxgk/content.jsp?id=' + "
             "$(this).data('id'). Pages index.html + index_1.html (7/6 rows, rendered pager). "
             "The 2020 report's id answers 404.",
             replay={"headers": {"/xxgk/content.jsp": {"Content-Type": HTML}}})
    return p


def qiantang() -> model.Portal:
    """A shell whose JSON rows carry only infoId; the URL is a template literal in render."""
    s = pages.site("芡塘区人民政府", "芡塘区", "3306990002", "浙江省", "district", "330699",
                   "中共芡塘区委、芡塘区人民政府：")
    p = model.Portal("qiantang", s, "www.qiantang.gov.cn")
    p.reset()
    reports = model.report_items("芡塘区人民政府", [2025, 2024, 2023, 2022, 2021, 2020], 31207)
    items = model.newest_first(reports + model.note_items(
        "芡塘区人民政府", "芡塘区", 31150, reports[1]["title"]))
    column = "/zwgk/fzzfjsndbg/"
    for item in items:
        item["infoId"] = f"QT{item['date'].replace('-', '')}{item['id'] % 1000:03d}"
        p.article(item, f"{column}detail.html?infoId={item['infoId']}", "法治政府建设年度报告")
    groups = pages.chunks(items, 6)
    for index, group in enumerate(groups):
        answer = {"code": 0, "msg": "success", "data": {
            "pageNo": index + 1, "pageSize": 6, "total": len(items), "pages": len(groups),
            "list": [{"infoId": i["infoId"], "title": i["title"], "pubDate": i["date"],
                      "catalogName": "法治政府建设年度报告"} for i in group]}}
        p.write(f"/api/info/list?catalogId=fzzfndbg&pageNo={index + 1}&pageSize=6",
                json.dumps(answer, ensure_ascii=False))
    script = """<script>
var catalogId = "fzzfndbg";
function renderPager(cur, pages) {
  var html = "";
  for (var i = 1; i <= pages; i++) {
    html += (i === cur) ? "<span class=\\"cur\\">" + i + "</span>" : "<a href=\\"javascript:loadList(" + i + ")\\">" + i + "</a>";
  }
  $("#pager").html(html);
}
function loadList(pageNo) {
  $.ajax({
    url: "/api/info/list",
    type: "GET",
    dataType: "json",
    data: {catalogId: catalogId, pageNo: pageNo, pageSize: 6},
    success: function (res) {
      var html = "";
      $.each(res.data.list, function (i, item) {
        html += `<li><a href="/zwgk/fzzfjsndbg/detail.html?infoId=${item.infoId}" target="_blank" title="${item.title}">${item.title}</a><span>${item.pubDate}</span></li>`;
      });
      $("#infoList").html(html);
      renderPager(pageNo, res.data.pages);
    }
  });
}
$(function () { loadList(1); });
</script>"""
    inner = '<ul class="news-list" id="infoList"></ul><div class="pager" id="pager"></div>'
    p.write(column, column_page(s, "法治政府建设年度报告", inner, script))
    p.finish(column, "generic",
             "Round 26 (blind): a JSON list API whose rows carry only infoId; the article URL "
             "is a template literal in the render loop.",
             "Shell /zwgk/fzzfjsndbg/ (empty ul#infoList); $.ajax GET /api/info/list "
             "{catalogId: 'fzzfndbg', pageNo, pageSize: 6} (1-based, data.total 14, data.pages 3); "
             "rows {infoId, title, pubDate} with NO url: the link is `/zwgk/fzzfjsndbg/detail."
             "html?infoId=${item.infoId}` in a template literal.",
             replay={"headers": {"/zwgk/fzzfjsndbg/detail.html": {"Content-Type": HTML},
                                 "/api/info/list": {"Content-Type": "application/json;charset=UTF-8"}}})
    return p


def lipu() -> model.Portal:
    """A 加载更多 list asked by cursor: lastId = the last row's id of the previous answer."""
    s = pages.site("蓠浦县人民政府", "蓠浦县", "3509990003", "福建省", "county", "350999",
                   "中共蓠浦县委、蓠浦县人民政府：")
    p = model.Portal("lipu", s, "www.lipu.gov.cn")
    p.reset()
    reports = model.report_items("蓠浦县人民政府", [2024, 2023, 2022, 2021, 2020], 500)
    items = model.newest_first(reports + model.note_items(
        "蓠浦县人民政府", "蓠浦县", 700, reports[0]["title"]))
    for n, item in enumerate(items):
        item["id"] = 88460 - 7 * n - (n * n) % 5      # ids fall with the date, not evenly
    column = "/zwgk/fzzfjs/"
    for item in items:
        p.article(item, pages.trs_path(column, item), "法治政府建设")
    groups = pages.chunks(items, 5)
    last = 0
    for index, group in enumerate(groups):
        answer = {"code": 200, "hasMore": index < len(groups) - 1, "data": [
            {"id": i["id"], "title": i["title"], "publishDate": i["date"],
             "url": pages.trs_path(column, i)} for i in group]}
        body = json.dumps(answer, ensure_ascii=False)
        p.write(f"/api/article/more?channelId=5521&lastId={last}&size=5", body)
        if last == 0:
            p.write("/api/article/more?channelId=5521&size=5", body)
        last = group[-1]["id"]
    script = """<script>
var lastId = 0, size = 5;
function loadMore() {
  $.getJSON("/api/article/more", {channelId: 5521, lastId: lastId, size: size}, function (res) {
    var html = "";
    for (var i = 0; i < res.data.length; i++) {
      var a = res.data[i];
      html += '<li><a href="' + a.url + '" target="_blank" title="' + a.title + '">' + a.title + '</a><span>' + a.publishDate + '</span></li>';
    }
    $("#newsList").append(html);
    if (res.data.length) { lastId = res.data[res.data.length - 1].id; }
    if (!res.hasMore) { $("#loadMore").text("没有更多了").off("click"); }
  });
}
$(function () {
  loadMore();
  $("#loadMore").on("click", loadMore);
});
</script>"""
    inner = ('<ul class="news-list" id="newsList"></ul>'
             '<a id="loadMore" class="load-more" href="javascript:;">加载更多</a>')
    p.write(column + "index.html", column_page(s, "法治政府建设", inner, script))
    p.finish(column + "index.html", "generic",
             "Round 26 (blind): a 加载更多 list API paged by cursor (lastId of the last row).",
             "Shell /zwgk/fzzfjs/index.html (empty ul#newsList, a 加载更多 link); $.getJSON "
             "/api/article/more {channelId: 5521, lastId, size: 5}, lastId 0 first, then the id "
             "of the previous answer's last row; answers {code, hasMore, data[{id, title, "
             "publishDate, url}]}: no total, no page number (5/5/3 rows, ids not evenly spaced).",
             replay={"headers": {"/api/article/more": {"Content-Type": "application/json;charset=UTF-8"}}})
    return p
