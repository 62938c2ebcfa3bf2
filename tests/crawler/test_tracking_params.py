"""Tracking parameters on article links (crawler/tracking_params.py): one article, one URL,
whatever page or row linked it."""

from __future__ import annotations

from pathlib import Path

from crawler.tracking_params import strip_tracking
from tests.crawler.crawl_helpers import query, run_crawl, write_portal
from tests.crawler.test_crawl_http_shapes import YEARS, article, listing


def test_tracking_parameters_go_and_others_stay_in_order() -> None:
    base = "http://a.gov.cn/zwgk/t1.html"
    assert strip_tracking(f"{base}?source=list&spm=c10457.p1.r3") == base
    assert strip_tracking(f"{base}?utm_source=column&UTM_Medium=hot&utm_campaign=p2") == base
    assert strip_tracking(f"{base}?id=7&spm=a.b&page=2") == f"{base}?id=7&page=2"
    # `source`/`from` alone may select what a dynamic page shows: kept.
    assert strip_tracking(f"{base}?source=xxgk&id=4") == f"{base}?source=xxgk&id=4"
    assert strip_tracking(f"{base}?id=%E4%B8%AD&from=app") == f"{base}?id=%E4%B8%AD&from=app"
    assert strip_tracking(base) == base


def test_a_column_decorating_every_link_stores_each_report_once_under_its_bare_url(
        tmp_path: Path) -> None:
    host = "www.spmling.gov.cn"
    bare = {y: f"/zwgk/fzzf/{y}/t{y}0301_{y}.html" for y in YEARS}
    rows = [[(y, f"{bare[y]}?source=list&spm=c1.p{page}.r{row}")
             for row, y in enumerate(years, 1)] for page, years in ((1, YEARS[:3]),
                                                                     (2, YEARS[3:]))]
    hot = [f"{bare[YEARS[0]]}?utm_source=column&utm_medium=hot&utm_campaign=p{p}" for p in (1, 2)]
    files = {"zwgk/fzzf/index.html": listing(rows[0], "共5条 <a href='index_1.html'>下一页</a>",
                                             hot[0]),
             "zwgk/fzzf/index_1.html": listing(rows[1], "<a href='index.html'>上一页</a>", hot[1])}
    files |= {href.lstrip("/"): article(y) for y, href in bare.items()}
    sites, portals, data = write_portal(tmp_path, "spmling", host, "zwgk/fzzf/", files)
    crawl = run_crawl(data, sites, [portals], ["spmling"])
    found = crawl.portal("spmling")
    assert found["reports_found"] == 5 and not found["problems"], found
    urls = sorted(r["url"] for r in query(data / "corpus.db", "SELECT url FROM documents"))
    assert urls == sorted(f"http://{host}{href}" for href in bare.values())
    asked = [url for _, url, _ in crawl.requests if "/t2024" in url]
    assert asked == [f"http://{host}{bare[2024]}"], asked   # one request, no variant
    archived = query(data / "archive.db", "SELECT DISTINCT url FROM responses WHERE url LIKE ?",
                     "%?%")
    assert not archived, [r["url"] for r in archived]
