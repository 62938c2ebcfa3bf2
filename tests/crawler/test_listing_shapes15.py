"""Shapes of held-out round 15: a column paged only by `<link rel="next">` in its head, its
visible pager an empty div a script draws from `data-total` (crawler/link_next.py); a
`rel="next"` not read, or a drawn pager's total not reached, leaves the listing incomplete."""

from __future__ import annotations

from pathlib import Path

from parsel import Selector

from crawler.families.completeness import Ledger
from crawler.link_next import drawn_pager_paging, next_links
from tests.crawler.crawl_helpers import run_crawl

URL = "http://www.a.gov.cn/xxgk/ndbg/list.html"


def test_link_rel_next_names_the_next_page() -> None:
    head = ('<html><head><link rel="stylesheet" href="/c.css"><link rel="prev" href="list.html">'
            '<link rel="next nofollow" href="list.html?page=3"></head><body></body></html>')
    assert next_links(Selector(text=head), f"{URL}?page=2") == [f"{URL}?page=3"]
    assert next_links(Selector(text='<link rel="next" href="list.html">'), URL) == []


def test_an_empty_pager_says_its_totals_a_drawn_one_is_read_elsewhere() -> None:
    empty = Selector(text='<div id="pager" class="pager" data-total="16" data-size="6"></div>')
    paging = drawn_pager_paging(empty)
    assert (paging.declared_records, paging.declared_pages) == (16, 3)
    drawn = Selector(text='<div class="pager" data-total="16"><a href="?page=2">2</a></div>')
    assert drawn_pager_paging(drawn).declared_records is None
    assert drawn_pager_paging(Selector(text='<div class="pager"></div>')).declared_pages is None


def test_a_next_link_never_read_is_a_shortfall() -> None:
    ledger = Ledger()
    ledger.page_read(URL, URL, [f"http://www.a.gov.cn/p{n}.html" for n in range(6)])
    ledger.report_listed(URL, "http://www.a.gov.cn/p1.html", "2025年法治政府建设年度报告")
    ledger.report_fetched("http://www.a.gov.cn/p1.html")
    assert ledger.next_link(URL, URL, f"{URL}?page=2")
    assert not ledger.next_link(URL, URL, f"{URL}?page=2")   # asked once
    [problem] = ledger.problems()
    assert problem["kind"] == "listing_incomplete" and f"{URL}?page=2" in problem["detail"]
    ledger.page_read(URL, f"{URL}?page=2", [])
    assert ledger.problems() == []


HOST = "www.lianqiao.gov.cn"
ROW = ('<li><a href="/ndbg/content/post_{n}.html">连桥区{year}年度法治政府建设年度报告</a>'
       "<span>{year}-03-01</span></li>")
ARTICLE = ("<html><head><title>{title}</title></head><body><h1>{title}</h1><div class='content'>"
           "<p>市委、市人民政府：</p><p>{year}年，我区深入推进法治政府建设。</p>"
           "<p>一、主要举措</p><p>完善制度，规范执法。</p><p>特此报告。</p></body></html>")


def listing(rows: list[tuple[int, int]], head: str, pager: str = "") -> str:
    items = "".join(ROW.format(n=n, year=year) for n, year in rows)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>法治政府建设年度报告</title>"
            f"{head}</head><body><ul class='news-list'>{items}</ul>{pager}"
            "<script src='/js/pager.js'></script></body></html>")


def site(sites: Path, portals: Path, slug: str, host: str, pages: dict[str, str]) -> None:
    for path, text in pages.items():
        file = sites / host / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text, encoding="utf-8")
    portals.mkdir(exist_ok=True)
    (portals / f"{slug}.toml").write_text(
        f'slug = "{slug}"\nname = "连桥区人民政府"\ndivision_code = "441399"\n'
        'level = "district"\nprovince = "广东省"\nfamily = "generic"\n'
        f'start_urls = ["http://{host}/ndbg/list.html"]\n', encoding="utf-8")


def articles(rows: list[tuple[int, int]]) -> dict[str, str]:
    return {f"ndbg/content/post_{n}.html": ARTICLE.format(
        title=f"连桥区{year}年度法治政府建设年度报告", year=year) for n, year in rows}


def test_a_rel_next_chain_is_followed_and_an_unread_one_is_said(tmp_path: Path) -> None:
    sites, portals, data = tmp_path / "sites", tmp_path / "portals", tmp_path / "data"
    pager = '<div id="pager" class="pager" data-total="5" data-size="2"></div>'
    chain = [[(1, 2025), (2, 2024)], [(3, 2023), (4, 2022)], [(5, 2021)]]
    site(sites, portals, "lianqiao", HOST, {
        "ndbg/list.html": listing(chain[0], '<link rel="next" href="list.html?page=2">', pager),
        "ndbg/list.html@page=2": listing(chain[1], '<link rel="next" href="?page=3">', pager),
        "ndbg/list.html@page=3": listing(chain[2], "", pager),
        **articles([row for page in chain for row in page])})
    # Page 2 is named only by rel="next", and answers 404: the column is short, and said.
    broken = "www.duanqiao.gov.cn"
    site(sites, portals, "duanqiao", broken, {
        "ndbg/list.html": listing(chain[0], '<link rel="next" href="list.html?page=2">'),
        **articles(chain[0])})
    # No rel="next", only an empty pager declaring 5 records: the two shown are short.
    site(sites, portals, "huaqiao", "www.huaqiao.gov.cn", {
        "ndbg/list.html": listing(chain[0], "", pager), **articles(chain[0])})
    data.mkdir()
    crawl = run_crawl(data, sites, [portals], ["lianqiao", "duanqiao", "huaqiao"])
    whole = crawl.portal("lianqiao")
    assert whole["reports_found"] == 5 and not whole.get("problems"), crawl.log[-3000:]
    assert crawl.requested(f"http://{HOST}/ndbg/list.html?page=3") == [200]
    for slug in ("duanqiao", "huaqiao"):
        kinds = [p["kind"] for p in crawl.portal(slug)["problems"]]
        assert kinds == ["listing_incomplete"], (slug, crawl.portal(slug))
