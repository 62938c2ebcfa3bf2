"""qiaolin: a 集约化 platform column whose list is drawn by a script from a JSON data file."""

# ruff: noqa: E501 - fixture builder: long lines are HTML and report text

from __future__ import annotations

import hashlib
import json

from common import Portal, Skin, emit, page, write_home

COLUMN_ID = 1173
PAGE_SIZE = 6
ITEMS = [  # (kind, title, publish time, year reported on)
    ("report", "乔林县2025年度法治政府建设情况报告", "2026-01-21 09:40:00", 2025),
    ("report", "乔林县2024年度法治政府建设情况报告", "2025-01-22 10:12:00", 2024),
    ("解读", "图解：乔林县2024年度法治政府建设情况报告", "2025-01-23 16:40:00", 0),
    ("政府信息公开工作年度报告", "乔林县人民政府2024年政府信息公开工作年度报告", "2025-01-15 09:00:00", 0),
    ("工作要点", "乔林县2025年法治政府建设工作要点", "2024-12-30 11:20:00", 0),
    ("news", "乔林县召开2024年度法治政府建设工作推进会", "2024-11-08 17:05:00", 0),
    ("notice", "关于开展2024年度“八五”普法中期评估工作的通知", "2024-06-12 08:45:00", 0),
    ("report", "乔林县2023年度法治政府建设情况报告", "2024-01-26 15:30:00", 2023),
    ("解读", "一图读懂乔林县2023年度法治政府建设情况报告", "2024-01-29 10:00:00", 0),
    ("政府信息公开工作年度报告", "乔林县人民政府2023年政府信息公开工作年度报告", "2024-01-19 09:10:00", 0),
    ("工作要点", "乔林县2024年法治政府建设工作要点", "2024-03-05 14:00:00", 0),
    ("report", "乔林县人民政府关于2022年度法治政府建设情况的报告", "2023-02-10 09:30:00", 2022),
    ("news", "县政府常务会议专题学习《中华人民共和国行政复议法》", "2023-09-14 18:20:00", 0),
    ("report", "乔林县2021年度法治政府建设情况报告", "2022-01-28 11:00:00", 2021),
    ("notice", "关于公开征求《乔林县重大行政决策程序规定（征求意见稿）》意见的公告", "2022-05-16 10:30:00", 0),
    ("政府信息公开工作年度报告", "乔林县人民政府2021年政府信息公开工作年度报告", "2022-01-20 08:30:00", 0),
    ("news", "乔林县举办2021年度领导干部法治专题讲座", "2021-12-03 16:00:00", 0),
]
ORDERS = {2023: ("measures", "leadership", "shortcomings", "plans", "other")}

LIST_SCRIPT = """<script>
var columnId = %d, pageIndex = 1, pageSize = %d;
function cut(t, n) { return t.length > n ? t.substring(0, n) + '...' : t; }
function loadList(index) {
  $.getJSON('/data/column_' + columnId + '.json', {pageIndex: index, pageSize: pageSize}, function (res) {
    var html = '';
    $.each(res.data.list, function (i, item) {
      html += '<li><a href="' + item.url + '" target="_blank" title="' + item.title + '">' +
              cut(item.title, 22) + '</a><span>' + item.publishTime.substring(0, 10) + '</span></li>';
    });
    $('#list-' + columnId).html(html);
    laypage.render({elem: 'pager', count: res.data.total, limit: pageSize, curr: index,
                    jump: function (obj, first) { if (!first) { loadList(obj.curr); } }});
  });
}
$(function () { loadList(pageIndex); });
</script>"""


