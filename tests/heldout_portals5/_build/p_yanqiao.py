"""yanqiao — 雁桥市人民政府 (浙江): TRS column index.html / index_1.html / index_2.html (createPageHTML
only); report links are document-relative `../../zfxxgkml/…` paths into another column, and some
point to the justice bureau's own host sfj.yanqiao.gov.cn (`//sfj…` and `http://sfj…`); one such
link is dead (404)."""

from __future__ import annotations

from common import Site, foot, head, meta_block, nonreport_body, save, share_bar, top, write_meta
from texts import blocks_html, report_blocks

SLUG = "yanqiao"
WWW, SFJ = "www.yanqiao.gov.cn", "sfj.yanqiao.gov.cn"
COLUMN = f"http://{WWW}/zwgk/fzzf/ndbg/index.html"
SITES = {
    WWW: Site(WWW, "雁桥市人民政府门户网站", "雁桥市人民政府", "浙ICP备12033817号", "3307860003",
              "浙公网安备 33078602000217号", mailbox="市长信箱"),
    SFJ: Site(SFJ, "雁桥市司法局", "雁桥市司法局", "浙ICP备12033817号-5", "3307860021",
              "浙公网安备 33078602000233号", nav=["首页", "机构概况", "法治政府", "公共法律服务", "普法宣传"],
              mailbox="局长信箱"),
}

# (kind, title, listing title, date, year, variant, host, path, href-style)
# href-style: "up2" ../../ relative, "same" ./ relative, "proto" //host/…, "abs" http://host/…
ITEMS = [
    ("要点", "雁桥市2026年法治政府建设工作要点", None, "2026-03-18", 2026, "", WWW,
     "/zwgk/fzzf/ndbg/202603/t20260318_5603321.html", "same"),
    ("解读", "《雁桥市2025年度法治政府建设情况报告》政策解读", "《雁桥市2025年度法治政府建设情况报告》政策...", "2026-02-14",
     2025, "", WWW, "/zwgk/zfxxgkml/zcjd/202602/t20260214_5598810.html", "up2"),
    ("report", "雁桥市2025年度法治政府建设情况报告", None, "2026-02-13", 2025, "standard", WWW,
     "/zwgk/zfxxgkml/fzzfjs/202602/t20260213_5598702.html", "up2"),
    ("年报", "雁桥市人民政府2025年政府信息公开工作年度报告", "雁桥市人民政府2025年政府信息公开工作年度...", "2026-01-22",
     2025, "", WWW, "/zwgk/zfxxgkml/xxgknb/202601/t20260122_5587104.html", "up2"),
    ("新闻", "我市召开2025年度法治政府建设考评工作部署会", "我市召开2025年度法治政府建设考评工作部署...", "2025-11-06",
     2025, "", SFJ, "/xwzx/gzdt/202511/t20251106_2294417.html", "abs"),
    ("report", "雁桥市2024年度法治政府建设情况报告", None, "2025-01-27", 2024, "thematic", SFJ,
     "/zwgk/fzzfjs/202501/t20250127_2231018.html", "proto"),
    # page 2 (index_1.html)
    ("年报", "雁桥市人民政府2024年政府信息公开工作年度报告", "雁桥市人民政府2024年政府信息公开工作年度...", "2025-01-20",
     2024, "", WWW, "/zwgk/zfxxgkml/xxgknb/202501/t20250120_5412260.html", "up2"),
    ("通知", "关于做好2024年度法治政府建设年度报告报送工作的通知", "关于做好2024年度法治政府建设年度报告报...",
     "2024-12-20", 2024, "", WWW, "/zwgk/fzzf/ndbg/202412/t20241220_5389017.html", "same"),
    ("report", "雁桥市2023年度法治政府建设情况报告", None, "2024-02-06", 2023, "inspection", WWW,
     "/zwgk/zfxxgkml/fzzfjs/202402/t20240206_5177453.html", "up2"),
    ("解读", "一图读懂雁桥市2023年度法治政府建设情况报告", "一图读懂雁桥市2023年度法治政府建设情况...", "2024-02-07",
     2023, "", WWW, "/zwgk/zfxxgkml/zcjd/202402/t20240207_5177590.html", "up2"),
    ("report", "关于雁桥市2022年度法治政府建设工作情况的报告", "关于雁桥市2022年度法治政府建设工作情况的...", "2023-02-15",
     2022, "standard", SFJ, "/zwgk/fzzfjs/202302/t20230215_1987642.html", "abs"),
    ("新闻", "市政府召开常务会议专题学习《行政复议法》", "市政府召开常务会议专题学习《行政复议法》", "2023-11-02",
     2023, "", WWW, "/zwgk/fzzf/ndbg/202311/t20231102_5098120.html", "same"),
    # page 3 (index_2.html)
    ("dead", "雁桥市2021年度法治政府建设情况报告", None, "2022-02-10", 2021, "", SFJ,
     "/art/2022/2/10/art_1229_587711.html", "abs"),
    ("要点", "雁桥市2021年法治政府建设工作要点", None, "2021-04-02", 2021, "", WWW,
     "/zwgk/fzzf/ndbg/202104/t20210402_4301277.html", "same"),
    ("report", "雁桥市2020年度法治政府建设情况报告", None, "2021-01-29", 2020, "standard", WWW,
     "/zwgk/zfxxgkml/fzzfjs/202101/t20210129_4255981.html", "up2"),
    ("新闻", "雁桥市入选第二批省级法治政府建设示范地区", "雁桥市入选第二批省级法治政府建设示范地区", "2021-09-28", 2021, "",
     WWW, "/zwgk/fzzf/ndbg/202109/t20210928_4417703.html", "same"),
]
PER_PAGE = 6
SPLIT = "/zwgk/zfxxgkml/fzzfjs/202101/t20210129_4255981.html"   # the 2020 report: two pages


