"""The furniture every round-10 page carries: head metas, top bar, mega-menu, footer, tools."""

from __future__ import annotations

import html
from dataclasses import dataclass

NAV = ["首页", "政务公开", "政务服务", "互动交流", "走进{short}", "专题专栏"]
SUBNAV = [
    "政府信息公开指南",
    "政府信息公开制度",
    "法定主动公开内容",
    "政府信息公开年报",
    "依申请公开",
]


@dataclass(frozen=True)
class Site:
    host: str
    name: str  # 澄溪县人民政府
    short: str  # 澄溪
    code: str  # 网站标识码
    icp: str


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def head(site: Site, title: str, metas: dict[str, str] | None = None) -> str:
    meta = "".join(f'<meta name="{k}" content="{esc(v)}">\n' for k, v in (metas or {}).items())
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">\n'
        f"<title>{esc(title)}_{esc(site.name)}</title>\n"
        f'<meta name="SiteName" content="{esc(site.name)}">\n{meta}'
        '<link rel="stylesheet" href="/css/common.css">\n</head>\n'
    )


def top(site: Site) -> str:
    nav = "".join(
        f'<li><a href="/">{n.format(short=site.short)}</a><div class="sub">'
        + "".join(f'<a href="/zwgk/">{s}</a>' for s in SUBNAV)
        + "</div></li>"
        for n in NAV
    )
    return (
        '<body>\n<div class="topbar"><span>欢迎访问' + esc(site.name) + "门户网站</span>"
        '<a href="javascript:void(0)" id="wza">无障碍版</a><a href="javascript:void(0)">关怀版</a>'
        '<a href="javascript:void(0)">长者模式</a><a href="javascript:void(0)">繁體</a>'
        '<span class="ipv6">网站支持IPv6</span></div>\n'
        f'<div class="header"><img src="/images/logo.png" alt="{esc(site.name)}">'
        '<form action="/search/" method="get"><input name="q" placeholder="请输入关键词">'
        "<button>搜索</button></form></div>\n"
        f'<ul class="mega-menu">{nav}</ul>\n'
    )


def footer(site: Site) -> str:
    return (
        '<div class="float-tools"><a href="/hdjl/xxzx/">县长信箱</a>'
        '<a href="/hdjl/yjzj/">意见征集</a>'
        '<a href="/hdjl/znwd/">智能问答</a><a href="#top">返回顶部</a></div>\n'
        f'<div class="footer"><p>主办单位：{esc(site.name)}办公室　'
        f'承办：{esc(site.short)}大数据中心</p>'
        f"<p>网站标识码：{site.code}　{site.icp}　公网安备 33{site.code[:8]}号</p>"
        f"<p>版权所有 © {esc(site.name)}　未经授权不得转载</p></div>\n"
        '<script>var leaveTip = "您即将离开本站，访问外部网站，是否继续？";'
        "function leaveSite(u){ if (window.confirm(leaveTip)) { window.open(u); } }</script>\n"
        "</body></html>\n"
    )


def article(
    site: Site,
    title: str,
    date: str,
    column: str,
    paragraphs: list[str],
    body_extra: str = "",
    source: str = "",
) -> str:
    """A full article page: xxgk table, title, tools, body paragraphs, related box, footer."""
    source = source or site.name
    metas = {
        "ArticleTitle": title,
        "PubDate": date + " 09:30",
        "ContentSource": source,
        "ColumnName": column,
    }
    body = "".join(f"<p>{esc(p)}</p>\n" for p in paragraphs)
    return (
        head(site, title, metas)
        + top(site)
        + f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; '
        f'<a href="/zwgk/">政务公开</a> &gt; {esc(column)}</div>\n'
        + '<table class="xxgk"><tr><th>索 引 号：</th><td>'
        + site.code[-6:]
        + "/2026-00"
        + date[-2:]
        + f"</td><th>发布机构：</th><td>{esc(source)}</td></tr>"
        f"<tr><th>生成日期：</th><td>{date}</td>"
        + f'<th>主　　题：</th><td>{esc(column)}</td></tr>'
        f'<tr><th>名　　称：</th><td colspan="3">{esc(title)}</td></tr></table>\n'
        + f'<div class="article"><h1>{esc(title)}</h1>\n'
        + f'<div class="info">发布时间：{date}　来源：{esc(source)}　'
        f'【字体：<a>大</a> <a>中</a> <a>小</a>】'
        + '<a href="javascript:window.print()">打印本页</a>'
        ' <a href="javascript:window.close()">关闭窗口</a></div>\n'
        + f'<div class="content" id="zoom">\n{body}{body_extra}</div>\n'
        + '<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>\n'
        + '<div class="qr"><img src="/images/qr.png" alt="">'
        '<span>扫一扫在手机打开当前页</span></div>\n'
        + '<div class="related"><h3>相关解读</h3>'
        '<ul><li>图解：一图读懂法治政府建设</li></ul></div>\n'
        + '<div class="prenext"><p>上一篇：无</p><p>下一篇：无</p></div>\n'
        + f'<p class="editor">责任编辑：{esc(site.short)}办</p></div>\n'
        + footer(site)
    )


def page(site: Site, title: str, inner: str, script: str = "") -> str:
    """A listing (or any non-article) page around `inner`."""
    return (
        head(site, title)
        + top(site)
        + inner
        + (f"<script>\n{script}\n</script>\n" if script else "")
        + footer(site)
    )
