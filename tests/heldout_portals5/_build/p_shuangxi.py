"""shuangxi_sfj — 双溪区司法局 (福建): a <table> listing whose title cells hold <a title="full title">
with the visible text cut by `...`, dates `[2026-02-11]`, a rendered pager (index.html, index_2.html),
and the 2024 report published only as an .ofd attachment on an otherwise empty article page."""

from __future__ import annotations

from common import Site, foot, head, meta_block, nonreport_body, ofd_bytes, save, share_bar, top, write_meta
from texts import blocks_html, plain_text, report_blocks

SLUG = "shuangxi_sfj"
HOST = "sfj.shuangxi.gov.cn"
BASE = f"http://{HOST}"
COLUMN = f"{BASE}/xxgk/fzzfjsbg/index.html"
SITE = Site(HOST, "双溪区司法局", "双溪区司法局", "闽ICP备09011542号-3", "3506060027", "闽公网安备 35060602000311号",
            nav=["首页", "机构设置", "政务公开", "法律服务", "普法依法治理", "互动交流"], mailbox="局长信箱")
CUT = 15   # the listing shows this many characters, then ...

# (kind, title, date, year, variant, id, issuer)
ITEMS = [
    ("解读", "《双溪区2025年度法治政府建设情况报告》解读", "2026-02-13", 2025, "", 77131, "双溪区司法局"),
    ("report", "双溪区人民政府关于2025年度法治政府建设情况的报告", "2026-02-11", 2025, "standard", 77120, "双溪区人民政府"),
    ("report", "双溪区司法局2025年度法治政府建设工作情况报告", "2026-01-26", 2025, "short", 76988, "双溪区司法局"),
    ("年报", "双溪区司法局2025年政府信息公开工作年度报告", "2026-01-16", 2025, "", 76890, "双溪区司法局"),
    ("新闻", "区司法局开展“八五”普法总结验收迎检工作", "2025-10-21", 2025, "", 74310, "双溪区司法局"),
    ("要点", "双溪区2025年法治政府建设工作要点", "2025-03-20", 2025, "", 71102, "双溪区委全面依法治区委员会办公室"),
    # page 2
    ("ofd", "双溪区人民政府关于2024年度法治政府建设情况的报告", "2025-02-14", 2024, "", 70561, "双溪区人民政府"),
    ("年报", "双溪区司法局2024年政府信息公开工作年度报告", "2025-01-17", 2024, "", 70208, "双溪区司法局"),
    ("report", "双溪区2023年度法治政府建设情况报告", "2024-01-30", 2023, "thematic", 65537, "双溪区人民政府"),
    ("通知", "关于征集2024年度区政府重大行政决策事项的公告", "2024-01-05", 2024, "", 65002, "双溪区司法局"),
    ("report", "双溪区2022年度法治政府建设情况报告", "2023-02-08", 2022, "standard", 60914, "双溪区人民政府"),
]
PER_PAGE = 6


def url_of(date: str, ident: int) -> str:
    return f"{BASE}/xxgk/fzzfjsbg/{date[:4]}{date[5:7]}/t{date.replace('-', '')}_{ident}.html"


def ofd_url(date: str) -> str:
    return f"{BASE}/xxgk/fzzfjsbg/{date[:4]}{date[5:7]}/P020250214558713260541.ofd"


def listing(page: int, pages: int, rows: list[tuple]) -> str:
    trs = []
    for _, title, date, _, _, ident, _ in rows:
        shown = title if len(title) <= CUT else title[:CUT] + "..."
        rel = "./" + url_of(date, ident).removeprefix(f"{BASE}/xxgk/fzzfjsbg/")
        trs.append(f'<tr><td class="dot">·</td><td class="title"><a href="{rel}" title="{title}" target="_blank">'
                   f'{shown}</a></td><td class="date" align="right">[{date}]</td></tr>')
    names = ["index.html"] + [f"index_{n}.html" for n in range(2, pages + 1)]
    cur = page - 1
    links = [f'<a href="{names[0]}">首页</a>']
    if cur > 0:
        links.append(f'<a href="{names[cur - 1]}">上一页</a>')
    if cur < pages - 1:
        links.append(f'<a href="{names[cur + 1]}">下一页</a>')
    links.append(f'<a href="{names[-1]}">尾页</a>')
    return (head(SITE, "法治政府建设年度报告", meta={"SiteName": SITE.site_name, "ColumnName": "法治政府建设年度报告"})
            + "<body>\n" + top(SITE)
            + '<div class="position">当前位置：<a href="/">首页</a> » <a href="/xxgk/">政务公开</a> » 法治政府建设年度报告</div>\n'
            + '<div class="main-right"><div class="column-name">法治政府建设年度报告</div>\n'
              '<table class="list-tb" width="100%" border="0" cellspacing="0" cellpadding="0">\n'
            + "\n".join(trs) + "\n</table>\n"
            + f'<div class="pagination">共{len(ITEMS)}条　第{page}/{pages}页　' + " ".join(links)
            + ' 转到第<input type="text" size="2" id="jumpPage">页<a href="javascript:jump();">GO</a></div>\n'
            + '</div>\n<script>function jump(){var n=parseInt(document.getElementById("jumpPage").value);'
              'location.href = n<=1 ? "index.html" : "index_"+n+".html";}</script>\n' + foot(SITE))


