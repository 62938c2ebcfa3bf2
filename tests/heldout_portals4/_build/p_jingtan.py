# ruff: noqa: E501  (page markup and report phrases are long literal strings)
"""jingtan: a Hanweb column mixing ordinary articles with the government's mirrored 微信公众号 articles."""

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

SLUG = "jingtan"
HOST = "www.jingtan.gov.cn"
SITE = "静潭区人民政府"
BASE = f"http://{HOST}"
COL = 1229871
COLUMN = f"/col/col{COL}/index.html"
NAV = nav(
    [
        ("首页", "/"),
        ("走进静潭", "/col/col1229001/index.html"),
        ("政务公开", "/col/col1229002/index.html"),
        ("政务服务", "https://www.zjzwfw.gov.cn/"),
        ("互动交流", "/col/col1229004/index.html"),
    ]
)
FOOT = footer(SITE, "浙ICP备05031234号", "3301150004")
MP_NAME = "静潭司法"
# (id, date, title, kind, year, variant, shape)  shape: art (ordinary) | artwx (wechat copy in #zoom) | mp (mirror page)
ITEMS = [
    (59413021, "2026-03-20", "以案释法｜行政复议化解争议，企业点赞“复议为民”", "news", 0, "", "mp"),
    (59286507, "2026-02-06", "一图读懂｜静潭区2025年度法治政府建设情况报告", "jiedu", 0, "", "mp"),
    (
        59281130,
        "2026-02-05",
        "静潭区人民政府关于2025年度法治政府建设情况的报告",
        "report",
        2025,
        "thematic",
        "mp",
    ),
    (59190044, "2026-01-23", "静潭区人民政府2025年政府信息公开工作年度报告", "gkbg", 0, "", "art"),
    (58840321, "2025-01-27", "静潭区2024年度法治政府建设情况报告", "report", 2024, "std", "art"),
    (58802215, "2024-12-09", "喜报！我区获评省级法治政府建设示范单位", "news", 0, "", "artwx"),
    (
        58123377,
        "2024-02-02",
        "静潭区人民政府关于2023年度法治政府建设情况的报告",
        "report",
        2023,
        "other",
        "artwx",
    ),
    (57955102, "2023-04-11", "静潭区2023年法治政府建设工作要点", "plan", 0, "", "art"),
    (57710286, "2023-02-14", "静潭区2022年度法治政府建设情况报告", "report", 2022, "std", "art"),
]
OTHER = {
    "news": "近日，区行政复议局通过“复议+调解”方式，成功化解一起涉企行政处罚争议，企业负责人专程送来锦旗。",
    "jiedu": "一图读懂！2025年，静潭区法治政府建设交出亮眼成绩单：审查规范性文件45件，行政复议纠错率12%，行政机关负责人出庭应诉率100%。",
    "gkbg": "本年度报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息公开办公室有关要求编制。一、总体情况。二、主动公开政府信息情况。",
    "plan": "2023年全区法治政府建设工作的总体要求是：坚持以习近平法治思想为指导，全面推进严格规范公正文明执法。一、深化“大综合一体化”行政执法改革。",
}


def art_path(ident: int, date: str) -> str:
    return f"/art/{date[:4]}/{int(date[5:7])}/{int(date[8:])}/art_{COL}_{ident}.html"


def mp_path(ident: int, date: str) -> str:
    return f"/wxgzh/{date.replace('-', '')}/mp_{ident:x}.html"


def url_of(item: tuple) -> str:
    return mp_path(item[0], item[1]) if item[6] == "mp" else art_path(item[0], item[1])


def short(title: str) -> str:
    return title if len(title) <= 24 else title[:23] + "..."


