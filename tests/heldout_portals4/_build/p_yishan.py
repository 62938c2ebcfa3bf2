# ruff: noqa: E501  (page markup and report phrases are long literal strings)
"""yishan: gov.cn-style (UCAP) county disclosure catalogue, topic 法治政府建设, pages via javascript:goPage(N)."""

from __future__ import annotations

from common import (
    OUT,
    SHARE,
    TOOLS,
    footer,
    nav,
    page,
    report_html,
    report_paragraphs,
    write,
    write_json,
    write_toml,
)

SLUG = "yishan"
HOST = "www.yishan.gov.cn"
SITE = "沂山县人民政府"
BASE = f"http://{HOST}"
LIST = "/zfxxgk/gkml/list.html"
TOPIC = "topic=fzzfjs"
PER_PAGE = 5
NAV = nav(
    [
        ("首页", "/"),
        ("走进沂山", "/zjys/"),
        ("政府信息公开", "/zfxxgk/"),
        ("政务服务", "http://www.shandong.gov.cn/"),
        ("互动交流", "/hdjl/"),
    ]
)
FOOT = footer(SITE, "鲁ICP备05067890号", "3713300002")
TOPICS = [
    ("zhzw", "综合政务"),
    ("fzzfjs", "法治政府建设"),
    ("czyjs", "财政预决算"),
    ("ghxx", "规划信息"),
    ("rsxx", "人事信息"),
    ("zdxm", "重大项目"),
]
# (id, date, full title, shown title, 文号, kind, year, variant)
ITEMS = [
    (
        4531,
        "2026-03-18",
        "沂山县人民政府办公室关于印发沂山县2026年法治政府建设工作要点的通知",
        "沂山县人民政府办公室关于印发沂山县2026年法治政府建设工作要...",
        "沂政办字〔2026〕9号",
        "plan",
        0,
        "",
    ),
    (
        4512,
        "2026-02-09",
        "沂山县人民政府关于2025年度法治政府建设情况的报告",
        None,
        "沂政发〔2026〕3号",
        "report",
        2025,
        "thematic",
    ),
    (
        4513,
        "2026-02-10",
        "《沂山县人民政府关于2025年度法治政府建设情况的报告》政策解读",
        "《沂山县人民政府关于2025年度法治政府建设情况的报告》政策解...",
        "",
        "jiedu",
        0,
        "",
    ),
    (4467, "2026-01-26", "沂山县人民政府2025年政府信息公开工作年度报告", None, "", "gkbg", 0, ""),
    (4398, "2025-12-30", "沂山县2025年度行政执法数据统计年报", None, "", "notice", 0, ""),
    (
        4102,
        "2025-02-14",
        "沂山县人民政府关于2024年度法治政府建设情况的报告",
        None,
        "沂政发〔2025〕4号",
        "report",
        2024,
        "std",
    ),
    (4077, "2025-01-03", "沂山县召开2024年度述法工作会议", None, "", "news", 0, ""),
    (
        3651,
        "2024-01-30",
        "沂山县人民政府关于2023年度法治政府建设情况的报告",
        None,
        "沂政发〔2024〕2号",
        "report",
        2023,
        "other",
    ),
    (
        3290,
        "2023-06-20",
        "沂山县人民政府关于公布县政府规范性文件清理结果的决定",
        "沂山县人民政府关于公布县政府规范性文件清理结果的...",
        "沂政发〔2023〕11号",
        "notice",
        0,
        "",
    ),
    (
        3188,
        "2023-02-27",
        "沂山县人民政府关于2022年度法治政府建设情况的报告",
        None,
        "沂政发〔2023〕5号",
        "report",
        2022,
        "std",
    ),
    (2796, "2022-04-12", "沂山县“八五”普法责任清单", None, "", "notice", 0, ""),
    (
        2701,
        "2022-03-01",
        "沂山县人民政府关于2021年度法治政府建设情况的报告",
        None,
        "沂政发〔2022〕6号",
        "report",
        2021,
        "thematic",
    ),
]
OTHER = {
    "plan": "各乡镇人民政府、街道办事处，县政府各部门：现将《沂山县2026年法治政府建设工作要点》印发给你们，请认真贯彻落实。",
    "jiedu": "一、起草背景。二、主要内容：报告分为主要举措和成效、第一责任人职责履行情况、存在的问题、下一步工作打算四个部分。三、解读机关：沂山县司法局。",
    "gkbg": "本报告由沂山县人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。一、总体情况。二、主动公开政府信息情况。",
    "notice": "根据有关规定，现予以公布。各单位要严格按照要求抓好落实。",
    "news": "1月3日，县委常委会、县政府常务会议联合召开2024年度述法工作会议，各乡镇（街道）、县直部门主要负责人现场述法。",
}


