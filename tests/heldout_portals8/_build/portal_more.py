"""liaochuan: registered on the 政务公开 landing page, whose 法治政府建设 block links the real
column by 更多>>; the column's page 3 answers 412 (an anti-bot wall); one report is split over
two article pages (`_1.html`, 下一页 inside the article), one article answers 302 to a .docx."""

from __future__ import annotations

import furniture as fu
from common import Portal, article_pages, docx_bytes, make_item, toml

SITE = fu.Site("蓼川市人民政府", "蓼川市", "www.liaochuan.gov.cn", "4399990005",
               "湘ICP备15008842号-1")
HOST = f"http://{SITE.host}"
COL = "/zwgk/fzzfjs/"
SPLIT = "202502/t20250226_7731"
DOCX_ARTICLE = "202403/t20240305_6620"
DOCX_FILE = "/uploadfiles/2024/03/20240305101122334.docx"
CHALLENGE = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><meta http-equiv=\"Pragma\" "
             "content=\"no-cache\"><script type=\"text/javascript\">$_ts=window['$_ts'];if(!$_ts)"
             "$_ts={};$_ts.nsd=30411;$_ts.cd=\"qEqlrAl9EGqcDk0cqr3qAGa0DaAlrrAq\";</script>"
             "<script type=\"text/javascript\" charset=\"utf-8\" src=\"/4QbVtADbnLVIc/c.FxJzG50F."
             "dfe1675.js\" r=\"m\"></script></head><body></body></html>\n")


def _li(item: fu.Item, relative: bool = True) -> str:
    href = "./" + item.url.split(COL, 1)[1] if relative else item.url.split("gov.cn", 1)[1]
    return (f'<li><a href="{href}" target="_blank" title="{fu.esc(item.title)}">'
            f"{fu.esc(item.title)}</a><span>{item.date}</span></li>")


def _list_page(rows: list[fu.Item], number: int, total: int) -> str:
    names = ["list.html", "list_2.html", "list_3.html"]
    pager = (f'<div class="page">共{total}条 第{number}/3页 <a href="list.html">首页</a> '
             f'<a href="{names[max(0, number - 2)]}">上一页</a> '
             f'<a href="{names[min(2, number)]}">下一页</a> <a href="list_3.html">尾页</a></div>')
    lis = "\n".join(_li(it) for it in rows)
    main = (fu.crumb(SITE, "法治政府建设", COL + "list.html")
            + f'\n<div class="list-box"><h2>法治政府建设</h2>\n<ul class="list">\n{lis}\n</ul>\n'
            + pager + "</div>")
    return fu.page(SITE, "法治政府建设", main, {"ColumnName": "法治政府建设"})


def _block(title: str, href: str, rows: list[fu.Item]) -> str:
    lis = "\n".join(_li(it, relative=False) for it in rows)
    return (f'<div class="zwgk-block"><div class="block-title"><h3>{title}</h3>'
            f'<a class="more" href="{href}" target="_blank">更多&gt;&gt;</a></div>\n'
            f"<ul>\n{lis}\n</ul></div>")


def _items() -> tuple[list[fu.Item], list[fu.Item], list[fu.Item]]:
    def make(kind: str, year: int, date: str, path: str, style: int = 0,
             folder: str = COL) -> fu.Item:
        return make_item(SITE, kind, year, date, f"{HOST}{folder}{path}.html", style,
                         "short" if year == 2021 else "standard")
    column = [make("report", 2025, "2026-02-27", "202602/t20260227_7802"),
              make("interp", 2025, "2026-03-02", "202603/t20260302_7815"),
              make("points", 2026, "2026-03-20", "202603/t20260320_7840"),
              make("report", 2024, "2025-02-26", SPLIT, 1),
              make("news", 2025, "2025-07-08", "202507/t20250708_7520"),
              make("disclosure", 2024, "2025-01-24", "202501/t20250124_7688"),
              make("report", 2023, "2024-03-05", DOCX_ARTICLE, 2),
              make("notice", 2023, "2023-12-01", "202312/t20231201_6411", 1),
              make("report", 2022, "2023-03-06", "202303/t20230306_5832"),
              make("plan", 2021, "2022-04-18", "202204/t20220418_5317"),
              make("report", 2021, "2022-02-28", "202202/t20220228_5120", 1),
              make("interp", 2021, "2022-03-03", "202203/t20220303_5141", 1)]
    notices = [make("notice", 2025, "2026-03-12", "202603/t20260312_7830", 0, "/zwgk/tzgg/"),
               make("news", 2026, "2026-03-05", "202603/t20260305_7821", 0, "/zwgk/tzgg/")]
    yearly = [make("disclosure", 2025, "2026-01-26", "202601/t20260126_7701", 0, "/zwgk/xxgknb/"),
              make("disclosure", 2023, "2024-01-25", "202401/t20240125_6530", 0, "/zwgk/xxgknb/")]
    return column, notices, yearly


