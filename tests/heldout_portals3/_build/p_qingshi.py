"""qingshi: a gov.cn-style (UCAP) city column: 412 on listing page 2, a dead report link, a
report split over three pages."""

# ruff: noqa: E501 - fixture builder: long lines are HTML and report text

from __future__ import annotations

import json

from common import (
    Portal,
    Skin,
    article,
    challenge_page,
    cn_date,
    emit,
    make_report,
    page,
    report_html,
    write_home,
)

PLACE = "青石市"
DIR = "/zwgk/fdzdgknr/fzzfjsndbg/"
SPLIT = ("report", "青石市人民政府关于2024年度法治政府建设情况的报告", "2025-01-24", 2024, 1502)
PAGE1 = [  # (kind, title, date, year, id)
    ("report", "青石市人民政府关于2025年度法治政府建设情况的报告", "2026-01-27", 2025, 1601),
    SPLIT,
    ("解读", "【图解】青石市2024年度法治政府建设情况报告", "2025-01-26", 0, 1509),
    ("政府信息公开工作年度报告", "青石市人民政府2024年政府信息公开工作年度报告", "2025-01-18", 0, 1488),
    ("report", "青石市人民政府关于2023年度法治政府建设情况的报告", "2024-01-29", 2023, 1433),
    ("news", "青石市召开法治政府建设示范创建工作推进会", "2024-05-22", 0, 1455),
    ("dead", "青石市人民政府关于2022年度法治政府建设情况的报告", "2023-02-10", 2022, 1377),
    ("notice", "关于开展2023年度行政执法案卷评查工作的通知", "2023-06-06", 0, 1391),
]
PAGE3 = [
    ("report", "青石市人民政府关于2020年度法治政府建设情况的报告", "2021-01-28", 2020, 1120),
    ("工作要点", "青石市2020年法治政府建设工作要点", "2020-04-02", 0, 1051),
    ("report", "青石市人民政府关于2019年度法治政府建设情况的报告", "2020-03-13", 2019, 1043),
    ("news", "我市2019年度法治政府建设考核工作圆满完成", "2020-01-09", 0, 1011),
    ("notice", "青石市人民政府办公室关于做好2019年度法治政府建设年度报告工作的通知", "2019-12-16", 0, 998),
]
ORDER = ("measures", "leadership", "shortcomings", "plans", "other")


def item_path(date: str, doc: int) -> str:
    return f"{DIR}{date[:4]}{date[5:7]}/t{date.replace('-', '')}_{doc}.html"


def split_report(p: Portal, skin: Skin) -> None:
    """The 2024 report over t…html, t…_1.html, t…_2.html; breaks inside sections 一 and 三."""
    kind, title, date, year, doc = SPLIT
    lines = make_report(title=title, org="市政府", year=year, to="省人民政府：", signer="青石市人民政府",
                        date_cn=cn_date(date), seed=2, order=ORDER, docno="青政文〔2025〕4号")
    heads = [i for i, (k, _) in enumerate(lines) if k == "h1"]
    cuts = [0, heads[0] + 3, heads[2] + 2, len(lines)]
    base = item_path(date, doc)
    names = [base.rsplit("/", 1)[1].replace(".html", s) for s in (".html", "_1.html", "_2.html")]
    for number in range(3):
        links = [f'<a href="{n}">{i + 1}</a>' if i != number else f"<span>{i + 1}</span>"
                 for i, n in enumerate(names)]
        if number < 2:
            links.append(f'<a href="{names[number + 1]}">下一页</a>')
        pager = f'<div class="pages">{"".join(links)}</div>'
        body = report_html(lines[cuts[number]:cuts[number + 1]])
        path = base.replace(".html", ("", "_1", "_2")[number] + ".html")
        p.write(path, article(skin, title=title, date=date, body=body, column_name="法治政府建设年度报告",
                              docno="青政文〔2025〕4号", after=pager + RELATED))
    p.reports.append({"url": p.url(base), "year": year, "title": title, "level1": list(ORDER),
                      "pages": [p.url(base.replace(".html", s)) for s in ("_1.html", "_2.html")]})


RELATED = ('<div class="xg-list related"><h4>相关稿件</h4><ul><li><a href="/zwgk/zcjd/">政策解读</a></li>'
           '</ul></div><div id="qr_container"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div>')


