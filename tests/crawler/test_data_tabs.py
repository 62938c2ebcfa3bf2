"""Year tabs carrying their year in `data-year`, whose list a handler bound in the script loads
with jQuery's `.load()` of a GET URL it builds (`"getList.jsp?year=" + year + "&columnId=…"`):
no year literal in any handler, no fragment URL in an attribute. Each tab's fragment is asked
(crawler/data_tabs.py); one that never answers leaves the column listing_incomplete."""

from __future__ import annotations

from pathlib import Path

from parsel import Selector

from crawler.data_tabs import data_tab_calls
from tests.crawler.crawl_helpers import ROBOTS_OPEN, query, run_crawl, write_portal
from tests.crawler.test_listing_shapes17 import ARTICLE, title

HOST, SHORT_HOST = "www.qiling.gov.cn", "www.qishui.gov.cn"
COLUMN = "zwgk/ndbg/index.html"
URL = f"http://{HOST}/{COLUMN}"
YEARS = (2024, 2023, 2022)
SCRIPT = """<script>
function loadYear(year) {
  $("#yearList").load("/zwgk/ndbg/getList.jsp?year=" + year + "&columnId=4312");
}
$(function () {
  $("#yearTabs li").on("click", function () { loadYear($(this).data("year")); });
  loadYear($("#yearTabs li.on").data("year"));
  count($(this).data("hits"));
});
</script>"""


def column(script: str = SCRIPT, attribute: str = "data-year") -> str:
    tabs = "".join(f'<li {attribute}="{y}"><a href="javascript:;">{y}年</a></li>' for y in YEARS)
    return (f'<html><head><meta charset="utf-8"><title>年度报告</title></head><body>'
            f'<h3>法治政府建设年度报告</h3><ul id="yearTabs">{tabs}</ul><div id="yearList"></div>'
            f'<span data-hits="12">浏览次数</span>{script}</body></html>')


def fragment_url(year: int) -> str:
    return f"http://{HOST}/zwgk/ndbg/getList.jsp?year={year}&columnId=4312"


def test_each_data_year_tab_is_asked_for_the_fragment_its_handler_loads() -> None:
    calls = data_tab_calls(Selector(text=column()), column(), URL)
    assert [call.url for call in calls] == [fragment_url(y) for y in YEARS]
    assert {call.method for call in calls} == {"GET"}
    dataset = SCRIPT.replace('$(this).data("year")', "this.dataset.tabYear")
    page = column(dataset, "data-tab-year")
    assert [c.url for c in data_tab_calls(Selector(text=page), page, URL)] == [
        fragment_url(y) for y in YEARS]
    unfed = SCRIPT.replace('?year=" + year + "', "?year=2020")   # the value feeds no call
    assert data_tab_calls(Selector(text=column(unfed)), column(unfed), URL) == []


def tab_portal(tmp_path: Path, slug: str, host: str, years: tuple[int, ...]
               ) -> tuple[Path, Path, Path]:
    files: dict[str, str | bytes] = {COLUMN: column(), "robots.txt": ROBOTS_OPEN}
    for y in years:
        files[f"zwgk/ndbg/getList.jsp@year={y}&columnId=4312"] = (
            f"<ul><li><a href='/zwgk/ndbg/{y + 1}02/t{y}.html'>{title(y)}</a>"
            f"<span>{y + 1}-02-12</span></li></ul>")
        files[f"zwgk/ndbg/{y + 1}02/t{y}.html"] = ARTICLE.format(title=title(y), year=y)
    return write_portal(tmp_path, slug, host, COLUMN, files)


def test_data_year_tabs_are_read_and_an_unanswered_one_is_short(tmp_path: Path) -> None:
    sites, portals, data = tab_portal(tmp_path, "qiling", HOST, YEARS)
    tab_portal(tmp_path, "qishui", SHORT_HOST, YEARS[:2])   # 2022's fragment is gone
    crawl = run_crawl(data, sites, [portals], ["qiling", "qishui"])
    years = query(data / "corpus.db", "SELECT portal, report_year FROM documents "
                  "ORDER BY portal, report_year")
    assert [tuple(y) for y in years] == [("qiling", 2022), ("qiling", 2023), ("qiling", 2024),
                                         ("qishui", 2023), ("qishui", 2024)], crawl.log[-2000:]
    assert not crawl.portal("qiling")["problems"], crawl.portal("qiling")
    problems = crawl.portal("qishui")["problems"]
    assert [p["kind"] for p in problems] == ["listing_incomplete"], problems