def listing() -> str:
    records = "".join(
        f'<record><![CDATA[<li><a href="{url_of(item)}" title="{item[2]}" target="_blank">{short(item[2])}</a>'
        f'<span class="bt-data-time">[{item[1]}]</span></li>]]></record>\n'
        for item in ITEMS
    )
    datastore = (
        f'<script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1'
        f'&webid=3115&path=/&columnid={COL}&unitid=8123&webname=%E9%9D%99%E6%BD%AD%E5%8C%BA&permissiontype=0"></a>]]>'
        f"</nextgroup><recordset>\n{records}</recordset><totalrecord>{len(ITEMS)}</totalrecord><totalpage>1</totalpage>"
        f"</datastore></script>"
    )
    body = (
        f'<div class="crumb">您当前所在位置：<a href="/">首页</a> &gt; <a href="/col/col1229002/index.html">政务公开</a> &gt; '
        f'法治政府建设</div><div class="bt-list"><h2>法治政府建设</h2><div id="8123">{datastore}</div>'
        f'<script language="javascript" src="/module/web/jpage/jpage.js"></script><script>var totalRecord={len(ITEMS)};'
        f"var perPage=15;</script></div>"
    )
    return page(
        site=SITE,
        title="法治政府建设",
        body=body,
        nav_html=NAV,
        foot=FOOT,
        metas={"SiteName": SITE, "ColumnName": "法治政府建设"},
    )


def wechat_body(rows: list[tuple[str, str]] | None, text: str, *, closing: list[str]) -> str:
    """The 公众号 article markup: sections, leaf spans, coloured bold headings, mmbiz images."""
    out = [
        '<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/abc123/640?wx_fmt=gif" '
        'class="rich_pages wxw-img"><span leaf="">点击蓝字 关注我们</span></section>'
    ]
    if rows is None:
        out.append(f'<section style="line-height:1.75em"><span leaf="">{text}</span></section>')
    else:
        out.append('<section><span leaf="">区人大常委会：</span></section>')
        for kind, line in rows:
            if kind == "h1":
                out.append(
                    f'<section style="margin-top:16px"><span style="color:#c00000"><strong><span leaf="">{line}'
                    f"</span></strong></span></section>"
                )
            else:
                out.append(
                    f'<p style="text-indent:2em;line-height:1.75em"><span leaf="">{line}</span></p>'
                )
        out.append('<p><span leaf="">特此报告。</span></p>')
        out += [f'<p style="text-align:right"><span leaf="">{c}</span></p>' for c in closing]
    out.append(
        '<section style="font-size:12px;color:#888"><span leaf="">来源：静潭区司法局</span><br><span leaf="">编辑：沈悦'
        '　审核：周立新</span></section><section><img data-src="https://mmbiz.qpic.cn/mmbiz_png/xyz789/640?wx_fmt=png">'
        '<span leaf="">长按识别二维码 关注“静潭司法”</span></section>'
    )
    return "\n".join(out)


def rich_media(title: str, date: str, content: str) -> str:
    return (
        f'<div class="rich_media_area_primary"><div class="rich_media_area_primary_inner"><div id="img-content" '
        f'class="rich_media_wrp"><h1 class="rich_media_title" id="activity-name">{title}</h1>'
        f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">'
        f'原创</span> <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" '
        f'id="js_name">{MP_NAME}</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">'
        f'{date[:4]}年{int(date[5:7])}月{int(date[8:])}日 18:30</em> <em id="js_ip_wording_wrp">浙江</em></div>'
        f'<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" '
        f'style="visibility: hidden;">{content}</div></div>'
        f'<div class="rich_media_tool"><a id="js_view_source" href="https://mp.weixin.qq.com/s/Jt{date.replace("-", "")}Qx7Lm" '
        f'onclick="leaveSite(this.href);return false;">阅读原文</a> <span>阅读 2356</span> <span>赞</span> <span>在看</span> '
        f'<span>分享</span></div><div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div>'
        f'<div class="wx_tips">继续滑动看下一个</div></div></div>'
        f'<script>document.getElementById("js_content").style.visibility="visible";</script>'
    )


def content_of(item: tuple) -> tuple[str, list[str]]:
    ident, date, _title, kind, year, variant, shape = item
    closing = ["静潭区人民政府", f"{date[:4]}年{int(date[5:7])}月{int(date[8:])}日"]
    rows, cats = (
        report_paragraphs("静潭区", year, variant, ident) if kind == "report" else (None, [])
    )
    if shape == "art":
        html = (
            report_html(rows, salutation="区人大常委会：", closing=closing)
            if rows
            else f"<p>{OTHER[kind]}</p>"
        )
    else:
        html = wechat_body(rows, OTHER.get(kind, ""), closing=closing)
    return html, cats


