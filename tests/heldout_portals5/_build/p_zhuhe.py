"""zhuhe — 竹禾市人民政府 (山东): gov.cn/UCAP-style portal, listing home.htm, home_1.htm, home_2.htm
with a rendered pager. home_1.htm answers HTTP 412 with a WAF JS-cookie challenge page (Set-Cookie
wzws_sid, a script that computes wzwschallenge and navigates to /WZWSREL<base64 path>?…, and a
<meta refresh> fallback to the same address); that verification address answers the real page 2."""

from __future__ import annotations

import base64
import json

from common import Site, foot, head, meta_block, nonreport_body, save, share_bar, top, write_meta
from texts import blocks_html, report_blocks

SLUG = "zhuhe"
HOST = "www.zhuhe.gov.cn"
BASE = f"http://{HOST}"
COLDIR = "/zwgk/fzzfjs/ndbg/"
COLUMN = f"{BASE}{COLDIR}home.htm"
SITE = Site(HOST, "竹禾市人民政府", "竹禾市人民政府办公室", "鲁ICP备05046622号", "3709830001",
            "鲁公网安备 37098302000076号", mailbox="市长信箱")
PER_PAGE = 5
CHALLENGE_PATH = COLDIR + "home_1.htm"
CHALLENGE_VALUE = "V1pXU19DT05GSVJNX1BSRUZJWF9MQUJFTD0xNzY0ODEzNjAw"
VERIFY = (f"/WZWSRE{base64.b64encode(CHALLENGE_PATH.encode()).decode()}"
          f"?wzwschallenge={CHALLENGE_VALUE}")

# (kind, title, date, year, variant, id)
ITEMS = [
    ("report", "竹禾市2025年度法治政府建设情况报告", "2026-02-10", 2025, "standard", 7718802),
    ("解读", "竹禾市2025年度法治政府建设情况报告政策解读", "2026-02-11", 2025, "", 7718815),
    ("年报", "竹禾市人民政府2025年政府信息公开工作年度报告", "2026-01-26", 2025, "", 7716420),
    ("新闻", "竹禾市召开法治政府建设示范创建工作推进会议", "2025-08-22", 2025, "", 7690033),
    ("要点", "竹禾市2025年法治政府建设工作要点", "2025-03-14", 2025, "", 7661907),
    # page 2 (behind the challenge)
    ("report", "竹禾市人民政府关于2024年度法治政府建设情况的报告", "2025-02-17", 2024, "inspection", 7650210),
    ("年报", "竹禾市人民政府2024年政府信息公开工作年度报告", "2025-01-24", 2024, "", 7647702),
    ("report", "竹禾市2023年度法治政府建设情况报告", "2024-01-31", 2023, "thematic", 7598120),
    ("通知", "竹禾市司法局关于公开征求《竹禾市行政执法监督办法（征求意见稿）》意见的公告", "2023-10-09", 2023, "",
     7571150),
    ("解读", "一图读懂竹禾市2023年度法治政府建设情况报告", "2024-02-02", 2023, "", 7598300),
    # page 3
    ("report", "竹禾市2022年度法治政府建设情况报告", "2023-02-21", 2022, "short", 7530014),
    ("新闻", "竹禾市获评省级法治政府建设示范市", "2022-12-06", 2022, "", 7502231),
    ("report", "竹禾市2021年度法治政府建设情况报告", "2022-02-25", 2021, "standard", 7455508),
]


def url_of(date: str, ident: int) -> str:
    return f"{BASE}/zwgk/content/{date[:7]}/{date[8:]}/content_{ident}.htm"


def listing(page: int, pages: int, rows: list[tuple]) -> str:
    names = ["home.htm"] + [f"home_{n}.htm" for n in range(1, pages)]
    lis = "\n".join(f'<li><h4><a href="{url_of(d, i).removeprefix(BASE)}" target="_blank">{t}</a>'
                    f'<span class="date">{d}</span></h4></li>' for _, t, d, _, _, i in rows)
    links = [f'<a href="{COLDIR}{names[0]}">首页</a>']
    if page > 0:
        links.append(f'<a href="{COLDIR}{names[page - 1]}">上一页</a>')
    links += [f'<a href="{COLDIR}{name}">{n + 1}</a>' if n != page else f"<span>{n + 1}</span>"
              for n, name in enumerate(names)]
    if page < pages - 1:
        links.append(f'<a href="{COLDIR}{names[page + 1]}">下一页</a>')
    links.append(f'<a href="{COLDIR}{names[-1]}">尾页</a>')
    return (head(SITE, "法治政府建设年度报告", meta={"SiteName": SITE.site_name, "ColumnName": "法治政府建设年度报告",
                                             "lanmu": "年度报告"})
            + "<body>\n" + top(SITE)
            + '<div class="BreadcrumbNav">首页 &gt; 政务公开 &gt; 法治政府建设 &gt; 年度报告</div>\n'
            + f'<div class="list list_1 list_2"><ul>\n{lis}\n</ul></div>\n'
            + f'<div class="pagination" id="page">{" ".join(links)} 共{pages}页</div>\n' + foot(SITE))


