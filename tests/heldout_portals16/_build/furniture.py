"""Page furniture for round 16 (header, mega-menu, article tools, footer) and a small PDF writer."""

from __future__ import annotations

import html
import zlib

NAV = ["首页", "走进{short}", "政务公开", "政务服务", "互动交流", "专题专栏"]
SUBNAV = {
    "政务公开": ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报"],
    "政务服务": ["办事指南", "便民服务", "好差评"],
    "互动交流": ["书记信箱", "县长信箱", "意见征集"],
}


def header(site: dict) -> str:
    nav = "".join(
        f'<li><a href="/">{html.escape(n.format(short=site["short"]))}</a>'
        + (
            '<ul class="sub">'
            + "".join(f'<li><a href="/">{s}</a></li>' for s in SUBNAV.get(n, []))
            + "</ul>"
            if n in SUBNAV
            else ""
        )
        + "</li>"
        for n in NAV
    )
    return f"""<div class="topbar"><span>网站支持IPv6</span>
<a href="javascript:void(0)" id="wza">无障碍版</a>
<a href="javascript:void(0)">关怀版</a> <a href="javascript:void(0)">长者模式</a>
<a href="javascript:void(0)" id="fanti">繁體</a>
<a href="/">登录</a> <a href="/">注册</a></div>
<div class="header"><img src="/images/logo.png" alt="{site["name"]}">
<form action="/search/" method="get" class="search">
<input type="text" name="q" placeholder="请输入关键字"><input type="submit" value="搜索"></form>
</div>
<div class="nav"><ul>{nav}</ul></div>"""


def footer(site: dict) -> str:
    return f"""<div class="float"><a href="/">县长信箱</a><a href="/">意见征集</a>
<a href="/">智能问答</a>
<a href="#top">返回顶部</a></div>
<div class="footer"><p>主办单位：{site["name"]}办公室　承办单位：{site["short"]}大数据中心</p>
<p>网站标识码：{site["code"]}　<a href="https://beian.miit.gov.cn/">{site["icp"]}</a>
<img src="/images/ga.png" alt="">{site["gongan"]}</p>
<p>版权所有 © {site["name"]}　联系电话：0000-12345678</p>
<script>/* 离开本站提示 */ function leaveTip(u){{
  if (confirm("您即将离开{site["name"]}门户网站，访问非本站内容，是否继续？")) {{ window.open(u); }}
}}</script>
</div>"""


def page(
    site: dict, title: str, body: str, *, meta: dict | None = None, head_extra: str = ""
) -> str:
    metas = "".join(
        f'<meta name="{k}" content="{html.escape(v)}">\n' for k, v in (meta or {}).items()
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}_{site["name"]}</title>
{metas}<link rel="stylesheet" href="/css/style.css"><script src="/js/jquery.min.js">
</script>{head_extra}
</head><body><a name="top"></a>
{header(site)}
{body}
{footer(site)}
</body></html>
"""


def article(
    site: dict,
    column: str,
    title: str,
    date: str,
    body_html: str,
    *,
    source: str = "",
    prev_next: tuple[str, str] = ("无", "无"),
) -> str:
    source = source or site["name"]
    meta = {
        "ArticleTitle": title,
        "PubDate": f"{date} 09:30",
        "ContentSource": source,
        "SiteName": site["name"],
        "ColumnName": column,
    }
    body = f"""<div class="crumb">当前位置：<a href="/">首页</a> &gt;
<a href="/">政务公开</a> &gt; {column}</div>
<table class="xxgk"><tr><th>索 引 号：</th>
<td>{site["code"]}/{date[:4]}-{zlib.crc32(title.encode()) % 9000 + 1000}</td>
<th>发布机构：</th><td>{source}</td></tr><tr><th>发布日期：</th><td>{date}</td>
<th>主题分类：</th><td>{column}</td></tr>
<tr><th>名　　称：</th><td colspan="3">{html.escape(title)}</td></tr></table>
<div class="article"><h1 class="title">{html.escape(title)}</h1>
<div class="info">发布时间：{date}　来源：{source}　【字体：<a href="javascript:void(0)">大</a>
<a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】
<a href="javascript:window.print()">打印本页</a>
<a href="javascript:window.close()">关闭窗口</a></div>
<div class="content" id="zoom">
{body_html}
</div>
<div class="share">分享到：<a href="javascript:void(0)">微信</a>
<a href="javascript:void(0)">微博</a> <span>扫一扫在手机打开当前页</span></div>
<div class="related"><h3>相关解读</h3><ul><li>
<a href="/">图解：{site["short"]}法治政府建设工作</a></li></ul></div>
<div class="pn"><p>上一篇：{html.escape(prev_next[0])}</p>
<p>下一篇：{html.escape(prev_next[1])}</p></div>
<div class="editor">责任编辑：王晓</div></div>"""
    return page(site, title, body, meta=meta)


def paragraphs(lines: list[tuple[str, str]] | list[str]) -> str:
    out = []
    for line in lines:
        kind, text = line if isinstance(line, tuple) else ("p", line)
        style = (
            ' style="text-align:right"'
            if kind == "p" and (text.endswith("日") and len(text) < 14 or text.endswith("人民政府"))
            else ""
        )
        strong = ("<strong>", "</strong>") if kind in ("h1", "h2") else ("", "")
        out.append(f"<p{style}>{strong[0]}{html.escape(text)}{strong[1]}</p>")
    return "\n".join(out)


def pdf_bytes(lines: list[str]) -> bytes:
    """A text PDF (STSong-Light, UniGB-UCS2-H: no embedded font) of `lines`, wrapped at 36 chars."""
    rows: list[str] = []
    for line in lines:
        rows.extend(line[i : i + 36] for i in range(0, max(len(line), 1), 36))
    pages = [rows[i : i + 44] for i in range(0, len(rows), 44)]
    objs: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    font_id = 3
    objs.append(
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
        b"/DescendantFonts [4 0 R] >>"
    )
    objs.append(
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R >>"
    )
    objs.append(
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
        b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"
    )
    kids = []
    for rows_on_page in pages:
        text = (
            b"BT /F1 14 Tf 18 TL 50 790 Td "
            + b" ".join(
                b"<" + r.encode("utf-16-be").hex().encode() + b"> Tj T*" for r in rows_on_page
            )
            + b" ET"
        )
        objs.append(b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream")
        content_id = len(objs)
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (content_id, font_id)
        )
        kids.append(len(objs))
    objs[1] = (
        b"<< /Type /Pages /Kids ["
        + b" ".join(b"%d 0 R" % k for k in kids)
        + b"] /Count %d >>" % len(kids)
    )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += (
        b"trailer\n<< /Size %d /Root 1 0 R /Info << /Producer (WPS Office) >> >>\n"
        b"startxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    )
    return bytes(out)
