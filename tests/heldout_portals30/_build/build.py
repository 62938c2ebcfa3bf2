"""Build held-out portal round 30: `.venv/bin/python tests/heldout_portals30/_build/build.py`.

Rewrites each portal folder (site/, expected.json, portal.toml). Deterministic (seeded pools).
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from model import Item, Portal, standard_items, write_portal  # noqa: E402
from portals_b import biwan, wengpu, xiantang  # noqa: E402
from texts import list_page  # noqa: E402


def wp_row(p: Portal, it: Item, pid: int) -> str:
    """A WordPress theme's `<article>` row (the_title inside h2.entry-title, a <time>)."""
    y, m, d = it.date.split("-")
    return (f'<article id="post-{pid}" class="post-{pid} post type-post status-publish category-fzzfjs">'
            f'<header class="entry-header"><h2 class="entry-title"><a href="{p.url(it.path)}" '
            f'rel="bookmark">{html.escape(it.title)}</a></h2></header>'
            f'<div class="entry-meta"><time class="entry-date published" datetime="{it.date}T09:30:00+08:00">'
            f'{int(y)}年{int(m)}月{int(d)}日</time></div></article>')


def wp_pager(base: str, n: int, pages: int) -> str:
    """the_posts_pagination(): numbers, 上一页/下一页 as prev/next page-numbers."""
    def href(k: int) -> str:
        return base if k == 1 else f"{base}page/{k}/"
    parts = [f'<a class="prev page-numbers" href="{href(n - 1)}">上一页</a>'] if n > 1 else []
    for k in range(1, pages + 1):
        parts.append(f'<span aria-current="page" class="page-numbers current">{k}</span>' if k == n
                     else f'<a class="page-numbers" href="{href(k)}">{k}</a>')
    if n < pages:
        parts.append(f'<a class="next page-numbers" href="{href(n + 1)}">下一页</a>')
    return ('<nav class="navigation pagination" aria-label="文章分页"><h2 class="screen-reader-text">'
            f'文章分页</h2><div class="nav-links">{"".join(parts)}</div></nav>')


def langchuan() -> Portal:
    p = Portal("langchuan", "蒗川县", "蒗川县人民政府", "www.langchuan.gov.cn", "5301270001", "云南省",
               "530127", "http://www.langchuan.gov.cn/category/zwgk/fzzfjs/", "法治政府建设",
               family="generic")
    p.notes = ("A WordPress site: category archive /category/zwgk/fzzfjs/ paged as /page/2/, /page/3/ "
               "(the_posts_pagination); rows article > h2.entry-title > a to extension-less "
               "/archives/N permalinks; a 近期文章 sidebar widget on every page; /page/1/ 301s to the base.")
    ids = [2291 - 37 * i for i in range(14)]
    p.items = standard_items(p.place, [2024, 2023, 2022, 2021, 2020], lambda i, d: f"/archives/{ids[i]}", 3)
    base, per = "/category/zwgk/fzzfjs/", 6
    pages = (len(p.items) + per - 1) // per
    side = "".join(f'<li><a href="{p.url(it.path)}">{html.escape(it.title)}</a></li>' for it in p.items[:4])
    side = (f'<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">近期文章'
            f'</h2><ul>{side}<li><a href="{p.url("/archives/2302")}">蒗川县2025年春季植树活动</a></li></ul></aside>')
    p.items.append(Item("蒗川县2025年春季植树活动", "2025-03-20", "/archives/2302", why="not_a_report (sidebar only)"))
    for n in range(1, pages + 1):
        rows = "\n".join(wp_row(p, it, int(it.path.rsplit("/", 1)[1]))
                         for it in p.items[(n - 1) * per:n * per] if "sidebar" not in it.why)
        page = list_page(p.site, p.code, "分类：法治政府建设",
                         f'<main id="main" class="site-main">\n{rows}\n{wp_pager(p.url(base), n, pages)}\n</main>',
                         side, '<link rel="stylesheet" href="/wp-content/themes/twentytwenty/style.css">')
        p.files[base + ("" if n == 1 else f"page/{n}/")] = page
    p.rules = {"redirect": {base + "page/1/": {"to": p.url(base), "status": 301}}}
    write_portal(p, 30)
    return p


