"""Page furniture shared by every generated page (header, menus, xxgk table, tools, footer)."""
# ruff: noqa: E501  (HTML templates and portal data: long literals read better whole)
from html import escape

MENU = ["首页", "政务公开", "政务服务", "互动交流", "走进{short}"]


def head(title: str, site: str, column: str, date: str = "", base: str = "") -> str:
    """`<head>` with the usual meta tags (and a `<base>` when given)."""
    base_tag = f'<base href="{base}">' if base else ""
    return (f'<head><meta charset="utf-8">{base_tag}<title>{escape(title)}_{site}</title>'
            f'<meta name="SiteName" content="{site}"><meta name="ColumnName" content="{column}">'
            f'<meta name="ArticleTitle" content="{escape(title)}">'
            f'<meta name="PubDate" content="{date}">'
            f'<meta name="ContentSource" content="{site}办公室">'
            '<link rel="stylesheet" href="/css/style.css"><script src="/js/jquery.min.js"></script>'
            '</head>')


def top(site: str, short: str) -> str:
    """Top bar, search box and mega-menu."""
    menu = "".join(f'<li><a href="/">{m.format(short=short)}</a><div class="sub"><a href="/">通知公告</a>'
                   f'<a href="/">政策文件</a><a href="/">政策解读</a></div></li>' for m in MENU)
    return (f'<div class="topbar"><span>网站支持IPv6</span> <a href="javascript:;">无障碍版</a> '
            '<a href="javascript:;">关怀版</a> <a href="javascript:;">长者模式</a> '
            '<a href="javascript:;">繁體</a></div>'
            f'<div class="header"><h1>{site}</h1><form action="/search/" method="get">'
            '<input name="q">'
            f'<button>搜索</button></form></div><ul class="nav">{menu}</ul>')


def xxgk(title: str, site: str, date: str, index_no: str) -> str:
    """The 信息公开 metadata table."""
    return ('<table class="xxgk"><tr><th>索　引　号：</th><td>' + index_no + '</td><th>发布机构：</th><td>'
            + site + '</td></tr><tr><th>名　　称：</th><td colspan="3">' + escape(title)
            + '</td></tr><tr><th>发布日期：</th><td>' + date + '</td><th>主题分类：</th><td>综合政务</td></tr></table>')


def tools() -> str:
    """Font size, print, share, QR."""
    return ('<div class="tools">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> '
            '<a href="javascript:;">小</a>】 <a href="javascript:window.print()">打印本页</a> '
            '<a href="javascript:window.close()">关闭窗口</a> 分享到：<a href="javascript:;">微信'
            '</a>'
            '<a href="javascript:;">微博</a><div class="qr">扫一扫在手机打开当前页</div></div>')


def foot(site: str, code: str) -> str:
    """Floating tools, footer and the leave-site dialog in script text."""
    return ('<div class="float"><a href="/">信箱</a><a href="/">意见征集</a><a href="/">智能问答</a>'
            '<a href="#top">返回顶部</a></div>'
            f'<div class="footer">主办单位：{site}办公室　版权所有：{site}　网站标识码：{code}<br>'
            f'ICP备05012345号-1　公网安备 33010002000123号</div>'
            '<script>$("a.ext").click(function(){return confirm("您访问的链接即将离开本网站，是否继续？");});</script>')


def article(title: str, site: str, short: str, column: str, date: str, paragraphs: list[str],
            code: str, index_no: str) -> str:
    """A full article page."""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html>{head(title, site, column, date)}<body>{top(site, short)}"
            f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; {column}</div>'
            f'{xxgk(title, site, date, index_no)}<div class="article"><h2>{escape(title)}</h2>'
            f'<div class="info">发布时间：{date}　来源：{site}办公室</div>{tools()}'
            f'<div class="TRS_Editor" id="zoom">{body}</div>'
            '<div class="related"><h4>相关解读</h4><ul><li><a href="/">图解：政务服务改革</a></li>'
            '</ul></div>'
            '<div class="prevnext">上一篇：<a href="/">无</a><br>下一篇：<a href="/">无</a></div>'
            f'<div class="editor">责任编辑：王某某</div></div>{foot(site, code)}</body></html>')


def page(title: str, site: str, short: str, column: str, inner: str, code: str, base: str = "",
         script: str = "") -> str:
    """A listing or landing page around `inner`."""
    return (f"<!DOCTYPE html><html>{head(title, site, column, base=base)}<body>{top(site, short)}"
            f'<div class="crumb">当前位置：首页 &gt; {column}</div><div class="main">{inner}</div>'
            f"{foot(site, code)}{script}</body></html>")
