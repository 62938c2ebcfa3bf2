"""A callback that raises (Scrapy's "Spider error processing …", signal spider_error) fails its
portal: the problem `spider_error` names the page and the exception, the archive holds a row for
it, and the completeness ledger's problems at close come after it. Before, a portal whose other
pages found reports said `ok`. And the FAILED line of an empty crawl names its fetches' kinds."""

from __future__ import annotations

from pathlib import Path

from scrapy import signals
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from crawler.archiving import close_databases
from crawler.extensions import CrawlRunExtension, portal_summary
from crawler.families.completeness import record_problems
from crawler.outcome import portal_failed, portal_problems, portal_status, problem_line
from crawler.spiders.portals import spider_class_for
from settings.registry import Portal
from tests.crawler.crawl_helpers import query

BASE = "http://www.hanyang.gov.cn/zwgk/zc/fzzfjs/"


def raise_in_callback() -> Failure:
    try:
        raise ValueError("Cannot use css on a Selector of type 'json'")
    except ValueError:
        return Failure()


def test_a_raising_callback_fails_the_portal(tmp_path: Path) -> None:
    portal = Portal(slug="t_err", name="测试", division_code="420105", level="district",
                    province="湖北省", family="trs", start_urls=(BASE + "index.shtml",),
                    allowed_domains=("www.hanyang.gov.cn",))
    spider_cls = spider_class_for(portal)
    crawler = get_crawler(spider_cls, settings_dict={"FAZHI_DATA_DIR": str(tmp_path)})
    spider = spider_cls.from_crawler(crawler)
    crawler.spider = spider
    extension = CrawlRunExtension.from_crawler(crawler)   # kept: signals hold it weakly
    request = Request(BASE + "api.json", meta={"fazhi_role": "listing"})
    response = HtmlResponse(request.url, body=b"{}", request=request)
    try:
        crawler.signals.send_catch_log(signals.spider_error, failure=raise_in_callback(),
                                       response=response, spider=spider)
        spider.ledger.page_read(BASE + "index.shtml", BASE + "index.shtml", [])
        record_problems(spider)   # the ledger's problems at close: added, not replacing
        summary = portal_summary(crawler.stats.get_stats())
        rows = query(tmp_path / "archive.db", "SELECT role, kind, error FROM responses "
                     "WHERE url = ?", request.url)
    finally:
        close_databases()
    assert extension.crawler is crawler
    assert [p["kind"] for p in summary["problems"]] == ["spider_error", "column_empty"]
    assert portal_failed(summary) and portal_status(summary) == "spider_error"
    line = problem_line("t_err", summary["problems"][0])
    assert line.startswith("FAILED t_err: spider_error — a callback raised ValueError: Cannot")
    assert line.endswith(f"<{request.url}>")
    assert [(r["role"], r["kind"], r["error"][:20]) for r in rows] == [
        ("listing", "error", "spider error: ValueE")]


def test_the_failed_line_of_an_empty_crawl_names_the_kinds() -> None:
    summary = {"empty": True, "failures": 3, "blocked": 1, "finish_reason": "finished",
               "responses": {"ok": 2, "timeout": 2, "not_found": 1, "blocked": 1,
                             "not_modified": 4}}
    line = problem_line("t_err", portal_problems(summary)[0])
    assert line == ("FAILED t_err: empty — no report found, 4 fetch(es) failed or were "
                    "blocked (timeout 2, blocked 1, not_found 1)")
