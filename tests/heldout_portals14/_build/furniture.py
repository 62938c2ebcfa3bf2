"""The furniture every page of round 14 carries: top bar, mega-menu, article tools, footer."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

MENU = [
    ("首页", "/"),
    ("走进{short}", "/zjxq/index.html"),
    ("政务公开", "/zwgk/index.html"),
    ("政务服务", "/zwfw/index.html"),
    ("互动交流", "/hdjl/index.html"),
    ("专题专栏", "/ztzl/index.html"),
]
SUBMENU = ["政府文件", "政策解读", "人事信息", "财政预决算", "重点领域信息公开", "建议提案办理"]
LEAVE = (
    "function leaveSite(u){if(confirm('您访问的链接即将离开“{name}”门户网站，是否继续？'))"
    "{window.open(u);}}"
)


@dataclass(frozen=True)
class Site:
    host: str
    name: str  # 沣屿区人民政府
    short: str  # 沣屿
    code: str  # 网站标识码
    icp: str


def _menu(site: Site) -> str:
    items = []
    for label, href in MENU:
        subs = (
            "".join(
                f'<dd><a href="{href.rsplit("/", 1)[0]}/sub{i}/index.html">{s}</a></dd>'
                for i, s in enumerate(SUBMENU)
            )
            if href != "/"
            else ""
        )
        items.append(
            f'<li class="nav-item"><a href="{href}">{label.format(short=site.short)}</a>'
            f'<dl class="nav-sub">{subs}</dl></li>'
        )
    return '<div class="nav"><ul>' + "".join(items) + "</ul></div>"


def head(site: Site, title: str, column: str, extra_meta: str = "", scripts: str = "") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
        f"<title>{escape(title)}_{site.name}</title>\n"
        f'<meta name="SiteName" content="{site.name}">\n<'
        f'meta name="SiteDomain" content="{site.host}">\n'
        f'<meta name="SiteIDCode" content="{site.code}"'
        f'>\n<meta name="ColumnName" content="{column}">\n'
        f"{extra_meta}"
        f'<link rel="stylesheet" href="/css/common.css">\n'
        f'<script src="/js/jquery-1.12.4.min.js"></script>\n{scripts}</head>\n'
    )


def top(site: Site) -> str:
    return (
        f'<body>\n<div class="topbar"><span>欢迎访问{site.name}门户网站！</span>'
        '<span class="ipv6">网站支持IPv6</span><a href="javascript:void(0)" id="wza">无障碍版</a>'
        '<a href="javascript:void(0)" id="ghb">关怀版</a><a href="javascript:void(0)">长者模式</a>'
        '<a href="javascript:void(0)" id="jft">繁體</a></div>\n'
        '<div class="header"><a href="/" class="logo"><i'
        f'mg src="/images/logo.png" alt="{site.name}"></a>'
        '<form action="/search/index.html" method="get" class="search"><input type="text" name="q" '
        'placeholder="请输入关键字"><button type="submit">搜索</button></form></div>\n'
        + _menu(site)
        + "\n"
    )


def crumb(site: Site, column: str, column_url: str) -> str:
    return (
        '<div class="crumb">当前位置：<a href="/">首页</a'
        '> &gt; <a href="/zwgk/index.html">政务公开</a>'
        f' &gt; <a href="{column_url}">{column}</a></div>\n'
    )


def footer(site: Site) -> str:
    leave = LEAVE.replace("{name}", site.name)
    return (
        '<div class="float-bar"><a href="/hdjl/xzxx/index.html">县长信箱</a>'
        '<a href="/hdjl/yjzj/index.html">意见征集</a><a href="/hdjl/znwd/index.html">智能问答</a>'
        '<a href="javascript:scrollTo(0,0)">返回顶部</a></div>\n'
        '<div class="footer"><div class="links">友情链接：<a href="javascript:leaveSite(\'http://www.gov.cn/\')">'
        f"中国政府网</a></div><p>主办单位：{site.name}办公室　承办：{site.name}大数据中心</p>"
        f"<p>版权所有：{site.name}　网站标识码：{site.code}　{site.icp}　"
        '<img src="/images/ga.png" alt="">公网安备 00000000000000号</p>'
        '<p><a href="/wzdt/index.html">网站地图</a> | <a '
        'href="/lxwm/index.html">联系我们</a></p></div>\n'
        f"<script>\n{leave}\n</script>\n</body>\n</html>\n"
    )


def article(
    site: Site,
    *,
    title: str,
    date: str,
    column: str,
    column_url: str,
    body_html: str,
    index_no: str,
    source: str,
    prev_next: tuple[str, str] = ("无", "无"),
) -> str:
    """A complete article page around `body_html` (inside `div.TRS_Editor`)."""
    meta = (
        f'<meta name="ArticleTitle" content="{escape(title)}'
        f'">\n<meta name="PubDate" content="{date} 09:30">\n'
        f'<meta name="ContentSource" content="{source}">\n'
    )
    table = (
        '<table class="xxgk-table"><tr><th>索 引 号：</th><td>'
        + index_no
        + "</td><th>主题分类：</th>"
        "<td>综合政务</td></tr><tr><th>发布机构：</th><td>"
        + source
        + "</td><th>发布日期：</th><td>"
        + date
        + '</td></tr><tr><th>名　　称：</th><td colspan="3">'
        + escape(title)
        + "</td></tr></table>\n"
    )
    return (
        head(site, title, column, meta)
        + top(site)
        + crumb(site, column, column_url)
        + '<div class="article">\n'
        + table
        + f'<h1 class="art-title">{escape(title)}</h1>\n'
        f'<div class="art-info"><span>发布时间：{date}</span><span>来源：{source}</span>'
        '<span>【字体：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> '
        '<a href="javascript:void(0)">小</a>】</span><'
        'a href="javascript:window.print()">打印本页</a>'
        '<a href="javascript:window.close()">关闭窗口</a></div>\n'
        f'<div class="TRS_Editor">\n{body_html}</div>\n'
        '<div class="share">分享到：<a href="javascript:voi'
        'd(0)">微信</a><a href="javascript:void(0)">微博</a>'
        '<div class="qr"><img src="/images/qr.png'
        '" alt=""><p>扫一扫在手机打开当前页</p></div></div>\n'
        '<div class="related"><h3>相关解读</h3><ul><li>暂无</li></ul></div>\n'
        f'<div class="prev-next"><p>上一篇：{prev_next[0]}</p><p>下一篇：{prev_next[1]}</p></div>\n'
        f'<p class="editor">责任编辑：李{site.short[0]}</p>\n</div>\n' + footer(site)
    )


def paragraphs_html(paras: list[str]) -> str:
    out = []
    for p in paras:
        style = ' style="text-align: right;"' if p.endswith("日") and len(p) < 14 else ""
        out.append(f"<p{style}>{escape(p)}</p>")
    return "\n".join(out) + "\n"
