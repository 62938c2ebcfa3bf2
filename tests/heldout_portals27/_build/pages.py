"""Listing pieces shared by the portals."""

from __future__ import annotations

from html import escape

import texts
from model import Item, Portal


def rows(items: list[Item], href) -> str:
    """`<ul class="list">` rows: the title in `title=` and as text, the date in a span."""
    return '<ul class="list">\n' + "\n".join(
        f'<li><a href="{escape(href(it))}" title="{escape(it.title)}" target="_blank">'
        f'{escape(it.title)}</a><span class="date">{it.date}</span></li>'
        for it in items) + "\n</ul>"


def listing(portal: Portal, inner: str, head: str = "") -> str:
    """A column page: breadcrumb, side menu, the column's box with `inner`."""
    side = ('<div class="side"><h3>政务公开</h3><ul>'
            '<li><a href="/zwgk/zcwj/">政策文件</a></li>'
            '<li><a href="/zwgk/zcjd/">政策解读</a></li>'
            '<li><a href="/zwgk/rsxx/">人事信息</a></li>'
            f'<li class="on"><a href="{portal.start}">{portal.column}</a></li></ul></div>')
    body = (f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; '
            f'<a href="/zwgk/">政务公开</a> &gt; {portal.column}</div>\n{side}\n'
            f'<div class="colbox"><h2>{portal.column}</h2>\n{inner}\n</div>')
    return texts.page(portal.column, portal.site, portal.code, portal.host, body, head)
