"""A family spider's decisions without a crawl: which listing items it follows, and the
request chain of one article (page 1 → further pages → attachments → one item)."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse, Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from crawler.families.links import ListingEntry
from crawler.items import ReportItem
from crawler.spiders.portals import spider_class_for
from settings.registry import Portal

BASE = "http://www.hanyang.gov.cn/zwgk/zc/fzzfjs/"


def make_spider(**spider_args):
    portal = Portal(slug="t_trs", name="测试", division_code="420105", level="district",
                    province="湖北省", family="trs", start_urls=(BASE + "index.shtml",),
                    allowed_domains=("www.hanyang.gov.cn",))
    spider_cls = spider_class_for(portal)
    crawler = get_crawler(spider_cls, settings_dict={"FAZHI_ATTACHMENT_MAXSIZE": 1234})
    return spider_cls.from_crawler(crawler, **spider_args), crawler.stats


def answer(request: Request, body: str) -> HtmlResponse:
    return HtmlResponse(request.url, body=body.encode(), encoding="utf-8", request=request)


def test_only_reports_since_the_given_year_are_followed() -> None:
    spider, stats = make_spider(since="2022")
    entries = [
        ListingEntry(BASE + "a/t20230301_1.shtml", "汉阳区2022年法治政府建设情况报告"),
        ListingEntry(BASE + "a/t20220301_2.shtml", "汉阳区2021年法治政府建设情况报告"),
        ListingEntry(BASE + "a/t20230302_3.shtml", "《汉阳区2022年法治政府建设情况报告》解读"),
        ListingEntry(BASE + "a/t20230301_1.shtml", "汉阳区2022年法治政府建设情况报告"),  # again
    ]
    requests = [r for entry in entries for r in spider.follow_entry(entry)]
    assert [r.url for r in requests] == [BASE + "a/t20230301_1.shtml"]
    meta = requests[0].meta
    assert (meta["fazhi_role"], meta["fazhi_page_no"]) == ("article", 1)
    assert meta["fazhi_article_url"] == BASE + "a/t20230301_1.shtml"
    assert meta["fazhi_title"] == "汉阳区2022年法治政府建设情况报告"
    assert stats.get_value("fazhi/skipped/before_since") == 1
    assert stats.get_value("fazhi/skipped/interpretation") == 1
    assert stats.get_value("fazhi/reports_listed") == 1
    assert spider.report_years == {2022}


def test_a_column_of_reports_all_before_since_is_not_empty() -> None:
    # `--since 2022` on a column listing only older reports: they are counted as before_since
    # and said so, not called column_empty; without --since the same column lists a report.
    root = BASE + "index.shtml"
    old = ListingEntry(BASE + "a/t20210301_5.shtml", "汉阳区2020年法治政府建设情况报告")
    spider, stats = make_spider(since="2022")
    assert list(spider.follow_entry(old, root=root)) == []
    spider.ledger.page_read(root, root, [old.url])
    assert spider.ledger.problems() == []
    assert spider.ledger.since_notes() == [f"{root}: 1 report(s) listed, all before --since"]
    assert stats.get_value("fazhi/skipped/before_since") == 1
    spider, _ = make_spider()
    assert len(list(spider.follow_entry(old, root=root))) == 1
    spider.ledger.page_read(root, root, [old.url])
    assert [p["kind"] for p in spider.ledger.problems()] == ["report_not_fetched"]


def test_split_article_then_attachment_then_one_item() -> None:
    spider, _ = make_spider()
    entry = ListingEntry(BASE + "202203/t20220328_1.shtml", "汉阳区2021年法治政府建设情况报告",
                         "2022-03-28")
    (first,) = spider.follow_entry(entry)
    page1 = ('<div class="trs_editor_view">一、<a href="./P020220328.pdf">报告.pdf</a></div>'
             '<script>createPageHTML(2, 0, "t20220328_1", "shtml");</script>')
    (second,) = first.callback(answer(first, page1), **first.cb_kwargs)
    assert second.url == BASE + "202203/t20220328_1_1.shtml"
    assert (second.meta["fazhi_role"], second.meta["fazhi_page_no"]) == ("article_page", 2)
    (third,) = second.callback(answer(second, '<div class="trs_editor_view">二、</div>'),
                               **second.cb_kwargs)
    assert third.url == BASE + "202203/P020220328.pdf"
    assert third.meta["fazhi_role"] == "attachment" and third.meta["download_maxsize"] == 1234
    pdf = Response(third.url, body=b"%PDF-1.4", request=third)
    (item,) = third.callback(pdf, **third.cb_kwargs)
    assert item == ReportItem(portal="t_trs", url=entry.url, title=entry.title,
                              report_year=2021, published="2022-03-28",
                              page_urls=[entry.url, second.url], attachment_urls=[third.url])


def failure_for(request: Request, status: int) -> Failure:
    response = Response(request.url, status=status, request=request)
    failure = Failure(HttpError(response, "ignored"))
    failure.request = request
    return failure


@pytest.mark.parametrize(("status", "attachments"), [(304, 1), (404, 0)])
def test_a_failed_attachment_still_yields_the_item(status: int, attachments: int) -> None:
    spider, _ = make_spider()
    (first,) = spider.follow_entry(ListingEntry(BASE + "2022/t20220101_9.shtml",
                                                "汉阳区2021年法治政府建设情况报告"))
    (attachment,) = first.callback(answer(first, '<div class="TRS_Editor"><a href="x.docx">'
                                          "附件</a></div>"), **first.cb_kwargs)
    (item,) = spider.chain_failed(failure_for(attachment, status))
    assert len(item.attachment_urls) == attachments       # 304: unchanged, still the article's


def test_a_failed_or_unchanged_first_page_yields_nothing() -> None:
    spider, _ = make_spider()
    (first,) = spider.follow_entry(ListingEntry(BASE + "2022/t20220101_8.shtml",
                                                "汉阳区2021年法治政府建设情况报告"))
    assert list(spider.chain_failed(failure_for(first, 304))) == []
    assert list(spider.chain_failed(failure_for(first, 412))) == []


def test_a_link_to_a_listing_of_the_crawl_is_no_report() -> None:
    # A catalogue node or breadcrumb named like the column links the column itself: followed
    # as a report, it made a column whose list went unread look not empty (status ok).
    spider, stats = make_spider()
    column = ListingEntry(BASE + "index.shtml", "法治政府建设年度报告", listing_url=BASE + "x.html")
    itself = ListingEntry(BASE + "x.html", "法治政府建设年度报告", listing_url=BASE + "x.html")
    report = ListingEntry(BASE + "a/t20230301_1.shtml", "汉阳区2022年法治政府建设情况报告")
    requests = [r for entry in (column, itself, report) for r in spider.follow_entry(entry)]
    assert [r.url for r in requests] == [report.url]
    assert stats.get_value("fazhi/skipped/listing_page") == 2