def build() -> Portal:
    p = Portal(slug="qiaolin", name="乔林县人民政府", host="www.qiaolin.gov.cn",
               division_code="360736", level="county", province="江西省", family="generic",
               column="http://www.qiaolin.gov.cn/qlx/fzzfjsndbg/index.shtml")
    nav = ["走进乔林", "政务公开", "政务服务", "互动交流", "专题专栏"]
    skin = Skin(site="乔林县人民政府", nav=nav, icp="赣ICP备05004321号", code="3607360001",
                container='<div class="article-con" id="Zoom">{body}</div>', xxgk_style="ul")
    records = []
    for number, (kind, title, when, year) in enumerate(ITEMS):
        digest = hashlib.md5(title.encode()).hexdigest()[:20]
        path = f"/qlx/fzzfjsndbg/{when[:4]}{when[5:7]}/{digest}.shtml"
        emit(p, skin, path=path, kind=kind, title=title, date=when[:10], place="乔林县",
             column_name="法治政府建设年度报告", year=year, seed=number,
             order=ORDERS.get(year, ("measures", "leadership", "shortcomings", "plans")),
             to="中共乔林县委、县人大常委会：", signer="乔林县人民政府",
             report=title.split("：")[-1].replace("一图读懂", ""))
        records.append({"id": 90100 + number, "title": title, "url": path, "publishTime": when,
                        "source": "乔林县司法局" if kind == "report" else "乔林县人民政府办公室"})
    pages = -(-len(records) // PAGE_SIZE)
    for index in range(1, pages + 1):
        chunk = records[(index - 1) * PAGE_SIZE:index * PAGE_SIZE]
        data = {"code": 0, "msg": "success", "data": {
            "columnId": COLUMN_ID, "columnName": "法治政府建设年度报告", "pageIndex": index,
            "pageSize": PAGE_SIZE, "total": len(records), "pageCount": pages, "list": chunk}}
        text = json.dumps(data, ensure_ascii=False)
        p.write(f"/data/column_{COLUMN_ID}.json@pageIndex={index}&pageSize={PAGE_SIZE}", text)
        if index == 1:
            p.write(f"/data/column_{COLUMN_ID}.json", text)
    body = ('<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/qlx/zwgk/">政务公开</a> &gt; '
            '法治政府建设年度报告</div><div class="main"><div class="side"><h3>法治政府建设</h3><ul>'
            '<li class="on"><a href="/qlx/fzzfjsndbg/index.shtml">法治政府建设年度报告</a></li>'
            '<li><a href="/qlx/fzzfjs/index.shtml">法治政府建设动态</a></li></ul></div>'
            f'<div class="con"><h2>法治政府建设年度报告</h2><ul class="list" id="list-{COLUMN_ID}"></ul>'
            '<div id="pager" class="pager"></div></div></div>'
            '<script src="/qlx/js/laypage.js"></script>' + LIST_SCRIPT % (COLUMN_ID, PAGE_SIZE))
    p.write("/qlx/fzzfjsndbg/index.shtml", page(title="法治政府建设年度报告", site=skin.site, nav=nav,
                                                 body=body, icp=skin.icp, code=skin.code))
    write_home(p, skin, [("法治政府建设年度报告", "/qlx/fzzfjsndbg/index.shtml"),
                         ("政府信息公开年报", "/qlx/xxgknb/index.shtml"), ("政策解读", "/qlx/zcjd/index.shtml")],
               ["乔林县召开县政府第十二次常务会议", "县领导调研重点项目建设"])
    p.write("/robots.txt", "User-agent: *\nDisallow: /qlx/admin/\n")
    p.notes = (
        "Jiangxi-style 集约化 platform column: the column page /qlx/fzzfjsndbg/index.shtml has an EMPTY "
        "<ul id=list-1173>; an inline script loads GET /data/column_1173.json?pageIndex=N&pageSize=6 "
        "(jQuery getJSON data object, so the query is built in JS) answering {code, data:{pageIndex, "
        "pageSize:6, total:17, pageCount:3, list:[{id,title,url,publishTime,source}]}}; the bare "
        "/data/column_1173.json is page 1. Pager drawn by laypage from total (no links in HTML). Article "
        "URLs are root-relative hash names /qlx/fzzfjsndbg/YYYYMM/<hex>.shtml. Five reports "
        "(2021-2025; the 2023 one has a fifth section 法治督察反馈问题整改情况), 12 non-reports "
        "incl. 图解/一图读懂 of the report whose titles contain the report's full title.")
    return p
