"""A paged feed (RFC 5005): an RSS channel or Atom feed naming its next page by
`<link rel="next">` is read to its end, and one whose next page never answers is counted short,
never `ok` (crawler/feeds.py feed_next_links, PagerSpider.chained_requests)."""

from __future__ import annotations

from pathlib import Path

# the spiders first: crawler.feeds imports crawler.families.links, whose package imports the
# spiders, which import crawler.feeds (a cycle that only bites when crawler.feeds comes first)
import crawler.families  # noqa: F401
from crawler.feeds import feed_next_links
from tests.crawler.crawl_helpers import query, run_crawl
from tests.crawler.test_feed_pager_crawl import ITEM, feed_portal
from tests.crawler.test_listing_hints_crawl import scanned_pdf

HOST, SHORT_HOST = "www.lanxi.gov.cn", "www.moxi.gov.cn"
FEED_URL = f"http://{HOST}/c/rss.xml"
ATOM = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        '<title>年度报告</title><link rel="self" href="/c/atom.xml"/>'
        '<link rel="next" href="/c/atom.xml?page=2"/><entry><title>某报告</title>'
        '<link rel="next" href="/not/the/feed.xml"/><link href="/f/1.html"/></entry></feed>')


def paged_feed(years: range, host: str, name: str, next_page: str | None) -> str:
    items = "".join(ITEM.format(name=name, year=y, next=y + 1, host=host) for y in years)
    link = f'<atom:link rel="next" href="{next_page}"/>' if next_page else ""
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
            'xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>法治政府建设年度报告</title>'
            f"{link}{items}</channel></rss>")


def test_a_feed_names_its_next_page_not_an_items_link() -> None:
    assert feed_next_links(ATOM.encode(), f"http://{HOST}/c/atom.xml") == [
        f"http://{HOST}/c/atom.xml?page=2"]
    rss = paged_feed(range(2024, 2025), HOST, "某县", "rss2.xml").encode()
    assert feed_next_links(rss, FEED_URL) == [f"http://{HOST}/c/rss2.xml"]
    assert feed_next_links(paged_feed(range(2024, 2025), HOST, "某县", None).encode(),
                           FEED_URL) == []
    assert feed_next_links(b"not xml", FEED_URL) == []


def test_a_paged_feed_is_read_to_its_end_and_an_unanswered_page_is_short(tmp_path: Path) -> None:
    pdf = scanned_pdf()
    sites, portals, data = feed_portal(tmp_path, "lanxi", "兰溪县人民政府", HOST, "c/rss.xml", {
        "c/rss.xml": paged_feed(range(2023, 2025), HOST, "兰溪县人民政府", "rss2.xml"),
        "c/rss2.xml": paged_feed(range(2021, 2023), HOST, "兰溪县人民政府", None),
        **{f"f/{y}.pdf": pdf for y in range(2021, 2025)}})
    feed_portal(tmp_path, "moxi", "墨溪县人民政府", SHORT_HOST, "c/rss.xml", {   # page 2 gone
        "c/rss.xml": paged_feed(range(2024, 2025), SHORT_HOST, "墨溪县人民政府", "rss2.xml"),
        "f/2024.pdf": pdf})
    crawl = run_crawl(data, sites, [portals], ["lanxi", "moxi"])
    years = query(data / "corpus.db", "SELECT portal, report_year FROM documents "
                  "ORDER BY portal, report_year")
    assert [tuple(y) for y in years] == [("lanxi", 2021), ("lanxi", 2022), ("lanxi", 2023),
                                         ("lanxi", 2024), ("moxi", 2024)], crawl.log[-2000:]
    assert crawl.portal("lanxi")["problems"] == [], crawl.portal("lanxi")
    assert "listing_incomplete" in str(crawl.portal("moxi")["problems"]), crawl.portal("moxi")
