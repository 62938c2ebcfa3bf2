"""new-portal saves every listing page the first one declares, at most MAX_LISTING_PAGES, and
says so when it stops short (fazhi/portal_scaffold.py further_listing_pages)."""

from __future__ import annotations

from fazhi.portal_scaffold import Fetched, ScaffoldError, further_listing_pages

COLUMN = "http://www.nowhere-qu.gov.cn/zwgk/fzzfjs/"


def listing_page(count: int, index: int) -> bytes:
    """A TRS listing page `index` of `count`, declared by its createPageHTML call."""
    return (f'<html><body><ul><li><a href="./t{index}.html">通知{index}</a></li></ul>'
            f'<script>createPageHTML({count}, {index}, "index", "html");</script>'
            "</body></html>").encode()


class PagesOf:
    """Answers a listing of `count` pages (missing: those URLs fail as a server would)."""

    def __init__(self, count: int, missing: tuple[str, ...] = ()) -> None:
        self.count, self.missing, self.asked = count, missing, []

    def fetch(self, url: str) -> Fetched:
        self.asked.append(url)
        if url in self.missing:
            raise ScaffoldError(f"{url}: HTTP 404 Not Found")
        name = url.rsplit("/", 1)[1]
        index = int(name[len("index_"):-len(".html")]) if "_" in name else 0
        return Fetched(url=url, final_url=url, status=200, content_type="text/html",
                       body=listing_page(self.count, index))


def first(fetcher: PagesOf) -> object:
    return fetcher.fetch(COLUMN + "index.html").response()


def test_every_declared_page_is_saved() -> None:
    fetcher, pages = PagesOf(4), {}
    listings, notes = further_listing_pages(fetcher, first(fetcher), pages)
    assert [page.url for page in listings] == [COLUMN + "index.html"] + [
        f"{COLUMN}index_{n}.html" for n in (1, 2, 3)]
    assert sorted(pages) == [f"{COLUMN}index_{n}.html" for n in (1, 2, 3)]
    assert notes == []


def test_a_long_listing_stops_at_the_limit_and_says_so() -> None:
    fetcher, pages = PagesOf(30), {}
    listings, notes = further_listing_pages(fetcher, first(fetcher), pages, limit=10)
    assert len(listings) == 10 and len(pages) == 9
    assert len(fetcher.asked) == 10                      # no request past the limit
    assert len(notes) == 1 and "stopped at 10 pages" in notes[0]
    assert f"{COLUMN}index_10.html" in notes[0]


def test_a_page_that_cannot_be_fetched_is_named_and_the_rest_saved() -> None:
    fetcher, pages = PagesOf(3, missing=(f"{COLUMN}index_1.html",)), {}
    listings, notes = further_listing_pages(fetcher, first(fetcher), pages)
    assert [page.url for page in listings] == [COLUMN + "index.html", f"{COLUMN}index_2.html"]
    assert notes == [f"listing page not saved: {COLUMN}index_1.html: HTTP 404 Not Found"]
