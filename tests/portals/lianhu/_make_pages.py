"""Writes the saved pages of three small test portals (run from the repo root, then re-check their
expected.json with a crawl), each a 加载更多 listing, the shape held-out round 13's hongtang
missed silently (no pager, no count: the crawl read the rendered rows and said ok):

- lianhu: the column `/xwzx/fzzf/index.html` renders its 4 newest rows in `ul#newsList` and a
  `<button id="btnMore">加载更多</button>`; the click handler is only in the page's script file
  `/js/column.js`: `$.getJSON(API, {channelId: 12, offset: n})` with `n` the count of
  `#newsList li` and `API` a variable; the answers are JSON (`rows` of title/link/date,
  `total`): offset 4 and 8 bring rows, offset 10 none;
- songxi: the column `/zwgk/fzjs/index.html` renders 4 rows and `<a class="more-btn"
  data-url="/zwgk/fzjs/more.jsp?cid=7" data-page="1">查看更多</a>`; its inline handler GETs
  `data-url + '&page=' + (page + 1)`: HTML fragments of `<li>` rows, page 4 a 404 (the end);
- shitang: the column `/zwgk/fzzf/index.html` renders 4 rows and `<a class="load-more">加载更多
  </a>` whose handler `.load()`s a URL a function builds from `location.pathname` and a counter
  (no URL the crawler can read): the older rows cannot be asked for, and the crawl must say so
  (`listing_incomplete` at the column, expected as a failure), never `ok`.

The page furniture, report texts and items are baishi's (tests/portals/baishi/_make_pages.py).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

PORTALS = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("baishi_pages",
                                               PORTALS / "baishi" / "_make_pages.py")
assert _spec and _spec.loader
pages = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pages)

SHOWN = 4   # rows each column page renders


def rows_html(rows: list, url_of) -> str:
    return "".join(f'<li><a href="{url_of(i, day)}" target="_blank" title="{title}">{title}</a>'
                   f'<span class="date">{day}</span></li>' for i, title, day, _ in rows)


def write_articles(slug: str, host: str, site: str, place: str, rows: list, path_of) -> None:
    for i, title, day, year in rows:
        pages.write(slug, host, path_of(i, day),
                    pages.article(site, title, day, pages.body_of(place, title, year)))


def write_rules(slug: str, host: str, headers: dict[str, dict[str, str]]) -> None:
    path = PORTALS / slug / "site" / host / "_replay.json"
    path.write_text(json.dumps({"headers": headers}, indent=2) + "\n", encoding="utf-8")


# -- lianhu: JSON by row offset, the handler in a script file ------------------------------------
LH_HOST, LH_SITE, LH_PLACE = "www.lianhu.gov.cn", "莲湖县人民政府", "莲湖县"
LH_SCRIPT = """var API = "/api/article/more.do";
$(function () {
  $("#btnMore").on("click", function () {
    var n = $("#newsList li").length;
    $.getJSON(API, {channelId: 12, offset: n}, function (res) {
      if (!res.rows.length) { $("#btnMore").text("没有更多了"); return; }
      $.each(res.rows, function (i, r) {
        $("#newsList").append('<li><a href="' + r.link + '">' + r.title + '</a><span>' +
          r.date + '</span></li>');
      });
    });
  });
});
"""


def lh_path(item_id: int, day: str) -> str:
    return f"/xwzx/fzzf/{day[:7].replace('-', '')}/t{day.replace('-', '')}_{item_id}.html"


def write_lianhu() -> None:
    rows = pages.items(LH_PLACE)
    listing = pages.listing_page(
        LH_SITE, f'<ul id="newsList">{rows_html(rows[:SHOWN], lh_path)}</ul>',
        '<button id="btnMore" type="button">加载更多</button>',
        '<script src="/js/jquery.min.js"></script><script src="/js/column.js"></script>')
    pages.write("lianhu", LH_HOST, "/xwzx/fzzf/index.html", listing)
    pages.write("lianhu", LH_HOST, "/js/column.js", LH_SCRIPT)
    for offset in range(SHOWN, len(rows) + 1, SHOWN):
        answer = {"code": 0, "total": len(rows), "rows": [
            {"title": title, "link": lh_path(i, day), "date": day}
            for i, title, day, _ in rows[offset: offset + SHOWN]]}
        pages.write("lianhu", LH_HOST, f"/api/article/more.do?channelId=12&offset={offset}",
                    json.dumps(answer, ensure_ascii=False))
    pages.write("lianhu", LH_HOST, f"/api/article/more.do?channelId=12&offset={len(rows)}",
                json.dumps({"code": 0, "total": len(rows), "rows": []}))
    write_rules("lianhu", LH_HOST, {"/api/*": {"Content-Type": "application/json;charset=UTF-8"}})
    write_articles("lianhu", LH_HOST, LH_SITE, LH_PLACE, rows, lh_path)
    reports, skipped = pages.split(LH_HOST, rows, lh_path)
    pages.expected("lianhu", "The column renders 4 rows and a 加载更多 button whose handler, only "
                   "in /js/column.js, asks $.getJSON(API, {channelId: 12, offset: n}) with n the "
                   "rows shown: offset 4 and 8 answer rows (JSON rows title/link/date), offset "
                   "10 none. Three of the four reports come only from those answers.",
                   f"http://{LH_HOST}/xwzx/fzzf/index.html", reports, skipped)


# -- songxi: HTML fragments by page, the URL in data-* ------------------------------------------
SX_HOST, SX_SITE, SX_PLACE = "www.songxi.gov.cn", "松溪县人民政府", "松溪县"
SX_SCRIPT = """<script>
$('.more-btn').on('click', function () {
  var btn = $(this), p = +btn.attr('data-page') + 1;
  $.get(btn.attr('data-url') + '&page=' + p, function (html) {
    if (!$.trim(html)) { btn.hide(); return; }
    $('#list').append(html);
    btn.attr('data-page', p);
  });
});
</script>"""


def sx_path(item_id: int, day: str) -> str:
    return f"/zwgk/fzjs/{day[:4]}/{item_id}.html"


def write_songxi() -> None:
    rows = pages.items(SX_PLACE)
    more = ('<a href="javascript:;" class="more-btn" data-url="/zwgk/fzjs/more.jsp?cid=7" '
            'data-page="1">查看更多</a>')
    pages.write("songxi", SX_HOST, "/zwgk/fzjs/index.html", pages.listing_page(
        SX_SITE, f'<ul id="list">{rows_html(rows[:SHOWN], sx_path)}</ul>', more, SX_SCRIPT))
    last = -(-len(rows) // SHOWN)
    for page in range(2, last + 1):
        part = rows[(page - 1) * SHOWN: page * SHOWN]
        pages.write("songxi", SX_HOST, f"/zwgk/fzjs/more.jsp?cid=7&page={page}",
                    rows_html(part, sx_path))
    write_rules("songxi", SX_HOST, {"/zwgk/fzjs/more.jsp": {
        "Content-Type": "text/html;charset=UTF-8"}})
    write_articles("songxi", SX_HOST, SX_SITE, SX_PLACE, rows, sx_path)
    reports, skipped = pages.split(SX_HOST, rows, sx_path)
    pages.expected("songxi", "The column renders 4 rows and <a class=\"more-btn\" data-url="
                   "\"/zwgk/fzjs/more.jsp?cid=7\" data-page=\"1\">查看更多</a>; its handler GETs "
                   "data-url + '&page=' + (page + 1): HTML fragments of <li> rows, page 4 "
                   "answers 404 (the end). Three of the four reports come only from those answers.",
                   f"http://{SX_HOST}/zwgk/fzjs/index.html", reports, skipped)


# -- shitang: a handler the crawler cannot read: said, not ok -----------------------------------
ST_HOST, ST_SITE, ST_PLACE = "www.shitang.gov.cn", "石塘县人民政府", "石塘县"
ST_SCRIPT = """<script>
var next = 1;
function moreUrl() {
  return [location.pathname.replace("index.html", ""), "more", next++].join("_") + ".html";
}
$(".load-more").click(function () { $("<div>").load(moreUrl(), function (html) {
  $("#list").append(html); }); });
