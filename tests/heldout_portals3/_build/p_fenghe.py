"""fenghe: a Hanweb JCMS column, 45 records over 3 jpage pages (POST dataproxy.jsp)."""

# ruff: noqa: E501 - fixture builder: long lines are HTML and report text

from __future__ import annotations

import json

from common import Portal, Skin, emit, page

COLUMN, UNIT, WEBID, PERPAGE = 5821, 43107, 62, 15
PLACE = "丰禾区"
REPORT_DAYS = {2024: "01-24", 2023: "01-30", 2022: "02-14", 2021: "01-27", 2020: "01-22"}
RELATIVE_YEAR = 2024   # this report's record (page 1) is written relative to the column page


def other_items(year: int) -> list[tuple[str, str, str]]:
    """Eight non-report items published during `year` (kind, title, MM-DD)."""
    return [
        ("解读", f"《{PLACE}{year - 1}年度法治政府建设情况报告》政策解读", "02-03"),
        ("政府信息公开工作年度报告", f"{PLACE}人民政府{year - 1}年政府信息公开工作年度报告", "01-18"),
        ("工作要点", f"{PLACE}{year}年法治政府建设工作要点", "03-21"),
        ("news", f"{PLACE}召开{year}年法治政府建设工作领导小组第一次全体会议", "04-16"),
        ("notice", f"关于做好{year}年度行政规范性文件清理工作的通知", "05-09"),
        ("news", f"{PLACE}开展{year}年“宪法宣传周”集中宣传活动", "12-04"),
        ("notice", f"关于公布{PLACE}{year}年度重大行政决策事项目录的公告", "06-27"),
        ("news", f"区司法局赴街道开展{year}年行政执法案卷评查工作", "09-12"),
    ]


def items() -> list[tuple[str, str, str, int]]:
    """45 items newest first: (kind, title, date, year reported on)."""
    out = []
    for year in range(2025, 2020, -1):
        out += [(k, t, f"{year}-{md}", 0) for k, t, md in other_items(year)]
    for year, day in REPORT_DAYS.items():
        title = (f"{PLACE}{year}年度法治政府建设情况报告" if year != 2021 else
                 f"中共{PLACE}委 {PLACE}人民政府关于{year}年度法治政府建设工作情况的报告")
        out.append(("report", title, f"{year + 1}-{day}", year))
    return sorted(out, key=lambda item: item[2], reverse=True)


def cut(title: str, n: int = 20) -> str:
    return title if len(title) <= n else title[:n] + "..."


def record(href: str, title: str, date: str) -> str:
    return (f'<record><![CDATA[\n<li><a href="{href}" title="{title}" target="_blank">{cut(title)}</a>'
            f'<span class="bt-data-time">{date}</span></li>\n]]></record>')


def build() -> Portal:
    p = Portal(slug="fenghe", name="丰禾区人民政府", host="www.fenghe.gov.cn",
               division_code="320815", level="district", province="江苏省", family="hanweb",
               column=f"http://www.fenghe.gov.cn/col/col{COLUMN}/index.html")
    nav = ["政务公开", "政务服务", "政民互动", "走进丰禾", "专题专栏"]
    skin = Skin(site="丰禾区人民政府", nav=nav, icp="苏ICP备12071234号-1", code="3208150003",
                container=('<div id="zoom"><meta name="ContentStart">{body}'
                           '<meta name="ContentEnd"></div>'), xxgk_style="table",
                publisher="丰禾区司法局")
    records = []
    for number, (kind, title, date, year) in enumerate(items()):
        y, m, d = (int(x) for x in date.split("-"))
        path = f"/art/{y}/{m}/{d}/art_{COLUMN}_{3381900 - number * 37}.html"
        emit(p, skin, path=path, kind=kind, title=title, date=date, place=PLACE,
             column_name="法治政府建设年度报告", year=year, seed=number + 3, style="strong",
             to="中共丰禾区委：" if year != 2021 else "市委、市政府：",
             signer=f"{PLACE}人民政府" if year != 2021 else f"中共{PLACE}委　{PLACE}人民政府",
             report=title.split("《")[-1].split("》")[0])
        href = ("../.." + path) if year == RELATIVE_YEAR else path
        records.append(record(href, title, date))
    p.write(f"/col/col{COLUMN}/_records.xml", "<records>\n" + "\n".join(records) + "\n</records>\n")
    first = "\n".join(records[:PERPAGE])
    param = {"webid": WEBID, "path": "/", "columnid": COLUMN, "sourceContentType": 1, "unitid": UNIT,
             "webname": "丰禾区人民政府", "permissiontype": 0}
    script = (f'<div id="{UNIT}"><script type="text/xml"><datastore>\n<nextgroup><![CDATA[<a href="/module/'
              f'web/jpage/dataproxy.jsp?page=1&appid=1&webid={WEBID}&path=/&columnid={COLUMN}&unitid='
              f'{UNIT}&webname=%E4%B8%B0%E7%A6%BE%E5%8C%BA&permissiontype=0"></a>]]></nextgroup>\n'
              f'<recordset>\n{first}\n</recordset>\n</datastore></script>'
              f'<script language="javascript" src="/module/web/jpage/jpage.js"></script>'
              f"<script>$(document).ready(function(){{ $('#{UNIT}').jpage({{ dataStore: 'xml', "
              f"totalRecord: {len(records)}, perPage: {PERPAGE}, groupSize: 3, barPosition: 'bottom', "
              f"proxyUrl: '/module/web/jpage/dataproxy.jsp', ajaxParam: {json.dumps(param, ensure_ascii=False)}, "
              "showMode: 'full', themeName: 'default' }); });</script></div>")
    body = ('<div class="crumbs">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col5810/index.html">'
            '政务公开</a> &gt; <a href="/col/col5821/index.html">法治政府建设年度报告</a></div>'
            '<div class="main"><div class="lm-name">法治政府建设年度报告</div><div class="bt-list">'
            f"{script}</div></div>")
    p.write(f"/col/col{COLUMN}/index.html", page(title="法治政府建设年度报告", site=skin.site, nav=nav,
                                                  body=body, icp=skin.icp, code=skin.code))
    p.write("/_replay.json", json.dumps({"post": {"/module/web/jpage/dataproxy.jsp":
                                                  "hanweb_dataproxy"}}, indent=1))
    p.notes = (
        "Hanweb JCMS district column /col/col5821/index.html: records 1-15 of 45 as CDATA <record>s in "
        "<script type=text/xml>; jpage({totalRecord:45, perPage:15, proxyUrl:'/module/web/jpage/"
        "dataproxy.jsp', ajaxParam:{webid:62, columnid:5821, unitid:43107, ...}}); records 16-45 only by "
        "POST dataproxy.jsp?startrecord=16&endrecord=30&perpage=15 and 31-45 (form columnid/unitid/webid). "
        "Titles cut at 20 chars with ... (full title in title=). The 2024 report's record (page 1) has a "
        "document-relative href ../../art/2025/1/24/... (resolves against the column page). Five reports "
        "2020-2024, two on each later page; the 2021 one is a joint 区委/区政府 report. 40 non-reports "
        "(解读, 政府信息公开工作年度报告, 工作要点, notices, news). Body div#zoom between ContentStart/End.")
    return p
