"""NFCMS (Guangdong portals), gov.cn-style UCAP, the gkmlpt disclosure platform and a generic portal."""

from __future__ import annotations

from common import (Item, Site, esc, font_tools, footer, jsonify, leave_site_script, mega_menu,
                    meta_tags, prev_next, qr_block, related_box, search_box, share_widget,
                    stats_script, top_bar)


def shell(site: Site, title: str, metas: str, main: str, prefix: str, stats: str) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
{metas}
<link rel="stylesheet" type="text/css" href="/{prefix}/css/style.css">
<script type="text/javascript" src="/{prefix}/js/jquery.min.js"></script>
</head>
<body>
{top_bar(site, prefix + "-topbar")}
<div class="{prefix}-header"><a class="{prefix}-logo" href="/"><img src="/{prefix}/images/logo.png" alt="{esc(site.name)}"></a>{search_box("/search/")}</div>
<div class="{prefix}-nav">{mega_menu(site, prefix + "-menu", prefix + "-menu-item", prefix + "-dropdown")}</div>
{main}
{footer(site, prefix + "-footer")}
{leave_site_script(site)}
{stats_script(stats)}
</body>
</html>
"""


def column_metas(site: Site) -> str:
    return (f'<meta name="SiteName" content="{esc(site.name)}">\n'
            f'<meta name="ColumnName" content="{esc(site.column)}">')


# ---- NFCMS (汕尾) -------------------------------------------------------------------------

def nfcms_listing(site: Site, items: list[Item], page: int, pages: int, base: str) -> str:
    lis = "\n".join(f'<li><a href="http://{site.host}{i.path}" target="_blank">{esc(i.title)}</a>'
                    f'<span class="time">{i.date}</span></li>' for i in items)
    def page_url(n: int) -> str:
        return f"http://{site.host}{base}" + ("index.html" if n == 1 else f"index_{n}.html")
    links = [f'<a href="{page_url(1)}">首页</a>']
    if page > 1:
        links.append(f'<a class="prev" href="{page_url(page - 1)}">上一页</a>')
    links += [f'<span class="current">{n}</span>' if n == page else f'<a href="{page_url(n)}">{n}</a>'
              for n in range(1, pages + 1)]
    if page < pages:
        links.append(f'<a class="next" href="{page_url(page + 1)}">下一页</a>')
    links.append(f'<a href="{page_url(pages)}">尾页</a>')
    main = f"""<div class="main list_main">
<div class="position">您当前的位置：<a href="http://{site.host}/">首页</a> &gt; <a href="http://{site.host}/shanwei/zwgk/">政务公开</a> &gt; <a href="http://{site.host}{base}">{esc(site.column)}</a></div>
<div class="list_left"><h3>政务公开</h3><ul><li><a href="/shanwei/zwgk/zcwj/">政策文件</a></li><li><a href="/shanwei/zwgk/zcjd/">政策解读</a></li><li class="active"><a href="{base}">{esc(site.column)}</a></li><li><a href="/shanwei/zwgk/rsxx/">人事信息</a></li></ul></div>
<div class="list_right"><div class="list_right_t">{esc(site.column)}</div>
<div class="list_right_c"><ul class="news_list">
{lis}
</ul></div>
<div class="pagination">{" ".join(links)}</div>
</div>
</div>"""
    return shell(site, f"{site.column}-{site.name}", column_metas(site), main, "nfc", "2a8e6bd1c4e03f7b9d5a1e4c6f8b0d2e")


def nfcms_article(site: Site, item: Item, body: str, attachment: tuple[str, str] | None,
                  prev: Item | None, nxt: Item | None, related: list[Item]) -> str:
    attach = (f'<div class="news_cont_d_fj"><span>相关附件：</span><a href="{attachment[0]}" target="_blank">'
              f"{esc(attachment[1])}</a></div>") if attachment else '<div class="news_cont_d_fj"><span>相关附件：</span></div>'
    main = f"""<div class="main news_cont">
