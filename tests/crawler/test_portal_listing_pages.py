"""new-portal saves every listing page the first one declares, at most MAX_LISTING_PAGES, and
says so when it stops short (fazhi/portal_scaffold.py further_listing_pages); and every report
those pages list, naming the ones it could not fetch as failures in expected.json."""

from __future__ import annotations

from fazhi.portal_files import expected_json
from fazhi.portal_scaffold import Fetched, ScaffoldError, discover, further_listing_pages

COLUMN = "http://www.nowhere-qu.gov.cn/zwgk/fzzfjs/"


def listing_page(count: int, index: int) -> bytes:
    """A TRS listing page `index` of `count`, declared by its createPageHTML call."""
    return (f'<html><body><ul><li><a href="./t{index}.html">通知{index}</a></li></ul>'
            f'<script>createPageHTML({count}, {index}, "index", "html");</script>'
            "</body></html>").encode()


class PagesOf:
    """Answers a listing of `count` pages (missing: those URLs fail as a server would)."""

    def __init__(self, count: int, missing: tuple[str, ...] = (), page=None) -> None:  # noqa: ANN001
        self.count, self.missing, self.asked = count, missing, []
        self.page = page or listing_page

    def fetch(self, url: str) -> Fetched:
        self.asked.append(url)
        if url in self.missing:
            raise ScaffoldError(f"{url}: HTTP 404 Not Found")
        name = url.rsplit("/", 1)[1]
        index = int(name[len("index_"):-len(".html")]) if "_" in name else 0
        return Fetched(url=url, final_url=url, status=200, content_type="text/html",
                       body=self.page(self.count, index))


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


REPORTS = {0: ("t2022.html", "某区2021年度法治政府建设工作报告"),
           1: ("t2021.html", "某区2020年度法治政府建设工作报告"),
           2: ("t2020.html", "某区2019年度法治政府建设工作报告")}


class ColumnWithReports(PagesOf):
    """Three listing pages, one report on each; the oldest report's page is gone (404)."""

    def fetch(self, url: str) -> Fetched:
        if "/index" not in url:
            self.asked.append(url)
            if url in self.missing:
                raise ScaffoldError(f"{url}: HTTP 404 Not Found")
            return Fetched(url=url, final_url=url, status=200, content_type="text/html",
                           body="<html><body><h1>报告</h1><p>正文。</p></body></html>".encode())
        return super().fetch(url)


def column_page(count: int, index: int) -> bytes:
    name, title = REPORTS[index]
    return (f'<html><body><ul><li><a href="./{name}">{title}</a></li>'
            f'<li><a href="./n{index}.html">关于开展普法宣传的通知</a></li></ul>'
            f'<script>createPageHTML({count}, {index}, "index", "html");</script>'
            "</body></html>").encode()


def test_every_report_on_every_listing_page_is_saved_or_named() -> None:
    fetcher = ColumnWithReports(3, missing=(COLUMN + "t2020.html",), page=column_page)
    found = discover(fetcher, COLUMN + "index.html", "110101", family="generic")
    assert found.report.url == COLUMN + "t2022.html"
    assert [older.entry.url for older in found.older_reports] == [COLUMN + "t2021.html"]
    assert [entry.url for entry, _ in found.unfetched] == [COLUMN + "t2020.html"]
    assert {COLUMN + "t2022.html", COLUMN + "t2021.html", f"{COLUMN}index_2.html"} <= set(
        found.pages)
    expected = expected_json(found)
    assert [r["url"] for r in expected["reports"]] == [COLUMN + "t2022.html",
                                                       COLUMN + "t2021.html"]
    assert [r["year"] for r in expected["reports"]] == [2021, 2020]
    assert [f["url"] for f in expected["failures"]] == [COLUMN + "t2020.html"]
    assert "HTTP 404" in expected["failures"][0]["why"]
    assert expected["listing_pages"] == [COLUMN + "index.html", f"{COLUMN}index_1.html",
                                         f"{COLUMN}index_2.html"]