def href(host: str, path: str, style: str) -> str:
    if style == "up2":
        return "../../" + path.removeprefix("/zwgk/")
    if style == "same":
        return "./" + path.removeprefix("/zwgk/fzzf/ndbg/")
    if style == "proto":
        return f"//{host}{path}"
    return f"http://{host}{path}"


def create_page_script(total: int, current: int, name: str, ext: str) -> str:
    return ("<script>\nvar currentPage = %d;\nvar countPage = %d;\n"
            "function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){\n"
            "  if(_nPageCount == null || _nPageCount <= 1){ return; }\n"
            "  var nCurrIndex = _nCurrIndex || 0;\n"
            "  if(nCurrIndex == 0) document.write(\"<span>首页</span> <span>上一页</span> \");\n"
            "  else { var prev = nCurrIndex == 1 ? _sPageName + '.' + _sPageExt : _sPageName + '_' + (nCurrIndex-1) + '.' + _sPageExt;\n"
            "    document.write(\"<a href='\" + _sPageName + \".\" + _sPageExt + \"'>首页</a> <a href='\" + prev + \"'>上一页</a> \"); }\n"
            "  if(nCurrIndex + 1 >= _nPageCount) document.write(\"<span>下一页</span> <span>尾页</span>\");\n"
            "  else document.write(\"<a href='\" + _sPageName + '_' + (nCurrIndex+1) + '.' + _sPageExt + \"'>下一页</a> "
            "<a href='\" + _sPageName + '_' + (_nPageCount-1) + '.' + _sPageExt + \"'>尾页</a>\");\n"
            "}\ncreatePageHTML(%d, %d, \"%s\", \"%s\");\n</script>\n"
            % (current, total, total, current, name, ext))


def listing(page: int, pages: int, rows: list[tuple]) -> str:
    site = SITES[WWW]
    lis = []
    for _, title, short, date, _, _, host, path, style in rows:
        lis.append(f'<li><a href="{href(host, path, style)}" target="_blank" title="{title}">{short or title}</a>'
                   f"<span>{date}</span></li>")
    side = "".join(f'<li{" class=on" if n == "年度报告" else ""}><a href="../{c}/">{n}</a></li>'
                   for c, n in [("zcwj", "政策文件"), ("ndbg", "年度报告"), ("xzzf", "行政执法"), ("fysf", "法治宣传")])
    return (head(site, "法治政府建设年度报告", meta={"SiteName": site.site_name, "ColumnName": "年度报告",
                                             "ColumnType": "法治政府建设"})
            + "<body>\n" + top(site)
            + '<div class="location">您当前的位置：<a href="../../../">首页</a> &gt; <a href="../../">政务公开</a> &gt; '
              '<a href="../">法治政府</a> &gt; <span>年度报告</span></div>\n'
            + f'<div class="left-side"><h2>法治政府</h2><ul>{side}</ul></div>\n'
            + '<div class="right-list"><div class="list-title">年度报告</div>\n<ul class="xxgk_list">\n'
            + "\n".join(lis) + "\n</ul>\n<div class=\"page\">"
            + create_page_script(pages, page, "index", "html") + "</div></div>\n" + foot(site))


