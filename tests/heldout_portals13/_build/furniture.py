"""The furniture every round-13 page carries: top bar, search, mega-menu, breadcrumb, footer,
floating tools, and for articles the metadata table, font-size/print/close, share, QR caption,
相关解读, 上一篇/下一篇, 责任编辑 and the leave-site confirm inside script text."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

MENU = {
    "首页": [],
    "走进{short}": ["概况", "历史沿革", "行政区划", "领导之窗"],
    "政务公开": ["政府信息公开", "政府文件", "政策解读", "法治政府建设", "财政预决算"],
    "政务服务": ["办事指南", "便民服务", "好差评"],
    "互动交流": ["{short}长信箱", "意见征集", "在线访谈"],
}


@dataclass(frozen=True)
class Site:
    host: str
    name: str  # 窑埔区人民政府
    short: str  # 窑埔区
    column: str  # 法治政府建设年度报告
    code: str  # 网站标识码
    icp: str  # 桂ICP备…


def _menu(site: Site) -> str:
    items = []
    for i, (top, subs) in enumerate(MENU.items()):
        top = top.format(short=site.short)
        dd = "".join(
            f'<dd><a href="/col/nav{i}_{j}/" target="_blank">{s.format(short=site.short)}</a></dd>'
            for j, s in enumerate(subs)
        )
        drop = f'<div class="dropdown"><dl>{dd}</dl></div>' if dd else ""
        href = "/" if i == 0 else f"/col/nav{i}/"
        items.append(f'<li class="menu-item"><a href="{href}">{top}</a>{drop}</li>')
    return '<div class="nav"><ul class="menu">' + "".join(items) + "</ul></div>"


def header(site: Site) -> str:
    return (
        f'<div class="topbar"><span>欢迎访问{site.name}门户网站！</span>'
        '<span class="ipv6">网站支持IPv6</span>'
        '<a href="javascript:void(0);" id="wza">无障碍版</a> | '
        '<a href="javascript:void(0);" id="ghb">关怀版</a>'
        ' | <a href="javascript:void(0);" id="zzms">长者模式</a> | '
        '<a href="javascript:void(0);" id="fanti">繁體</a></div>'
        '<div class="header"><a href="/" class="logo">'
        f'<img src="/images/logo.png" alt="{site.name}"></a>'
        '<form action="/search/" method="get" target="_blank">'
        '<input type="text" name="q" placeholder="请输入关键词">'
        '<input type="submit" value="搜索"></form></div>' + _menu(site)
    )


def footer(site: Site) -> str:
    return (
        '<div class="float-tools"><a href="/col/nav4_0/">信箱</a>'
        '<a href="/col/nav4_1/">意见征集</a>'
        '<a href="javascript:void(0);">智能问答</a><a href="#top">返回顶部</a></div>'
        f'<div class="footer"><p>主办单位：{site.name}办公室　承办：{site.short}大数据中心</p>'
        f'<p>网站标识码：{site.code}　<a href="https://beian.miit.gov.cn/">{site.icp}</a>　'
        f"公网安备 {site.code}0201号</p><p>版权所有：{site.name}　联系电话：0000-1234567</p>"
        '<p><img src="/images/jiucuo.png" alt="政府网站找错"> '
        '<img src="/images/dzjg.png" alt="党政机关"></p></div>'
        '<script type="text/javascript">\n$(function () {\n  $("a[href^=\'http\']").not("[href*=\''
        + site.host
        + '\']").click(function () {\n    return confirm("您访问的链接即将离开“'
        + site.name
        + '”门户网站，是否继续？");\n  });\n});\n</script>'
    )


def page(site: Site, title: str, main: str, head: str = "", crumbs: str = "") -> str:
    """A whole page: `main` between the furniture."""
    crumb = (
        '<div class="crumb">当前位置：<a href="/">首页</a> &gt; '
        f'<a href="/col/nav2/">政务公开</a> &gt; {crumbs or site.column}</div>'
    )
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}_{site.name}</title>\n"
        f'<meta name="SiteName" content="{site.name}">\n'
        f'<meta name="ColumnName" content="{site.column}">\n{head}'
        '<link rel="stylesheet" href="/css/style.css">\n<script src="/js/jquery.min.js">'
        "</script>\n</head>\n<body>\n"
        + header(site)
        + "\n"
        + crumb
        + '\n<div class="main">\n'
        + main
        + "\n</div>\n"
        + footer(site)
        + "\n</body>\n</html>\n"
    )


def article(
    site: Site,
    title: str,
    date: str,
    paras: list[str],
    index_no: str,
    prev: tuple[str, str] | None = None,
    nxt: tuple[str, str] | None = None,
    h1: str | None = None,
    body_extra: str = "",
) -> str:
    """An article page: metadata table, body paragraphs, share/print, related, prev/next."""
    head = (
        f'<meta name="ArticleTitle" content="{escape(title)}">\n'
        f'<meta name="PubDate" content="{date} 09:30">\n'
        f'<meta name="ContentSource" content="{site.name}">\n'
    )
    table = (
        '<table class="xxgk-table"><tr><th>索 引 号：</th><td>'
        + index_no
        + "</td><th>发布机构：</th>"
        f"<td>{site.name}</td></tr><tr><th>主　　题：</th><td>{escape(h1 or title)}</td></tr>"
        f"<tr><th>发布日期：</th><td>{date}</td><th>主题分类：</th><td>法治政府</td></tr></table>"
    )
    body = "".join(f"<p>{escape(p)}</p>" for p in paras)
    pn = f'<div class="prevnext"><p>上一篇：{_link(prev)}</p><p>下一篇：{_link(nxt)}</p></div>'
    main = (
        table + f'<h1 class="title">{escape(h1 or title)}</h1>'
        f'<div class="info">发布时间：{date}　来源：{site.name}　'
        '浏览次数：<span id="views">0</span>　'
        '【字体：<a href="javascript:setSize(18)">大</a> <a href="javascript:setSize(16)">中</a> '
        '<a href="javascript:setSize(14)">小</a>】</div>'
        f'<div class="article-content" id="zoom">{body}{body_extra}</div>'
        '<div class="tools"><a href="javascript:window.print();">打印本页</a> '
        '<a href="javascript:window.close();">关闭窗口</a>'
        ' 分享到：<a href="javascript:void(0);" class="wx">微信</a>'
        '<a href="javascript:void(0);" class="wb">微博</a>'
        '<div class="qr"><img src="/images/qr.png" alt="">'
        "<span>扫一扫在手机打开当前页</span></div></div>"
        '<div class="related"><h3>相关解读</h3><ul><li>'
        '<a href="/col/nav2_2/">政策解读</a></li></ul></div>'
        + pn
        + '<div class="editor">责任编辑：王晓</div>'
    )
    return page(site, title, main, head, crumbs=f"<span>{site.column}</span>")


def _link(item: tuple[str, str] | None) -> str:
    return f'<a href="{item[0]}">{escape(item[1])}</a>' if item else "没有了"