</script>"""


def st_path(item_id: int, day: str) -> str:
    return f"/zwgk/fzzf/{day[:7].replace('-', '')}/t{day.replace('-', '')}_{item_id}.html"


def write_shitang() -> None:
    rows = pages.items(ST_PLACE)[:SHOWN]
    more = '<a href="javascript:;" class="load-more">加载更多</a>'
    pages.write("shitang", ST_HOST, "/zwgk/fzzf/index.html", pages.listing_page(
        ST_SITE, f'<ul id="list">{rows_html(rows, st_path)}</ul>', more, ST_SCRIPT))
    write_articles("shitang", ST_HOST, ST_SITE, ST_PLACE, rows, st_path)
    column = f"http://{ST_HOST}/zwgk/fzzf/index.html"
    reports, skipped = pages.split(ST_HOST, rows, st_path)
    pages.expected("shitang", "The column renders 4 rows (one report) and a 加载更多 control "
                   "whose handler .load()s a URL built by moreUrl() from location.pathname and "
                   "a counter: nothing the crawler reads. The older rows are out of reach; the "
                   "crawl must say listing_incomplete at the column, never ok.", column,
                   reports, skipped)
    path = PORTALS / "shitang" / "expected.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["failures"] = [{"url": column, "why": "listing_incomplete: a 加载更多 control whose "
                                               "request the crawler cannot read"}]
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_portal_entries() -> None:
    entries = {
        "lianhu": ("莲湖县人民政府", "420199", "湖北省", LH_HOST, "/xwzx/fzzf/index.html",
                   "a 加载更多 button asking a JSON API by row offset, its handler in a script "
                   "file"),
        "songxi": ("松溪县人民政府", "350799", "福建省", SX_HOST, "/zwgk/fzjs/index.html",
                   "a 查看更多 control naming its URL in data-*, HTML fragments by page"),
        "shitang": ("石塘县人民政府", "330299", "浙江省", ST_HOST, "/zwgk/fzzf/index.html",
                    "a 加载更多 control whose request cannot be read: listing_incomplete"),
    }
    for slug, (name, code, province, host, column, what) in entries.items():
        (PORTALS / slug / "portal.toml").write_text(
            f"# Test portal (fictional): {what}.\nslug = \"{slug}\"\nname = \"{name}\"\n"
            f"division_code = \"{code}\"\nlevel = \"county\"\nprovince = \"{province}\"\n"
            f"family = \"generic\"\nstart_urls = [\"http://{host}{column}\"]\n",
            encoding="utf-8")


if __name__ == "__main__":
    write_lianhu()
    write_songxi()
    write_shitang()
    write_portal_entries()