def article(item: tuple, *, part: int = 0, parts: int = 1) -> tuple[str, list[str]]:
    kind, title, _, date, year, variant, host, path, _ = item
    site = SITES[host]
    level1: list[str] = []
    issuer = "雁桥市人民政府" if host == WWW else "雁桥市司法局"
    if kind == "report":
        blocks, level1 = report_blocks("雁桥市", year, chief="市长", salutation="金州市人民政府：",
                                       signer="雁桥市人民政府", signed=f"{date[:4]}年{int(date[5:7])}月{int(date[8:])}日",
                                       variant=variant, seed=int(path[-12:-5]) % 97)
        if parts == 2:
            cut = next(i for i, (k, _) in enumerate(blocks) if k == "h1" and i > 3 and blocks[i][1].startswith("二"))
            blocks = blocks[:cut] if part == 0 else blocks[cut:]
        body = blocks_html(blocks, style="span" if variant == "standard" else "p")
    else:
        body = nonreport_body(kind, "雁桥市", year)
    pager = ""
    if parts > 1:
        name = path.rsplit("/", 1)[1].removesuffix(".html")
        pager = '<div class="page">' + create_page_script(parts, part, name, "html") + "</div>\n"
    info = {"索引号": f"{'11330786002' if host == WWW else '11330786S07'}/{date[:4]}-{int(path[-9:-5]) :05d}",
            "发布机构": issuer, "成文日期": date, "公开方式": "主动公开", "主题分类": "综合政务/政务公开"}
    page = (head(site, title, meta={"ArticleTitle": title, "PubDate": f"{date} 16:02", "ContentSource": issuer,
                                    "SiteName": site.site_name, "ColumnName": "法治政府"})
            + "<body>\n" + top(site)
            + '<div class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
              '<span>法治政府</span></div>\n'
            + meta_block("dl" if host == WWW else "ul", info)
            + f'<div class="article"><h1>{title}</h1>\n<div class="art-info">发布日期：{date}　来源：{issuer}　'
              '访问次数：<script src="/cms/count.js"></script></div>\n'
            + share_bar() + f'<div class="TRS_Editor">\n{body}\n</div>\n{pager}'
            + '<div class="related"><h3>相关链接</h3><ul><li><a href="/">法治浙江</a></li></ul></div></div>\n'
            + foot(site))
    return page, level1


def build() -> None:
    chunks = [ITEMS[i:i + PER_PAGE] for i in range(0, len(ITEMS), PER_PAGE)]
    for n, rows in enumerate(chunks):
        name = "index.html" if n == 0 else f"index_{n}.html"
        save(SLUG, f"http://{WWW}/zwgk/fzzf/ndbg/{name}", listing(n, len(chunks), rows))
    reports, skipped, failures = [], [], []
    why = {"解读": "解读", "年报": "政府信息公开工作年度报告", "要点": "工作要点", "新闻": "news", "通知": "notice"}
    for item in ITEMS:
        kind, title, _, _, year, _, host, path, _ = item
        url = f"http://{host}{path}"
        if kind == "dead":
            failures.append({"url": url, "why": "404 dead link (the justice bureau's old Hanweb address)"})
            continue
        if path == SPLIT:
            page, level1 = article(item, part=0, parts=2)
            second, _ = article(item, part=1, parts=2)
            save(SLUG, url, page)
            save(SLUG, url.replace(".html", "_1.html"), second)
            level1 = article(item)[1]
            reports.append({"url": url, "year": year, "title": title, "level1": level1,
                            "pages": [url.replace(".html", "_1.html")]})
            continue
        page, level1 = article(item)
        save(SLUG, url, page)
        if kind == "report":
            reports.append({"url": url, "year": year, "title": title, "level1": level1})
        else:
            skipped.append({"url": url, "title": title, "why": why[kind]})
    save(SLUG, f"http://{SFJ}/robots.txt", "User-agent: *\nAllow: /\n")
    write_meta(SLUG, {"slug": SLUG, "name": "雁桥市人民政府", "division_code": "330786", "level": "county",
                      "province": "浙江省", "family": "trs", "start_urls": [COLUMN]},
               {"notes": "TRS column /zwgk/fzzf/ndbg/index.html with index_1.html and index_2.html reachable only via "
                         "createPageHTML(3, N, \"index\", \"html\") (document.write, no rendered links). Report links are "
                         "document-relative ../../zfxxgkml/fzzfjs/… (another column) or point to the justice bureau's host "
                         "sfj.yanqiao.gov.cn, once protocol-relative (//sfj…) and twice absolute http://sfj…; the 2021 "
                         "report's sfj link is a dead old Hanweb address (404, a failure). The 2020 report is split over "
                         "t…html and t…_1.html (createPageHTML(2, N, \"t20210129_4255981\", \"html\")). Titles cut with "
                         "... in the listing. sfj pages use a ul/li metadata block, www pages dl/dd.",
                "column": COLUMN, "reports": reports, "skipped": skipped, "failures": failures})
