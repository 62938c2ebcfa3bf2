"""Hanweb JCMS (大汉) pages: column pages with <script type="text/xml"> datastores, articles with
div#zoom between ContentStart/ContentEnd metas; a legacy variant (GBK, ZJEG_RSS comments, <B> cells).
"""

from __future__ import annotations

from common import (Item, Site, esc, font_tools, footer, leave_site_script, mega_menu, meta_tags,
                    prev_next, qr_block, related_box, search_box, share_widget, stats_script,
                    top_bar)

PER_PAGE = 15


def record(item: Item) -> str:
    return (f'<record><![CDATA[\n<li><a href="{item.path}" target="_blank" title="{esc(item.title)}">'
            f'{esc(item.title)}</a><span class="bt-data-time">{item.date}</span></li>\n]]></record>')


def records_file(items: list[Item]) -> str:
    """Server-side data for dataproxy.jsp: every record of the column, in listing order."""
    return "<records>\n" + "\n".join(record(i) for i in items) + "\n</records>\n"


def datastore(site: Site, items: list[Item], column_id: int, unit_id: int, web_id: int) -> str:
    nextgroup = (f'<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid={web_id}&path=/'
                 f'&columnid={column_id}&unitid={unit_id}&webname={esc(site.name)}'
                 f'&permissiontype=0"></a>')
    shown = "\n".join(record(i) for i in items[:PER_PAGE])
    return f"""<div id="{unit_id}">
<script type="text/xml">
<datastore>
<nextgroup><![CDATA[{nextgroup}]]></nextgroup>
<totalrecord>{len(items)}</totalrecord>
<recordset>
{shown}
</recordset>
</datastore>
</script>
<script language="javascript" src="/module/web/jpage/jpage.js"></script>
<script type="text/javascript">
$(function () {{
  $("#{unit_id}").jpage({{
    dataStore: null, perPage: {PER_PAGE}, totalRecord: {len(items)}, groupSize: 1, barPosition: "bottom",
    proxyUrl: "/module/web/jpage/dataproxy.jsp",
    ajaxParam: {{col: 1, appid: 1, webid: {web_id}, path: "/", columnid: {column_id},
      sourceContentType: 1, unitid: {unit_id}, webname: "{esc(site.name)}", permissiontype: 0}},
    showMode: "full", pageUnit: "条"
  }});
}});
</script>
</div>"""


def column_tree(site: Site, columns: list[str], current: str) -> str:
    on = ' class="on"'
    lis = "".join(f'<li{on if c == current else ""}><a href="/col/col{1500 + n}/index.html">'
                  f"{esc(c)}</a></li>" for n, c in enumerate(columns))
    return f'<div class="bt-left"><div class="left-tit">政府信息公开</div><ul class="left-nav">{lis}</ul></div>'


SIDE_COLUMNS = ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府文件", "政策解读",
                "法治政府建设", "政府信息公开年报", "依申请公开", "财政信息", "人事信息", "重大决策预公开"]


def head(site: Site, title: str, charset_meta: str, metas: str = "") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{charset_meta}
<title>{esc(title)}</title>
{metas}
<link rel="stylesheet" href="/images/bt-base.css" type="text/css" />
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
<script type="text/javascript" src="/module/jslib/layer/layer.js"></script>
</head>"""


def header(site: Site) -> str:
    return f"""{top_bar(site, "bt-top")}
<div class="bt-head"><div class="bt-logo"><a href="/"><img src="/images/logo.png" alt="{esc(site.name)}" /></a></div>
{search_box("/jsearchfront/search.do")}</div>
<div class="bt-nav">{mega_menu(site, "bt-nav-list", "bt-nav-li", "bt-nav-sub")}</div>"""


def position(site: Site, column: str) -> str:
    crumbs = " &gt; ".join(f'<a href="/col/col{1500 + n}/index.html">{esc(c)}</a>'
                           for n, c in enumerate(site.column_path))
    return f'<div class="bt-position">当前位置：<a href="/">首页</a> &gt; {crumbs} &gt; <span>{esc(column)}</span></div>'


def listing(site: Site, items: list[Item], column_id: int, unit_id: int, web_id: int,
            charset_meta: str = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />') -> str:
    metas = (f'<meta name="SiteName" content="{esc(site.name)}">\n<meta name="ColumnName" '
             f'content="{esc(site.column)}">\n<meta name="ColumnType" content="{esc(site.column)}">')
    return f"""{head(site, f"{site.column} {site.name}", charset_meta, metas)}
<body>
{header(site)}
<div class="bt-main">
{column_tree(site, SIDE_COLUMNS, site.column)}
<div class="bt-right">
{position(site, site.column)}
<div class="bt-list-title">{esc(site.column)}</div>
<div class="bt-list">
{datastore(site, items, column_id, unit_id, web_id)}
</div>
</div>
</div>
{footer(site, "bt-footer")}
{leave_site_script(site)}
{stats_script("5f1d7e0ab2cc6f1a0e5e6c2d4f1c9b71")}
</body>
</html>
"""


def xxgk_table(site: Site, item: Item) -> str:
    """The 政府信息公开 block: a 4-column th/td table, labels padded with spaces."""
    return f"""<table class="xxgk_table" width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><th>索 引 号</th><td>{esc(item.index_number)}</td><th>分 类</th><td>/ 报告</td></tr>
