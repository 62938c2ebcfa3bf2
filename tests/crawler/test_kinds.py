"""Response kinds and item validation: pure functions, no crawl."""

from __future__ import annotations

import pytest
from scrapy.exceptions import DownloadCancelledError, DownloadTimeoutError, ResponseDataLossError
from twisted.internet.error import ConnectionRefusedError as TwistedConnectionRefused

from crawler.items import ReportItem
from crawler.kinds import exception_kind, response_kind
from crawler.pipelines import item_problems

CHALLENGE_412 = (b"<html><head><meta http-equiv='Content-Type' content='text/html'>"
                 b"<script>$_ts=window['$_ts'];if(!$_ts)$_ts={};$_ts.nsd=84937;"
                 b"$_ts.cd='qEcrrpAlJ';</script><script src='/abc/def.js' r='m'></script>"
                 b"</head><body></body></html>")
ARTICLE = "<html><body><p>一、主要举措和成效</p></body></html>".encode()
# A 200 page saying it is not there (a soft 404); a script's message alone is no such page.
SOFT_404 = ("<html><head><title>提示信息</title></head><body><p>很抱歉，您访问的页面不存在或已被"
            "删除！</p><a href='/'>返回首页</a></body></html>").encode()


@pytest.mark.parametrize(("status", "body", "kind"), [
    (200, ARTICLE, "ok"),
    (200, CHALLENGE_412, "blocked"),
    (200, b"<script>document.cookie='__jsl_clearance=1';location.href=location.href</script>",
     "blocked"),
    (412, CHALLENGE_412, "blocked"),
    (521, b"", "blocked"),
    (403, b"forbidden", "blocked"),
    (304, b"", "not_modified"),
    (404, b"not found", "not_found"),
    (410, b"", "not_found"),
    (500, b"", "server_error"),
    (503, b"", "server_error"),
    (400, b"", "client_error"),
    (200, SOFT_404, "not_found"),
    (200, SOFT_404.decode().encode("gbk"), "not_found"),
    (200, "<script>var none = '页面不存在';</script>".encode() + ARTICLE, "ok"),
])
def test_response_kind(status: int, body: bytes, kind: str) -> None:
    assert response_kind(status, body)[0] == kind


def test_a_long_page_mentioning_cookies_is_not_a_challenge() -> None:
    body = b"<p>document.cookie location</p>" + "正文".encode() * 20000
    assert response_kind(200, body) == ("ok", None)


@pytest.mark.parametrize(("exc", "kind"), [
    (DownloadTimeoutError("took longer than 1 seconds"), "timeout"),
    (DownloadCancelledError("larger than download max size"), "too_large"),
    (ResponseDataLossError(), "truncated"),
    (TwistedConnectionRefused(), "network_error"),
    (ValueError("odd"), "error"),
])
def test_exception_kind(exc: Exception, kind: str) -> None:
    found, error = exception_kind(exc)
    assert found == kind
    assert type(exc).__name__ in error


def good_item(**changes) -> ReportItem:
    item = ReportItem(portal="hanyang", url="http://www.hanyang.gov.cn/a/t20220328_1.shtml",
                      title="汉阳区2021年法治政府建设情况报告", report_year=2021,
                      page_urls=["http://www.hanyang.gov.cn/a/t20220328_1.shtml"],
                      published="2022-03-28")
    for key, value in changes.items():
        setattr(item, key, value)
    return item


def test_valid_item_has_no_problems() -> None:
    assert item_problems(good_item()) == []


@pytest.mark.parametrize(("changes", "problem"), [
    ({"title": ""}, "title"),
    ({"url": "ftp://x/y"}, "url"),
    ({"page_urls": []}, "page_urls is empty"),
    ({"report_year": "2021"}, "report_year"),
    ({"report_year": 21}, "report_year"),
    ({"published": "2022/03/28"}, "published"),
    ({"attachment_urls": None}, "attachment_urls"),
])
def test_invalid_items_are_named(changes: dict, problem: str) -> None:
    problems = item_problems(good_item(**changes))
    assert any(problem in p for p in problems), problems
