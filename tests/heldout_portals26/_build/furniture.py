"""Page furniture for round 26: the header, mega-menu, xxgk table, share box and footer every
page carries (what a crawler must see past), and the article and column page templates."""

from __future__ import annotations

from html import escape

MENU = [("/", "首页"), ("/zwgk/", "政务公开"), ("/zwfw/", "政务服务"), ("/hdjl/", "互动交流"),
        ("/zjxx/", "走进{place}"), ("/ztzl/", "专题专栏")]
# Every page a menu or side box names: the build writes each as an empty column page.
STUB_PATHS = [path for path, _ in MENU] + ["/zwgk/tzgg/", "/zwgk/zcjd/", "/search/"]


def header(site: dict) -> str:
    menu = "".join(f'<li><a href="{path}">{m.format(place=site["place"])}</a></li>'
                   for path, m in MENU)
    return f"""<div class="top-bar"><span>网站支持IPv6</span> <a href="javascript:;">无障碍版</a>
<a href="javascript:;">关怀版</a> <a href="javascript:;">长者模式</a> <a href="javascript:;">繁體</a>
<a href="javascript:;">登录</a> <a href="javascript:;">注册</a></div>
<div class="head"><h1 class="logo">{site["name"]}</h1>
<form class="search" action="/search/" method="get"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
<ul class="mega-menu">{menu}</ul>"""


def footer(site: dict) -> str:
    return f"""<div class="float-box"><a href="javascript:;">{site["place"]}信箱</a> <a href="javascript:;">意见征集</a>
<a href="javascript:;">智能问答</a> <a href="#top">返回顶部</a></div>
<div class="footer"><p>主办单位：{site["name"]}办公室　承办：{site["place"]}大数据中心</p>
<p>网站标识码：{site["code"]}　{site["icp"]}　{site["gongan"]}</p><p>版权所有：{site["name"]}</p></div>
<script>
$(document).on("click", "a.out-link", function () {{
  return confirm("您访问的链接即将离开“{site["name"]}”门户网站，是否继续？");
}});
</script>"""


def head(site: dict, title: str, extra: str = "", meta: dict | None = None) -> str:
    metas = "".join(f'<meta name="{k}" content="{escape(v)}">' for k, v in (meta or {}).items())
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(title)}_{site["name"]}</title>
<meta name="SiteName" content="{site["name"]}">{metas}
<link rel="stylesheet" href="/css/style.css"><script src="/js/jquery.min.js"></script>{extra}
</head>"""


def paragraphs_html(paras: list[tuple[str, str]]) -> str:
    out = []
    for kind, text in paras:
        if kind == "sign":
            out.append(f'<p style="text-align: right;">{escape(text)}</p>')
        elif kind in ("h1", "h2"):
            weight = "font-weight: bold;" if kind == "h1" else ""
            out.append(f'<p style="text-indent: 2em;{weight}">{escape(text)}</p>')
        else:
            out.append(f'<p style="text-indent: 2em;">{escape(text)}</p>')
    return "\n".join(out)


def article(site: dict, item: dict, body_html: str, column: str) -> str:
    """An article page: breadcrumb, title, xxgk table, body, share box, related, prev/next."""
    meta = {"ArticleTitle": item["title"], "PubDate": item["date"],
            "ContentSource": item.get("source", site["name"]), "ColumnName": column}
    return f"""{head(site, item["title"], meta=meta)}
<body>{header(site)}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; {column}</div>
<table class="xxgk-table"><tr><th>索 引 号：</th><td>{site["code"]}/{item["date"][:4]}-{item["id"]}</td>
<th>发布机构：</th><td>{item.get("source", site["name"])}</td></tr>
<tr><th>发布日期：</th><td>{item["date"]}</td><th>主题分类：</th><td>政务公开</td></tr>
<tr><th>名　　称：</th><td colspan="3">{escape(item["title"])}</td></tr></table>
<div class="article"><h2 class="title">{escape(item["title"])}</h2>
<div class="info">发布时间：{item["date"]}　来源：{item.get("source", site["name"])}
【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】
<a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div class="TRS_Editor" id="zoom">
{body_html}
</div>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a>
<span class="qr">扫一扫在手机打开当前页</span></div>
<div class="related"><h3>相关解读</h3><ul><li><a href="/zwgk/zcjd/">政策解读</a></li></ul></div>
<div class="prev-next"><p>上一篇：<a href="/zwgk/">返回栏目</a></p><p>下一篇：没有了</p></div>
<p class="editor">责任编辑：{site["editor"]}</p></div>
{footer(site)}</body></html>
"""


def column_page(site: dict, title: str, inner: str, script: str = "") -> str:
    """A listing page (rows, pager or empty shell) with the portal's furniture."""
    return f"""{head(site, title, meta={"ColumnName": title})}
<body>{header(site)}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; {title}</div>
<div class="main"><div class="side"><h3>政务公开</h3><ul><li><a href="/zwgk/tzgg/">通知公告</a></li>
<li><a href="/zwgk/zcjd/">政策解读</a></li><li class="on">{title}</li></ul></div>
<div class="list-box"><h2>{title}</h2>
{inner}
</div></div>
{footer(site)}
{script}</body></html>
"""