<tr><th>发布机构</th><td>{esc(item.source)}</td><th>发文日期</th><td></td></tr>
<tr><th>标 题</th><td colspan="3">{esc(item.title)}</td></tr>
<tr><th>文 号</th><td>{esc(item.doc_number or "无号")}</td><th>主 题 词</th><td></td></tr>
<tr><th>内容概述</th><td colspan="3"></td></tr>
<tr><th>时 效</th><td colspan="3">有效</td></tr>
</table>"""


def article(site: Site, item: Item, body: str, prev: Item | None, nxt: Item | None,
            related: list[Item]) -> str:
    """A Hanweb article page; ``body`` is the HTML of div#zoom (already in the page's script)."""
    return f"""{head(site, f"{item.title} {site.name}", '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />', meta_tags(site, item, site.column))}
<body>
{header(site)}
<div class="bt-main bt-article">
{position(site, site.column)}
{xxgk_table(site, item) if item.index_number else ""}
<div class="article">
<h1 class="title">{esc(item.title)}</h1>
<div class="article-info"><span>发布日期：{item.date} {item.time}</span><span>来源：{esc(item.source or site.name)}</span><span>浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=1&amp;artid=1"></script></span>
{font_tools("bt-font")}</div>
<meta name="ContentStart">
<!--<$[信息内容]>begin-->
<div id="zoom">
{body}
</div>
<!--<$[信息内容]>end-->
<meta name="ContentEnd">
<div class="article-bottom">
{share_widget("bt-share")}
{qr_block("bt-qr")}
</div>
{related_box(related, "相关解读", "bt-related")}
{prev_next(prev, nxt, "bt-prevnext")}
<div class="bt-editor">责任编辑：刘雯</div>
</div>
</div>
{footer(site, "bt-footer")}
{leave_site_script(site)}
{stats_script("5f1d7e0ab2cc6f1a0e5e6c2d4f1c9b71")}
</body>
</html>
"""


def legacy_meta_table(item: Item) -> str:
    """Older Hanweb xxgk block: bold <B> label cells in a bgcolor table."""
    cell = '<td bgcolor="#F7F7F7" width="13%" align="right"><B>{}</B></td>'
    value = '<td bgcolor="#FFFFFF" width="37%">{}</td>'
    rows = [(("索 引 号：", item.index_number), ("发布机构：", item.source)),
            (("生成日期：", item.date), ("主题分类：", "综合政务")),
            (("文　　号：", item.doc_number), ("时　　效：", "有效"))]
    html_rows = ["<tr>" + "".join(cell.format(k) + value.format(esc(v)) for k, v in row) + "</tr>"
                 for row in rows]
    html_rows.insert(2, "<tr>" + cell.format("名　　称：")
                     + f'<td bgcolor="#FFFFFF" colspan="3">{esc(item.title)}</td></tr>')
    return ('<table width="100%" border="0" align="center" cellpadding="4" cellspacing="1" '
            'bgcolor="#CCCCCC" class="xxgk_table">\n' + "\n".join(html_rows) + "\n</table>")


def legacy_article(site: Site, item: Item, body: str, prev: Item | None, nxt: Item | None) -> str:
    """A legacy (table layout, GBK) Hanweb article with ZJEG_RSS content comments."""
    return f"""<html>
<head>
<meta charset=gb2312>
<title>{esc(item.title)}</title>
{meta_tags(site, item, site.column)}
<link href="/script/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/script/jquery.js"></script>
</head>
<body leftmargin="0" topmargin="0">
{top_bar(site, "top_bar", "繁体版")}
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner.jpg" width="1000" height="150"></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav"><tr><td>{mega_menu(site, "menu", "menu_li", "menu_sub")}</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="position">您当前的位置：<a href="/">首页</a> &gt;&gt; <a href="/col/col2300/index.html">政务公开</a> &gt;&gt; <a href="/col/col2345/index.html">{esc(site.column)}</a></td></tr>
<tr><td>{legacy_meta_table(item)}</td></tr>
<tr><td align="center" class="title"><font style="font-size:22px;color:#c00"><b>{esc(item.title)}</b></font></td></tr>
<tr><td align="center" class="info">发布日期：{item.date}&nbsp;&nbsp;信息来源：{esc(item.source or site.name)}&nbsp;&nbsp;{font_tools("font")}</td></tr>
<tr><td class="bt_content" id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{body}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</td></tr>
<tr><td class="zr">撰稿：张堃　审核：孙立新　责任编辑：王喆</td></tr>
<tr><td>{prev_next(prev, nxt, "sxp")}</td></tr>
<tr><td align="right">{qr_block("qr", "扫码使用手机浏览本页内容")}</td></tr>
</table>
{footer(site, "footer")}
{leave_site_script(site)}
</body>
</html>
"""


def legacy_listing(site: Site, items: list[Item], column_id: int, unit_id: int, web_id: int) -> str:
    return listing(site, items, column_id, unit_id, web_id,
                   charset_meta='<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />')
