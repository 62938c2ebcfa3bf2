"""Sentence pools, page furniture and a small PDF writer for round 24's fictional portals."""

from __future__ import annotations

import html
import random

MEASURES = [
    "（一）坚持依法全面履行政府职能",
    "（二）推进行政决策科学化民主化法治化",
    "（三）坚持严格规范公正文明执法",
    "（四）强化行政权力制约和监督",
]
PLANS = [
    "（一）持续深化法治政府示范创建",
    "（二）全面提升行政执法质量",
    "（三）加强法治宣传教育",
]
BODY = [
    "深化“放管服”改革，全面推行证明事项告知承诺制，政务服务事项网上可办率达到98%以上。",
    "严格落实重大行政决策程序规定，全年{n}项重大行政决策事项均经过公众参与、专家论证、风险评估、合法性审查和集体讨论决定。",
    "深入推进行政执法“三项制度”，组织开展行政执法案卷评查，评查案卷{n}卷。",
    "自觉接受人大监督和政协民主监督，办理人大代表建议和政协委员提案{n}件。",
    "加强行政复议规范化建设，全年受理行政复议案件{n}件，依法审结率100%。",
    "健全行政机关负责人出庭应诉制度，行政机关负责人出庭应诉率保持100%。",
    "落实“谁执法谁普法”普法责任制，开展“宪法宣传周”等主题活动{n}场次。",
    "推进基层合法性审查全覆盖，审查各类规范性文件和合同{n}件。",
]
LEAD = (
    "二、党政主要负责人履行推进法治建设第一责任人职责情况",
    [
        "主要负责人认真履行推进法治建设第一责任人职责，召开常务会议专题研究法治政府建设工作{n}次。",
        "坚持领导干部会前学法制度，全年组织集体学法{n}次，推动领导干部带头尊法学法守法用法。",
    ],
)
SHORT = (
    "存在的不足和原因",
    [
        "对照法治政府建设要求，我们的工作还存在一些不足：一是行政执法人员素质有待进一步提升；二是基层法治建设力量相对薄弱；三是运用法治思维和法治方式解决问题的能力还需加强。",
    ],
)
PLANS_HEAD = "下一年度推进法治政府建设的主要安排"
NUM = "一二三四五"


def report_paras(
    name: str, year: int, rng: random.Random, short: bool, addressee: str
) -> list[str]:
    """The report's paragraphs: salutation, opening, 一、/（一） headings, 特此报告, signer."""

    def n() -> int:
        return rng.randint(5, 60)

    def body() -> str:
        first, second = rng.sample(BODY, 2)
        return f"一是{first.format(n=n())}二是{second.format(n=n())}"

    out = [
        f"{addressee}：",
        f"{year}年，{name}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
        f"全面落实《法治政府建设实施纲要（2021—2025年）》，法治政府建设取得新成效。现将{year}年度"
        "法治政府建设情况报告如下：",
    ]
    parts: list[tuple[str, list[str]]] = [("推进法治政府建设的主要举措和成效", MEASURES)]
    if not short:
        parts.append((LEAD[0][2:], []))
    parts += [(SHORT[0], []), (PLANS_HEAD, PLANS)]
    for i, (head, subs) in enumerate(parts):
        out.append(f"{NUM[i]}、{head}")
        if head == LEAD[0][2:]:
            out += [s.format(n=n()) for s in LEAD[1]]
        elif head == SHORT[0]:
            out += SHORT[1]
        for sub in subs:
            out.append(f"{sub}。{body()}")
    out += ["特此报告。", name, f"{year + 1}年{rng.randint(1, 3)}月{rng.randint(2, 27)}日"]
    return out


def report_shape(short: bool) -> tuple[int, list[str]]:
    """(sections, level1) the report's headings make: 一、 headings plus （一） headings."""
    if short:
        return 10, ["measures", "shortcomings", "plans"]
    return 11, ["measures", "leadership", "shortcomings", "plans"]


def other_paras(title: str, rng: random.Random) -> list[str]:
    """A non-report's body: two or three news-like paragraphs."""
    return [
        f"{title}。",
        "会议强调，要坚持以习近平法治思想为指导，扎实推进各项工作落地见效。",
        f"据悉，相关单位将于{rng.randint(2, 28)}日前完成部署，确保工作取得实效。",
    ]


def header(site: str) -> str:
    """Top bar, search box and mega-menu every page carries."""
    return f"""<div class="top-bar"><span>网站支持IPv6</span> <a href="javascript:;">无障碍版</a>
<a href="javascript:;">关怀版</a> <a href="javascript:;">长者模式</a> \
<a href="javascript:;">繁體</a>
<a href="javascript:;">登录</a> <a href="javascript:;">注册</a></div>
<div class="head"><h1 class="logo">{site}</h1><form class="search" action="/search/" method="get">
<input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button>\
</form></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a><div class="sub">
<a href="/zwgk/zcwj/">政策文件</a> <a href="/zwgk/tzgg/">通知公告</a> \
<a href="/zwgk/xxgknb/">政府信息公开年报</a>
</div></li><li><a href="/zwdt/">政务动态</a></li><li><a href="/hdjl/">互动交流</a></li>
<li><a href="/zmhd/">政民互动</a></li></ul></div>"""


