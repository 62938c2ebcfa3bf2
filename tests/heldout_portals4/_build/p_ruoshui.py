# ruff: noqa: E501  (page markup and report phrases are long literal strings)
"""ruoshui: list.shtml/list_N.shtml reached only by a <select onchange> jumper and 首页/末页 links; split reports."""

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

SLUG = "ruoshui"
HOST = "www.ruoshui.gov.cn"
SITE = "若水县人民政府"
BASE = f"http://{HOST}"
COLUMN = "/xxgk/fzzfjsndbg/"
PER_PAGE = 4
NAV = nav(
    [
        ("首页", "/"),
        ("若水概况", "/rsgk/"),
        ("信息公开", "/xxgk/"),
        ("政务服务", "https://www.hnzwfw.gov.cn/"),
        ("政民互动", "/zmhd/"),
    ]
)
FOOT = footer(SITE, "豫ICP备07004321号", "4115290003")
# (id, date, title, kind, year, variant, pages)
ITEMS = [
    (6120, "2026-03-25", "若水县2026年法治政府建设工作要点", "plan", 0, "", 1),
    (5522, "2026-02-11", "【解读】若水县2025年度法治政府建设情况报告解读", "jiedu", 0, "", 1),
    (
        5521,
        "2026-02-10",
        "若水县人民政府关于2025年度法治政府建设情况的报告",
        "report",
        2025,
        "std",
        2,
    ),
    (5418, "2026-01-16", "若水县人民政府2025年政府信息公开工作年度报告", "gkbg", 0, "", 1),
    (4973, "2025-03-03", "若水县2024年度法治政府建设情况报告", "report", 2024, "other", 1),
    (4870, "2024-12-04", "我县开展“宪法宣传周”系列活动", "news", 0, "", 1),
    (
        4392,
        "2024-02-26",
        "若水县人民政府关于2023年度法治政府建设情况的报告",
        "report",
        2023,
        "thematic",
        3,
    ),
    (4301, "2023-11-20", "若水县关于征集2024年度重大行政决策事项的公告", "notice", 0, "", 1),
    (3818, "2023-03-15", "若水县2022年度法治政府建设情况报告", "report", 2022, "std", 1),
    (3366, "2022-05-09", "县司法局组织开展行政执法人员培训", "news", 0, "", 1),
    (2790, "2021-03-30", "若水县2020年度法治政府建设情况报告", "report", 2020, "std", 1),
]
OTHER = {
    "plan": "为全面推进依法行政，加快建设法治政府，结合我县实际，制定本要点。一、加强党对法治政府建设的全面领导。二、健全依法行政制度体系。",
    "jiedu": "近日，《若水县人民政府关于2025年度法治政府建设情况的报告》正式公开发布。为便于公众理解，现就有关内容解读如下：一、报告的主要内容。二、亮点工作。",
    "gkbg": "一、总体情况。2025年，若水县人民政府认真贯彻落实《中华人民共和国政府信息公开条例》。二、主动公开政府信息情况。三、存在的主要问题及改进情况。",
    "news": "近日，我县组织开展法治宣传活动，发放宣传资料2000余份，现场解答群众法律咨询150余人次。",
    "notice": "为推进科学决策、民主决策、依法决策，现面向社会公开征集2024年度重大行政决策事项建议，征集时间为即日起至12月20日。",
}


def art_path(ident: int, date: str, part: int = 1) -> str:
    suffix = "" if part == 1 else f"_{part}"
    return f"{COLUMN}{date[:7]}/{date[8:]}/content_{ident}{suffix}.shtml"


def short(title: str) -> str:
    return title if len(title) <= 20 else title[:19] + "..."


def jumper(current: int, pages: int) -> str:
    names = ["list.shtml"] + [f"list_{n}.shtml" for n in range(2, pages + 1)]
    options = "".join(
        f'<option value="{name}"{" selected" if n == current else ""}>第{n}页</option>'
        for n, name in enumerate(names, start=1)
    )
    return (
        f'<div class="pages">共{len(ITEMS)}条 第{current}/{pages}页 <a href="list.shtml">首页</a> '
        f'<a href="{names[-1]}">末页</a> 转到 <select onchange="window.location.href=this.value">{options}</select></div>'
    )


def listing(current: int, chunk: list, pages: int) -> str:
    rows = "".join(
        f'<li><span class="date">{date.replace("-", "/")}</span>'
        f'<a href="{art_path(ident, date)}" title="{title}">{short(title)}</a></li>'
        for ident, date, title, *_ in chunk
    )
    body = (
        f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 法治政府建设年度报告</div>'
        f'<div class="main-list"><h2>法治政府建设年度报告</h2><ul>{rows}</ul>{jumper(current, pages)}</div>'
    )
    return page(
        site=SITE,
        title="法治政府建设年度报告",
        body=body,
        nav_html=NAV,
        foot=FOOT,
        metas={"SiteName": SITE, "ColumnName": "法治政府建设年度报告"},
    )


