"""A listing row whose only link is an action button (查看, 详情, >>) takes its title from the
row's title-like cell (crawler/families/row_titles.py), for `<tr>` and `<li>` rows; a menu's
更多 beside a heading (no date) stays what it was."""

from __future__ import annotations

from pathlib import Path

from parsel import Selector

from crawler.families.row_titles import is_action_text, row_title
from tests.crawler.crawl_helpers import query, run_crawl, write_portal
from tests.crawler.test_listing_shapes17 import ARTICLE, title

YEARS = (2024, 2023, 2022, 2021)
NEWS = "岭后县召开法治政府建设工作推进会"


def table_row(n: int, name: str, href: str) -> str:
    return (f"<tr><td>{n}</td><td class='bt'>{name}</td><td>2025-01-19</td>"
            f"<td><a href='{href}' class='btn'>查看</a></td></tr>")


def test_action_words_are_not_titles() -> None:
    for text in ("查看", "[详细]", "【详情】", "更多>>", ">>", "查看详情", "»", " 浏览 "):
        assert is_action_text(text), text
    for text in ("报告全文", title(2024), "更多服务事项"):
        assert not is_action_text(text), text


def test_the_title_cell_of_a_dated_row_titles_its_button() -> None:
    page = Selector(text=(
        f"<table>{table_row(1, title(2024), '/d?id=1')}</table>"
        f"<ul><li>{title(2023)} <span>2024-03-01</span> <a href='/d?id=2'>[详细]</a></li>"
        f"<li><a href='/d?id=3'>{title(2022)}</a><span>2023-03-01</span>"
        "<a href='/d?id=4'>查看</a></li>"
        "<li><h3>通知公告</h3><a href='/tzgg/'>更多>></a></li></ul>"))
    found = {a.attrib["href"]: row_title(a) for a in page.css("a[href]")}
    assert found == {"/d?id=1": title(2024), "/d?id=2": title(2023), "/d?id=3": None,
                     "/d?id=4": None, "/tzgg/": None}


def test_a_table_of_view_buttons_is_crawled_with_the_cells_titles(tmp_path: Path) -> None:
    host = "www.chakan.gov.cn"
    rows = [table_row(n, title(y), f"/xxgk/detail.jsp?id={y}") for n, y in enumerate(YEARS, 1)]
    rows.append(table_row(9, NEWS, "/xxgk/detail.jsp?id=9"))
    files = {"xxgk/bg/index.html": "<html><body><h2>法治政府建设年度报告</h2>"
                                   f"<table class='listtab'>{''.join(rows[:3])}</table>"
                                   "<div class='page'><a href='list_2.html'>下一页</a></div>"
                                   "</body></html>",
             "xxgk/bg/list_2.html": f"<html><body><table>{''.join(rows[3:])}</table>"
                                    "<a href='index.html'>上一页</a></body></html>",
             "xxgk/detail.jsp@id=9": ARTICLE.format(title=NEWS, year=2024)}
    files |= {f"xxgk/detail.jsp@id={y}": ARTICLE.format(title=title(y), year=y) for y in YEARS}
    sites, portals, data = write_portal(tmp_path, "chakan", host, "xxgk/bg/index.html", files)
    crawl = run_crawl(data, sites, [portals], ["chakan"])
    found = crawl.portal("chakan")
    assert found["reports_found"] == 4 and not found["problems"], found
    urls = sorted(r["url"] for r in query(data / "corpus.db", "SELECT url FROM documents"))
    assert urls == sorted(f"http://{host}/xxgk/detail.jsp?id={y}" for y in YEARS)