def footer(site: str, code: str) -> str:
    """Floating tools, footer lines and the leave-site confirm in script text."""
    return f"""<div class="float"><a href="/hdjl/xx/">信箱</a> <a href="/hdjl/yjzj/">意见征集</a>
<a href="/hdjl/znwd/">智能问答</a> <a href="#top">返回顶部</a></div>
<div class="footer"><p>主办单位：{site}办公室　版权所有：{site}</p>
<p>网站标识码：{code}　ICP备05012345号-1　公网安备 33010202000123号</p></div>
<script>
$(function () {{
  $("a.out").on("click", function () {{
    return confirm("您访问的链接即将离开“{site}”门户网站，是否继续？");
  }});
}});
</script>"""


def page(site: str, code: str, title: str, main: str, column: str, scripts: str = "") -> str:
    """A whole HTML page: head with meta, header, breadcrumb, main, footer."""
    t = html.escape(title)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{t}_{site}</title>
<meta name="SiteName" content="{site}"><meta name="ColumnName" content="{column}">
<link rel="stylesheet" href="/css/style.css"><script src="/js/jquery.min.js"></script>{scripts}
</head><body>
{header(site)}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开\
</a> &gt; {column}</div>
{main}
{footer(site, code)}
</body></html>
"""


def article(site: str, code: str, column: str, item: dict, paras: list[str]) -> str:
    """An article page: meta, xxgk table, tools, body, 相关解读, 上一篇/下一篇, 责任编辑."""
    t = html.escape(item["title"])
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
    meta = (
        f'<meta name="ArticleTitle" content="{t}">'
        f'<meta name="PubDate" content="{item["date"]} 09:30">'
        f'<meta name="ContentSource" content="{item.get("publisher", site)}">'
    )
    main = f"""<div class="article">
<table class="xxgk"><tr><th>索 引 号：</th><td>{code}/{item["date"][:4]}-{item["id"]}</td>
<th>发布机构：</th><td>{item.get("publisher", site)}</td></tr>
<tr><th>标　　题：</th><td colspan="3">{t}</td></tr><tr><th>发布日期：</th><td>{item["date"]}</td>
<th>主题分类：</th><td>法治政府建设</td></tr></table>
<h2 class="title">{t}</h2>
<div class="tools">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> \
<a href="javascript:;">小</a>】
<a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口\
</a></div>
<div class="TRS_Editor">
{body}
</div>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a>
<span class="qr">扫一扫在手机打开当前页</span></div>
<div class="related"><h4>相关解读</h4><ul><li><a href="/zwgk/jd/">政策解读</a></li></ul></div>
<div class="prevnext"><p>上一篇：<a href="/zwgk/">返回栏目</a></p><p>下一篇：无</p></div>
<p class="editor">责任编辑：李敏</p></div>"""
    return page(site, code, item["title"], main, column).replace(
        "<link rel", meta + "\n<link rel", 1
    )


def pdf_bytes(lines: list[str]) -> bytes:
    """A text PDF (STSong-Light, UniGB-UCS2-H, no embedded font), 36 characters a line."""
    wrapped: list[str] = []
    for line in lines:
        wrapped += [line[i : i + 36] for i in range(0, len(line), 36)] or [""]
    pages = [wrapped[i : i + 44] for i in range(0, len(wrapped), 44)]
    objs = [
        "<</Type/Catalog/Pages 2 0 R>>",
        "",
        "<</Type/Font/Subtype/Type0/BaseFont/STSong-Light/Encoding/UniGB-UCS2-H"
        "/DescendantFonts[4 0 R]>>",
        "<</Type/Font/Subtype/CIDFontType0/BaseFont/STSong-Light/CIDSystemInfo"
        "<</Registry(Adobe)/Ordering(GB1)/Supplement 2>>/FontDescriptor 5 0 R/DW 1000>>",
        "<</Type/FontDescriptor/FontName/STSong-Light/Flags 6/FontBBox[0 -200 1000 900]"
        "/ItalicAngle 0/Ascent 880/Descent -120/CapHeight 880/StemV 93>>",
    ]
    kids = []
    for lines_ in pages:
        text = "".join(f"<{ln.encode('utf-16-be').hex().upper()}> Tj T*\n" for ln in lines_)
        stream = f"BT /F1 13 Tf 17 TL 60 790 Td\n{text}ET"
        objs.append(f"<</Length {len(stream.encode())}>>\nstream\n{stream}\nendstream")
        objs.append(
            f"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 3 0 R>>>>"
            f"/Contents {len(objs)} 0 R>>"
        )
        kids.append(f"{len(objs)} 0 R")
    objs[1] = f"<</Type/Pages/Kids[{' '.join(kids)}]/Count {len(kids)}>>"
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{obj}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<</Size {len(objs) + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out
