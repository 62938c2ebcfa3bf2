"""Round 25, portals 4–5: tanling (a JSP table whose pager reads a page-size <select>),
mingyang (one article a year, the report as attachment 正文.pdf beside a 附件 .docx table)."""

from __future__ import annotations

import io
import math

import docx

from common import ROUND, Item, body_of, expected, fixed_zip, make_items, portal_toml, \
    replay_rules, report_lines, write
from furniture import Site, article_page, list_page
from pdfmin import make_pdf
from texts import lines_text

ALL = ["jd", "nb1", "nb2", "yd", "tz", "hy", "xf", "zt", "sf", "pf"]
SIZES = (5, 10, 20, 50)

# ---- tanling
TAN_SCRIPT = """function findByPage(pageNo) {
  var pageSize = document.getElementById("pageSize").value;
  window.location.href = "list.jsp?channelId=318&pageSize=" + pageSize + "&pageNo=" + pageNo;
}"""


def _tan_page(items: list[Item], size: int, page: int) -> str:
    pages = math.ceil(len(items) / size)
    rows = "\n".join(
        f'<tr><td>{page * size - size + n + 1}</td><td class="bt"><a href="detail.jsp?id={it.ident}" '
        f'target="_blank" title="{it.title}">{it.title}</a></td><td>{it.date}</td></tr>'
        for n, it in enumerate(items[(page - 1) * size:page * size]))
    options = "".join(f'<option value="{s}"{" selected" if s == size else ""}>{s}</option>'
                      for s in SIZES)
    prev = f'<a href="javascript:findByPage({page - 1})">上一页</a>' if page > 1 else ""
    nxt = f'<a href="javascript:findByPage({page + 1})">下一页</a>' if page < pages else ""
    pager = (f'<div class="c_page">总共{len(items)}条记录，当前第{page}页，共{pages}页　每页显示'
             f'<select name="pageSize" id="pageSize" onchange="javascript:findByPage(1)">{options}'
             f'</select>条　{prev} {nxt} 到 <input type="text" style="width:30px;" value="{page}" '
             'onkeypress="if(event.keyCode == 13){findByPage(this.value);}"> 页</div>')
    return ('<table class="list"><tr><th>序号</th><th>标题</th><th>发布日期</th></tr>\n'
            f"{rows}\n</table>\n{pager}")


def tanling() -> None:
    root = ROUND / "tanling"
    site = Site("www.tanling.gov.cn", "菼陵县人民政府", "5134280004", "蜀ICP备08011318号", "川")
    items = make_items(site, "中共菼陵县委、菼陵县人民政府",
                       [2025, 2024, 2023, 2022, 2021, 2020], ALL, 5527)
    folder = f"http://{site.host}/xxgk/fzzfjsbg/"
    for it in items:
        it.url = f"{folder}detail.jsp?id={it.ident}"
    column = "法治政府建设年度报告"
    for it in items:
        write(root, site.host, f"/xxgk/fzzfjsbg/detail.jsp@id={it.ident}",
              article_page(site, it.title, it.date, column, body_of(site, it)))
    for size in SIZES:
        for page in range(1, math.ceil(len(items) / size) + 1):
            html = list_page(site, column, column, _tan_page(items, size, page), script=TAN_SCRIPT)
            write(root, site.host, f"/xxgk/fzzfjsbg/list.jsp@channelId=318&pageSize={size}"
                  f"&pageNo={page}", html)
            if size == 5:   # the server's default size: page without pageSize, and page 1 bare
                write(root, site.host, f"/xxgk/fzzfjsbg/list.jsp@channelId=318&pageNo={page}", html)
                if page == 1:
                    write(root, site.host, "/xxgk/fzzfjsbg/list.jsp@channelId=318", html)
    replay_rules(root, site.host, {"headers": {"/xxgk/fzzfjsbg/*": {
        "Content-Type": "text/html;charset=UTF-8"}}})
    start = f"{folder}list.jsp?channelId=318"
    portal_toml(root, "tanling", site, "county", start, "generic",
                "a JSP table whose pager function reads the page-size <select>", "513428")
    expected(root, items, column=start,
             notes="Table of 16 rows, 5 a page by default (pages 5/5/5/1; the 2020 report alone "
                   "on page 4). Pages only through javascript:findByPage(N), which reads the "
                   "page size from <select id=pageSize> (5 selected; 10/20/50) and goes to "
                   "list.jsp?channelId=318&pageSize=S&pageNo=N. Every size's pages answer; "
                   "pageNo without pageSize answers the default size.")


