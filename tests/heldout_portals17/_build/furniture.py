"""The usual furniture of a Chinese government page (head metas, top bar, mega-menu, xxgk table,
tools, share, QR, related, prev/next, editor, footer, leave-site dialog), and a .docx writer."""

from __future__ import annotations

import html
import io
from dataclasses import dataclass

import docx
from docx.shared import Pt


@dataclass(frozen=True)
class Site:
    name: str          # 莪川县人民政府
    host: str          # www.echuan.gov.cn
    short: str         # 莪川县
    code: str          # 网站标识码
    icp: str           # 浙ICP备…


MENU = ["首页", "政务公开", "政务服务", "互动交流", "走进{short}", "专题专栏"]
SUBMENU = ["政府文件", "政策解读", "人事信息", "财政预决算", "法治政府建设", "政府信息公开年报"]


def head(site: Site, title: str, column: str, date: str = "", source: str = "") -> str:
    esc = html.escape
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="X-UA-Compatible" content="IE=edge">\n<title>{esc(title)}_{esc(site.name)}</title>\n'
            f'<meta name="SiteName" content="{esc(site.name)}">\n<meta name="ColumnName" content="{esc(column)}">\n'
            f'<meta name="ArticleTitle" content="{esc(title)}">\n<meta name="PubDate" content="{date}">\n'
            f'<meta name="ContentSource" content="{esc(source or site.name)}">\n'
            '<link rel="stylesheet" href="/css/common.css">\n<script src="/js/jquery-1.12.4.min.js"></script>\n'
            '</head>\n<body>\n' + top(site))


def top(site: Site) -> str:
    menu = "".join(f'<li class="nav-item"><a href="javascript:void(0)">{m.format(short=site.short)}</a>'
                   '<div class="mega"><ul>' + "".join(f"<li><span>{s}</span></li>" for s in SUBMENU)
                   + "</ul></div></li>" for m in MENU)
    return ('<div class="topbar"><div class="w1200"><span>欢迎访问' + site.name + '</span>'
            '<span class="ipv6">网站支持IPv6</span><a href="javascript:void(0)" id="wza">无障碍版</a>'
            '<a href="javascript:void(0)" id="ghb">关怀版</a><a href="javascript:void(0)" id="zzms">长者模式</a>'
            '<a href="javascript:void(0)" id="fanti">繁體</a><a href="javascript:void(0)">登录</a>'
            '<a href="javascript:void(0)">注册</a></div></div>\n'
            f'<div class="header"><div class="logo"><img src="/images/logo.png" alt="{site.name}"></div>'
            '<div class="search"><input type="text" id="q" placeholder="请输入关键字">'
            '<button type="button">搜索</button></div></div>\n'
            f'<div class="nav"><ul>{menu}</ul></div>\n')


def crumb(*parts: str) -> str:
    return '<div class="crumb">当前位置：首页 &gt; ' + " &gt; ".join(parts) + "</div>\n"


def xxgk_table(site: Site, title: str, date: str, idx: str) -> str:
    cells = [("索 引 号", idx), ("发布机构", site.name), ("生成日期", date), ("主题分类", "政务公开/法治政府"),
             ("名　　称", html.escape(title)), ("文　　号", ""), ("发布日期", date), ("有 效 性", "有效")]
    rows = "".join(f"<tr><th>{a}：</th><td>{b}</td><th>{c}：</th><td>{d}</td></tr>"
                   for (a, b), (c, d) in zip(cells[::2], cells[1::2], strict=True))
    return f'<table class="xxgk-table">{rows}</table>\n'


def tools() -> str:
    return ('<div class="tools">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
            '<a href="javascript:doZoom(14)">小</a>】 <a href="javascript:window.print()">打印本页</a> '
            '<a href="javascript:window.close()">关闭窗口</a></div>\n')


def after_article(site: Site, related: str = "") -> str:
    rel = related or "暂无相关解读"
    return ('<div class="share">分享到：<a href="javascript:void(0)" class="wx">微信</a>'
            '<a href="javascript:void(0)" class="wb">微博</a><a href="javascript:void(0)" class="qq">QQ空间</a></div>\n'
            '<div class="qr"><img src="/images/qr.png" alt=""><p>扫一扫在手机打开当前页</p></div>\n'
            f'<div class="xg-list related"><h4>相关解读</h4><ul><li>{rel}</li></ul></div>\n'
            '<div class="prev-next"><p>上一篇：没有了</p><p>下一篇：没有了</p></div>\n'
            '<div class="editor">责任编辑：办公室</div>\n')


def footer(site: Site) -> str:
    return ('<div class="float-bar"><a href="javascript:void(0)">县长信箱</a><a href="javascript:void(0)">意见征集</a>'
            '<a href="javascript:void(0)">智能问答</a><a href="javascript:void(0)" class="gotop">返回顶部</a></div>\n'
            f'<div class="footer"><p>主办单位：{site.name}办公室　承办：{site.short}大数据发展中心</p>'
            f'<p>网站标识码：{site.code}　{site.icp}　公网安备 {site.code[:6]}02000123号</p>'
            f'<p>版权所有：{site.name}　建议使用1366×768分辨率</p></div>\n'
            '<script>\n$(function () {\n  $("a.out").on("click", function () {\n'
            '    return window.confirm("您访问的链接即将离开“' + site.name + '”门户网站，是否继续？");\n  });\n});\n'
            '</script>\n</body>\n</html>\n')


def article_page(site: Site, column: str, title: str, date: str, idx: str, body_html: str,
                 body_open: str = '<div class="article-body" id="zoom">', related: str = "") -> str:
    """A whole article page: furniture around the body (`body_open` … `</div>`)."""
    return (head(site, title, column, date) + crumb(column, "正文")
            + f'<div class="article"><h1 class="title">{html.escape(title)}</h1>\n'
            + xxgk_table(site, title, date, idx)
            + f'<div class="info">发布时间：{date}　来源：{site.name}　浏览次数：<span id="hits"></span></div>\n'
            + tools() + body_open + "\n" + body_html + "</div>\n" + after_article(site, related)
            + "</div>\n" + footer(site))


def paragraphs_html(paras: list[str]) -> str:
    return "".join(f'<p style="text-indent:2em;">{html.escape(p)}</p>\n' for p in paras)


def docx_bytes(title: str, paras: list[str]) -> bytes:
    """A Word document: the title centred, then one paragraph per line; fixed core dates."""
    import datetime
    doc = docx.Document()
    head_p = doc.add_paragraph()
    run = head_p.add_run(title)
    run.bold = True
    run.font.size = Pt(16)
    head_p.alignment = 1
    for p in paras:
        doc.add_paragraph(p)
    stamp = datetime.datetime(2026, 1, 1, 8, 0, 0)
    doc.core_properties.created = stamp
    doc.core_properties.modified = stamp
    doc.core_properties.title = title
    buf = io.BytesIO()
    doc.save(buf)
    return _fixed_zip(buf.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The same zip with every entry's time fixed, so the build is deterministic."""
    import zipfile
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, (2026, 1, 1, 8, 0, 0)), src.read(info.filename),
                         zipfile.ZIP_DEFLATED)
    return out.getvalue()
