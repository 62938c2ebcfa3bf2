"""A `<link rel="next">` naming another site's page is no page of the column: never asked, and
no shortfall (the other pagers' pages pass the same listing_allowed test)."""

from __future__ import annotations

from pathlib import Path

from tests.crawler.crawl_helpers import run_crawl
from tests.crawler.test_listing_shapes15 import articles, listing, site

ELSEWHERE = "http://www.elsewhere.com/ndbg/list.html?page=2"


def test_an_offsite_rel_next_is_neither_asked_nor_a_shortfall(tmp_path: Path) -> None:
    sites, portals, data = tmp_path / "sites", tmp_path / "portals", tmp_path / "data"
    rows = [(1, 2025), (2, 2024)]
    site(tmp_path, "waiqiao", "www.waiqiao.gov.cn", {
        "ndbg/list.html": listing(rows, f'<link rel="next" href="{ELSEWHERE}">'),
        **articles(rows)})
    crawl = run_crawl(data, sites, [portals], ["waiqiao"])
    portal = crawl.portal("waiqiao")
    assert portal["reports_found"] == 2 and not portal.get("problems"), portal
    assert crawl.requested(ELSEWHERE) == []
