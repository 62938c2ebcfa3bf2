"""hezhai_sfj: a county justice bureau whose reports sit in a 政府信息公开目录 (gkml) category."""

# ruff: noqa: E501 - fixture builder: long lines are HTML and report text

from __future__ import annotations

import json

from common import Portal, Skin, article, cn_date, emit, make_report, page, report_html

PLACE = "禾寨县司法局"
CATEGORY = 10452
PAGE_SIZE = 5
DUP_PATH = "/xwzx/gzdt/202401/t20240125_5531.html"
ITEMS = [  # (kind, title, date, year, content id)
    ("report", "禾寨县司法局2024年度法治政府建设情况报告", "2025-01-20", 2024, 5702),
    ("政府信息公开工作年度报告", "禾寨县司法局2024年政府信息公开工作年度报告", "2025-01-16", 0, 5699),
    ("工作要点", "禾寨县2025年普法依法治理暨法治政府建设工作要点", "2025-03-03", 0, 5741),
    ("notice", "禾寨县司法局2024年度普法责任清单", "2024-04-11", 0, 5580),
    ("report", "禾寨县司法局2023年度法治政府建设情况报告", "2024-01-22", 2023, 5523),
    ("news", "县司法局召开2024年法治政府建设示范创建推进会", "2024-06-19", 0, 5611),
    ("notice", "关于征集2025年度县政府立法计划项目建议的公告", "2024-10-08", 0, 5660),
    ("dup", "禾寨县司法局2023年度法治政府建设情况报告", "2024-01-25", 2023, 5531),
    ("report", "禾寨县司法局2022年度法治政府建设情况报告", "2023-02-08", 2022, 5310),
    ("解读", "《禾寨县司法局2022年度法治政府建设情况报告》解读", "2023-02-10", 0, 5316),
    ("notice", "禾寨县司法局2022年度行政执法数据公示", "2023-01-30", 0, 5298),
    ("report", "禾寨县司法局二〇二一年度法治政府建设情况报告", "2022-01-24", 2021, 5107),
    ("政府信息公开工作年度报告", "禾寨县司法局2021年政府信息公开工作年度报告", "2022-01-14", 0, 5099),
]
TREE = [(10400, 0, "禾寨县司法局"), (10401, 10400, "机构职能"), (10410, 10400, "法规文件"),
        (10430, 10400, "财政预决算"), (10450, 10400, "法治政府建设"),
        (CATEGORY, 10450, "法治政府建设年度报告"), (10453, 10450, "普法依法治理"),
        (10470, 10400, "政府信息公开年报")]


def content_path(doc: int) -> str:
    return f"/xxgk/gkml/content.jsp@id={doc}&categoryId={CATEGORY}"


def listing(rows: list[str], number: int, pages: int) -> str:
    nodes = json.dumps([{"id": i, "pId": parent, "name": name, "open": True,
                         "url": f"list.jsp?categoryId={i}&pageNo=1" if parent else ""}
                        for i, parent, name in TREE], ensure_ascii=False)
    pager = [f"共{pages}页 当前第{number}页"]
    if number > 1:
        pager += [f'<a href="list.jsp?categoryId={CATEGORY}&pageNo=1">首页</a>',
                  f'<a href="list.jsp?categoryId={CATEGORY}&pageNo={number - 1}">上一页</a>']
    if number < pages:
        pager += [f'<a href="list.jsp?categoryId={CATEGORY}&pageNo={number + 1}">下一页</a>',
                  f'<a href="list.jsp?categoryId={CATEGORY}&pageNo={pages}">尾页</a>']
    pager.append('跳转到<input id="jumpPage" size="2">页<button onclick="goPage()">GO</button>')
    return ('<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; '
            '政府信息公开目录</div><div class="gkml"><div class="gkml-left"><h3>公开目录</h3>'
            '<ul id="gkmlTree" class="ztree"></ul><script>var setting = {data:{simpleData:{enable:true}}, '
            'callback:{onClick:function(e,id,node){ if(node.url) location.href = node.url; }}};\n'
            f"var zNodes = {nodes};\n$.fn.zTree.init($('#gkmlTree'), setting, zNodes);</script></div>"
            '<div class="gkml-right"><table class="gkml-list"><thead><tr><th>索引号</th><th>标题</th>'
            '<th>发布日期</th></tr></thead><tbody>\n' + "\n".join(rows) + "\n</tbody></table>"
            f'<div class="pagebar">{" ".join(pager)}</div><script>function goPage(){{ location.href = '
            f"'list.jsp?categoryId={CATEGORY}&pageNo=' + document.getElementById('jumpPage').value; }}"
            "</script></div></div>")