# ---- mingyang
def _table_docx(title: str, seed: int) -> bytes:
    document = docx.Document()
    document.core_properties.author = "县司法局"
    document.add_paragraph(title)
    table = document.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ["序号", "重点任务", "责任单位", "完成情况"]):
        cell.text = text
    tasks = ["规范性文件备案审查", "行政执法三项制度", "行政复议体制改革", "重大行政决策目录管理",
             "法治宣传教育", "公共法律服务体系建设"]
    for n, task in enumerate(tasks):
        row = table.add_row().cells
        row[0].text, row[1].text = str(n + 1), task
        row[2].text, row[3].text = "县司法局", f"已完成（完成率{90 + (seed + n) % 10}%）"
    out = io.BytesIO()
    document.save(out)
    return fixed_zip(out.getvalue())


def _attachments(site: Site, it: Item) -> str:
    """The report article's body: one sentence, then 附件 1 and 2 (the 2022 one reversed)."""
    place = site.gov.replace("人民政府", "")
    stamp = it.date.replace("-", "")
    pdf = (f"./P0{stamp}{it.ident}1.pdf", f"{it.title}（正文）.pdf")
    doc = (f"./P0{stamp}{it.ident}2.docx", f"{place}{it.year}年度法治政府建设重点任务完成情况表.docx")
    pair = [doc, pdf] if it.year == 2022 else [pdf, doc]
    links = "\n".join(f'<p><a href="{href}" title="{name}">{n + 1}.{name}</a></p>'
                      for n, (href, name) in enumerate(pair))
    return (f'<p style="text-indent:2em;">《{it.title}》已经{place}人民政府常务会议审议通过，'
            f'现予以公开。</p>\n<p>附件：</p>\n{links}')


def mingyang() -> None:
    root = ROUND / "mingyang"
    site = Site("www.mingyang.gov.cn", "蓂阳县人民政府", "3509250005", "闽ICP备10023615号", "闽")
    items = make_items(site, "中共蓂阳县委全面依法治县委员会",
                       [2025, 2024, 2023, 2022, 2021], ["jd", "nb1", "nb2", "yd", "tz", "hy",
                                                       "xf", "sf"], 40931)
    base = f"http://{site.host}/zwgk/zdlyxxgk/fzzfjs/"
    column = "法治政府建设"
    for it in items:
        d = it.date.replace("-", "")
        it.url = f"{base}{d[:6]}/t{d}_{it.ident}.html"
        folder = it.url[len(f"http://{site.host}"):].rsplit("/", 1)[0] + "/"
        body = body_of(site, it)
        if it.why == "report":
            body = _attachments(site, it)
            write(root, site.host, f"{folder}P0{d}{it.ident}1.pdf",
                  make_pdf(lines_text(report_lines(site, it)), it.title))
            write(root, site.host, f"{folder}P0{d}{it.ident}2.docx", _table_docx(
                f"{site.gov.replace('人民政府', '')}{it.year}年度法治政府建设重点任务完成情况表",
                it.ident))
        write(root, site.host, it.url[len(f"http://{site.host}"):],
              article_page(site, it.title, it.date, column, body))
    lis = "\n".join(
        f'<li><a href="./{it.url[len(base):]}" title="{it.title}" target="_blank">{it.title}</a>'
        f'<span>{it.date}</span></li>' for it in items)
    write(root, site.host, "/zwgk/zdlyxxgk/fzzfjs/index.html",
          list_page(site, column, column, f'<ul class="list">\n{lis}\n</ul>\n'
                    f'<div class="page">共{len(items)}条 第1/1页</div>'))
    start = base + "index.html"
    portal_toml(root, "mingyang", site, "county", start, "trs",
                "one article a year: the report as 附件 正文.pdf beside a .docx task table", "350925")
    expected(root, items, html_reports=False, column=start,
             notes="One page, 13 rows. Each report row leads to an article holding one sentence "
                   "and two attachments: the report as …（正文）.pdf and the year's "
                   "重点任务完成情况表.docx (a table, not the report); the 2022 article lists the "
                   ".docx first. A report is found under its article or its PDF; the .docx is "
                   "no report (stored alone it is an extra).")