def challenge_page() -> str:
    """A WAF interstitial: the page that a browser passes by running its script."""
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="refresh" content="3;url='
            f'{VERIFY}"><title>安全验证</title></head>\n<body><div style="margin:120px auto;text-align:center">'
            '<p>当前访问疑似黑客攻击，已被网站管理员设置为拦截</p><p>正在进行安全验证，请稍候……</p></div>\n'
            '<script type="text/javascript">\n(function(){var _0x1a=["\\x77\\x7a\\x77\\x73","\\x63\\x68\\x61"];\n'
            'function wzwschallenge(){var t="' + CHALLENGE_VALUE + '";return t;}\n'
            'document.cookie="wzws_cid=5f2b9e1c7a0d4e3f;path=/";\n'
            f'window.location.replace("{VERIFY}");\n'
            "})();\n</script>\n</body></html>\n")


def article(item: tuple) -> tuple[str, list[str]]:
    kind, title, date, year, variant, ident = item
    level1: list[str] = []
    if kind == "report":
        blocks, level1 = report_blocks("竹禾市", year, chief="市政府主要负责同志", salutation="中共竹禾市委、市人大常委会、泰安州市人民政府：",
                                       signer="竹禾市人民政府", signed=f"{date[:4]}年{int(date[5:7])}月{int(date[8:])}日",
                                       variant=variant, seed=ident % 1000)
        body = blocks_html(blocks)
    else:
        body = nonreport_body(kind, "竹禾市", year)
    info = {"索引号": f"11370983MB28{ident % 10000:04d}/{date[:4]}", "主题分类": "政务公开",
            "发文机关": "竹禾市人民政府", "成文日期": f"{date[:4]}年{int(date[5:7])}月{int(date[8:])}日",
            "标题": title, "发文字号": "", "发布日期": f"{date[:4]}年{int(date[5:7])}月{int(date[8:])}日"}
    page = (head(SITE, title, meta={"ArticleTitle": title, "PubDate": f"{date} 10:12", "ContentSource": "竹禾市人民政府办公室",
                                    "SiteName": SITE.site_name, "ColumnName": "年度报告"})
            + "<body>\n" + top(SITE)
            + f'<div class="BreadcrumbNav">首页 &gt; 政务公开 &gt; <a href="{COLDIR}home.htm">年度报告</a></div>\n'
            + '<div class="policyLibraryOverview_header">' + meta_block("table", info) + "</div>\n"
            + f'<div class="article oneColumn pub_border"><h1 id="ti">{title}</h1>\n<div class="pages-date">{date} 10:12'
              '　来源：竹禾市人民政府办公室 <span class="font">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>\n'
            + share_bar() + f'<div class="pages_content" id="UCAP-CONTENT">\n{body}\n</div>\n'
            + '<div class="editor">责任编辑：王晓燕</div>\n<div id="qr_container">扫一扫在手机打开当前页</div>\n'
              '<div class="xg-list related"><h3>相关稿件</h3><ul><li><a href="/">竹禾市人民政府工作规则</a></li>'
              "</ul></div></div>\n" + foot(SITE))
    return page, level1


def build() -> None:
    chunks = [ITEMS[i:i + PER_PAGE] for i in range(0, len(ITEMS), PER_PAGE)]
    pages = len(chunks)
    for n, rows in enumerate(chunks):
        name = "home.htm" if n == 0 else f"home_{n}.htm"
        if n == 1:
            save(SLUG, f"{BASE}{COLDIR}{name}", challenge_page())
            save(SLUG, f"{BASE}{VERIFY}", listing(n, pages, rows))
        else:
            save(SLUG, f"{BASE}{COLDIR}{name}", listing(n, pages, rows))
    verify_path = VERIFY.split("?", 1)[0]
    save(SLUG, f"{BASE}/_replay.json", json.dumps({
        "status": {CHALLENGE_PATH: 412},
        "headers": {CHALLENGE_PATH: {"Set-Cookie": "wzws_sid=2f6c0e1b9d7a48c5; path=/; HttpOnly",
                                     "Cache-Control": "no-cache, no-store"},
                    verify_path: {"Content-Type": "text/html; charset=utf-8"}}}, indent=1) + "\n")
    reports, skipped = [], []
    why = {"解读": "解读", "年报": "政府信息公开工作年度报告", "要点": "工作要点", "新闻": "news", "通知": "notice"}
    for item in ITEMS:
        kind, title, date, year, _, ident = item
        page, level1 = article(item)
        save(SLUG, url_of(date, ident), page)
        if kind == "report":
            reports.append({"url": url_of(date, ident), "year": year, "title": title, "level1": level1})
        else:
            skipped.append({"url": url_of(date, ident), "title": title, "why": why[kind]})
    write_meta(SLUG, {"slug": SLUG, "name": "竹禾市人民政府", "division_code": "370983", "level": "county",
                      "province": "山东省", "family": "ucap", "start_urls": [COLUMN]},
               {"notes": "gov.cn/UCAP-style portal: listing home.htm, home_1.htm, home_2.htm with a rendered pager "
                         "(首页/上一页/1 2 3/下一页/尾页, root-relative), articles /zwgk/content/YYYY-MM/DD/content_N.htm with "
                         "div#UCAP-CONTENT, #qr_container, div.xg-list.related. home_1.htm answers HTTP 412 + Set-Cookie "
                         "with a WAF (wzws-like) JS challenge page: its script sets a cookie and location.replace()s to "
                         "the verification address " + VERIFY + " (also in a <meta refresh>), which answers the real page "
                         "2 (the replay server keeps no state, so the 'retry after the challenge' is that address; on the "
                         "real site it 302s back to home_1.htm with the cookie set). Two reports (2024, 2023) are only "
                         "on page 2: a crawler that treats the 412 as the end of the listing loses them, and must not "
                         "store the challenge page as a document.",
                "column": COLUMN, "reports": reports, "skipped": skipped, "failures": []})
