"""mingtang: the column a user gives is a site-search result list (/search?q=法治政府建设&page=N)."""

# ruff: noqa: E501 - fixture builder: long lines are HTML and report text

from __future__ import annotations

from urllib.parse import quote

from common import Portal, Skin, emit, page

PLACE = "明塘县"
KEYWORD = "法治政府建设"
PER_PAGE = 8
ITEMS = [  # (kind, title, date, year, path) in relevance order
    ("report", "明塘县2024年法治政府建设年度报告", "2025-01-21", 2024,
     "/zwgk/fdzdgknr/fzzfjs/202501/t20250121_6612345.htm"),
    ("工作要点", "明塘县2025年法治政府建设工作要点", "2025-03-12", 0,
     "/zwgk/fdzdgknr/fzzfjs/202503/t20250312_6650117.htm"),
    ("解读", "图文解读：明塘县2024年法治政府建设年度报告", "2025-01-23", 0,
     "/zwgk/zcjd/202501/t20250123_6613020.htm"),
    ("news", "我县召开2024年度法治政府建设暨述法评议会议", "2025-01-09", 0,
     "/xwzx/mtyw/202501/t20250109_6601988.htm"),
    ("report", "明塘县司法局2024年度法治政府建设工作报告", "2025-01-15", 2024,
     "/zwgk/bmxxgk/xsfj/fzzfjs/202501/t20250115_6607441.htm"),
    ("report", "明塘县2023年法治政府建设年度报告", "2024-01-30", 2023,
     "/zwgk/fdzdgknr/fzzfjs/202401/t20240130_6402276.htm"),
    ("notice", "明塘县人民政府关于印发《明塘县法治政府建设示范创建实施方案》的通知", "2023-05-17", 0,
     "/zwgk/zfxxgkml/zfwj/202305/t20230517_6255390.htm"),
    ("news", "市法治政府建设督察组到我县开展实地督察", "2024-09-24", 0,
     "/xwzx/mtyw/202409/t20240924_6531105.htm"),
    ("report", "明塘县人民政府关于2022年法治政府建设情况的报告", "2023-02-16", 2022,
     "/zwgk/fdzdgknr/fzzfjs/202302/t20230216_6201881.htm"),
    ("政府信息公开工作年度报告", "明塘县人民政府2024年政府信息公开工作年度报告", "2025-01-20", 0,
     "/zwgk/zfxxgknb/202501/t20250120_6611873.htm"),
    ("工作要点", "明塘县2024年法治政府建设工作要点", "2024-03-26", 0,
     "/zwgk/fdzdgknr/fzzfjs/202403/t20240326_6450982.htm"),
    ("news", "城关镇：多措并举推进基层法治政府建设", "2024-07-02", 0,
     "/xwzx/xzdt/202407/t20240702_6498812.htm"),
    ("解读", "一图读懂《明塘县2023年法治政府建设年度报告》", "2024-02-01", 0,
     "/zwgk/zcjd/202402/t20240201_6403378.htm"),
    ("report", "明塘县2021年法治政府建设年度报告", "2022-01-26", 2021,
     "/zwgk/fdzdgknr/fzzfjs/202201/t20220126_5990452.htm"),
    ("notice", "关于开展法治政府建设“十大案例”评选活动的通知", "2022-08-08", 0,
     "/zwgk/tzgg/202208/t20220808_6077103.htm"),
    ("news", "县政府召开常务会议专题研究法治政府建设工作", "2023-04-11", 0,
     "/xwzx/mtyw/202304/t20230411_6240018.htm"),
    ("news", "明塘县入选第二批省级法治政府建设示范县", "2023-11-29", 0,
     "/xwzx/mtyw/202311/t20231129_6370550.htm"),
    ("notice", "明塘县2023年度法治政府建设考评结果通报", "2024-04-15", 0,
     "/zwgk/tzgg/202404/t20240415_6461209.htm"),
    ("news", "县司法局开展法治政府建设专题培训", "2022-06-21", 0,
     "/zwgk/bmxxgk/xsfj/gzdt/202206/t20220621_6051160.htm"),
]


def snippet(title: str) -> str:
    text = (f"……{title[:10]}，坚持以习近平法治思想为指导，全面推进{KEYWORD}，"
            "深化依法行政，各项工作取得积极成效……")
    return text.replace(KEYWORD, f"<em>{KEYWORD}</em>")