def listing(p: Portal, skin: Skin, items: list, number: int, pages: int) -> str:
    rows = []
    for _kind, title, date, _year, doc in items:
        rows.append(f'<li><a href="./{item_path(date, doc)[len(DIR):]}" target="_blank">{title}</a>'
                    f'<span class="date">{date.replace("-", "/")}</span></li>')
    names = ["index.html"] + [f"index_{i}.html" for i in range(1, pages)]
    links = [f'<a href="{n}">{i + 1}</a>' if i != number else f'<span class="current">{i + 1}</span>'
             for i, n in enumerate(names)]
    nav = [f'<a href="{names[0]}">首页</a>'] + links
    if number < pages - 1:
        nav += [f'<a href="{names[number + 1]}">下一页</a>', f'<a href="{names[-1]}">尾页</a>']
    return ('<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
            '<a href="/zwgk/fdzdgknr/">法定主动公开内容</a> &gt; 法治政府建设年度报告</div>'
            '<div class="list-wrap"><h2 class="list-title">法治政府建设年度报告</h2><ul class="list">\n'
            + "\n".join(rows) + f'\n</ul><div class="pagination">共{pages}页 {" ".join(nav)}</div></div>')


def build() -> Portal:
    p = Portal(slug="qingshi", name="青石市人民政府", host="www.qingshi.gov.cn",
               division_code="411800", level="prefecture", province="河南省", family="ucap",
               column=f"http://www.qingshi.gov.cn{DIR}index.html")
    nav = ["政务公开", "政务服务", "互动交流", "魅力青石", "数据发布"]
    skin = Skin(site="青石市人民政府", nav=nav, icp="豫ICP备10012345号", code="4118000001",
                container='<div id="UCAP-CONTENT" class="pages_content">{body}</div>', xxgk_style="dl",
                publisher="青石市人民政府办公室")
    for number, (kind, title, date, year, doc) in enumerate(PAGE1 + PAGE3):
        path = item_path(date, doc)
        if doc == SPLIT[4]:
            split_report(p, skin)
        elif kind == "dead":
            p.failures.append({"url": p.url(path), "why": "404 dead link", "title": title,
                               "year": year})
        else:
            emit(p, skin, path=path, kind=kind, title=title, date=date, place=PLACE,
                 column_name="法治政府建设年度报告", year=year, seed=number, order=ORDER[:4],
                 to="省人民政府：", signer="青石市人民政府", org="市政府",
                 report=title.removeprefix("【图解】"))
    p.write(DIR + "index.html", page(title="法治政府建设年度报告", site=skin.site, nav=nav,
                                     body=listing(p, skin, PAGE1, 0, 3), icp=skin.icp, code=skin.code))
    p.write(DIR + "index_1.html", challenge_page())
    p.write(DIR + "index_2.html", page(title="法治政府建设年度报告", site=skin.site, nav=nav,
                                       body=listing(p, skin, PAGE3, 2, 3), icp=skin.icp, code=skin.code))
    p.write("/_replay.json", json.dumps({"status": {DIR + "index_1.html": 412}}, indent=1))
    p.failures.insert(0, {"url": p.url(DIR + "index_1.html"),
                          "why": "412 anti-bot challenge (listing page 2)"})
    write_home(p, skin, [("法治政府建设年度报告", DIR + "index.html"), ("政策解读", "/zwgk/zcjd/")],
               ["青石市政府召开第三十次常务会议", "市长带队调研重点民生实事"])
    p.write("/robots.txt", "User-agent: *\nAllow: /\n")
    p.notes = (
        "gov.cn-style (UCAP) prefecture city column /zwgk/fdzdgknr/fzzfjsndbg/index.html with a rendered "
        "pager (共3页 首页 1 2 3 下一页 尾页 -> index_1.html, index_2.html), dates 2025/01/24. Page 2 "
        "(index_1.html) answers 412 with a 瑞数-style JS challenge: the crawl must say so, and must still "
        "crawl page 3 (linked from page 1). The 2024 report is split over t20250124_1502.html, _1.html, "
        "_2.html (rendered 1 2 3 下一页 links; breaks inside sections 一 and 三; five sections incl. "
        "督察整改) and is one report. The 2022 report link is dead (404). body div#UCAP-CONTENT, "
        "#qr_container, div.xg-list.related, dl/dd xxgk block. Reports 2019, 2020, 2023, 2024, 2025 (whatever "
        "sits on the blocked page 2 is unknown); seven non-reports.")
    return p
