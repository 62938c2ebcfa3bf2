"""TRS WCM (拓尔思) pages: listings paginated only by inline createPageHTML(...) calls, articles
at YYYYMM/tYYYYMMDD_<id>.<ext> (split articles t…_1.<ext>), bodies in TRS_Editor / TRS_UEDITOR divs.
"""

from __future__ import annotations

from common import (Item, Site, esc, font_tools, footer, leave_site_script, mega_menu, meta_tags,
                    prev_next, qr_block, related_box, search_box, share_widget, stats_script,
                    top_bar)

# The template ships the pager function inline; only the call carries the page count.
CREATE_PAGE_HTML = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {
  if (_nPageCount == null || _nPageCount <= 1) { return; }
  var nCurrIndex = _nCurrIndex || 0;
  if (nCurrIndex == 0) { document.write("<span class='current'>1</span> "); }
  else { document.write("<a href='" + _sPageName + "." + _sPageExt + "'>首页</a> ");
         var prev = nCurrIndex - 1 == 0 ? _sPageName : _sPageName + "_" + (nCurrIndex - 1);
         document.write("<a href='" + prev + "." + _sPageExt + "'>上一页</a> "); }
  for (var i = 1; i < _nPageCount; i++) {
    if (nCurrIndex == i) { document.write("<span class='current'>" + (i + 1) + "</span> "); }
    else { document.write("<a href='" + _sPageName + "_" + i + "." + _sPageExt + "'>" + (i + 1) + "</a> "); }
  }
  if (nCurrIndex < _nPageCount - 1) {
    document.write("<a href='" + _sPageName + "_" + (nCurrIndex + 1) + "." + _sPageExt + "'>下一页</a> ");
    document.write("<a href='" + _sPageName + "_" + (_nPageCount - 1) + "." + _sPageExt + "'>尾页</a>");
  }
}
</script>"""


def head(site: Site, title: str, metas: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
{metas}
<link rel="stylesheet" href="/images/common.css">
<script src="/images/jquery-1.12.4.min.js"></script>
{CREATE_PAGE_HTML}
</head>"""


def header(site: Site) -> str:
    return f"""{top_bar(site, "top-bar")}
<div class="header"><div class="container"><a class="logo" href="/"><img src="/images/logo.png" alt="{esc(site.name)}"></a>
{search_box("/search/")}</div></div>
<div class="nav-wrap"><div class="container">{mega_menu(site, "nav", "nav-item", "nav-sub")}</div></div>"""


def crumbs(site: Site) -> str:
    parts = "".join(f'<span>&gt;</span><a href="../">{esc(c)}</a>' for c in site.column_path)
    return (f'<div class="location">当前位置：<a href="/">首页</a>{parts}<span>&gt;</span>'
            f'<a href="./">{esc(site.column)}</a></div>')


def page_shell(site: Site, title: str, metas: str, main: str) -> str:
    return f"""{head(site, title, metas)}
<body>
{header(site)}
<div class="container main">
{crumbs(site)}
{main}
</div>
{footer(site, "footer")}
{leave_site_script(site)}
{stats_script("c7a8f6e24be1d3c1a34b0f8f2d6c1e95")}
</body>
</html>
"""


def list_items(items: list[Item], base: str) -> str:
    return "\n".join(f'<li><a href="{base}{i.path.rsplit("/", 2)[-2]}/{i.path.rsplit("/", 1)[-1]}" '
                     f'target="_blank" title="{esc(i.title)}">{esc(i.title)}</a><span>{i.date}</span></li>'
                     for i in items)


def listing(site: Site, items: list[Item], page: int, pages: int, ext: str) -> str:
    """One listing page (page is 0-based like TRS's own index, index_1, ...)."""
    main = f"""<div class="side"><h3>政务公开</h3><ul class="side-nav"><li><a href="../../">政策文件</a></li><li><a href="../">政策解读</a></li><li class="on"><a href="./">{esc(site.column)}</a></li><li><a href="../../xxgkml/">信息公开目录</a></li></ul></div>
<div class="list-box">
<div class="list-title"><h2>{esc(site.column)}</h2></div>
<ul class="list-b">
{list_items(items, "./")}
</ul>
<div class="page"><script type="text/javascript">createPageHTML({pages}, {page}, "index", "{ext}");</script></div>
</div>"""
    metas = f'<meta name="SiteName" content="{esc(site.name)}">\n<meta name="ColumnName" content="{esc(site.column)}">'
    return page_shell(site, f"{site.column}_{site.name}", metas, main)