def article(item: tuple) -> tuple[str, list[str], bytes | None]:
    kind, title, date, year, variant, ident, issuer = item
    level1: list[str] = []
    ofd = None
    if kind == "report":
        own = issuer == "双溪区司法局"
        blocks, level1 = report_blocks("双溪区司法局" if own else "双溪区", year,
                                       chief="局党组书记、局长" if own else "区长",
                                       salutation="区委、区政府：" if own else "中共双溪区委、区人大常委会、三明湾市人民政府：",
                                       signer=issuer, signed=f"{date[:4]}年{int(date[5:7])}月{int(date[8:])}日",
                                       variant=variant, seed=ident)
        body = blocks_html(blocks)
    elif kind == "ofd":
        blocks, _ = report_blocks("双溪区", year, chief="区长", salutation="中共双溪区委、区人大常委会、三明湾市人民政府：",
                                  signer=issuer, signed="2025年2月12日", seed=ident, docno="双政〔2025〕9号")
        ofd = ofd_bytes(title, plain_text(blocks))
        name = ofd_url(date).rsplit("/", 1)[1]
        body = (f'<p style="text-align:center"></p>\n<div class="fujian">附件：<a href="./{name}" '
                f'target="_blank">双溪区人民政府关于2024年度法治政府建设情况的报告.ofd</a></div>')
    else:
        body = nonreport_body(kind, "双溪区", year)
    info = {"索引号": f"SXQ-SFJ-{date[:4]}-{ident % 1000:04d}", "分类": "法治政府建设", "发布机构": issuer,
            "发文日期": date, "文号": "双政〔2025〕9号" if kind == "ofd" else "", "时效": "有效"}
    page = (head(SITE, title, meta={"ArticleTitle": title, "PubDate": date, "ContentSource": issuer,
                                    "SiteName": SITE.site_name, "ColumnName": "法治政府建设年度报告"})
            + "<body>\n" + top(SITE)
            + '<div class="position">当前位置：<a href="/">首页</a> » <a href="/xxgk/">政务公开</a> » '
              '<a href="/xxgk/fzzfjsbg/">法治政府建设年度报告</a></div>\n'
            + meta_block("table", {k: v for k, v in info.items() if v})
            + f'<div class="detail"><div class="detail-title">{title}</div>\n'
              f'<div class="detail-info">来源：{issuer}　发布时间：{date}</div>\n'
            + share_bar() + f'<div class="detail-content" id="Zoom">\n{body}\n</div>\n'
            + '<div class="bdsharebuttonbox">分享到：<a class="bds_weixin"></a><a class="bds_tsina"></a></div>'
              '<div class="prev-next">上一篇：<a href="/">没有了</a><br>下一篇：<a href="/">没有了</a></div></div>\n'
            + foot(SITE))
    return page, level1, ofd


def build() -> None:
    chunks = [ITEMS[i:i + PER_PAGE] for i in range(0, len(ITEMS), PER_PAGE)]
    for n, rows in enumerate(chunks, start=1):
        name = "index.html" if n == 1 else f"index_{n}.html"
        save(SLUG, f"{BASE}/xxgk/fzzfjsbg/{name}", listing(n, len(chunks), rows))
    reports, skipped = [], []
    why = {"解读": "解读", "年报": "政府信息公开工作年度报告", "要点": "工作要点", "新闻": "news", "通知": "notice"}
    for item in ITEMS:
        kind, title, date, year, _, ident, _ = item
        url = url_of(date, ident)
        page, level1, ofd = article(item)
        save(SLUG, url, page)
        if ofd is not None:
            save(SLUG, ofd_url(date), ofd)
            reports.append({"url": ofd_url(date), "year": year, "title": title, "page": url})
        elif kind == "report":
            reports.append({"url": url, "year": year, "title": title, "level1": level1})
        else:
            skipped.append({"url": url, "title": title, "why": why[kind]})
    write_meta(SLUG, {"slug": SLUG, "name": "双溪区司法局", "division_code": "350606", "level": "department",
                      "province": "福建省", "family": "generic", "start_urls": [COLUMN]},
               {"notes": "司法局 column as a <table class=list-tb>: each title cell holds <a title=\"full title\"> whose "
                         "visible text is cut at 15 characters + '...', dates as [2026-02-11] in their own cell; a "
                         "rendered pager (首页/下一页/尾页 to index_2.html, plus a JS 转到 box). Two 2025 reports: the "
                         "district's (published by the bureau) and the bureau's own. The 2024 report exists only as an "
                         ".ofd attachment (a real OFD zip with text in Doc_0/Pages/Page_0/Content.xml) linked from an "
                         "article page whose body is empty but for the 附件 line: report url = the .ofd (page = the "
                         "article). 2022 report with Word-free <p>, 2023 thematic headings.",
                "column": COLUMN, "reports": reports, "skipped": skipped, "failures": []})
