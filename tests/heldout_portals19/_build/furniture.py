"""The usual furniture of a county portal's pages (navigation, tools, footer, meta tags)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

NAV = ["首页", "政务公开", "政务服务", "互动交流", "走进{site}", "专题专栏"]
SUBNAV = ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报",
          "依申请公开"]


@dataclass(frozen=True)
class Site:
    host: str
    name: str          # 芷桐县人民政府
    place: str         # 芷桐县
    icp: str
    code: str          # 网站标识码
    charset: str = "utf-8"


def head(site: Site, title: str, meta: dict[str, str], extra: str = "") -> str:
    metas = "".join(f'<meta name="{k}" content="{escape(v)}">\n' for k, v in meta.items())
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="{site.charset}">\n'
            f'<meta name="SiteName" content="{site.name}">\n{metas}'
            f'<title>{escape(title)}_{site.name}</title>\n'
            '<link rel="stylesheet" href="/css/common.css">\n'
            '<script src="/js/jquery-1.12.4.min.js"></script>\n'
            f'{extra}</head>\n')


def top(site: Site) -> str:
    menu = "".join(f'<li><a href="/">{n.format(site=site.place)}</a><div class="sub">'
                   + "".join(f'<a href="/xxgk/">{s}</a>' for s in SUBNAV) + "</div></li>"
                   for n in NAV)
    return (f'<div class="topbar"><span>欢迎访问{site.name}门户网站</span>'
            '<a href="javascript:;" id="wza">无障碍版</a><a href="javascript:;">关怀版</a>'
            '<a href="javascript:;">长者模式</a><a href="javascript:;">繁體</a>'
            '<span class="ipv6">网站支持IPv6</span></div>\n'
            f'<div class="header"><img src="/images/logo.png" alt="{site.name}">'
            '<form action="/search/" method="get"><input name="q" placeholder="请输入关键字">'
            '<button>搜索</button></form></div>\n'
            f'<ul class="mega-menu">{menu}</ul>\n')


def footer(site: Site) -> str:
    return ('<div class="float-tools"><a href="/hd/xx/">县长信箱</a><a href="/hd/zj/">意见征集</a>'
            '<a href="/hd/zn/">智能问答</a><a href="#top">返回顶部</a></div>\n'
            f'<div class="footer"><p>主办单位：{site.name}办公室　承办：{site.place}大数据中心</p>'
            f'<p>网站标识码：{site.code}　{site.icp}　公网安备 {site.code[-6:]}00012号</p>'
            f'<p>版权所有：{site.name}　联系电话：0000-1234567</p></div>\n'
            '<script>$(".footer a.out").on("click", function () { return confirm('
            '"您访问的链接即将离开本网站，是否继续？"); });</script>\n</body>\n</html>\n')


def crumb(column: str) -> str:
    return ('<div class="crumb">当前位置：<a href="/">首页</a> &gt; '
            f'<a href="/xxgk/">政务公开</a> &gt; {column}</div>\n')


def article(site: Site, column: str, title: str, date: str, source: str, body: str) -> str:
    """A whole article page around `body` (already HTML)."""
    meta = {"ArticleTitle": title, "PubDate": f"{date} 09:30", "ContentSource": source,
            "ColumnName": column}
    table = ('<table class="xxgk"><tr><th>索 引 号：</th><td>11' + site.code[-6:]
             + '/2025-0012</td>'
             f'<th>发布机构：</th><td>{source}</td></tr><tr><th>标　　题：</th><td colspan="3">'
             f'{escape(title)}</td></tr><tr><th>发布日期：</th><td>{date}</td><th>主题分类：</th>'
             '<td>其他</td></tr></table>\n')
    return (head(site, title, meta) + '<body>\n' + top(site) + crumb(column)
            + f'<div class="article">\n{table}<h1 class="title">{escape(title)}</h1>\n'
            f'<div class="info">发布时间：{date}　来源：{source}　'
            '【字体：<a href="javascript:;">大</a> '
            '<a href="javascript:;">中</a> <a href="javascript:;">小</a>】'
            '<a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">'
            f'关闭窗口</a></div>\n<div id="zoom" class="TRS_Editor">\n{body}</div>\n'
            '<div class="share">分享到：微信 微博 QQ空间</div>\n'
            '<div class="qr"><img src="/images/qr.png" alt=""><p>扫一扫在手机打开当前页</p></div>\n'
            '<div class="xgjd"><h4>相关解读</h4><ul><li>暂无相关解读</li></ul></div>\n'
            '<div class="prev-next"><p>上一篇：<a href="/">无</a></p>'
            '<p>下一篇：<a href="/">无</a></p></div>\n'
            '<div class="editor">责任编辑：王敏</div>\n</div>\n' + footer(site))


def blocks_html(blocks: list[tuple[str, str]]) -> str:
    out = []
    for kind, text in blocks:
        style = ' style="text-align: center;"' if kind == "h1" else ""
        out.append(f'<p{style}>{"<strong>" if kind == "h1" else ""}{escape(text)}'
                   f'{"</strong>" if kind == "h1" else ""}</p>')
    return "\n".join(out) + "\n"