<div class="position">您当前的位置：<a href="http://{site.host}/">首页</a> &gt; <a href="http://{site.host}/shanwei/zwgk/">政务公开</a> &gt; <a href="http://{site.host}/shanwei/zwgk/fzzfjs/">{esc(site.column)}</a></div>
<div class="news_cont_d">
{share_widget("news_share")}
<div class="news_cont_d_tit"><h1>{esc(item.title)}</h1></div>
<div class="news_cont_d_info"><ul>
<li>• {item.date} {item.time}</li>
<li>• 来源: {esc(item.source or site.name)}</li>
<li>• 发布机构:{esc(site.name)}门户网站</li>
<li>• {font_tools("news_font")}</li>
</ul></div>
<div class="news_cont_d_wrap" id="zoom">
{body}
</div>
<div class="news_cont_d_gl"><span>关联稿件：</span>{related_box(related, "", "gl_list")}</div>
{attach}
{qr_block("news_qr")}
{prev_next(prev, nxt, "news_sxp")}
</div>
</div>"""
    return shell(site, f"{item.title}-{site.name}", meta_tags(site, item, site.column), main, "nfc",
                 "2a8e6bd1c4e03f7b9d5a1e4c6f8b0d2e")


# ---- UCAP, gov.cn style (西阳县司法局) ------------------------------------------------------

def ucap_listing(site: Site, items: list[Item]) -> str:
    lis = "\n".join(f'<li><a href=".{i.path.removeprefix("/xxgk/fzzfjsndbg")}" target="_blank" '
                    f'title="{esc(i.title)}">{esc(i.title)}</a><span class="date">{i.date}</span></li>'
                    for i in items)
    main = f"""<div class="container">
<div class="BreadcrumbNav">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <span>{esc(site.column)}</span></div>
<div class="list_left"><div class="lm_title">信息公开</div><ul><li><a href="/xxgk/xxgkzn/">信息公开指南</a></li><li><a href="/xxgk/zcwj/">政策文件</a></li><li class="on"><a href="/xxgk/fzzfjsndbg/">{esc(site.column)}</a></li><li><a href="/xxgk/xxgknb/">信息公开年报</a></li></ul></div>
<div class="list_right"><div class="list_title">{esc(site.column)}</div>
<ul class="list">
{lis}
</ul>
<div class="pagination">共{len(items)}条 1/1页</div>
</div>
</div>"""
    return shell(site, f"{site.column}_{site.name}", column_metas(site), main, "ucap", "9b3e1f7c2d6a4e8b0c5d7f1a3e9b6c2d")


def ucap_article(site: Site, item: Item, body: str, prev: Item | None, nxt: Item | None,
                 related: list[Item]) -> str:
    rows = [("索 引 号", item.index_number), ("主题分类", "司法"), ("发布机构", item.source or site.name),
            ("成文日期", item.date), ("标　　题", item.title), ("发文字号", item.doc_number or "无"),
            ("发布日期", item.date), ("有 效 性", "有效")]
    dl = "\n".join(f"<dl><dt>{esc(k)}：</dt><dd>{esc(v)}</dd></dl>" for k, v in rows)
    main = f"""<div class="container">
<div class="BreadcrumbNav">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/fzzfjsndbg/">{esc(site.column)}</a></div>
<div class="xxgk_info">
{dl}
</div>
<div class="pages-title">{esc(item.title)}</div>
<div class="pages-date">{item.date} {item.time}<span class="font">来源：{esc(item.source or site.name)}</span>{font_tools("index_switchsize")}</div>
<div class="pages_content" id="UCAP-CONTENT">
{body}
</div>
<div class="editor">责任编辑：赵明</div>
{share_widget("share")}
<div id="qr_container">扫一扫在手机打开当前页<div id="qrcode"></div></div>
<div class="xg-list related"><div class="xg-title">相关稿件</div>{related_box(related, "", "xg-ul")}</div>
{prev_next(prev, nxt, "prevnext")}
</div>"""
    return shell(site, f"{item.title}_{site.name}", meta_tags(site, item, site.column), main, "ucap",
                 "9b3e1f7c2d6a4e8b0c5d7f1a3e9b6c2d")


CHALLENGE_412 = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="Pragma" content="no-cache"><meta http-equiv="Expires" content="0">
<script type="text/javascript" r='m'>$_ts=window['$_ts'];if(!$_ts)$_ts={};$_ts.nsd=48213;$_ts.cd="qo8GrrAloGVcDGGzWqVqrGlwrGGlDAA3qG9zraGrrr3lWrlqrGVxcqAcqa0cqqEzDGG1WaAlDGl0qqGzDq3mqaGDqqqr1rGlLrGHqqAcrk0LHPA1Zpa1DGA3rrGcWraqrGVgqrAqq1ElqrLcqEqqHqlAbaArqqJqwVEqrkVvxG9xqa0Kcm";</script>
<script type="text/javascript" charset="utf-8" src="/4QbVtADbnLVIc/c.FxJzG50F.8f5e4b1.js" r='m'></script>
</head><body>
<script type="text/javascript" r='m'>_$sL();</script>
</body></html>
"""


