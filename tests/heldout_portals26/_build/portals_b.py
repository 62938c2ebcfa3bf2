"""Round 26 portals 4–5: zaowan (a list API answering XML records, read with jQuery),
gucheng (a column of three sub-columns, 区本级 / 区直部门 / 镇街, each its own paged list)."""

from __future__ import annotations

from html import escape

import model
import pages
from furniture import column_page


def _xml_answer(group: list[dict], page: int, pages_count: int, total: int, column: str) -> str:
    records = "\n".join(
        f"<record><id>{i['id']}</id><title><![CDATA[{i['title']}]]></title>"
        f"<link>{pages.trs_path(column, i)}</link><pubdate>{i['date']}</pubdate>"
        f"<source>{escape(i.get('source', '藻湾市人民政府'))}</source></record>" for i in group)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<result total="{total}" pagecount="{pages_count}" page="{page}" rows="6">\n'
            f"{records}\n</result>\n")


def zaowan() -> model.Portal:
    s = pages.site("藻湾市人民政府", "藻湾市", "4209990004", "湖北省", "prefecture", "420999",
                   "中共藻湾市委、藻湾市人民政府：")
    p = model.Portal("zaowan", s, "www.zaowan.gov.cn")
    p.reset()
    reports = model.report_items("藻湾市人民政府", [2025, 2024, 2023, 2022, 2021, 2020], 6624)
    items = model.newest_first(reports + model.note_items(
        "藻湾市人民政府", "藻湾市", 6580, reports[1]["title"]))
    column = "/xxgk/fzzfjsbg/"
    for item in items:
        p.article(item, pages.trs_path(column, item), "法治政府建设报告")
    groups = pages.chunks(items, 6)
    for index, group in enumerate(groups):
        p.write(f"/cms/infoListXml.do?channelId=C0312&page={index + 1}&rows=6",
                _xml_answer(group, index + 1, len(groups), len(items), column))
    script = """<script>
var channelId = "C0312", rows = 6;
function drawPager(page, count) {
  var html = "";
  for (var i = 1; i <= count; i++) {
    html += (i === page) ? '<span class="cur">' + i + '</span>' : '<a href="javascript:void(0)" onclick="loadPage(' + i + ')">' + i + '</a>';
  }
  $("#pager").html(html);
}
function loadPage(page) {
  $.ajax({
    type: "GET",
    url: "/cms/infoListXml.do",
    data: {channelId: channelId, page: page, rows: rows},
    dataType: "xml",
    success: function (xml) {
      var html = "";
      $(xml).find("record").each(function () {
        var title = $(this).find("title").text();
        var link = $(this).find("link").text();
        var date = $(this).find("pubdate").text();
        html += '<li><a href="' + link + '" target="_blank" title="' + title + '">' + title + '</a><span>' + date + '</span></li>';
      });
      $("#list").html(html);
      drawPager(page, parseInt($(xml).find("result").attr("pagecount"), 10));
    }
  });
}
$(function () { loadPage(1); });
</script>"""
    inner = '<ul class="news-list" id="list"></ul><div class="pager" id="pager"></div>'
    p.write(column + "index.html", column_page(s, "法治政府建设报告", inner, script))
    p.finish(column + "index.html", "generic",
             "Round 26 (blind): a column shell whose list API answers XML records (dataType xml).",
             "Shell /xxgk/fzzfjsbg/index.html (empty ul#list); $.ajax GET /cms/infoListXml.do "
             "{channelId: 'C0312', page, rows: 6}, dataType 'xml', rows read with $(xml).find("
             "'record') (title CDATA, link root-relative, pubdate); <result total=14 "
             "pagecount=3 page=N>; answers text/xml (6/6/2).",
             replay={"headers": {"/cms/infoListXml.do": {"Content-Type": "text/xml;charset=UTF-8"}}})
    return p


SUBS = [("qbj", "区本级"), ("bm", "区直部门"), ("zj", "镇街")]


