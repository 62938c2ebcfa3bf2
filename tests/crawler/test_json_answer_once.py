"""A JSON listing answer is decoded once per response (json5's fallback for a JavaScript
literal is slow): its HTML fragment, its entries and its further pages read the one value."""

from __future__ import annotations

import json

import pytest
from scrapy.http import Request, TextResponse
from scrapy.utils.test import get_crawler

import crawler.families.api_listings as api_listings
from crawler.families.api_listings import PAGE_REQUEST
from crawler.paging import PageRequest
from crawler.spiders.portals import spider_class_for
from settings.registry import Portal

API = "http://www.a.gov.cn/api/list?col=3&page=1"


def test_a_json_answer_is_decoded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    decoded: list[str] = []

    def counted(text: str) -> object:
        decoded.append(text)
        return json.loads(text)

    monkeypatch.setattr(api_listings, "json_text", counted)
    portal = Portal(slug="t_json", name="测试", division_code="440399", level="county",
                    province="广东省", family="generic", start_urls=("http://www.a.gov.cn/",),
                    allowed_domains=("www.a.gov.cn",))
    spider_cls = spider_class_for(portal)
    spider = spider_cls.from_crawler(get_crawler(spider_cls))
    rows = [{"title": f"某县{year}年度法治政府建设情况报告", "url": f"/a/{year}.html",
             "date": f"{year + 1}-03-01"} for year in (2024, 2023)]
    body = json.dumps({"total": 6, "pageSize": 2, "data": rows}, ensure_ascii=False)
    page = PageRequest(API, formdata=(("col", "3"), ("page", "1")), answer="json",
                       page_field="page")
    request = Request(API, meta={PAGE_REQUEST: page})
    response = TextResponse(API, body=body.encode(), encoding="utf-8", request=request)
    urls = [r.url for r in spider.parse_listing(response)]
    assert "http://www.a.gov.cn/a/2024.html" in urls               # its entries
    assert "http://www.a.gov.cn/api/list?col=3&page=3" in urls     # its further pages
    assert len(decoded) == 1