# ---- gkmlpt (东海市) ----------------------------------------------------------------------

def gkmlpt_shell(site: Site, title: str, config: dict, metas: str = "") -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>{esc(title)}</title>
{metas}
<link rel="stylesheet" href="/gkmlpt/static/css/app.4f2c1b9e.css">
</head>
<body>
{top_bar(site, "gkml-topbar")}
<div class="gkml-header"><a href="http://{site.host}/"><img src="/gkmlpt/static/img/logo.png" alt="{esc(site.name)}"></a><span class="gkml-name">政府信息公开</span></div>
<div class="gkml-nav"><ul><li><a href="/gkmlpt/index">信息公开目录</a></li><li><a href="/gkmlpt/policy">政策文件</a></li><li><a href="/gkmlpt/annualreport">年度报告</a></li><li><a href="/gkmlpt/guide">公开指南</a></li><li><a href="/gkmlpt/apply">依申请公开</a></li></ul></div>
<div id="app"><noscript>本页面需要启用JavaScript。</noscript></div>
<script>window._CONFIG = {jsonify(config)};</script>
<script src="/gkmlpt/static/js/chunk-vendors.9a1c2f3e.js"></script>
<script src="/gkmlpt/static/js/app.7b6d5e4c.js"></script>
{footer(site, "gkml-footer")}
{leave_site_script(site)}
</body>
</html>
"""


def gkmlpt_article(site: Site, item: Item, body: str, post_id: int, timestamp: int) -> str:
    detail = {"id": post_id, "title": item.title, "identifier": item.index_number,
              "document_number": item.doc_number, "publisher": item.source or site.name,
              "classify_main_name": "综合政务", "classify_theme_name": "法治政府建设",
              "date": timestamp, "first_publish_time": timestamp, "content": body,
              "attachment": [], "source": item.source or site.name}
    config = {"SID": "441899", "SITE_NAME": site.name, "SITE_HOST": f"http://{site.host}",
              "DETAIL": detail, "RELATED": [], "SHARE": "分享到：微信 微博",
              "QRCODE_TIP": "扫一扫在手机打开当前页"}
    return gkmlpt_shell(site, f"{item.title} - {site.name}", config, meta_tags(site, item, site.column))


# ---- generic portal (北城区) ---------------------------------------------------------------

def generic_listing(site: Site, items: list[Item], page: int, pages: int) -> str:
    lis = "\n".join(f'<li><span class="date">[{i.date}]</span><a href="{i.path}" title="{esc(i.title)}">'
                    f"{esc(i.title)}</a></li>" for i in items)
    def name(n: int) -> str:
        return "list.html" if n == 1 else f"list_{n}.html"
    pager = [f"<span>第{page}页/共{pages}页</span>"]
    if page > 1:
        pager.append(f'<a href="{name(page - 1)}">上一页</a>')
    if page < pages:
        pager.append(f'<a href="{name(page + 1)}">下一页</a>')
    main = f"""<div class="wrap"><div class="crumb">当前位置：<a href="/">首页</a> / <a href="/zfxxgk/">政府信息公开</a> / {esc(site.column)}</div>
<div class="col-title">{esc(site.column)}</div>
<ul class="list">
{lis}
</ul>
<div class="pager">{" ".join(pager)}</div></div>"""
    return shell(site, f"{site.column} - {site.name}", column_metas(site), main, "bc", "1e6c9a3f5b7d2e8c4a0f6b1d3e5c7a9f")


def generic_article(site: Site, item: Item, body: str, prev: Item | None, nxt: Item | None) -> str:
    main = f"""<div class="wrap"><div class="crumb">当前位置：<a href="/">首页</a> / <a href="/zfxxgk/">政府信息公开</a> / <a href="/zfxxgk/fzzf/list.html">{esc(site.column)}</a></div>
<div class="detail">
<h2 class="detail-title">{esc(item.title)}</h2>
<div class="detail-info">发布时间：{item.date}　来源：{esc(item.source or site.name)}　{font_tools("fontsize")}</div>
<div class="detail-content">
{body}
</div>
{share_widget("detail-share")}
{qr_block("detail-qr")}
{prev_next(prev, nxt, "detail-pn")}
</div></div>"""
    return shell(site, f"{item.title} - {site.name}", meta_tags(site, item, site.column), main, "bc",
                 "1e6c9a3f5b7d2e8c4a0f6b1d3e5c7a9f")