def art_page(item: tuple, content: str) -> str:
    ident, date, title, _kind, _y, _v, shape = item
    if shape == "artwx":
        content = f'<p class="wx-from">本文转载自微信公众号“{MP_NAME}”</p>' + rich_media(
            title, date, content
        )
    meta = (
        f'<table class="xxgk_table"><tr><td>索引号：</td><td>002458103/{date[:4]}-{ident % 100000:05d}</td><td>分类：</td>'
        f"<td>法治政府建设</td></tr><tr><td>发布机构：</td><td>静潭区人民政府办公室</td><td>发文日期：</td><td>{date}</td></tr>"
        f"<tr><td>文号：</td><td></td><td>有效性：</td><td>有效</td></tr></table>"
    )
    body = (
        f'<div class="crumb">您当前所在位置：<a href="/">首页</a> &gt; <a href="{COLUMN}">法治政府建设</a></div>'
        f'<div class="art">{meta}<h1 class="title">{title}</h1><div class="info">发布日期：{date}　信息来源：{SITE}'
        f'</div>{TOOLS}<meta name="ContentStart"><div id="zoom">{content}</div><meta name="ContentEnd">{SHARE}</div>'
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
            "ColumnName": "法治政府建设",
        },
    )


def mp_page(item: tuple, content: str) -> str:
    _ident, date, title = item[:3]
    return (
        f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width,'
        f'initial-scale=1.0">\n<meta property="og:title" content="{title}">\n<meta property="og:site_name" content="微信公众平台">'
        f'\n<title>{title}</title>\n<link rel="stylesheet" href="/wxgzh/css/weui.min.css">\n</head>\n<body id="activity-detail" '
        f'class="zh_CN wx_wap_page">\n<div class="portal-bar"><a href="/">{SITE}</a> &gt; <a href="{COLUMN}">法治政府建设</a>'
        f"　本文转载自微信公众号“{MP_NAME}”，版权归原作者所有</div>\n{rich_media(title, date, content)}\n"
        f"{footer(SITE, '浙ICP备05031234号', '3301150004')}\n</body>\n</html>\n"
    )


def build() -> dict:
    folder = OUT / SLUG
    site = folder / "site" / HOST
    start = BASE + COLUMN
    write_toml(
        folder,
        slug=SLUG,
        name=SITE,
        code="330115",
        level="district",
        province="浙江省",
        family="hanweb",
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
                f'<div class="home"><h3>政务公开</h3><ul><li><a href="{COLUMN}">法治政府建设</a></li></ul></div>'
            ),
        ),
    )
    write(site / COLUMN.lstrip("/"), listing())
    expected = {"reports": [], "skipped": [], "failures": []}
    why = {"news": "news", "jiedu": "解读", "gkbg": "政府信息公开工作年度报告", "plan": "工作要点"}
    for item in ITEMS:
        content, cats = content_of(item)
        html = mp_page(item, content) if item[6] == "mp" else art_page(item, content)
        write(site / url_of(item).lstrip("/"), html)
        url = BASE + url_of(item)
        if item[3] == "report":
            expected["reports"].append(
                {"url": url, "year": item[4], "title": item[2], "level1": cats}
            )
        else:
            expected["skipped"].append({"url": url, "title": item[2], "why": why[item[3]]})
    expected = {
        "notes": (
            'Hanweb district column (/col/col1229871/index.html, all 9 records as CDATA in <script type="text/xml">, '
            "dates [2026-02-05], long titles cut with ...) mixing ordinary articles (div#zoom between ContentStart/End "
            "metas, xxgk table) with the government's mirrored 微信公众号 (静潭司法) articles in mp.weixin.qq.com markup: "
            "h1.rich_media_title#activity-name, #js_name, em#publish_time, div#js_content (style visibility:hidden) "
            "built from <section>/<span leaf> with bold red headings, 点击蓝字 关注我们 / 来源 编辑 审核 / 阅读原文 / "
            "微信扫一扫关注该公众号 noise. The 2025 report is a stand-alone mirror page /wxgzh/YYYYMMDD/mp_<hex>.html "
            "(no portal furniture, no xxgk block, date only in Chinese 2026年2月5日); the 2023 report is a WeChat copy "
            "inside an ordinary Hanweb art page; 2024 and 2022 reports are ordinary articles. Non-reports include "
            "WeChat-style 一图读懂 解读, 以案释法 and 喜报 news."
        ),
        "home": f"{BASE}/",
        "column": start,
        **expected,
    }
    write_json(folder / "expected.json", expected)
    return expected
