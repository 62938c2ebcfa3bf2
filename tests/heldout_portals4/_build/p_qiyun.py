# ruff: noqa: E501  (page markup and report phrases are long literal strings)
"""qiyun: a Vue single-page column; listing and article bodies come from a GET JSON API."""

from __future__ import annotations

import json

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

SLUG = "qiyun"
HOST = "www.qiyun.gov.cn"
SITE = "祁云县人民政府"
BASE = f"http://{HOST}"
CHANNEL = "6ef2a1c3"
PAGE_SIZE = 6
NAV = nav(
    [
        ("首页", "/"),
        ("政务公开", "/zwgk/"),
        ("法治政府建设", "/zwgk/fzzfjs/index.html"),
        ("政务服务", "http://www.ahzwfw.gov.cn/"),
        ("互动交流", "/hdjl/"),
    ]
)
FOOT = footer(SITE, "皖ICP备05012345号-1", "3410290001")
# (id, title, publish time, source, kind, year, variant)
ITEMS = [
    (
        3391,
        "祁云县2026年法治政府建设工作要点",
        "2026-04-02 10:12:00",
        "县委依法治县办",
        "plan",
        0,
        "",
    ),
    (
        3384,
        "一图读懂《祁云县2025年度法治政府建设情况报告》",
        "2026-02-12 16:40:00",
        "县司法局",
        "jiedu",
        0,
        "",
    ),
    (
        3381,
        "祁云县2025年度法治政府建设情况报告",
        "2026-02-11 09:30:00",
        "县人民政府",
        "report",
        2025,
        "std",
    ),
    (
        3342,
        "祁云县人民政府2025年政府信息公开工作年度报告",
        "2026-01-20 08:55:00",
        "县政府办",
        "gkbg",
        0,
        "",
    ),
    (
        3207,
        "县政府召开第28次常务会议 专题学习行政复议法",
        "2025-06-15 17:02:00",
        "县融媒体中心",
        "news",
        0,
        "",
    ),
    (
        2950,
        "祁云县2024年度法治政府建设情况报告",
        "2025-01-24 15:20:00",
        "县人民政府",
        "report",
        2024,
        "thematic",
    ),
    (
        2517,
        "祁云县人民政府关于2023年度法治政府建设情况的报告",
        "2024-03-05 11:00:00",
        "县人民政府",
        "report",
        2023,
        "other",
    ),
    (
        2386,
        "关于公布2024年度县级行政执法主体清单的通知",
        "2024-01-08 09:00:00",
        "县司法局",
        "notice",
        0,
        "",
    ),
    (
        2104,
        "祁云县2022年度法治政府建设情况报告",
        "2023-02-20 10:45:00",
        "县人民政府",
        "report",
        2022,
        "std",
    ),
]
OTHER_TEXT = {
    "plan": "为深入推进法治政府建设，现将2026年法治政府建设工作要点印发如下：一、加强党对法治政府建设的领导。二、深化重点领域立法和规范性文件管理。三、严格规范公正文明执法。",
    "jiedu": "图解内容：2025年，祁云县法治政府建设取得新成效。关键数据：审查规范性文件42件，行政复议案件审结率100%。（本文为政策解读，原文见《祁云县2025年度法治政府建设情况报告》）",
    "gkbg": "本报告根据《中华人民共和国政府信息公开条例》编制。一、总体情况。二、主动公开政府信息情况。三、收到和处理政府信息公开申请情况。四、政府信息公开行政复议、行政诉讼情况。",
    "news": "6月15日，县长主持召开县政府第28次常务会议，专题学习新修订的《中华人民共和国行政复议法》，研究部署下一阶段依法行政工作。",
    "notice": "各乡镇人民政府、县政府各部门：根据有关规定，现将2024年度县级行政执法主体清单予以公布。附件：祁云县行政执法主体清单。",
}


def shell(title: str, noscript: str, config: dict) -> str:
    body = (
        f'<div id="app"><div class="loading">加载中…</div></div>\n<noscript>{noscript}</noscript>\n'
        f"<script>window.__QY_CONFIG__ = {json.dumps(config, ensure_ascii=False)};</script>\n"
        '<script src="/static/js/chunk-vendors.3a1f9e.js"></script>\n<script src="/static/js/app.8f3c2d.js"></script>'
    )
    return page(
        site=SITE,
        title=title,
        body=body,
        nav_html=NAV,
        foot=FOOT,
        metas={"SiteName": SITE, "ColumnName": "法治政府建设"},
    )


def body_html(item: tuple) -> tuple[str, list[str]]:
    ident, title, when, source, kind, year, variant = item
    if kind != "report":
        return f"<p>{OTHER_TEXT[kind]}</p>", []
    rows, cats = report_paragraphs("祁云县", year, variant, ident)
    closing = ["祁云县人民政府", f"{when[:4]}年{int(when[5:7])}月{int(when[8:10])}日"]
    return report_html(rows, salutation="市人民政府：", closing=closing), cats


def static_page(item: tuple, html: str) -> str:
    ident, title, when, source = item[:4]
    info = (
        f'<table class="xxgk"><tr><th>索 引 号：</th><td>11341029003112358K/2026-{ident:05d}</td>'
        f"<th>发布机构：</th><td>{source}</td></tr><tr><th>成文日期：</th><td>{when[:10]}</td>"
        f'<th>发布日期：</th><td>{when[:16]}</td></tr><tr><th>名　　称：</th><td colspan="3">{title}</td></tr></table>'
    )
    body = (
        f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 法治政府建设</div>'
        f'<div class="plain-article">{info}<h1>{title}</h1><div class="info">发布时间：{when[:16]}　来源：{source}</div>'
        f'{TOOLS}<div class="article-content">{html}</div>{SHARE}<div class="editor">责任编辑：汪晓</div></div>'
    )
    return page(
        site=SITE,
        title=title,
        body=body,
        nav_html=NAV,
        foot=FOOT,
        metas={
            "ArticleTitle": title,
            "PubDate": when[:16],
            "ContentSource": source,
            "SiteName": SITE,
            "ColumnName": "法治政府建设",
        },
    )