def result_page(results: list[str], number: int, pages: int, total: int) -> str:
    q = quote(KEYWORD)
    current = ' class="cur"'
    links = [f'<a href="/search?q={q}&page={n}"{current if n == number else ""}>{n}</a>'
             for n in range(1, pages + 1)]
    if number > 1:
        links.insert(0, f'<a href="/search?q={q}&page={number - 1}">上一页</a>')
    if number < pages:
        links.append(f'<a href="/search?q={q}&page={number + 1}">下一页</a>')
    return ('<div class="search-wrap"><form action="/search" method="get" class="search-form">'
            f'<input name="q" value="{KEYWORD}"><button type="submit">搜索</button></form>'
            '<div class="search-filter">范围：<a class="on">全部</a><a>标题</a><a>正文</a>　时间：'
            '<a class="on">不限</a><a>一年内</a>　排序：<a class="on">相关度</a><a>时间</a></div>'
            f'<div class="search-count">找到约 <b>{total}</b> 条结果</div><div class="result-list">\n'
            + "\n".join(results) + f'\n</div><div class="pages">{"".join(links)}</div></div>')


def build() -> Portal:
    q = quote(KEYWORD)
    p = Portal(slug="mingtang", name="明塘县人民政府", host="www.mingtang.gov.cn",
               division_code="350631", level="county", province="福建省", family="generic",
               column=f"http://www.mingtang.gov.cn/search?q={q}&page=1")
    nav = ["政务公开", "政务服务", "互动交流", "走进明塘", "专题专栏"]
    skin = Skin(site="明塘县人民政府", nav=nav, icp="闽ICP备06031234号", code="3506310003",
                container='<div class="article_content TRS_Editor">{body}</div>', xxgk_style="table")
    results = []
    for number, (kind, title, date, year, path) in enumerate(ITEMS):
        dept = "xsfj" in path
        emit(p, skin, path=path, kind=kind, title=title, date=date, place=PLACE,
             column_name="法治政府建设", year=year, seed=number + 1, dept=dept,
             to="县人民政府：" if dept else "中共明塘县委、县人大常委会：",
             signer="明塘县司法局" if dept else "明塘县人民政府",
             org="明塘县司法局" if dept else PLACE, report=title.split("：")[-1].strip("一图读懂《》"))
        shown = title.replace(KEYWORD, f"<em>{KEYWORD}</em>")
        results.append(f'<div class="result-item"><h3><a href="http://www.mingtang.gov.cn{path}" '
                       f'target="_blank">{shown}</a></h3><p class="summary">{snippet(title)}</p>'
                       f'<p class="info"><span class="link">www.mingtang.gov.cn{path}</span>'
                       f'<span class="time">发布时间：{date[:4]}年{date[5:7]}月{date[8:]}日</span></p></div>')
    pages = -(-len(results) // PER_PAGE)
    for number in range(1, pages + 1):
        body = result_page(results[(number - 1) * PER_PAGE:number * PER_PAGE], number, pages,
                           len(results))
        html_page = page(title="站内搜索", site=skin.site, nav=nav, body=body, icp=skin.icp,
                         code=skin.code)
        p.write(f"/search@q={q}&page={number}", html_page)
        p.write(f"/search@q={KEYWORD}&page={number}", html_page)   # the server decodes either
    p.notes = (
        "County portal whose 'column' is its site search: /search?q=%E6%B3%95%E6%B2%BB%E6%94%BF%E5%BA%9C"
        "%E5%BB%BA%E8%AE%BE&page=1..3 (q=法治政府建设, percent-encoded; the raw-UTF-8 query is saved too), "
        "8 results a page in relevance order (not by date), 找到约19条结果, numbered page links + 上一页/"
        "下一页. Results are absolute links into many columns (fdzdgknr/fzzfjs, zcjd, xwzx, tzgg, "
        "zfxxgknb, bmxxgk/xsfj), titles with <em> highlights, 发布时间 2025年01月21日. Five reports: the "
        "county's 2021-2024 reports and the county 司法局's own 2024 report (a department report on the "
        "same host, two reports for 2024); 14 non-reports (工作要点, 解读, 政府信息公开工作年度报告, "
        "news, notices incl. a 考评结果通报 and a 示范创建实施方案).")
    return p
