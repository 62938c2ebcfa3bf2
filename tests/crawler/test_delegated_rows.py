"""Rows `<tr data-id="N">` with no link whose URL a delegated click handler builds (held-out
round 26's changling): `$("#infoTable").on("click", "tr[data-id]", function () {
window.location.href = "/xxgk/content.jsp?id=" + $(this).data("id"); })`. No row was read: the
column said `empty`. Now each row's URL is built from the handler (crawler/delegated_rows.py)."""

from __future__ import annotations

from pathlib import Path

from parsel import Selector

from crawler.delegated_rows import delegated_entries
from crawler.families.onclick_rows import own_scripts
from tests.crawler.crawl_helpers import Entry, run_crawl, write_portal
from tests.crawler.test_listing_shapes17 import ARTICLE

URL = "http://www.a.gov.cn/xxgk/fzzfjs/index.html"
HANDLER = ('$(function () {\n  $("#infoTable").on("click", "tr[data-id]", function () {\n'
           '    window.location.href = "/xxgk/content.jsp?id=" + $(this).data("id");\n  });\n});')
YEARS = {2024: 417, 2023: 514, 2100: 427}
CHANGXI = Entry(name="菖溪县人民政府", division_code="330996")


def title(year: int) -> str:
    return "菖溪县2100年法治政府建设工作要点" if year == 2100 else (
        f"菖溪县人民政府关于{year}年度法治政府建设情况的报告")


def page(handler: str = HANDLER) -> str:
    rows = "".join(f"<tr data-id='{n}'><td class='tit' title='{title(y)}'>{title(y)}</td>"
                   f"<td>{min(y, 2025) + 1}-03-12</td></tr>" for y, n in YEARS.items())
    return (f"<html><body><table id='infoTable'>{rows}</table>"
            f"<a href='#'>上一页</a><script>{handler}</script></body></html>")


def urls(html: str) -> list[str]:
    selector = Selector(text=html)
    return [e.url for e in delegated_entries(selector, URL, own_scripts(selector))]


def test_a_delegated_handler_builds_each_rows_url_from_the_attribute_it_reads() -> None:
    assert urls(page()) == [f"http://www.a.gov.cn/xxgk/content.jsp?id={n}"
                            for n in YEARS.values()]
    bound = HANDLER.replace('$("#infoTable").on("click", "tr[data-id]", function',
                            '$("tr[data-id]").click(function').replace(
        '$(this).data("id")', "this.getAttribute('data-id')")
    assert urls(page(bound)) == urls(page())
    assert urls(page(HANDLER.replace("window.location.href =", "var u ="))) == []   # no opener
    assert urls(page(HANDLER.replace("tr[data-id]", "tr[[bad"))) == []
    camel = HANDLER.replace('$(this).data("id")', "this.dataset.infoId").replace(
        "tr[data-id]", "tr[data-info-id]")
    assert urls(page(camel).replace("data-id=", "data-info-id=")) == urls(page())


def test_delegated_rows_are_crawled(tmp_path: Path) -> None:
    files = {"xxgk/fzzfjs/index.html": page()}
    files |= {f"xxgk/content.jsp@id={n}": ARTICLE.format(title=title(y), year=y)
              for y, n in YEARS.items()}
    files["_replay.json"] = ('{"headers": {"/xxgk/content.jsp": '
                             '{"Content-Type": "text/html; charset=utf-8"}}}')
    sites, portals, data = write_portal(tmp_path, "changxi", "www.changxi.gov.cn",
                                        "xxgk/fzzfjs/index.html", files, CHANGXI)
    found = run_crawl(data, sites, [portals], ["changxi"]).portal("changxi")
    assert (found["reports_found"], found.get("problems", [])) == (2, []), found