def _gucheng_items() -> dict[str, list[dict]]:
    gov = "菰城区人民政府"
    reports = model.report_items(gov, [2024, 2023, 2022, 2021], 4410)
    notes = model.note_items(gov, "菰城区", 4300, reports[0]["title"])
    qbj = model.newest_first(reports + [notes[0], notes[1], notes[5]])
    sfj, town = "菰城区司法局", "菰城区东篱街道办事处"
    bm_report = {"id": 4720, "year": 2024, "why": "", "kind": "standard", "source": sfj,
                 "salutation": "菰城区人民政府：", "date": "2025-03-10",
                 "title": "菰城区司法局2024年度法治政府建设年度报告"}
    zj_report = {"id": 4790, "year": 2024, "why": "", "kind": "short", "source": town,
                 "salutation": "菰城区委、菰城区人民政府：", "date": "2025-03-06",
                 "title": "东篱街道2024年度法治政府建设工作情况报告"}
    bm = [{"id": 4731, "year": 0, "kind": "", "source": sfj, "why": "disclosure_report",
           "date": "2025-03-26", "title": "菰城区司法局2024年政府信息公开工作年度报告"},
          {"id": 4735, "year": 0, "kind": "", "source": sfj, "why": "not_a_report",
           "date": "2025-04-02", "title": "菰城区司法局2025年普法依法治理工作要点"},
          {"id": 4739, "year": 0, "kind": "", "source": sfj, "why": "not_a_report",
           "date": "2025-04-18", "title": "区司法局召开行政执法协调监督工作座谈会"}]
    zj = [{"id": 4801, "year": 0, "kind": "", "source": town, "why": "not_a_report",
           "date": "2025-04-11", "title": "东篱街道开展“法律进社区”宣传活动"},
          {"id": 4805, "year": 0, "kind": "", "source": town, "why": "disclosure_report",
           "date": "2025-03-21", "title": "东篱街道办事处2024年政府信息公开工作年度报告"},
          {"id": 4809, "year": 0, "kind": "", "source": town, "why": "not_a_report",
           "date": "2025-03-19", "title": "东篱街道召开2025年平安法治建设工作会议"}]
    return {"qbj": qbj, "bm": model.newest_first(bm + [bm_report]),
            "zj": model.newest_first(zj + [zj_report])}


def gucheng() -> model.Portal:
    s = pages.site("菰城区人民政府", "菰城区", "4409990005", "广东省", "district", "440999",
                   "中共菰城区委、菰城区人民政府：")
    p = model.Portal("gucheng", s, "www.gucheng.gov.cn")
    p.reset()
    column = "/zwgk/fzzfjsndbg/"
    blocks = []
    subs = _gucheng_items()
    for sub, label in SUBS:
        items = subs[sub]
        folder = f"{column}{sub}/"
        groups = pages.chunks(items, 3)
        for index, group in enumerate(groups):
            rows = [("./" + pages.trs_path("", i), i) for i in group]
            inner = pages.ul_rows(rows) + pages.rendered_pager(index, len(groups), len(items))
            p.write(folder + pages.page_name(index),
                    column_page(s, f"法治政府建设年度报告 - {label}", inner))
        for item in items:
            p.article(item, pages.trs_path(folder, item), f"法治政府建设年度报告 - {label}")
        top = pages.ul_rows([(pages.trs_path(folder, i), i) for i in items[:3]])
        blocks.append(f'<div class="sub-block"><div class="sub-title"><h3>{label}</h3>'
                      f'<a class="more" href="{folder}index.html">更多&gt;&gt;</a></div>{top}</div>')
    p.write(column + "index.html", column_page(s, "法治政府建设年度报告", "\n".join(blocks)))
    p.finish(column + "index.html", "trs",
             "Round 26 (blind): a column of three sub-columns (区本级/区直部门/镇街), each paged.",
             "Column /zwgk/fzzfjsndbg/index.html holds three blocks (区本级, 区直部门, 镇街), "
             "each the first 3 rows of its sub-column and 更多>> to qbj/, bm/, zj/index.html; "
             "each sub-column is paged 3 a page (index.html, index_1.html, index_2.html: 7, 4, "
             "4 rows, rendered pager, ./YYYYMM/ rows). Five reports are only on sub-column "
             "page 2 or 3 (区本级 2023, 2022, 2021; the 司法局's and 东篱街道's 2024 reports).")
    return p