def build() -> dict:
    folder = OUT / SLUG
    site = folder / "site" / HOST
    write_toml(
        folder,
        slug=SLUG,
        name=SITE,
        code="341029",
        level="county",
        province="安徽省",
        family="generic",
        start=f"{BASE}/zwgk/fzzfjs/index.html",
    )
    write_json(
        site / "_replay.json",
        {"headers": {"/api/*": {"Content-Type": "application/json;charset=UTF-8"}}},
    )
    write(
        site / "index.html",
        page(
            site=SITE,
            title="首页",
            nav_html=NAV,
            foot=FOOT,
            body=(
                '<div class="home"><div class="block"><h3>政务公开</h3><ul><li><a href="/zwgk/fzzfjs/index.html">法治政府建设</a></li>'
                '<li><a href="/zwgk/xxgkml/">政府信息公开目录</a></li></ul></div></div>'
            ),
        ),
    )
    write(
        site / "zwgk/fzzfjs/index.html",
        shell(
            "法治政府建设",
            "您的浏览器未启用JavaScript，请启用后浏览本栏目。",
            {
                "channelId": CHANNEL,
                "channelName": "法治政府建设",
                "listApi": "/api/article/list",
                "pageSize": PAGE_SIZE,
                "detailPath": "/zwgk/fzzfjs/detail.html",
            },
        ),
    )
    write(
        site / "static/js/app.8f3c2d.js",
        (
            "!function(){var c=window.__QY_CONFIG__;function q(p){return axios.get(c.listApi,{params:{channelId:c.channelId,"
            "pageNum:p,pageSize:c.pageSize}}).then(function(r){var d=r.data.data;render(d.records,d.total,d.pages);});}"
            "function detail(id){return axios.get('/api/article/detail',{params:{id:id}});}"
            "window.QY={list:q,detail:detail};q(1);}();\n"
        ),
    )
    pages = (len(ITEMS) + PAGE_SIZE - 1) // PAGE_SIZE
    expected = {"reports": [], "skipped": [], "failures": []}
    for number in range(1, pages + 1):
        chunk = ITEMS[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
        records = [
            {
                "id": i[0],
                "title": i[1],
                "publishTime": i[2],
                "source": i[3],
                "channelId": CHANNEL,
                "url": f"/zwgk/fzzfjs/detail.html?id={i[0]}",
                "isTop": 0,
                "viewCount": 100 + i[0] % 97,
            }
            for i in chunk
        ]
        data = {
            "code": 200,
            "msg": "操作成功",
            "data": {
                "total": len(ITEMS),
                "pageNum": number,
                "pageSize": PAGE_SIZE,
                "pages": pages,
                "records": records,
            },
        }
        write(
            site / f"api/article/list@channelId={CHANNEL}&pageNum={number}&pageSize={PAGE_SIZE}",
            json.dumps(data, ensure_ascii=False),
        )
    for item in ITEMS:
        ident, title, when, source, kind, year, _ = item
        html, cats = body_html(item)
        static = f"/static/html/{when[:4]}/{when[5:7]}/{ident}.html"
        write(
            site / f"zwgk/fzzfjs/detail.html@id={ident}",
            shell(
                title,
                f'<p>您的浏览器未启用JavaScript，<a href="{static}">点击查看本文纯文本版</a></p>',
                {"articleId": ident, "detailApi": "/api/article/detail"},
            ),
        )
        detail = {
            "code": 200,
            "msg": "操作成功",
            "data": {
                "id": ident,
                "title": title,
                "publishTime": when,
                "source": source,
                "channelName": "法治政府建设",
                "indexNo": f"11341029003112358K/2026-{ident:05d}",
                "content": html,
                "attachments": [],
                "staticUrl": static,
            },
        }
        write(site / f"api/article/detail@id={ident}", json.dumps(detail, ensure_ascii=False))
        write(site / static.lstrip("/"), static_page(item, html))
        url = f"{BASE}/zwgk/fzzfjs/detail.html?id={ident}"
        if kind == "report":
            expected["reports"].append({"url": url, "year": year, "title": title, "level1": cats})
        else:
            why = {
                "plan": "工作要点",
                "jiedu": "解读",
                "gkbg": "政府信息公开工作年度报告",
                "news": "news",
                "notice": "notice",
            }[kind]
            expected["skipped"].append({"url": url, "title": title, "why": why})
    expected = {
        "notes": (
            "Vue single-page column: the column page and every article page are empty JS shells "
            "(window.__QY_CONFIG__ + /static/js/app.*.js). The listing comes only from the GET JSON API "
            f"/api/article/list?channelId={CHANNEL}&pageNum=N&pageSize={PAGE_SIZE} (data.records, data.total=9, "
            "data.pages=2; the 2022 report is on page 2). Article bodies come from /api/article/detail?id=N "
            "(data.content HTML); each article shell's <noscript> links a plain-HTML fallback "
            "/static/html/YYYY/MM/<id>.html with the same text. A report's url is the detail page the "
            "listing links (detail.html?id=N); its JSON and static copies are the same document."
        ),
        "home": f"{BASE}/",
        "column": f"{BASE}/zwgk/fzzfjs/index.html",
        **expected,
    }
    write_json(folder / "expected.json", expected)
    return expected
