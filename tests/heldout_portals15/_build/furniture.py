"""The usual furniture of a county portal's pages (header, mega-menu, xxgk table, share bar,
related box, footer, leave-site dialog) around a listing body or an article."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

MENU = ["首页", "政务公开", "政务服务", "互动交流", "走进{short}", "专题专栏"]


@dataclass
class Site:
    """One portal's identity: the names its furniture repeats."""

    name: str  # 篁溪县人民政府
    short: str  # 篁溪
    host: str
    code: str  # 网站标识码
    icp: str
    column: str  # the column's name in breadcrumbs and <meta>


def head(site: Site, title: str, extra: str = "", meta: str = "") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}_{site.name}</title>\n"
        f'<meta name="SiteName" content="{site.name}">\n'
        f'<meta name="ColumnName" content="{site.column}">\n{meta}'
        f'<link rel="stylesheet" href="/css/common.css">\n'
        f'<script src="/js/jquery-1.11.3.min.js"></script>\n{extra}</head>\n'
    )


def top(site: Site) -> str:
    menu = "".join(
        f'<li><a href="/{"" if i == 0 else f"m{i}/"}">{m.format(short=site.short)}</a>'
        f'<div class="sub"><a href="/m{i}/a/">通知公告</a><a href="/m{i}/b/">工作动态</a></div></li'
        f'>'
        for i, m in enumerate(MENU)
    )
    return (
        '<body>\n<div class="topbar"><span>网站支持IPv6</span> <a href="javascript:;" id="wza"'
        '>无障碍'
        '版</a>'
        ' <a href="javascript:;" class="ghb">关怀版</a> <a href="javascript:;">长者模式</a>'
        ' <a href="javascript:;" class="jft">繁體</a></div>\n'
        f'<div class="header"><a href="/"><img src="/images/logo.png" alt="{site.name}"></a>'
        '<form action="/search/" class="sform"><input name="q" placeholder="请输入关键字">'
        "<button>搜索</button></form></div>\n"
        f'<ul class="nav">{menu}</ul>\n'
    )


def crumb(site: Site, here: str) -> str:
    return (
        f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/m1/">政务公开</a>'
        f" &gt; <span>{escape(here)}</span></div>\n"
    )


def footer(site: Site) -> str:
    return (
        '<div class="float"><a href="/hd/xx/">县长信箱</a><a href="/hd/zj/">意见征集</a>'
        '<a href="/hd/wd/">智能问答</a><a href="#top">返回顶部</a></div>\n'
        f'<div class="footer"><p>主办单位：{site.name}办公室　承办：{site.short}大数据中心</p>'
        f"<p>网站标识码：{site.code}　{site.icp}　{site.short}公网安备 {site.code[:6]}02000123号</p"
        f">"
        f'<p>版权所有 © {site.name}</p><span id="_ideConac"></span></div>\n'
        '<script>\n$(function () {\n  $("a[href^=\'http\']").not("[href*=\'gov.cn\']").on("cli'
        'ck", function () {\n'
        '    return confirm("您访问的链接即将离开本网站，是否继续？");\n  });\n});\n</script>\n'
    )


def list_page(site: Site, title: str, body: str, extra_head: str = "", after: str = "") -> str:
    """A column page: the furniture around `body`; `after` is script placed after the footer."""
    return (
        head(site, title, extra_head)
        + top(site)
        + crumb(site, site.column)
        + f'<div class="main"><div class="left"><h3>{site.column}</h3></div>\n'
        f'<div class="right">\n{body}\n</div></div>\n' + footer(site) + after + "</body>\n</html>\n"
    )


def xxgk_table(site: Site, title: str, date: str, number: str) -> str:
    rows = [
        ("索 引 号", f"{site.code[:6]}/{date[:4]}-{number}"),
        ("发布机构", site.name),
        ("公开方式", "主动公开"),
        ("发布日期", date),
        ("名　　称", title),
    ]
    cells = "".join(f"<tr><th>{k}：</th><td>{escape(v)}</td></tr>" for k, v in rows)
    return f'<table class="xxgk">{cells}</table>\n'


def article(
    site: Site,
    title: str,
    date: str,
    paras: list[str],
    number: str,
    prev_next: tuple[str, str],
    extra: str = "",
) -> str:
    """An article page: metadata, share bar, the text, related box, 上一篇/下一篇."""
    meta = (
        f'<meta name="ArticleTitle" content="{escape(title)}">\n'
        f'<meta name="PubDate" content="{date} 09:30">\n'
        f'<meta name="ContentSource" content="{site.name}">\n'
    )
    text = "\n".join(f"<p>{escape(p)}</p>" for p in paras)
    body = (
        xxgk_table(site, title, date, number) + f'<h1 class="title">{escape(title)}</h1>\n'
        f'<div class="info">发布时间：{date}　来源：{site.name}　【字体：<a href="javascript:;'
        f'">大</a'
        f'>'
        ' <a href="javascript:;">中</a> <a href="javascript:;">小</a>】'
        ' <a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()"'
        '>关闭窗'
        '口</a></div>\n'
        f'<div class="content" id="zoom">\n{text}\n</div>\n{extra}'
        '<div class="share">分享到：<a href="javascript:;">微信</a><a href="javascript:;">微博</a>'
        "<span>扫一扫在手机打开当前页</span></div>\n"
        '<div class="related"><h4>相关解读</h4><ul><li><a href="/m1/jd/">图解：政务公开工作</a'
        '></li></ul></'
        'div>\n'
        f'<div class="pn"><p>上一篇：{escape(prev_next[0])}</p><p>下一篇'
        f'：{escape(prev_next[1])}</p></'
        f'div>\n'
        '<div class="editor">责任编辑：王晓</div>\n'
    )
    return (
        head(site, title, meta=meta)
        + top(site)
        + crumb(site, site.column)
        + f'<div class="main article">\n{body}</div>\n'
        + footer(site)
        + "</body>\n</html>\n"
    )
