"""The furniture every round-8 page carries, and the article page around a body.

Top bar (无障碍版/关怀版/长者模式/繁體, 网站支持IPv6), search box, mega-menu, breadcrumb, an
xxgk th/td table with padded labels, 【字体：大 中 小】 打印本页 关闭窗口, 分享到,
扫一扫在手机打开当前页, 相关解读, 上一篇/下一篇, 责任编辑, floating 信箱/意见征集/智能问答/返回顶部,
footer (主办单位, 版权所有, 网站标识码, ICP备, 公网安备), the leave-site dialog in script text, and
`<meta>` ArticleTitle / PubDate / ContentSource / SiteName / ColumnName.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

MENU = {
    "首页": [],
    "走进{short}": ["概况", "历史沿革", "行政区划", "领导之窗", "统计数据"],
    "政务公开": ["政府信息公开", "政策文件", "政策解读", "法治政府建设", "财政预决算", "人事信息"],
    "政务服务": ["个人办事", "法人办事", "便民服务", "好差评", "12345热线"],
    "互动交流": ["领导信箱", "意见征集", "在线访谈", "智能问答"],
    "专题专栏": ["优化营商环境", "乡村振兴", "安全生产", "普法宣传"],
}


@dataclass
class Site:
    name: str            # 苇塘县人民政府
    short: str           # 苇塘县
    host: str
    code: str            # 网站标识码
    icp: str             # 赣ICP备…
    prefix: str = ""     # a site under a shared (集约化) host: its path prefix, "/hpx"
    charset: str = "utf-8"


@dataclass
class Item:
    kind: str            # report, interp, disclosure, points, notice, news, plan, docfile
    title: str
    date: str            # YYYY-MM-DD
    url: str
    year: int = 0        # a report's year
    why: str = ""        # a non-report's reason
    paragraphs: list[str] = field(default_factory=list)
    sections: int = 0
    level1: list[str] = field(default_factory=list)
    final_url: str = ""  # where the link ends after a redirect


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def _menu(site: Site) -> str:
    rows = []
    for number, (top, subs) in enumerate(MENU.items()):
        href = f"{site.prefix}/" if not number else f"{site.prefix}/col/nav{number}/index.html"
        items = "".join(f'<dd><a href="{site.prefix}/col/nav{number}_{k}/index.html" '
                        f'target="_blank">{sub}</a></dd>' for k, sub in enumerate(subs))
        drop = f'<div class="dropdown"><dl>{items}</dl></div>' if subs else ""
        rows.append(f'<li class="menu-item"><a href="{href}">{top.format(short=site.short)}'
                    f"</a>{drop}</li>")
    return '<div class="nav"><ul class="menu">' + "\n".join(rows) + "</ul></div>"


def _head(site: Site, title: str, metas: dict[str, str]) -> str:
    meta = "".join(f'<meta name="{k}" content="{esc(v)}">\n' for k, v in metas.items())
    return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="{site.charset}">\n'
            f"<title>{esc(title)}_{site.name}</title>\n"
            f'<meta name="SiteName" content="{site.name}">\n'
            f'<meta name="SiteDomain" content="{site.host}">\n<meta name="SiteIDCode" '
            f'content="{site.code}">\n{meta}<link rel="stylesheet" href="{site.prefix}/css/'
            f'style.css">\n<script src="{site.prefix}/js/jquery-1.12.4.min.js"></script>\n'
            "</head>\n<body>\n")


def _top(site: Site) -> str:
    links = "".join(f'<a href="javascript:void(0);" class="tb-{i}">{word}</a><span>|</span>'
                    for i, word in enumerate(["无障碍版", "关怀版", "长者模式", "繁體", "登录"]))
    return (f'<div class="topbar"><span class="welcome">欢迎访问{site.name}门户网站！</span>'
            f'<span class="ipv6">网站支持IPv6</span><div class="links">{links}</div></div>\n'
            f'<div class="header"><a class="logo" href="{site.prefix}/"><img src="{site.prefix}'
            f'/images/logo.png" alt="{site.name}"></a><form class="search" action="{site.prefix}'
            '/search/" method="get" target="_blank"><input type="text" name="q" '
            'placeholder="请输入关键词"><input type="submit" value="搜索"></form></div>\n'
            + _menu(site) + "\n")


def _foot(site: Site) -> str:
    return (f'<div class="float-bar"><a href="{site.prefix}/col/nav4_0/index.html">信箱</a>'
            f'<a href="{site.prefix}/col/nav4_1/index.html">意见征集</a><a href="{site.prefix}'
            '/col/nav4_3/index.html">智能问答</a><a href="#top">返回顶部</a></div>\n'
            '<div class="footer"><div class="footer-links"><a href="/wzdt/">网站地图</a> | '
            '<a href="/lxwm/">联系我们</a> | <a href="/mzsm/">免责声明</a></div>\n'
            f"<p>主办单位：{site.name}办公室　承办单位：{site.short}大数据中心</p>\n"
            f"<p>版权所有：{site.name}　网站标识码：{site.code}　"
            f'<a href="https://beian.miit.gov.cn/" target="_blank">{site.icp}</a></p>\n'
            f'<p><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode='
            f'{site.code}01" target="_blank">公网安备 {site.code}01号</a></p></div>\n'
            "<script>\n$(function () {\n  $(\"a[href^='http']\").not(\"[href*='" + site.host
            + "']\").click(function (e) {\n    var target = this.href; e.preventDefault();\n"
            f"    layer.confirm('您访问的链接即将离开“{site.name}门户网站”，是否继续？', "
            "{btn: ['继续访问', '放弃']}, function () { window.open(target); });\n  });\n});\n"
            'function doZoom(size) { document.getElementById("zoom").style.fontSize = size + '
            '"px"; }\n</script>\n</body>\n</html>\n')


def page(site: Site, title: str, main: str, metas: dict[str, str] | None = None) -> str:
    """A whole page: head, furniture, `main` (already HTML), footer."""
    return _head(site, title, metas or {}) + _top(site) + main + "\n" + _foot(site)


def crumb(site: Site, column: str, column_href: str) -> str:
    return (f'<div class="crumb">当前位置：<a href="{site.prefix}/">首页</a> &gt; <a href="'
            f'{site.prefix}/zwgk/">政务公开</a> &gt; <a href="{column_href}">{column}</a></div>')


def xxgk_table(site: Site, item: Item, index: int) -> str:
    rows = [("索 引 号", f"{site.code[:6]}/{item.date[:4]}-{index:05d}"), ("主题分类", "政务公开"),
            ("发布机构", site.name), ("成文日期", item.date), ("标　　题", item.title),
            ("发文字号", "无"), ("发布日期", item.date), ("有 效 性", "有效")]
    cells = "".join(f"<tr><th>{k}：</th><td>{esc(v)}</td></tr>" for k, v in rows)
    return f'<table class="xxgk-table">{cells}</table>'


def paragraphs_html(paras: list[str]) -> str:
    return "\n".join(f'<p style="text-indent: 2em;">{esc(p)}</p>' for p in paras)


def article(site: Site, item: Item, column: str, column_href: str, body: str, index: int,
            related: list[Item], neighbours: tuple[Item | None, Item | None]) -> str:
    """An article page: `body` is the whole content block (container included)."""
    metas = {"ColumnName": column, "ArticleTitle": item.title, "PubDate": f"{item.date} 09:30",
             "ContentSource": site.name}
    rel = "".join(f'<li><a href="{r.url}" target="_blank">{esc(r.title)}</a></li>'
                  for r in related)
    nav = []
    for label, other in zip(("上一篇", "下一篇"), neighbours, strict=True):
        link = f'<a href="{other.url}">{esc(other.title)}</a>' if other else "没有了"
        nav.append(f"<p>{label}：{link}</p>")
    main = (crumb(site, column, column_href) + "\n" + xxgk_table(site, item, index)
            + f'\n<h1 class="art-title">{esc(item.title)}</h1>\n<div class="art-info">'
            f"发布时间：{item.date}　来源：{site.name}　<span>【字体：<a href=\"javascript:"
            'doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:'
            'doZoom(14)">小</a>】</span><a href="javascript:window.print()">打印本页</a>'
            '<a href="javascript:window.close()">关闭窗口</a></div>\n' + body
            + '\n<div class="editor">责任编辑：林晓</div>\n<div class="share">分享到：<a href="'
            'javascript:;">微信</a><a href="javascript:;">微博</a></div>\n<div class="qr">'
            "扫一扫在手机打开当前页</div>\n"
            f'<div class="related"><h3>相关解读</h3><ul>{rel}</ul></div>\n'
            f'<div class="prevnext">{"".join(nav)}</div>')
    return page(site, item.title, main, metas)
