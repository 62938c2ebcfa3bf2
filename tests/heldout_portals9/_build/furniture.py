"""The furniture every round-9 page carries: top bar, search, mega-menu, xxgk table, tools,
share, QR, related box, prev/next, editor, floating links, footer, leave-site dialog, metas."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

NAV = {"首页": [], "走进{place}": ["概况", "历史沿革", "行政区划", "领导之窗", "统计数据"],
       "政务公开": ["政府信息公开", "政策文件", "政策解读", "法治政府建设", "财政预决算"],
       "政务服务": ["个人办事", "法人办事", "便民服务"], "互动交流": ["书记信箱", "县长信箱", "意见征集", "在线访谈"]}


@dataclass(frozen=True)
class Site:
    """What the furniture names: the site, its owner and its numbers."""
    host: str
    name: str       # 松潭县人民政府
    place: str      # 松潭县
    province: str   # 浙
    code: str       # 网站标识码
    charset: str = "utf-8"
    meta_http_equiv: bool = False   # charset only in <meta http-equiv>, the legacy way


def head(site: Site, title: str, extra_meta: dict[str, str] | None = None) -> str:
    if site.meta_http_equiv:
        charset = f'<meta http-equiv="Content-Type" content="text/html; charset={site.charset}">'
    else:
        charset = f'<meta charset="{site.charset}">'
    metas = "".join(f'<meta name="{k}" content="{escape(v)}">\n' for k, v in (extra_meta or {}).items())
    return (f"<!DOCTYPE html>\n<html>\n<head>\n{charset}\n<title>{escape(title)}</title>\n"
            f'<meta name="SiteName" content="{site.name}">\n<meta name="SiteDomain" content="{site.host}">\n'
            f"{metas}<link rel=\"stylesheet\" href=\"/css/common.css\">\n"
            '<script src="/js/jquery-1.12.4.min.js"></script>\n</head>\n')


def top(site: Site) -> str:
    bar = "".join(f'<a href="javascript:void(0);">{t}</a><span>|</span>'
                  for t in ("无障碍版", "关怀版", "长者模式", "繁體", "登录"))
    menu = []
    for label, subs in NAV.items():
        label = label.format(place=site.place)
        items = "".join(f'<dd><a href="/col/nav_{i}/index.html" target="_blank">{s}</a></dd>'
                        for i, s in enumerate(subs))
        drop = f'<div class="dropdown"><dl>{items}</dl></div>' if subs else ""
        menu.append(f'<li class="menu-item"><a href="/">{label}</a>{drop}</li>')
    return ('<body>\n<div class="topbar"><span>欢迎访问' + site.name + '门户网站！</span>'
            '<span class="ipv6">网站支持IPv6</span><div class="links">' + bar + "</div></div>\n"
            '<div class="header"><a class="logo" href="/"><img src="/images/logo.png" alt="'
            + site.name + '"></a><form class="search" action="/search/" method="get">'
            '<input type="text" name="q" placeholder="请输入关键词"><input type="submit" value="搜索">'
            "</form></div>\n<div class=\"nav\"><ul>" + "".join(menu) + "</ul></div>\n")


def xxgk_table(site: Site, title: str, date: str, index_no: str) -> str:
    rows = [("索 引 号", index_no), ("发布机构", site.name), ("主题分类", "政务公开/法治政府建设"),
            ("成文日期", date), ("发布日期", date), ("标　　题", title)]
    cells = "".join(f"<tr><th>{k}：</th><td>{escape(v)}</td></tr>" for k, v in rows)
    return f'<table class="xxgk-table"><tbody>{cells}</tbody></table>\n'


TOOLS = ('<div class="tools"><span>【字体：<a href="javascript:doZoom(18)">大</a> '
         '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>'
         '<a href="javascript:window.print();">打印本页</a> <a href="javascript:window.close();">关闭窗口</a>'
         '<div class="share">分享到：<a href="javascript:void(0);" class="wx">微信</a>'
         '<a href="javascript:void(0);" class="wb">微博</a></div>'
         '<div class="qr"><img src="/images/qr.png" alt=""><p>扫一扫在手机打开当前页</p></div></div>\n')


def related(links: list[tuple[str, str]], prev: tuple[str, str] | None,
            nxt: tuple[str, str] | None) -> str:
    box = "".join(f'<li><a href="{u}" target="_blank">{escape(t)}</a></li>' for u, t in links)
    out = f'<div class="related"><div class="title">相关解读</div><ul>{box}</ul></div>\n' if links else ""
    pn = [f'<p>{label}：<a href="{u}">{escape(t)}</a></p>' if u else f"<p>{label}：没有了</p>"
          for label, (u, t) in (("上一篇", prev or ("", "")), ("下一篇", nxt or ("", "")))]
    return out + '<div class="prevnext">' + "".join(pn) + "</div>\n"


def footer(site: Site) -> str:
    return ('<div class="float-links"><a href="/col/nav_1/index.html">县长信箱</a>'
            '<a href="/col/nav_2/index.html">意见征集</a><a href="/znwd/">智能问答</a>'
            '<a href="javascript:scrollTo(0,0);">返回顶部</a></div>\n'
            '<div class="footer"><p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>'
            f"<p>主办单位：{site.name}办公室　承办单位：{site.place}大数据发展中心</p>"
            f"<p>版权所有：{site.name}　网站标识码：{site.code}　"
            f'<a href="https://beian.miit.gov.cn/">{site.province}ICP备1200{site.code[-4:]}号-1</a></p>'
            f'<p><a href="http://www.beian.gov.cn/">{site.province}公网安备 {site.code}01号</a></p></div>\n'
            "<script>\n$(function () {\n  $('a[href^=\"http\"]').not('[href*=\"gov.cn\"]').on('click', "
            "function (e) {\n    if (!confirm('您访问的链接即将离开“" + site.name
            + "”门户网站，是否继续？')) { e.preventDefault(); }\n  });\n});\n"
            "function doZoom(size) { $('.article-body').css('font-size', size + 'px'); }\n"
            "</script>\n</body>\n</html>\n")


def article_page(site: Site, *, title: str, date: str, column: str, body: str,
                 index_no: str, tail: str = "", source: str = "") -> str:
    """A whole article page: the body HTML (already wrapped in its CMS container) in furniture."""
    meta = {"ColumnName": column, "ArticleTitle": title, "PubDate": f"{date} 09:30",
            "ContentSource": source or site.name}
    return (head(site, f"{title}_{site.name}", meta) + top(site)
            + f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; 政务公开 &gt; {column}</div>\n'
            + '<div class="article">' + xxgk_table(site, title, date, index_no)
            + f'<h1 class="article-title">{escape(title)}</h1>\n'
            + f'<div class="info"><span>发布时间：{date}</span><span>来源：{source or site.name}</span>'
            + '<span>浏览次数：<em id="hits">0</em></span></div>\n' + TOOLS + body
            + f'<div class="editor">责任编辑：{site.place[0]}宣</div>\n' + tail + "</div>\n" + footer(site))


def list_page(site: Site, *, title: str, column: str, content: str, scripts: str = "") -> str:
    """A column page: the listing `content` between the left column menu and the footer."""
    meta = {"ColumnName": column}
    return (head(site, f"{title}_{site.name}", meta) + top(site)
            + f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; 政务公开 &gt; {column}</div>\n'
            + f'<div class="main"><div class="column-title">{column}</div>\n{content}</div>\n'
            + scripts + footer(site))


def paragraphs(lines: list[str], style: str = ' style="text-indent: 2em;"') -> str:
    return "".join(f"<p{style}>{escape(line)}</p>\n" for line in lines)
