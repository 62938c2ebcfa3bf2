"""Page furniture of every round-22 page (accessibility bar, nav, search box, share, footer)."""

from __future__ import annotations

import html

NAV = [("首页", "/"), ("政务公开", "/zwgk/"), ("政务服务", "/zwfw/"), ("互动交流", "/hdjl/"), ("走进{p}", "/zj/")]


def page(site: str, title: str, main: str, *, head_extra: str = "", href=lambda p: p,
         column: str = "", pub: str = "", charset: str = "utf-8") -> str:
    """A whole page: `href` maps a site path to the link written (base-relative sites differ)."""
    nav = "".join(f'<li><a href="{href(u)}">{n.format(p=site[:3])}</a></li>' for n, u in NAV)
    t = html.escape(title)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{t}_{site}</title>
<meta name="SiteName" content="{site}">
<meta name="ColumnName" content="{column}">
<meta name="ArticleTitle" content="{t}">
<meta name="PubDate" content="{pub}">
{head_extra}
<link rel="stylesheet" href="{href('/css/common.css')}">
</head><body>
<div class="topbar"><a href="javascript:;" id="wza">无障碍版</a> <a href="javascript:;">关怀版</a>
<a href="javascript:;">繁體</a> <span>网站支持IPv6</span></div>
<div class="header"><h1 class="logo">{site}</h1>
<form class="search" action="{href('/search/')}" method="get"><input name="q" placeholder="请输入关键字">
<button type="submit">搜索</button></form></div>
<ul class="nav">{nav}</ul>
<div class="main">{main}</div>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a>
 扫一扫在手机打开当前页 <a href="javascript:window.print()">打印本页</a>
 <a href="javascript:window.close()">关闭窗口</a></div>
<div class="footer"><p>主办单位：{site}办公室　版权所有：{site}</p>
<p>网站标识码：4312990001　ICP备05012345号　公网安备 43129902000123号</p>
<a href="javascript:;" class="gotop">返回顶部</a></div>
<script>document.getElementById("wza").onclick=function(){{alert("您即将离开本站");}};</script>
</body></html>
"""