def _split_pages(portal: Portal, item: fu.Item, index: int) -> None:
    """The 2024 report over two pages: the break falls inside 一、 before （三）."""
    name = SPLIT.split("/")[1]
    halves = [(item.paragraphs[:5], f'1 <a href="{name}_1.html">2</a> <a href="{name}_1.html">'
               "下一页</a>"), (item.paragraphs[5:], f'<a href="{name}.html">上一页</a> '
                               f'<a href="{name}.html">1</a> 2')]
    for number, (paras, pager) in enumerate(halves):
        body = ('<div class="article-content" id="zoom">\n' + fu.paragraphs_html(paras)
                + f'\n<div class="art-page">{pager}</div>\n</div>')
        url = item.url if not number else item.url.replace(".html", "_1.html")
        page = fu.article(SITE, item, "法治政府建设", COL + "list.html", body, index, [],
                          (None, None))
        portal.add(url, page)


def liaochuan() -> Portal:
    column, notices, yearly = _items()
    start = f"{HOST}/zwgk/index.html"
    portal = Portal("liaochuan", toml(
        "liaochuan", SITE.name, "439999", "prefecture", "湖南省", "trs", start,
        "Held-out round 8: registered on the 政务公开 landing; 更多>> to the column; a 412 page."))
    blocks = (_block("通知公告", "/zwgk/tzgg/list.html", notices)
              + _block("法治政府建设", COL + "list.html", column[:5])
              + _block("政府信息公开年报", "/zwgk/xxgknb/list.html", yearly))
    main = fu.crumb(SITE, "政务公开", "/zwgk/index.html") + '\n<div class="zwgk-main">' + blocks
    portal.add(start, fu.page(SITE, "政务公开", main + "</div>", {"ColumnName": "政务公开"}))
    for number in range(2):
        portal.add(f"{HOST}{COL}list{'' if not number else '_2'}.html",
                   _list_page(column[number * 6:number * 6 + 6], number + 1, 16))
    portal.add(f"{HOST}{COL}list_3.html", CHALLENGE)
    for folder, rows, title in (("/zwgk/tzgg/", notices, "通知公告"),
                                ("/zwgk/xxgknb/", yearly, "政府信息公开年报")):
        lis = "\n".join(_li(it, relative=False) for it in rows)
        portal.add(f"{HOST}{folder}list.html", fu.page(SITE, title, fu.crumb(
            SITE, title, folder + "list.html") + f'\n<ul class="list">\n{lis}\n</ul>'))
        article_pages(portal, SITE, rows, title, folder + "list.html")
    split = column[3]
    docfile = column[6]
    docfile.final_url = HOST + DOCX_FILE
    plain = [it for it in column if it not in (split, docfile)]
    article_pages(portal, SITE, plain, "法治政府建设", COL + "list.html")
    _split_pages(portal, split, 4)
    portal.add(HOST + DOCX_FILE, docx_bytes(docfile.title, docfile.paragraphs))
    portal.rules[SITE.host] = {"status": {COL + "list_3.html": 412},
                               "redirect": {f"{COL}{DOCX_ARTICLE}.html": HOST + DOCX_FILE}}
    portal.expect(column)
    for entry in portal.reports:
        if entry["url"] == docfile.url:
            entry.pop("sections", None)
            entry.pop("level1", None)
    portal.expect(notices + yearly)
    portal.failures.append({"url": f"{HOST}{COL}list_3.html",
                            "why": "412: listing page 3 answers an anti-bot challenge"})
    portal.extra |= {"column": f"{HOST}{COL}list.html", "notes": (
        "Start = 政务公开 landing with three blocks, each 更多>> to its column; the column "
        "list.html/list_2.html (6 rows each, ./ relative links, rendered pager) and list_3.html "
        "answering 412 (a 瑞数-style challenge: failure). The 2024 report is split over "
        f"{SPLIT}.html and _1.html (下一页 inside the article; sections count both pages). "
        f"{DOCX_ARTICLE}.html answers 302 to a .docx (final_url).")}
    return portal
