"""The furniture every round-25 page carries (menus, tools, share, QR, footer, meta tags)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Site:
    host: str
    gov: str          # 茈溪县人民政府
    code: str         # 网站标识码
    icp: str
    province: str


MENU = ["首页", "政务公开", "政务服务", "互动交流", "走进{place}", "专题专栏"]
SUBMENU = ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"]


def header(site: Site) -> str:
    place = site.gov.replace("人民政府", "")
    items = "".join(f'<li><a href="/">{m.format(place=place)}</a><div class="sub">'
                    + "".join(f'<a href="/zwgk/">{s}</a>' for s in SUBMENU) + "</div></li>"
                    for m in MENU)
    return (f'<div class="topbar"><span>欢迎访问{site.gov}门户网站</span>'
            '<a href="javascript:;" id="wza">无障碍版</a> <a href="javascript:;">关怀版</a> '
            '<a href="javascript:;">长者模式</a> <a href="javascript:;">繁體</a> '
            '<span class="ipv6">网站支持IPv6</span></div>\n'
            f'<div class="head"><h1 class="logo">{site.gov}</h1>'
            '<form action="/search/" method="get"><input name="q" placeholder="请输入关键字">'
            '<button>搜索</button></form></div>\n'
            f'<div class="nav"><ul>{items}</ul></div>')


def footer(site: Site) -> str:
    return ('<div class="float"><a href="/hdjl/xzxx/">县长信箱</a><a href="/hdjl/yjzj/">意见征集</a>'
            '<a href="/hdjl/znwd/">智能问答</a><a href="#top">返回顶部</a></div>\n'
            f'<div class="footer"><p>主办单位：{site.gov}办公室　承办：{site.gov}大数据中心</p>'
            f'<p>网站标识码：{site.code}　{site.icp}　{site.province}公网安备 33{site.code[-6:]}0201号</p>'
            f'<p>版权所有：{site.gov}　技术支持：政务云平台</p></div>\n'
            '<script>\n$(document).on("click", "a.out", function (e) {\n'
            '  if (!confirm("您访问的链接即将离开本网站，是否继续？")) { e.preventDefault(); }\n});\n</script>')


def head(site: Site, title: str, column: str, date: str = "", source: str = "",
         extra: str = "") -> str:
    metas = (f'<meta name="SiteName" content="{site.gov}">\n'
             f'<meta name="ColumnName" content="{column}">\n')
    if date:
        metas += (f'<meta name="ArticleTitle" content="{title}">\n'
                  f'<meta name="PubDate" content="{date} 09:30">\n'
                  f'<meta name="ContentSource" content="{source or site.gov}">\n')
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{title}_{site.gov}</title>\n{metas}{extra}'
            '<link rel="stylesheet" href="/css/style.css">\n'
            '<script src="/js/jquery-1.12.4.min.js"></script>\n</head>\n')


def article_page(site: Site, title: str, date: str, column: str, body: str,
                 source: str = "", related: str = "") -> str:
    """A full article page: xxgk table, tools, body, share, QR, 相关解读, prev/next, editor."""
    table = ('<table class="xxgk"><tr><th>索 引 号：</th><td>'
             f'{site.code[:6]}/{date[:4]}-0{len(title) % 9 + 1}{len(body) % 997:03d}</td>'
             f'<th>发布机构：</th><td>{source or site.gov}</td></tr>'
             f'<tr><th>名　　称：</th><td colspan="3">{title}</td></tr>'
             f'<tr><th>发布日期：</th><td>{date}</td><th>主题分类：</th><td>综合政务</td></tr></table>')
    tools = ('<div class="tools">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> '
             '<a href="javascript:;">小</a>】 <a href="javascript:window.print();">打印本页</a> '
             '<a href="javascript:window.close();">关闭窗口</a></div>')
    share = ('<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> '
             '<a href="javascript:;">QQ空间</a></div><div class="qr"><img src="/images/qr.png" alt="">'
             '<p>扫一扫在手机打开当前页</p></div>')
    rel = f'<div class="related"><h4>相关解读</h4><ul>{related or "<li>暂无</li>"}</ul></div>'
    nav = ('<div class="prevnext"><p>上一篇：<a href="javascript:;">无</a></p>'
           '<p>下一篇：<a href="javascript:;">无</a></p></div><p class="editor">责任编辑：办公室</p>')
    return (head(site, title, column, date, source) + "<body>\n" + header(site) + "\n"
            f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; 政务公开 &gt; {column}</div>\n'
            f'<div class="article">{table}\n<h2 class="title">{title}</h2>\n'
            f'<div class="info">发布时间：{date}　来源：{source or site.gov}　{tools}</div>\n'
            f'<div class="TRS_Editor" id="zoom">\n{body}\n</div>\n{share}\n{rel}\n{nav}</div>\n'
            + footer(site) + "\n</body>\n</html>\n")


def list_page(site: Site, title: str, column: str, inner: str, extra_head: str = "",
              script: str = "") -> str:
    """A listing page: header, breadcrumb, side menu, the column's own block, footer."""
    side = ('<div class="side"><h3>政务公开</h3><ul><li><a href="/zwgk/tzgg/">通知公告</a></li>'
            '<li><a href="/zwgk/zcjd/">政策解读</a></li><li><a href="/zwgk/xxgknb/">政府信息公开年报</a></li>'
            '</ul></div>')
    return (head(site, title, column, extra=extra_head) + "<body>\n" + header(site) + "\n"
            f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; 政务公开 &gt; {column}</div>\n'
            f'<div class="main">{side}\n<div class="content"><h2>{column}</h2>\n{inner}\n</div></div>\n'
            + (f"<script>\n{script}\n</script>\n" if script else "")
            + footer(site) + "\n</body>\n</html>\n")
