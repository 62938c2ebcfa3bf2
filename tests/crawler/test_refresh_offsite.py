"""A redirect by refresh (a 200's `Refresh:` header, a `<meta http-equiv="refresh">` stub)
leaving the government is refused as a 3xx leaving it is (offsite_redirect), never followed:
an article request may go to the government's other hosts, so Scrapy's own offsite filter lets
it through and only the same-government rule holds it back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.crawler.crawl_helpers import ROBOTS_OPEN, run_crawl, write_portal, write_site
from tests.crawler.test_moved_column import HOST, listing

OTHER = "xxgk.lingnan.gov.cn"   # another government's host


@pytest.mark.parametrize("by", ["header", "meta"])
def test_a_refresh_to_another_governments_host_is_refused(tmp_path: Path, by: str) -> None:
    target = f"http://{OTHER}/fzzfjs/index.html"
    stub = ("<html><body></body></html>" if by == "header" else
            f"<html><head><meta http-equiv='refresh' content='0; url={target}'></head></html>")
    header = {"/zwgk/fzzfjs/": {"Refresh": f"0; url={target}"}}
    rules = {"headers": header} if by == "header" else {}
    sites, portals, data = write_portal(tmp_path, "lingbei", HOST, "zwgk/fzzfjs/", {
        "_replay.json": json.dumps(rules), "robots.txt": ROBOTS_OPEN,
        "zwgk/fzzfjs/index.html": stub})
    write_site(sites, OTHER, {"fzzfjs/index.html": listing((2024, 2023), ""),
                              "robots.txt": ROBOTS_OPEN})
    crawl = run_crawl(data, sites, [portals], ["lingbei"])
    assert not [r for r in crawl.requests if OTHER in r[1]], crawl.requests
    assert crawl.portal("lingbei")["responses"].get("offsite_redirect") == 1, crawl.portal(
        "lingbei")
