"""hongtang: a column showing its first 5 rows, the rest only behind a 点击加载更多内容 button whose
click handler GETs `rest/zwgk/fzzfjs/getMore?start=<rows shown so far>` (an offset, not a page
number) and inserts the JSON answer's `data.list` before the button."""

from __future__ import annotations

import json
from html import escape

import common
import furniture
from furniture import Site

SLUG = "hongtang"
SITE = Site(
    "www.hongtang.gov.cn",
    "泓塘县人民政府",
    "泓塘县",
    "法治政府建设",
    "3714260017",
    "鲁ICP备09051233号",
)
GOV, SUPERIOR = "泓塘县人民政府", "中共蓠州市委、蓠州市人民政府"
CHUNK = 5
SCRIPT = (
    """<script type="text/javascript">
var basePath = "/";
$(function () {
  $(".get_more").click(function () {
    var me = this;
    var length = $("ul.submenu>li").size();
    $.ajax({
      contentType: 'application/json',
      dataType: 'json',
      type: 'GET',
      url: basePath + "rest/zwgk/fzzfjs/getMore?start=" + length,
      success: function (res) {
        var data = res.data;
        if (data && data.list) {
          $.each(data.list, function (_, m) {
            var html = "<li><a href='" + m.url + "' target='_blank' title='" + m.title +
              "'>" + m.title +
              "</a><span class='date'>" + m.pubDate + "</span></li>";
            $("ul.submenu").append(html);
          });
          if (data.list.length < """
    + str(CHUNK)
    + """) {
            $(me).text("没有更多了").addClass("disabled");
          }
        }
      }
    });
  });
});
</script>"""
)


def _path(it: common.Item, n: int) -> str:
    y, m, d = (int(x) for x in it.date.split("-"))
    return f"/art/{y}/{m}/{d}/art_318_{9800 + n}.html"


def build() -> None:
    its = common.items(GOV, SITE.short, [2025, 2024, 2023, 2022, 2021, 2020])
    its.append(common.Item(f"{SITE.short}举办行政执法人员法治培训班", "2023-08-17", "meeting"))
    its.sort(key=lambda it: it.date, reverse=True)
    paths = {id(it): _path(it, i) for i, it in enumerate(sorted(its, key=lambda x: x.date))}
    for it in its:
        it.url = f"http://{SITE.host}{paths[id(it)]}"
    common.articles(SITE, SLUG, its, GOV, SUPERIOR, lambda it: paths[id(it)])
    lis = "".join(
        f'<li><a href="{paths[id(it)]}" target="_blank" title="{escape(it.title)}">'
        f"{escape(it.title)}</a>"
        f'<span class="date">{it.date}</span></li>'
        for it in its[:CHUNK]
    )
    main = (
        f'<div class="lm-title"><h2>{SITE.column}</h2></div><ul class="submenu">{lis}</ul>'
        '<a href="javascript:void(0);" class="get_more" style="display: block;">'
        "点击加载更多内容</a>\n" + SCRIPT
    )
    common.write(SITE, "/zwgk/fzzfjs/index.html", furniture.page(SITE, SITE.column, main), SLUG)
    for start in range(CHUNK, len(its) + CHUNK, CHUNK):
        rows = [
            {"title": it.title, "url": paths[id(it)], "pubDate": it.date}
            for it in its[start : start + CHUNK]
        ]
        body = {"code": "200", "msg": "success", "data": {"list": rows, "total": len(its)}}
        common.write(
            SITE,
            f"/rest/zwgk/fzzfjs/getMore@start={start}",
            json.dumps(body, ensure_ascii=False),
            SLUG,
        )
    common.replay(
        SITE, SLUG, {"headers": {"/rest/*": {"Content-Type": "application/json;charset=UTF-8"}}}
    )
    start_url = f"http://{SITE.host}/zwgk/fzzfjs/index.html"
    common.expected(
        SLUG,
        its,
        (
            "The column page renders its 5 newest rows (the 2025 and 2024 reports); the other "
            "rows come only from the 点击加载更多内容 button: GET "
            "/rest/zwgk/fzzfjs/getMore?start=5, 10 (5 rows each, JSON data.list "
            "title/url/pubDate, root-relative urls), start=15 answers an empty list. The offset "
            "is the count of li rows shown, not a page number."
        ),
        start_url,
        api="GET /rest/zwgk/fzzfjs/getMore?start=N",
    )
    common.portal_toml(
        SLUG,
        SITE.name,
        "371426",
        "county",
        "山东省",
        "generic",
        start_url,
        "Held-out round 13: a 加载更多 button reading a JSON list by row offset.",
    )
