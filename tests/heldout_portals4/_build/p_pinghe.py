# ruff: noqa: E501  (page markup and report phrases are long literal strings)
"""pinghe_sfj: a 司法局 TRS column listing reports only as PDF/DOCX files (TRS P0YYYYMMDD… names)."""

from __future__ import annotations

from common import (
    OUT,
    SHARE,
    TOOLS,
    footer,
    make_docx,
    make_pdf,
    nav,
    page,
    report_lines,
    report_paragraphs,
    write,
    write_json,
    write_toml,
)

SLUG = "pinghe_sfj"
HOST = "sfj.pinghe.gov.cn"
SITE = "平禾县司法局"
BASE = f"http://{HOST}"
COLUMN = "/xxgk/fzzfjsndbg/"
PER_PAGE = 5
NAV = nav(
    [
        ("首页", "/"),
        ("机构概况", "/jggk/"),
        ("信息公开", "/xxgk/"),
        ("法治政府建设年度报告", COLUMN + "index.html"),
        ("公共法律服务", "/ggflfw/"),
    ]
)
FOOT = footer(SITE, "湘ICP备06023456号-3", "4305300018")
# (file or page under COLUMN, shown title, date, kind, year, variant, state)  state: ok | 404 | html
ITEMS = [
    (
        "202603/t20260318_1023.html",
        "县司法局召开2026年法治政府建设工作推进会",
        "2026-03-18",
        "news",
        0,
        "",
        "html",
    ),
    (
        "202602/t20260214_1011.html",
        "图解：平禾县司法局2025年度法治政府建设情况报告",
        "2026-02-14",
        "jiedu",
        0,
        "",
        "html",
    ),
    (
        "202602/P020260213385614220187.pdf",
        "平禾县司法局2025年度法治政府建设情况报告",
        "2026-02-13",
        "report",
        2025,
        "std",
        "ok",
    ),
    (
        "202601/P020260119520371846602.pdf",
        "平禾县司法局2025年政府信息公开工作年度报告",
        "2026-01-19",
        "gkbg",
        0,
        "",
        "ok",
    ),
    (
        "202501/P020250122604187263519.pdf",
        "平禾县司法局2024年度法治政府建设情况报告",
        "2025-01-22",
        "report",
        2024,
        "thematic",
        "ok",
    ),
    (
        "202404/P020240409117523064829.pdf",
        "平禾县2024年普法依法治理工作要点",
        "2024-04-09",
        "plan",
        0,
        "",
        "ok",
    ),
    (
        "202402/P020240206318852046731.docx",
        "平禾县司法局关于2023年度法治政府建设情况的报告",
        "2024-02-06",
        "report",
        2023,
        "other",
        "ok",
    ),
    (
        "202302/P020230215471290384520.pdf",
        "平禾县司法局2022年度法治政府建设情况报告",
        "2023-02-15",
        "report",
        2022,
        "std",
        "404",
    ),
    (
        "202203/P020220301725510948316.pdf",
        "平禾县司法局2021年度法治政府建设情况报告",
        "2022-03-01",
        "report",
        2021,
        "std",
        "ok",
    ),
]
OTHER = {
    "news": "3月18日，县司法局召开2026年法治政府建设工作推进会，传达学习上级会议精神，部署全年法治政府建设重点任务。",
    "jiedu": "一图读懂：2025年，县司法局审查规范性文件38件，办理行政复议案件57件，组织执法人员培训12期。原文请见本栏目PDF文件。",
    "gkbg": "本报告根据《中华人民共和国政府信息公开条例》编制，内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等。",
    "plan": "2024年全县普法依法治理工作的总体要求是：以习近平法治思想为指导，全面实施“八五”普法规划。一、深入学习宣传习近平法治思想。",
}
PAGER_FN = (
    "<script>function createPageHTML(_nPageCount,_nCurrIndex,_sPageName,_sPageExt){if(_nPageCount==null||"
    "_nPageCount<=1){return;}var n=_nCurrIndex+1;document.write('共'+_nPageCount+'页 当前第'+n+'页 ');"
    "for(var i=0;i<_nPageCount;i++){var f=i==0?_sPageName+'.'+_sPageExt:_sPageName+'_'+i+'.'+_sPageExt;"
    "document.write(i==_nCurrIndex?'<span>'+(i+1)+'</span> ':'<a href=\"'+f+'\">'+(i+1)+'</a> ');}}</script>"
)


def short(title: str) -> str:
    return title if len(title) <= 22 else title[:21] + "..."