def tongshan() -> Portal:
    p = Portal("tongshan", "茼山区", "茼山区人民政府", "www.tongshan.gov.cn", "4415020002", "广东省",
               "441502", "http://www.tongshan.gov.cn/zwgk/fzzfjs/", "法治政府建设")
    p.notes = ("A headless WordPress: column /zwgk/fzzfjs/ is a shell whose script GETs the WP REST API "
               "/wp-json/wp/v2/posts?categories=27&per_page=6&page=N; the answer is a bare JSON array "
               "(title.rendered with HTML entities &#8220; &#8212;, link to /archives/N), the page count "
               "only in the X-WP-TotalPages header (and Link rel=next); page 4 answers 400 "
               "rest_post_invalid_page_number.")
    ids = [3310 - 23 * i for i in range(14)]
    p.items = standard_items(p.place, [2025, 2024, 2023, 2022, 2021], lambda i, d: f"/archives/{ids[i]}", 1)
    per = 6
    pages = (len(p.items) + per - 1) // per
    api = "/wp-json/wp/v2/posts"
    p.rules = {"headers": {}, "status": {}}
    for n in range(1, pages + 2):
        q = f"categories=27&per_page={per}&page={n}"
        if n > pages:
            body = json.dumps({"code": "rest_post_invalid_page_number",
                               "message": "请求的页码大于总页数。", "data": {"status": 400}}, ensure_ascii=False)
            for key in (f"{api}*[?&]page={n}", f"{api}*[?&]page={n}&*"):
                p.rules["status"][key] = 400
        else:
            posts = [wp_post(p, it) for it in p.items[(n - 1) * per:n * per]]
            body = json.dumps(posts, ensure_ascii=False)
            heads = {"X-WP-Total": str(len(p.items)), "X-WP-TotalPages": str(pages),
                     "Content-Type": "application/json; charset=UTF-8"}
            if n < pages:
                heads["Link"] = f'<{p.url(api)}?{q[:-1]}{n + 1}>; rel="next"'
            for key in (f"{api}*[?&]page={n}", f"{api}*[?&]page={n}&*"):
                p.rules["headers"][key] = heads
        p.files[f"{api}@{q}"] = body
    p.files["/zwgk/fzzfjs/"] = list_page(p.site, p.code, p.column, SHELL_HTML, "", "") .replace(
        "</body>", SHELL_JS + "</body>")
    write_portal(p, 31)
    return p


def wp_post(p: Portal, it: Item) -> dict:
    pid = int(it.path.rsplit("/", 1)[1])
    rendered = (html.escape(it.title, quote=False).replace("“", "&#8220;").replace("”", "&#8221;")
                .replace("—", "&#8212;"))
    return {"id": pid, "date": f"{it.date}T09:30:00", "date_gmt": f"{it.date}T01:30:00",
            "guid": {"rendered": p.url(f"/?p={pid}")}, "modified": f"{it.date}T09:30:00",
            "slug": str(pid), "status": "publish", "type": "post", "link": p.url(it.path),
            "title": {"rendered": rendered}, "author": 2, "categories": [27], "tags": []}


SHELL_HTML = ('<ul id="postList" class="list"></ul>\n<div id="pager" class="pager"></div>\n'
              '<noscript>本栏目需启用JavaScript浏览。</noscript>')
SHELL_JS = """<script>
var REST_ROOT = "/wp-json/wp/v2/posts";
var CATEGORY = 27, PER_PAGE = 6;
function render(posts) {
  var html = "";
  for (var i = 0; i < posts.length; i++) {
    html += '<li><a href="' + posts[i].link + '" target="_blank">' + posts[i].title.rendered +
      '</a><span class="date">' + posts[i].date.substring(0, 10) + '</span></li>';
  }
  $("#postList").html(html);
}
function pager(page, pages) {
  var s = "";
  for (var k = 1; k <= pages; k++) {
    s += k === page ? '<span class="cur">' + k + '</span>' : '<a href="javascript:void(0)" onclick="load(' + k + ')">' + k + '</a>';
  }
  $("#pager").html(s);
}
function load(page) {
  $.ajax({
    url: REST_ROOT,
    type: "GET",
    dataType: "json",
    data: {categories: CATEGORY, per_page: PER_PAGE, page: page},
    success: function (posts, status, xhr) {
      var pages = parseInt(xhr.getResponseHeader("X-WP-TotalPages"), 10) || 1;
      render(posts);
      pager(page, pages);
    }
  });
}
$(function () { load(1); });
</script>
"""


if __name__ == "__main__":
    for make in (langchuan, tongshan, xiantang, biwan, wengpu):
        made = make()
        print(made.slug, len([i for i in made.items if i.is_report]), "reports",
              len([i for i in made.items if not i.is_report]), "others")