def build() -> Portal:
    p = Portal(slug="hezhai_sfj", name="禾寨县司法局", host="sfj.hezhai.gov.cn",
               division_code="130738", level="department", province="河北省", family="generic",
               column=f"http://sfj.hezhai.gov.cn/xxgk/gkml/list.jsp?categoryId={CATEGORY}&pageNo=1",
               encoding="gbk")
    nav = ["首页", "机构概况", "政府信息公开", "法治动态", "公共法律服务", "互动交流"]
    skin = Skin(site="禾寨县司法局", nav=nav, icp="冀ICP备11023456号", code="1307380012",
                container='<div class="gkml-content" id="content">{body}</div>', xxgk_style="dl",
                publisher="禾寨县司法局", charset="gbk")
    rows = []
    dup_of = ""
    for number, (kind, title, date, year, doc) in enumerate(ITEMS):
        if kind == "dup":
            # the same report again, republished in the 工作动态 column: same text, other URL
            lines = make_report(title=title, org=PLACE, year=year, to="禾寨县人民政府：", signer=PLACE,
                                date_cn=cn_date("2024-01-22"), seed=4, dept=True)
            news_skin = Skin(site=skin.site, nav=nav, icp=skin.icp, code=skin.code,
                             container='<div class="news-text">{body}</div>', xxgk_style="ul",
                             publisher=skin.publisher, charset="gbk")
            p.write(DUP_PATH, article(news_skin, title=title, date=date, body=report_html(lines),
                                      column_name="工作动态"))
            href = DUP_PATH
        else:
            href = f"content.jsp?id={doc}&categoryId={CATEGORY}"
            url = emit(p, skin, path=content_path(doc), kind=kind, title=title, date=date,
                       place=PLACE, column_name="法治政府建设年度报告", year=year, seed=number,
                       dept=True, to="禾寨县人民政府：", signer=PLACE,
                       report=title.strip("《》解读"))
            if kind == "report" and year == 2023:
                dup_of = url
        short = title if len(title) <= 20 else title[:20] + "..."
        rows.append(f'<tr><td>000014{doc:05d}/{date[:4]}-{doc % 1000:05d}</td>'
                    f'<td class="title"><a href="{href}" target="_blank" title="{title}">{short}</a></td>'
                    f'<td><span class="date">{date}</span></td></tr>')
    for entry in p.reports:
        if entry["url"] == dup_of:
            entry["also_at"] = [p.url(DUP_PATH)]
    pages = -(-len(rows) // PAGE_SIZE)
    for number in range(1, pages + 1):
        body = listing(rows[(number - 1) * PAGE_SIZE:number * PAGE_SIZE], number, pages)
        p.write(f"/xxgk/gkml/list.jsp@categoryId={CATEGORY}&pageNo={number}",
                page(title="政府信息公开目录", site=skin.site, nav=nav, body=body, icp=skin.icp,
                     code=skin.code, charset="gbk"))
    # the server says text/html with no charset: only the <meta charset=gbk> tells
    p.write("/_replay.json", json.dumps({"headers": {"*": {"Content-Type": "text/html"}}}, indent=1))
    p.notes = (
        "County justice bureau: the column is a 政府信息公开目录 category, /xxgk/gkml/list.jsp?categoryId="
        "10452&pageNo=1..3 (5 rows a page, table 索引号/标题/发布日期, dates 2025-01-20 in <span class=date>, "
        "rendered 首页/上一页/下一页/尾页 links and a JS 跳转 box); the category tree is a zTree drawn from a "
        "zNodes JSON array (sibling categories are not saved). Items are content.jsp?id=N&categoryId=10452. "
        "The 2023 report is published twice: content.jsp?id=5523 (page 1) and again in the 工作动态 column "
        "/xwzx/gzdt/202401/t20240125_5531.html (linked from page 2), same text: it must count once (its "
        "second URL is in also_at). The 2021 report's title has a Chinese-numeral year (二〇二一年度). Four "
        "reports 2021-2024, eight non-reports. Every page is GBK bytes with <meta charset=gbk> and a "
        "Content-Type: text/html header without charset (an old department site).")
    return p
