"""fengyu (an RSS .xml file rendered by the column's script) and xingzhou (a data-page pager)."""

from __future__ import annotations

import json
from html import escape

from common import Gov, expected, li, listing_page, portal_toml, put, write_item
from furniture import Site
from model import newest_first, others, reports, trs_path

FENGYU = Gov(
    "fengyu",
    Site("www.fengyu.gov.cn", "沣屿区人民政府", "沣屿", "3304990011", "浙ICP备00000001号-1"),
    "沣屿区",
    "中共楠州市委、楠州市人民政府",
    "浙江省",
    "district",
    "trs",
    "330499",
    "法治政府建设年度报告",
    "/zwgk/fzzfjsndbg/index.html",
)
XML_PATH = "/zwgk/fzzfjsndbg/list.xml"
SHELL_SCRIPT = """<script type="text/javascript">
$(function () {
  $.ajax({
    url: "%s",
    type: "GET",
    dataType: "xml",
    cache: false,
    success: function (xml) {
      var html = [];
      $(xml).find("item").each(function () {
        var t = $(this).find("title").text();
        var l = $(this).find("link").text();
        var d = $(this).find("pubDate").text();
        html.push('<li><a href="' + l + '" target="_blank" title="' + t + '">' + t +
          '</a><span class="date">' + d.substring(0, 10) + '</span></li>');
      });
      $("#infoList").html(html.join(""));
    },
    error: function () { $("#infoList").html('<li class="empty">数据加载中，请稍后……</li>'); }
  });
});
</script>
"""


def build_fengyu() -> None:
    g = FENGYU
    items = reports(g.site.name, g.place, [2020, 2021, 2022, 2023, 2024], 88101)
    items = newest_first(items + others(g.site.name, g.place, items[-1], 88560, 8))
    col = "/zwgk/fzzfjsndbg/"
    rss = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0">',
        "<channel>",
        f"<title>{g.column}_{g.site.name}</title>",
        f"<link>http://{g.site.host}{g.column_url}</link>",
        f"<description>{g.site.name}{g.column}</description>",
        "<language>zh-cn</language>",
    ]
    for it in items:
        path = trs_path(col, it)
        it.url = f"http://{g.site.host}{path}"
        write_item(g, it, path)
        rss += [
            "<item>",
            f"<title>{escape(it.title)}</title>",
            f"<link>{it.url}</link>",
            f"<pubDate>{it.date} 09:30:00</pubDate>",
            f"<source>{g.site.name}</source>",
            "</item>",
        ]
    put(g, XML_PATH, "\n".join(rss + ["</channel>", "</rss>"]) + "\n")
    inner = '<ul id="infoList" class="list"></ul>\n'
    put(g, g.column_url, listing_page(g, g.column, inner, SHELL_SCRIPT % XML_PATH))
    put(
        g,
        "/_replay.json",
        json.dumps(
            {"headers": {XML_PATH: {"Content-Type": "application/xml; charset=UTF-8"}}}, indent=2
        )
        + "\n",
    )
    expected(
        g,
        items,
        "Column page is a shell: an empty ul#infoList filled by its inline script from "
        f"the RSS 2.0 file {XML_PATH} ($.ajax dataType x"
        "ml, $(xml).find('item'): title/link/pubDate). "
        "13 items, absolute links, no paging.",
        {},
        api=f"http://{g.site.host}{XML_PATH}",
    )
    portal_toml(
        g,
        f"http://{g.site.host}{g.column_url}",
        "Held-out round 14: a column shell rendering an RSS .xml file with jQuery.",
    )


XINGZHOU = Gov(
    "xingzhou",
    Site("www.xingzhou.gov.cn", "荇洲县人民政府", "荇洲", "4211990023", "鄂ICP备00000002号-1"),
    "荇洲县",
    "中共沔阳市委、沔阳市人民政府",
    "湖北省",
    "county",
    "generic",
    "421199",
    "法治政府建设年度报告",
    "/xxgk/fzzf/ndbg/index.html",
)
PAGER_SCRIPT = """<script type="text/javascript">
$(function () {
  $("#pager").on("click", "a[data-page]", function () {
    var p = parseInt($(this).attr("data-page"), 10);
    var first = $("#pager").attr("data-first");
    var tpl = $("#pager").attr("data-url");
    window.location.href = p === 1 ? first : tpl.replace("{page}", p);
  });
});
</script>
"""
PER_PAGE = 6


def _pager(cur: int, total: int, count: int) -> str:
    def a(p: int, label: str, cls: str = "") -> str:
        c = f' class="{cls}"' if cls else ""
        return f'<a href="javascript:void(0)" data-page="{p}"{c}>{label}</a>'

    parts = [f'<span class="info">共{count}条 第{cur}/{total}页</span>', a(1, "首页")]
    if cur > 1:
        parts.append(a(cur - 1, "上一页"))
    parts += [a(p, str(p), "active" if p == cur else "") for p in range(1, total + 1)]
    if cur < total:
        parts.append(a(cur + 1, "下一页"))
    parts.append(a(total, "尾页"))
    return (
        '<div class="pagination" id="pager" data-first="/xxgk/fzzf/ndbg/index.html" '
        f'data-url="/xxgk/fzzf/ndbg/index_{{page}}.html" data-total="{total}">'
        + "".join(parts)
        + "</div>\n"
    )


def build_xingzhou() -> None:
    g = XINGZHOU
    items = reports(
        g.site.name, g.place, [2020, 2021, 2022, 2023, 2024, 2025], 51207, title_shift=1
    )
    items = newest_first(items + others(g.site.name, g.place, items[-1], 51990, 10))
    col = "/xxgk/fzzf/ndbg/"
    pages = [items[i : i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
    for n, page in enumerate(pages, start=1):
        rows = []
        for it in page:
            path = trs_path(col, it)
            it.url = f"http://{g.site.host}{path}"
            write_item(g, it, path)
            rows.append(li(it, path))
        inner = (
            '<ul class="list">\n'
            + "\n".join(rows)
            + "\n</ul>\n"
            + _pager(n, len(pages), len(items))
        )
        put(
            g,
            col + ("index.html" if n == 1 else f"index_{n}.html"),
            listing_page(g, g.column, inner, PAGER_SCRIPT),
        )
    expected(
        g,
        items,
        "Column index.html, index_2.html, index_3.html (6/6/4 rows). The pager is "
        '<a href="javascript:void(0)" data-page="N">; the page URL is only in the pager div\'s '
        'data-url="/xxgk/fzzf/ndbg/index_{page}.html" (page 1: '
        "data-first), read by a jQuery click handler.",
        {},
    )
    portal_toml(
        g,
        f"http://{g.site.host}{g.column_url}",
        "Held-out round 14: a pager of data-page links whose URL template is a data attribute.",
    )