def listing(current: int, chunk: list, pages: int) -> str:
    rows = "".join(
        f'<li><a href="./{path}" target="_blank" title="{title}">{short(title)}</a>'
        f'<span class="date">{date}</span></li>'
        for path, title, date, *_ in chunk
    )
    body = (
        f'<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 法治政府建设年度报告</div>'
        f'<div class="list-box"><h2>法治政府建设年度报告</h2><ul class="list">{rows}</ul>'
        f'<div class="page">{PAGER_FN}<script>createPageHTML({pages}, {current}, "index", "html");</script></div></div>'
    )
    return page(
        site=SITE,
        title="法治政府建设年度报告",
        body=body,
        nav_html=NAV,
        foot=FOOT,
        metas={"SiteName": SITE, "ColumnName": "法治政府建设年度报告"},
    )


def html_article(title: str, date: str, kind: str) -> str:
    body = (
        f'<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="{COLUMN}index.html">法治政府建设年度报告</a></div>'
        f'<div class="article"><h1>{title}</h1><div class="info">发布日期：{date}　来源：平禾县司法局</div>{TOOLS}'
        f'<div class="TRS_Editor"><p>{OTHER[kind]}</p></div>{SHARE}</div>'
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


def file_lines(title: str, date: str, kind: str, year: int, variant: str, seed: int) -> list[str]:
    if kind != "report":
        return [title, OTHER[kind], SITE, date]
    rows, _ = report_paragraphs("县司法局", year, variant, seed)
    closing = [SITE, f"{date[:4]}年{int(date[5:7])}月{int(date[8:])}日"]
    return report_lines(rows, title=title, salutation="县人民政府：", closing=closing)


def build() -> dict:
    folder = OUT / SLUG
    site = folder / "site" / HOST
    start = f"{BASE}{COLUMN}index.html"
    write_toml(
        folder,
        slug=SLUG,
        name=SITE,
        code="430530",
        level="department",
        province="湖南省",
        family="trs",
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
                f'<div class="home"><h3>信息公开</h3><ul><li><a href="{COLUMN}index.html">法治政府建设年度报告</a></li></ul></div>'
            ),
        ),
    )
    pages = (len(ITEMS) + PER_PAGE - 1) // PER_PAGE
    for n in range(pages):
        name = "index.html" if n == 0 else f"index_{n}.html"
        write(
            site / COLUMN.strip("/") / name,
            listing(n, ITEMS[n * PER_PAGE : (n + 1) * PER_PAGE], pages),
        )
    rules = {"status": {}, "headers": {}}
    expected = {"reports": [], "skipped": [], "failures": []}
    why = {"news": "news", "jiedu": "解读", "gkbg": "政府信息公开工作年度报告", "plan": "工作要点"}
    for seed, (path, title, date, kind, year, variant, state) in enumerate(ITEMS):
        target = site / COLUMN.strip("/") / path
        url = f"{BASE}{COLUMN}{path}"
        if state == "html":
            write(target, html_article(title, date, kind))
        elif state == "404":
            rules["status"][f"{COLUMN}{path}"] = 404
            rules["headers"][f"{COLUMN}{path}"] = {"Content-Type": "text/html; charset=utf-8"}
            write(
                target,
                "<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1>"
                "<p>您访问的页面不存在或已被删除！</p></body></html>",
            )
        elif path.endswith(".docx"):
            make_docx(target, file_lines(title, date, kind, year, variant, seed))
        else:
            make_pdf(target, file_lines(title, date, kind, year, variant, seed))
        if kind == "report" and state == "404":
            expected["failures"].append({"url": url, "why": "404 dead link"})
        elif kind == "report":
            expected["reports"].append({"url": url, "year": year, "title": title})
        else:
            expected["skipped"].append({"url": url, "title": title, "why": why[kind]})
    write_json(site / "_replay.json", rules)
    expected = {
        "notes": (
            "司法局 TRS column whose reports exist ONLY as files linked straight from the listing (no HTML article): "
            "TRS attachment names P0YYYYMMDD…pdf under YYYYMM/ folders, titles cut with ... in the link text (full in "
            "title=). 2025/2024/2021 reports are real text PDFs (STSong CID font), the 2023 report is a DOCX, the 2022 "
            "PDF answers 404 (failure). Non-reports mixed in: a 政府信息公开工作年度报告 PDF and a 普法工作要点 PDF, plus "
            "two HTML pages (a 图解 of the report, a meeting news item). Two listing pages: index.html and index_1.html, "
            'linked only by createPageHTML(2, n, "index", "html"); the 2021 report is on page 2.'
        ),
        "home": f"{BASE}/",
        "column": start,
        **expected,
    }
    write_json(folder / "expected.json", expected)
    return expected