def url_of(item: tuple) -> str:
    ident, date = item[0], item[1]
    return f"/zfxxgk/gkml/content/{date[:7]}/{date[8:]}/content_{ident}.htm"


def topic_tree() -> str:
    on = ' class="on"'
    rows = "".join(
        f'<li{on if key == "fzzfjs" else ""}><a href="{LIST}?topic={key}">{name}</a></li>'
        for key, name in TOPICS
    )
    return f'<div class="gkml-tree"><h3>主题分类</h3><ul>{rows}</ul></div>'


def pager(current: int, total_pages: int, total: int) -> str:
    links = ['<a href="javascript:goPage(1)">首页</a>']
    if current > 1:
        links.append(f'<a href="javascript:goPage({current - 1})">上一页</a>')
    for n in range(1, total_pages + 1):
        links.append(
            f'<span class="current">{n}</span>'
            if n == current
            else f'<a href="javascript:goPage({n})">{n}</a>'
        )
    if current < total_pages:
        links.append(f'<a href="javascript:goPage({current + 1})">下一页</a>')
    links.append(f'<a href="javascript:goPage({total_pages})">尾页</a>')
    script = (
        "<script>function goPage(n){var u='" + LIST + "?" + TOPIC + "';if(n>1){u+='&pageIndex='+n;}"
        "window.location.href=u;}</script>"
    )
    return (
        f'<div class="pagination">共{total}条 {current}/{total_pages}页 '
        + " ".join(links)
        + f"</div>{script}"
    )


