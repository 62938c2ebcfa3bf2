"""A listing row that may be a report is never skipped quietly: a title cut short after
"关于报送…" is followed (a report's own title says 报送), and the long formal title behind it
("…关于报送…法治政府建设工作情况暨…职责情况的报告") is a report by cleaning's one title rule.
The site written here is a Zhejiang county column whose listing is an iframe
(`/module/xxgk/search.jsp?…&currpage=N`, 共2页 下一页) with titles cut at 24 characters."""

from __future__ import annotations

from pathlib import Path

from scrapy.http import HtmlResponse, Request

from crawler.families.chain import looks_like_report, might_be_report, report_like_title
from crawler.spiders.portals import spider_class_for
from settings.registry import Portal
from tests.crawler.crawl_helpers import ROBOTS_OPEN, Entry, query, run_crawl, write_portal

HOST = "www.lingxi.gov.cn"
COLUMN_PATH = "col/col1229001/index.html"
COLUMN = f"http://{HOST}/{COLUMN_PATH}"
FRAME = "/module/xxgk/search.jsp?infotypeId=C0807&jdid=3301&currpage={page}"
LONG_TITLE = ("灵溪县人民政府关于报送灵溪县2021年度法治政府建设工作情况暨党政主要负责人"
              "履行推进法治建设第一责任人职责情况的报告")
REPORT_TITLE = "灵溪县2020年度法治政府建设情况报告"
CUT = "灵溪县人民政府关于报送灵溪县2021年度法治政府..."   # 24 characters and ...
ROWS = {1: [("2022/1/20/art_1229001_3", CUT, LONG_TITLE),
            ("2021/6/8/art_1229001_2", "灵溪县召开2021年度法治政府建设工作推进会",
             "灵溪县召开2021年度法治政府建设工作推进会")],
        2: [("2021/2/2/art_1229001_1", REPORT_TITLE, REPORT_TITLE)]}


def test_cut_and_whole_titles_that_may_be_reports() -> None:
    assert might_be_report(CUT)
    assert not might_be_report("灵溪县召开2024年度法治政府建设工作推...")     # a meeting
    assert not might_be_report("关于报送2021年度法治政府建设工作要点的通知")   # whole, a notice
    assert looks_like_report(LONG_TITLE)
    assert not looks_like_report("一图读懂灵溪县2022年度法治政府建设情况报告")   # 解读
    assert not looks_like_report("灵溪县2022年法治政府建设工作要点")
    assert not looks_like_report("关于报送2023年度法治政府建设情况报告的函")


def test_a_report_title_without_its_year_is_named_never_skipped_quietly() -> None:
    # The page's own title decides a cut row; one that is a report's but names no year cannot
    # confirm it, and the crawl names it (report_refused) instead of skipping it quietly.
    url = f"http://{HOST}/art/2022/1/20/art_1229001_9.html"

    def answer(title: str) -> HtmlResponse:
        return HtmlResponse(url, body=page(title, "<p>正文。</p>").encode(), encoding="utf-8",
                            request=Request(url))

    no_year = "灵溪县人民政府关于报送法治政府建设工作情况的报告"
    assert report_like_title(answer(no_year), CUT) == no_year
    assert report_like_title(answer("灵溪县召开2021年度法治政府建设工作推进会"), CUT) is None


def test_a_row_that_may_be_a_report_is_an_item_whatever_its_url() -> None:
    portal = Portal(slug="lingxi", name="灵溪县人民政府", division_code="331130", level="county",
                    province="浙江省", family="hanweb", start_urls=(COLUMN,),
                    allowed_domains=(HOST,))
    spider = spider_class_for(portal)()
    url = f"http://{HOST}/module/xxgk/search.jsp?currpage=1"
    rows = (f'<ul><li><a href="/doc/2022/3.html">{CUT}</a></li>'   # no /art/… URL
            '<li><a href="/doc/2022/4.html">灵溪县召开2024年度法治政府建设工作推...</a></li></ul>')
    answer = HtmlResponse(url, body=rows.encode(), encoding="utf-8", request=Request(url))
    assert [e.url for e in spider.listing_entries(answer)] == [f"http://{HOST}/doc/2022/3.html"]


def page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta name="ArticleTitle" content="{title}"></head><body>'
            f'<div class="title">{title}</div><div id="zoom">{body}</div></body></html>')


REPORT_BODY = ("<p>县委、县政府：</p><p>现将2020年度法治政府建设情况报告如下：</p>"
               "<p>一、主要举措和成效</p><p>（一）推进依法行政。</p><p>二、存在的不足</p>"
               "<p>基层力量薄弱。</p><p>三、下一步工作打算</p><p>持续推进。</p><p>特此报告。</p>")


def frame(page_no: int) -> str:
    rows = "".join(f'<li><a href="http://{HOST}/art/{path}.html" target="_blank">{text}</a>'
                   f'<span class="time">[01-20]</span></li>' for path, text, _ in ROWS[page_no])
    pager = (f'共2页 当前第{page_no}页 <a href="{FRAME.format(page=2)}">下一页</a>'
             if page_no == 1 else "共2页 当前第2页 <span>下一页</span>")
    return (f'<html><head><meta charset="utf-8"></head><body><div class="xxgk-list"><ul>{rows}'
            f'</ul><div class="xxgk-page">{pager}</div></div></body></html>')


def site_files() -> dict[str, str]:
    files = {COLUMN_PATH: (
        '<html><head><meta charset="utf-8"><title>法治政府建设年度报告</title></head><body>'
        f'<iframe src="{FRAME.format(page=1)}" width="100%"></iframe></body></html>')}
    for page_no in ROWS:
        name = "search.jsp@" + FRAME.format(page=page_no).split("?", 1)[1]
        files[f"module/xxgk/{name}"] = frame(page_no)
    for rows in ROWS.values():
        for path, _, title in rows:
            files[f"art/{path}.html"] = page(title, REPORT_BODY if "报告" in title
                                             else "<p>会议。</p>")
    return files | {"robots.txt": ROBOTS_OPEN}


def test_a_cut_row_whose_page_has_a_long_formal_report_title_is_collected(tmp_path: Path) -> None:
    entry = Entry(name="灵溪县人民政府", division_code="331130", level="county",
                  province="浙江省", family="hanweb")
    sites, portals, data = write_portal(tmp_path, "lingxi", HOST, COLUMN_PATH, site_files(),
                                        entry)
    crawl = run_crawl(data, sites, [portals], ["lingxi"])
    cut = f"http://{HOST}/art/2022/1/20/art_1229001_3.html"
    assert crawl.requested(cut) == [200], crawl.log[-2000:]   # the cut 报送 row is followed
    # the iframe's page 2 was read: its report is in the corpus
    stored = query(data / "corpus.db", "SELECT url, report_year FROM documents")
    assert (f"http://{HOST}/art/2021/2/2/art_1229001_1.html", 2020) in [tuple(r) for r in stored]
    assert (cut, 2021) in [tuple(r) for r in stored], crawl.log[-3000:]   # a report
    assert crawl.returncode == 0, crawl.log[-2000:]