def split(rows: list, parts: int) -> list[list]:
    """Cut the rows into parts at level-1 headings where possible (as the CMS pager does, by length)."""
    size = (len(rows) + parts - 1) // parts
    return [rows[i * size : (i + 1) * size] for i in range(parts)]


def part_pager(ident: int, date: str, part: int, parts: int) -> str:
    if parts == 1:
        return ""
    links = [
        f"<span>{n}</span>"
        if n == part
        else f'<a href="content_{ident}{"" if n == 1 else "_" + str(n)}.shtml">{n}</a>'
        for n in range(1, parts + 1)
    ]
    if part < parts:
        links.append(f'<a href="content_{ident}_{part + 1}.shtml">下一页</a>')
    return '<div class="page_nav">' + " ".join(links) + "</div>"


def article(item: tuple, part: int, html: str) -> str:
    ident, date, title, _kind, _year, _variant, parts = item
    body = (
        f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; '
        f'<a href="{COLUMN}list.shtml">法治政府建设年度报告</a></div><div class="detail">'
        f'<ul class="xxgk-meta"><li>索引号：005112345/{date[:4]}-{ident:05d}</li><li>发布机构：若水县人民政府办公室</li>'
        f"<li>发文日期：{date[:4]}年{int(date[5:7])}月{int(date[8:])}日</li><li>主题分类：法治政府建设</li></ul>"
        f'<h1 class="detail-title">{title}</h1><div class="detail-info">{date} 来源：若水县人民政府 浏览次数：<span id="hits"></span></div>'
        f'{TOOLS}<div class="detail-content" id="Zoom">{html}</div>{part_pager(ident, date, part, parts)}'
        f'{SHARE}<div class="prevnext"><p>上一篇：<a href="{COLUMN}list.shtml">返回列表</a></p></div></div>'
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
            "ContentSource": SITE,
            "SiteName": SITE,
            "ColumnName": "法治政府建设年度报告",
        },
    )


def build() -> dict:
    folder = OUT / SLUG
    site = folder / "site" / HOST
    start = f"{BASE}{COLUMN}list.shtml"
    write_toml(
        folder,
        slug=SLUG,
        name=SITE,
        code="411529",
        level="county",
        province="河南省",
        family="generic",
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
                f'<div class="home"><h3>信息公开</h3><ul><li><a href="{COLUMN}list.shtml">法治政府建设年度报告</a></li></ul></div>'
            ),
        ),
    )
    pages = (len(ITEMS) + PER_PAGE - 1) // PER_PAGE
    for n in range(1, pages + 1):
        name = "list.shtml" if n == 1 else f"list_{n}.shtml"
        write(
            site / COLUMN.strip("/") / name,
            listing(n, ITEMS[(n - 1) * PER_PAGE : n * PER_PAGE], pages),
        )
    expected = {"reports": [], "skipped": [], "failures": []}
    why = {
        "plan": "工作要点",
        "jiedu": "解读",
        "gkbg": "政府信息公开工作年度报告",
        "news": "news",
        "notice": "notice",
    }
    for item in ITEMS:
        ident, date, title, kind, year, variant, parts = item
        url = BASE + art_path(ident, date)
        if kind != "report":
            write(
                site / art_path(ident, date).lstrip("/"), article(item, 1, f"<p>{OTHER[kind]}</p>")
            )
            expected["skipped"].append({"url": url, "title": title, "why": why[kind]})
            continue
        rows, cats = report_paragraphs("若水县", year, variant, ident)
        chunks = split(rows, parts)
        for part, chunk in enumerate(chunks, start=1):
            salutation = "信阳市人民政府：" if part == 1 else ""
            closing = ["若水县人民政府", f"{date[:4]}年{int(date[5:7])}月{int(date[8:])}日"]
            html = (
                report_html(chunk, salutation=salutation, closing=closing)
                if part == parts
                else "\n".join(
                    ([f"<p>{salutation}</p>"] if salutation else [])
                    + [
                        f'<p style="text-indent:2em">{"<strong>" + t + "</strong>" if k == "h1" else t}</p>'
                        for k, t in chunk
                    ]
                )
            )
            write(site / art_path(ident, date, part).lstrip("/"), article(item, part, html))
        expected["reports"].append({"url": url, "year": year, "title": title, "level1": cats})
    expected = {
        "notes": (
            "Generic county CMS: listing list.shtml → list_2.shtml → list_3.shtml reachable ONLY through a "
            '<select onchange="window.location.href=this.value"> page jumper (option values) and 首页/末页 links — '
            "no 下一页 and no numbered page links; page 2 is linked by nothing but the <option>. 11 items, 4 per page, "
            "dates 2026/02/10, titles cut with ... (full in title=). Reports split over pages: the 2025 report "
            "content_5521.shtml + content_5521_2.shtml, the 2023 report content_4392.shtml, _2, _3 (cut mid-section "
            "by length, linked by a numbered page_nav with 下一页); one report each, url = first page, level1 over all parts."
        ),
        "home": f"{BASE}/",
        "column": start,
        **expected,
    }
    write_json(folder / "expected.json", expected)
    return expected