def listing(current: int, chunk: list, total_pages: int) -> str:
    rows = []
    for offset, item in enumerate(chunk, start=(current - 1) * PER_PAGE + 1):
        ident, date, title, shown, wh = item[:5]
        rows.append(
            f"<tr><td>{offset}</td><td>113713300042365112/{date[:4]}-{ident:05d}</td>"
            f'<td class="title"><a href="{url_of(item)}" title="{title}" target="_blank">{shown or title}</a></td>'
            f"<td>{date.replace('-', '/')}</td><td>{wh}</td></tr>"
        )
    table = (
        '<table class="gkml-list"><thead><tr><th>序号</th><th>索引号</th><th>名称</th><th>发布日期</th><th>文号</th>'
        "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )
    body = (
        f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a> &gt; '
        f'政府信息公开目录 &gt; 法治政府建设</div><div class="gkml">{topic_tree()}<div class="gkml-main">'
        f"<h2>法治政府建设</h2>{table}{pager(current, total_pages, len(ITEMS))}</div></div>"
    )
    return page(
        site=SITE,
        title="政府信息公开目录",
        body=body,
        nav_html=NAV,
        foot=FOOT,
        metas={"SiteName": SITE, "ColumnName": "政府信息公开目录"},
    )


def article(item: tuple) -> tuple[str, list[str]]:
    ident, date, title, _shown, wh, kind, year, variant = item
    cats: list[str] = []
    if kind == "report":
        rows, cats = report_paragraphs("沂山县", year, variant, ident)
        text = report_html(
            rows,
            salutation="临沂市人民政府：",
            closing=[
                "沂山县人民政府",
                f"{date[:4]}年{int(date[5:7])}月{int(date[8:])}日",
                "（此件公开发布）",
            ],
        )
    else:
        text = f"<p>{OTHER[kind]}</p>"
    head = (
        f'<table class="policyLibraryOverview_header"><tr><td><b>索引号：</b>113713300042365112/{date[:4]}-{ident:05d}</td>'
        f"<td><b>主题分类：</b>法治政府建设</td></tr><tr><td><b>发文机关：</b>沂山县人民政府</td>"
        f"<td><b>成文日期：</b>{date[:4]}年{int(date[5:7])}月{int(date[8:])}日</td></tr>"
        f'<tr><td colspan="2"><b>标　　题：</b>{title}</td></tr><tr><td><b>发文字号：</b>{wh}</td>'
        f"<td><b>发布日期：</b>{date[:4]}年{int(date[5:7])}月{int(date[8:])}日</td></tr></table>"
    )
    body = (
        f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a> &gt; '
        f'<a href="{LIST}?{TOPIC}">法治政府建设</a></div><div class="article">{head}'
        f'<div class="article-title"><h1>{title}</h1></div>{TOOLS}'
        f'<div class="pages_content" id="UCAP-CONTENT">{text}</div>'
        f'<div id="qr_container">扫一扫在手机打开当前页</div>{SHARE}'
        f'<div class="xg-list related"><h4>相关链接</h4><ul><li><a href="{LIST}?{TOPIC}">法治政府建设</a></li></ul></div></div>'
    )
    return page(
        site=SITE,
        title=title,
        body=body,
        nav_html=NAV,
        foot=FOOT,
        metas={
            "ArticleTitle": title,
            "PubDate": date,
            "ContentSource": "沂山县人民政府",
            "SiteName": SITE,
            "ColumnName": "法治政府建设",
        },
    ), cats


def build() -> dict:
    folder = OUT / SLUG
    site = folder / "site" / HOST
    start = f"{BASE}{LIST}?{TOPIC}"
    write_toml(
        folder,
        slug=SLUG,
        name=SITE,
        code="371330",
        level="county",
        province="山东省",
        family="ucap",
        start=start,
    )
    write(
        site / "index.html",
        page(
            site=SITE,
            title="首页",
            nav_html=NAV,
            foot=FOOT,
            body=(
                f'<div class="home"><h3>政府信息公开</h3><ul><li><a href="/zfxxgk/gkml/list.html?topic=zhzw">政府信息公开目录</a></li>'
                f'<li><a href="{LIST}?{TOPIC}">法治政府建设</a></li></ul></div>'
            ),
        ),
    )
    total_pages = (len(ITEMS) + PER_PAGE - 1) // PER_PAGE
    for n in range(1, total_pages + 1):
        html = listing(n, ITEMS[(n - 1) * PER_PAGE : n * PER_PAGE], total_pages)
        write(site / f"zfxxgk/gkml/list.html@{TOPIC}&pageIndex={n}", html)
        if n == 1:
            write(site / f"zfxxgk/gkml/list.html@{TOPIC}", html)
    expected = {"reports": [], "skipped": [], "failures": []}
    why = {
        "plan": "工作要点",
        "jiedu": "解读",
        "gkbg": "政府信息公开工作年度报告",
        "notice": "notice",
        "news": "news",
    }
    for item in ITEMS:
        html, cats = article(item)
        write(site / url_of(item).lstrip("/"), html)
        if item[5] == "report":
            expected["reports"].append(
                {"url": BASE + url_of(item), "year": item[6], "title": item[2], "level1": cats}
            )
        else:
            expected["skipped"].append(
                {"url": BASE + url_of(item), "title": item[2], "why": why[item[5]]}
            )
    expected = {
        "notes": (
            "gov.cn-style (UCAP) county platform: the report column is the 政府信息公开目录 filtered by the "
            "法治政府建设 topic (list.html?topic=fzzfjs, a topic tree beside it whose other topics are not saved). "
            "The table listing (序号/索引号/名称/发布日期 2026/02/09/文号, long names cut with ... and full in title=) "
            'pages ONLY through <a href="javascript:goPage(N)"> (首页/上一页/1 2 3/下一页/尾页), goPage builds '
            "list.html?topic=fzzfjs&pageIndex=N; 12 items on 3 pages, the 2021 report on page 3. Articles: "
            "div#UCAP-CONTENT, policyLibraryOverview_header table, #qr_container, xg-list related."
        ),
        "home": f"{BASE}/",
        "column": start,
        **expected,
    }
    write_json(folder / "expected.json", expected)
    return expected
