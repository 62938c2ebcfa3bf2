"""The furniture every round-18 page carries: top bar, search, mega-menu, breadcrumb, xxgk table,
font-size/print/close tools, share, QR caption, related box, previous/next, editor, floating
buttons, footer and the leave-site confirm in script text, plus the article <meta> tags."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from model import Item, Site

MENU = (
    ("走进{p}", ("{p}概况", "历史沿革", "行政区划", "领导之窗", "统计数据")),
    (
        "政务公开",
        ("政府信息公开", "政府文件", "政策解读", "法治政府建设", "财政预决算", "建议提案办理"),
    ),
    ("政务服务", ("个人办事", "法人办事", "便民服务", "好差评")),
    ("互动交流", ("县长信箱", "意见征集", "在线访谈", "智能问答")),
)
LEAVE_SITE = (
    "<script>\n$(function () {\n  $('a.outlink').on('click', function (e) {\n"
    "    if (!confirm('您即将离开本站，是否继续访问？')) { e.preventDefault(); }\n  });\n});\n"
    "</script>"
)
E = html.escape


def head(site: Site, title: str, metas: dict[str, str] | None = None, extra: str = "") -> str:
    meta = "".join(f'<meta name="{k}" content="{E(v)}">\n' for k, v in (metas or {}).items())
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{E(title)}_{E(site.name)}</title>\n"
        f'<meta name="SiteName" content="{E(site.name)}">\n'
        f'{meta}<link rel="stylesheet" href="{site.static}/css/style.css">\n'
        f'<script src="{site.static}/js/jquery.min.js"></script>\n{extra}</head>\n'
    )


def top(site: Site, crumbs: list[str]) -> str:
    menu = []
    for i, (label, subs) in enumerate(MENU):
        dd = "".join(
            f'<dd><a href="/col/nav{i}_{j}/index.html" target="_blank">'
            f"{s.format(p=site.place)}</a></dd>"
            for j, s in enumerate(subs)
        )
        menu.append(
            f'<li><a href="/col/nav{i}/index.html">{label.format(p=site.place)}</a>'
            f'<div class="dropdown"><dl>{dd}</dl></div></li>'
        )
    crumb = " &gt; ".join(['<a href="/">首页</a>'] + [E(c) for c in crumbs])
    return (
        '<body>\n<div class="topbar"><span>欢迎访问' + E(site.name) + "门户网站</span>"
        '<span class="ipv6">网站支持IPv6</span><a href="javascript:void(0);">无障碍版</a>'
        '<a href="javascript:void(0);">关怀版</a><a href="javascript:void(0);">长者模式</a>'
        '<a href="javascript:void(0);">繁體</a><a href="javascript:void(0);">登录</a>'
        '<a href="javascript:void(0);">注册</a></div>\n'
        f'<div class="header"><a class="logo" href="/"><img src="{site.static}/images/logo.png" '
        f'alt="{E(site.name)}"></a><form class="search" action="/search/" method="get">'
        '<input type="text" name="q" placeholder="请输入关键词"><input type="submit" value="搜索">'
        '</form></div>\n<div class="nav"><ul><li><a href="/">首页</a></li>'
        + "".join(menu)
        + "</ul></div>\n"
        f'<div class="crumb">当前位置：{crumb}</div>\n'
    )


def bottom(site: Site) -> str:
    return (
        '<div class="float-bar"><a href="javascript:void(0);">县长信箱</a>'
        '<a href="javascript:void(0);">意见征集</a><a href="javascript:void(0);">智能问答</a>'
        '<a href="javascript:void(0);" class="gotop">返回顶部</a></div>\n'
        '<div class="footer"><p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | '
        '<a href="/mzsm/">免责声明</a></p>\n'
        f"<p>主办单位：{E(site.name)}办公室　承办单位：{E(site.place)}大数据发展中心</p>\n"
        f"<p>版权所有：{E(site.name)}　网站标识码：{site.code}　"
        f'<a class="outlink" href="https://beian.miit.gov.cn/">{site.icp}ICP备{site.code[-6:]}号-1</a></p>\n'
        f'<p><a class="outlink" href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode='
        f'{site.division}02000{site.code[-3:]}">'
        f"公网安备 {site.division}02000{site.code[-3:]}号</a></p>\n"
        "</div>\n" + LEAVE_SITE + "\n</body>\n</html>\n"
    )


def xxgk_table(site: Site, item: Item) -> str:
    rows = (
        ("索 引 号", f"{site.code[:6]}/{item.date.year}-{item.ident:05d}"),
        ("发布机构", site.name),
        ("主题分类", "法治政府建设"),
        ("发布日期", item.date.isoformat()),
        ("标　　题", item.title),
    )
    cells = "".join(f"<tr><th>{k}：</th><td>{E(v)}</td></tr>" for k, v in rows)
    return f'<table class="xxgk-info">{cells}</table>\n'


def article(
    site: Site,
    item: Item,
    body_class: str,
    crumbs: list[str],
    prev_next: tuple[Item | None, Item | None] = (None, None),
) -> str:
    """A full article page: the furniture around `div.<body_class>` with the paragraphs."""
    metas = {
        "ColumnName": crumbs[-1],
        "ArticleTitle": item.title,
        "PubDate": f"{item.date.isoformat()} 09:30",
        "ContentSource": site.name,
    }
    body = "".join(f'<p style="text-indent: 2em;">{E(p)}</p>\n' for p in item.paragraphs)
    links = []
    for label, other in zip(("上一篇", "下一篇"), prev_next, strict=True):
        target = f'<a href="{other.url}">{E(other.title)}</a>' if other else "没有了"
        links.append(f"<p>{label}：{target}</p>")
    return (
        head(site, item.title, metas)
        + top(site, crumbs)
        + xxgk_table(site, item)
        + f'<div class="article"><h1 class="art-title">{E(item.title)}</h1>\n'
        f'<div class="art-info">发布时间：{item.date.isoformat()}　来源：{E(site.name)}　'
        '【字体：<a href="javascript:void(0);">大</a> <a href="javascript:void(0);">中</a> '
        '<a href="javascript:void(0);">小</a>】 <a href="javascript:window.print();">打印本页</a> '
        '<a href="javascript:window.close();">关闭窗口</a></div>\n'
        f'<div class="{body_class}">\n{body}</div>\n'
        f'<div class="editor">责任编辑：{site.editor}</div>\n'
        '<div class="share">分享到：<a href="javascript:void(0);">微信</a>'
        '<a href="javascript:void(0);">微博</a></div>\n'
        '<div class="qr">扫一扫在手机打开当前页<div id="qrcode"></div></div>\n'
        '<div class="related"><h3>相关解读</h3><ul><li>暂无相关解读</li></ul></div>\n'
        f'<div class="prevnext">{"".join(links)}</div>\n</div>\n' + bottom(site)
    )


def listing(site: Site, title: str, crumbs: list[str], inner: str, extra_head: str = "") -> str:
    """A listing page: the furniture around the column's own markup `inner`."""
    return (
        head(site, title, {"ColumnName": title}, extra_head)
        + top(site, crumbs)
        + f'<div class="main"><div class="col-title"><h2>{E(title)}</h2></div>\n{inner}\n</div>\n'
        + bottom(site)
    )
