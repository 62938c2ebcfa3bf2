"""Round 14's shapes through a real crawl (replay server, runner subprocess, catch-up): a
column whose start URL is itself an RSS feed (crawler/feeds.py), and a column paged only by
`<a href="javascript:void(0)" data-page="N">` links whose page URL is the pager's `data-url`
template (crawler/paging_template.py), and a column shell that lists a sidebar's news row of
its own while its script renders the column from an XML feed. Each report is a scanned PDF,
named by its row."""

from __future__ import annotations

from pathlib import Path

from tests.crawler.crawl_helpers import ROBOTS_OPEN, Entry, query, run_crawl, write_portal
from tests.crawler.test_listing_hints_crawl import scanned_pdf

FEED_HOST, PAGER_HOST, SHELL_HOST = "www.rsxi.gov.cn", "www.yexi.gov.cn", "www.kexi.gov.cn"
ITEM = ("<item><title>{name}关于{year}年度法治政府建设情况的报告</title>"
        "<link>http://{host}/f/{year}.pdf</link><pubDate>Mon, 10 Mar {next} 09:00:00 +0800"
        "</pubDate></item>")
ROW = ('<li><a href="/f/{year}.pdf">{name}关于{year}年度法治政府建设情况的报告</a>'
       "<span>{next}-03-10</span></li>")
PAGER = ('<div class="pagination" data-first="/c/index.html" data-url="/c/index_{{page}}.html">'
         '<span>共2条 第{n}/2页</span><a href="javascript:void(0)" data-page="1">1</a>'
         '<a href="javascript:void(0)" data-page="2">2</a></div>')


# A column shell whose sidebar lists news (rows of its own) and whose script renders the feed.
SHELL = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>年度报告</title><script>'
         '$(function () { $.ajax({url: "data/list.xml", type: "GET", dataType: "xml", '
         'success: function (xml) { $(xml).find("item").each(draw); }}); });</script></head>'
         '<body><div class="side"><h3>热点新闻</h3><ul><li><a href="/news/202601/t1.html">'
         "柯溪县召开2026年法治政府建设工作推进会</a><span>2026-01-10</span></li></ul></div>"
         '<ul id="infoList"></ul></body></html>')


def feed(years: range, host: str = FEED_HOST, name: str = "冉溪区人民政府") -> str:
    items = "".join(ITEM.format(name=name, year=y, next=y + 1, host=host) for y in years)
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>法治政府建设年度报告</title>{items}</channel></rss>")


def page(year: int, n: int) -> str:
    row = ROW.format(name="叶溪县人民政府", year=year, next=year + 1)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>年度报告</title></head>'
            f'<body><ul class="list">{row}</ul>{PAGER.format(n=n)}</body></html>')


def feed_portal(tmp_path: Path, slug: str, name: str, host: str, start_path: str,
                files: dict[str, str | bytes]) -> tuple[Path, Path, Path]:
    """A generic Hebei county portal named `name` on `host`, its robots.txt keeping nothing out;
    (sites, portals, data)."""
    entry = Entry(name=name, division_code="130185", level="county", province="河北省")
    return write_portal(tmp_path, slug, host, start_path, {"robots.txt": ROBOTS_OPEN, **files},
                        entry)


def test_a_feed_column_and_a_data_page_pager_are_read_whole(tmp_path: Path) -> None:
    pdf = scanned_pdf()
    sites, portals, data = feed_portal(tmp_path, "rsxi", "冉溪区人民政府", FEED_HOST, "c/rss.xml", {
        "c/rss.xml": feed(range(2022, 2025)), **{f"f/{y}.pdf": pdf for y in range(2022, 2025)}})
    feed_portal(tmp_path, "yexi", "叶溪县人民政府", PAGER_HOST, "c/index.html", {
        "c/index.html": page(2024, 1), "c/index_2.html": page(2023, 2),
        **{f"f/{y}.pdf": pdf for y in (2023, 2024)}})
    feed_portal(tmp_path, "kexi", "柯溪县人民政府", SHELL_HOST, "c/index.html", {
        "c/index.html": SHELL, "c/data/list.xml": feed(range(2023, 2025), SHELL_HOST, "柯溪县"),
        "news/202601/t1.html": "<html><body><h1>推进会</h1></body></html>",
        **{f"f/{y}.pdf": pdf for y in (2023, 2024)}})
    crawl = run_crawl(data, sites, [portals], ["kexi", "rsxi", "yexi"])
    assert crawl.requested(f"http://{PAGER_HOST}/c/index_2.html") == [200], crawl.log[-2000:]
    assert crawl.requested(f"http://{PAGER_HOST}/c/index_1.html") == []
    documents = query(data / "corpus.db", "SELECT portal, report_year, published "
                      "FROM documents ORDER BY portal, report_year")
    assert [tuple(d) for d in documents] == [
        ("kexi", 2023, "2024-03-10"), ("kexi", 2024, "2025-03-10"),
        ("rsxi", 2022, "2023-03-10"), ("rsxi", 2023, "2024-03-10"), ("rsxi", 2024, "2025-03-10"),
        ("yexi", 2023, "2024-03-10"), ("yexi", 2024, "2025-03-10")]
    for slug in ("kexi", "rsxi", "yexi"):   # complete: no shortfall named
        assert crawl.portal(slug)["problems"] == [], crawl.portal(slug)
        assert crawl.portal(slug)["empty"] is False
