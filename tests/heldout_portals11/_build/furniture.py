"""The furniture every page of round 11 carries: header, mega-menu, xxgk table, tools, footer."""
from __future__ import annotations

from html import escape

HEAD = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{title}_{site}</title>
<meta name="SiteName" content="{site}"><meta name="ColumnName" content="{column}">
{meta}<link rel="stylesheet" href="/css/style.css">
</head><body>
<div class="top-bar"><span>网站支持IPv6</span> <a href="javascript:void(0)">无障碍版</a> <a href="javascript:void(0)">关怀版</a> <a href="javascript:void(0)">长者模式</a> <a href="javascript:void(0)">繁體</a></div>
<div class="header"><h1 class="logo">{site}</h1>
<form class="search" action="/search/search.jsp"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/index.html">政务公开</a><div class="sub"><a href="/zwgk/zcwj/index.html">政策文件</a> <a href="/zwgk/rsxx/index.html">人事信息</a> <a href="/zwgk/czxx/index.html">财政信息</a></div></li><li><a href="/xwzx/index.html">新闻中心</a></li><li><a href="/hdjl/index.html">互动交流</a></li><li><a href="/zwfw/index.html">政务服务</a></li></ul>
<div class="position">当前位置：<a href="/">首页</a> &gt; {crumbs}</div>
"""
FOOT = """<div class="float-tools"><a href="/hdjl/xzxx/index.html">{head}信箱</a> <a href="/hdjl/yjzj/index.html">意见征集</a> <a href="/hdjl/znwd/index.html">智能问答</a> <a href="#top">返回顶部</a></div>
<div class="footer"><p>主办单位：{site}办公室　承办：{site}大数据中心</p>
<p>版权所有：{site}　网站标识码：{code}　{icp}　{ga}</p><p>（建议使用1920×1080分辨率浏览本网站）</p></div>
<script>
function leaveSite(url) {{
  if (confirm("您访问的链接即将离开“{site}”门户网站，是否继续？")) {{ window.open(url); }}
}}
</script>
</body></html>
"""


def page(site: dict, title: str, column: str, crumbs: str, body: str, meta: str = "") -> str:
    """A whole page: header, menu, breadcrumb, `body`, floating tools and footer."""
    return (HEAD.format(title=escape(title), site=site["name"], column=column, meta=meta,
                        crumbs=crumbs)
            + body + FOOT.format(site=site["name"], head=site["head"], code=site["code"],
                                 icp=site["icp"], ga=site["ga"]))


def article_meta(title: str, date: str, source: str) -> str:
    """The `<meta>` tags a TRS/Hanweb article page carries."""
    return (f'<meta name="ArticleTitle" content="{escape(title)}">\n'
            f'<meta name="PubDate" content="{date} 09:30">\n'
            f'<meta name="ContentSource" content="{source}">\n')


def xxgk_table(title: str, date: str, source: str, index_no: str) -> str:
    """The padded th/td 信息公开 metadata table above an article."""
    return f"""<table class="xxgk"><tr><th>索 引 号：</th><td>{index_no}</td><th>主题分类：</th><td>政务公开</td></tr>
<tr><th>发布机构：</th><td>{source}</td><th>发布日期：</th><td>{date}</td></tr>
<tr><th>名　　称：</th><td colspan="3">{escape(title)}</td></tr></table>
"""


def article_tools(prev_title: str, next_title: str, editor: str) -> str:
    """What follows an article's text: tools, share, QR, related, prev/next, editor."""
    return f"""<div class="tools">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】 <a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div class="share">分享到：<a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a></div>
<div class="qr">扫一扫在手机打开当前页</div>
<div class="related"><h4>相关解读</h4><ul><li>暂无相关解读</li></ul></div>
<div class="prevnext"><p>上一篇：{escape(prev_title)}</p><p>下一篇：{escape(next_title)}</p></div>
<div class="editor">责任编辑：{editor}</div>
"""