def xxgk_th_table(item: Item, site: Site) -> str:
    return f"""<table class="xxgk-table"><tbody>
<tr><th>索&nbsp;引&nbsp;号：</th><td>{esc(item.index_number)}</td><th>主题分类：</th><td>综合政务</td></tr>
<tr><th>发布机构：</th><td>{esc(item.source or site.name)}</td><th>发文日期：</th><td>{item.date}</td></tr>
<tr><th>标　　题：</th><td colspan="3">{esc(item.title)}</td></tr>
<tr><th>文　　号：</th><td>{esc(item.doc_number)}</td><th>有 效 性：</th><td>有效</td></tr>
</tbody></table>"""


def xxgk_ul(item: Item, site: Site, written: str) -> str:
    """TRS xxgk ul/li block as 石狮-style portals render it ("• 索 引 号：…")."""
    rows = [("索 引 号", item.index_number), ("主题分类", "应主动公开的其他政府信息"),
            ("发布机构", item.source or site.name), ("公文生成日期", written), ("标题", item.title),
            ("备注/文号", item.doc_number), ("发布日期", item.date)]
    lis = "\n".join(f'<li><i>•</i><span class="tit">{esc(k)}：</span><span class="con">{esc(v)}</span></li>'
                    for k, v in rows)
    return f'<div class="xxgk-info"><ul class="clearfix">\n{lis}\n</ul></div>'


def article(site: Site, item: Item, body: str, body_class: str, meta_block: str,
            pager: str, prev: Item | None, nxt: Item | None, related: list[Item]) -> str:
    """A TRS article page; ``pager`` is the createPageHTML call for split articles (or "")."""
    main = f"""{meta_block}
<div class="article">
<h1 class="article-title">{esc(item.title)}</h1>
<div class="article-info"><span>发布时间：{item.date} {item.time}</span><span>来源：{esc(item.source or site.name)}</span>
{font_tools("font-size")}{share_widget("share")}</div>
<div class="article-content" id="zoom">
<div class="{body_class}">
{body}
</div>
</div>
<div class="page">{pager}</div>
{qr_block("article-qr", "扫一扫在手机上查看当前页面")}
{related_box(related, "相关解读", "related-read")}
{prev_next(prev, nxt, "prev-next")}
<p class="editor">【责任编辑：陈思】</p>
</div>
<div class="fixed-tools"><a href="javascript:;">{esc(site.leader_mail)}</a><a href="javascript:;">意见征集</a><a href="javascript:;">问卷调查</a><a href="javascript:;">智能问答</a><a href="#top">返回顶部</a></div>"""
    return page_shell(site, f"{item.title}_{site.name}", meta_tags(site, item, site.column), main)


def pager_call(pages: int, current: int, stem: str, ext: str) -> str:
    return f'<script type="text/javascript">createPageHTML({pages}, {current}, "{stem}", "{ext}");</script>'


def xxgk_listing(site: Site, items: list[Item], ext: str) -> str:
    """A 法定主动公开内容 listing as a table (title, 文号, date), single page."""
    rows = "\n".join(
        f'<tr><td class="t-left"><a href="./{i.path.rsplit("/", 2)[-2]}/{i.path.rsplit("/", 1)[-1]}" '
        f'target="_blank" title="{esc(i.title)}">{esc(i.title)}</a></td>'
        f"<td>{esc(i.doc_number)}</td><td>{i.date}</td></tr>" for i in items)
    main = f"""<div class="xxgk-side"><h3>政府信息公开</h3><ul><li><a href="../../xxgkzn/">政府信息公开指南</a></li><li><a href="../../xxgkzd/">政府信息公开制度</a></li><li class="on"><a href="../">法定主动公开内容</a></li><li><a href="../../xxgknb/">政府信息公开年报</a></li></ul></div>
<div class="xxgk-list">
<div class="list-title"><h2>{esc(site.column)}</h2></div>
<table class="xxgk-list-table"><thead><tr><th>标题</th><th>文号</th><th>发布日期</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<div class="page"><script type="text/javascript">createPageHTML(1, 0, "index", "{ext}");</script></div>
</div>"""
    metas = f'<meta name="SiteName" content="{esc(site.name)}">\n<meta name="ColumnName" content="{esc(site.column)}">'
    return page_shell(site, f"{site.column}_{site.name}", metas, main)
