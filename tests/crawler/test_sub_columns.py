"""A report column split into sub-columns (held-out round 26's gucheng): its page shows three
blocks (区本级 / 区直部门 / 镇街), each the newest rows of its sub-column and a 更多 link to it; a
department's or a 街道's report sits on its sub-column's page 2 while page 1 holds its news.
Only a block listing a report was followed, so those reports were never fetched, and the
portal said `overdue` (a 更多 link's implied one page counted as a total the listing met)."""

from __future__ import annotations

from pathlib import Path

from crawler.families.completeness import Ledger
from crawler.paging import MoreLink
from crawler.sub_columns import followed_mores
from tests.crawler.crawl_helpers import Entry, run_crawl, write_portal
from tests.crawler.test_listing_shapes17 import ARTICLE

COLUMN = "http://www.a.gov.cn/zwgk/fzzfjsndbg/index.html"
GUSHAN = Entry(name="菰山区人民政府", division_code="330997")
NEWS = "菰山区司法局召开行政执法工作座谈会"
REPORTS = {"qbj": "菰山区人民政府2024年度法治政府建设年度报告",
           "bm": "菰山区司法局2024年度法治政府建设年度报告",
           "zj": "东篱街道2024年度法治政府建设年度报告"}


def row(href: str, title: str) -> str:
    return f"<li><a href='{href}'>{title}</a><span>2025-03-01</span></li>"


def block(name: str, heading: str, first: str) -> str:
    return (f"<div class='sub'><h3>{heading}</h3><a href='{name}/index.html'>更多&gt;&gt;</a>"
            f"<ul>{row(f'{name}/t1.html', first)}{row(f'{name}/t9.html', NEWS)}</ul></div>")


def column_page(title: str) -> str:
    blocks = (block("qbj", "区本级", REPORTS["qbj"]) + block("bm", "区直部门", NEWS + "一")
              + block("zj", "镇街", NEWS + "二"))
    return f"<html><head><title>{title}</title></head><body>{blocks}</body></html>"


def test_the_report_columns_own_sub_columns_are_followed_a_sections_are_not() -> None:
    def leads(more: MoreLink) -> bool:
        return "qbj" in more.url

    mores = [MoreLink(f"http://www.a.gov.cn/zwgk/fzzfjsndbg/{n}/index.html", n, ())
             for n in ("qbj", "bm", "zj")] + [MoreLink("http://www.a.gov.cn/zwgk/tzgg/", "", ())]
    followed = followed_mores(mores, COLUMN, "法治政府建设年度报告_菰山区", leads)
    assert [m.heading for m in followed] == ["qbj", "bm", "zj"]
    assert [m.heading for m in followed_mores(mores, COLUMN, "政务公开", leads)] == ["qbj"]
    assert followed_mores(mores, "http://www.a.gov.cn/index.html", "法治政府建设", leads) == [
        mores[0]]   # a home page's 更多 links are the whole site's


def test_a_sub_columns_unread_next_page_is_a_shortfall_though_its_parent_implied_one() -> None:
    ledger = Ledger()
    ledger.more_link(COLUMN, "http://x/bm/index.html")
    ledger.page_read("http://x/bm/index.html", "http://x/bm/index.html", ["http://x/bm/t9"])
    ledger.next_link("http://x/bm/index.html", "http://x/bm/index.html",
                     "http://x/bm/index_1.html", "下一页")
    kinds = [(p["kind"], p["url"]) for p in ledger.problems(expect_empty=True)]
    assert ("listing_incomplete", "http://x/bm/index.html") in kinds


def test_reports_on_page_2_of_a_sub_column_are_collected(tmp_path: Path) -> None:
    files = {"zwgk/fzzfjsndbg/index.html": column_page("法治政府建设年度报告_菰山区人民政府")}
    for name, report in REPORTS.items():
        first = [REPORTS["qbj"]] if name == "qbj" else [NEWS + name]
        files[f"zwgk/fzzfjsndbg/{name}/index.html"] = (
            "<html><body><ul>" + "".join(row(f"t{i}.html", t) for i, t in enumerate(first, 1))
            + f"{row('t9.html', NEWS)}</ul><a href='index_1.html'>下一页</a></body></html>")
        files[f"zwgk/fzzfjsndbg/{name}/index_1.html"] = (
            f"<html><body><ul>{row('t2.html', report if name != 'qbj' else NEWS + '三')}</ul>"
            "<a href='index.html'>上一页</a></body></html>")
        for i, title in ((1, first[0]), (2, report), (9, NEWS)):
            files[f"zwgk/fzzfjsndbg/{name}/t{i}.html"] = ARTICLE.format(title=title, year=2024)
    sites, portals, data = write_portal(tmp_path, "gushan", "www.gushan.gov.cn",
                                        "zwgk/fzzfjsndbg/index.html", files, GUSHAN)
    found = run_crawl(data, sites, [portals], ["gushan"]).portal("gushan")
    assert found["reports_found"] == 3, found
