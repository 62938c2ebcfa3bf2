"""A JSON listing API named by a portal entry ([overrides] listing_api, listing_api_form,
json_keys): the request, the key names, and the registry's one-line refusal of a bad entry.
The crawl itself: tests/portals/qinglu."""

from __future__ import annotations

import pytest

from crawler.json_answers import JsonKeys, json_records, record_fields
from crawler.paging_api import api_page, json_paging, named_api
from crawler.spiders.portals import spider_class_for
from settings.registry import Portal, RegistryError

START = "http://www.a.gov.cn/xxgk/fz/"


def portal(**overrides) -> Portal:
    return Portal(slug="t_api", name="测试", division_code="430524", level="county",
                  province="湖南省", family="generic", start_urls=(START,),
                  allowed_domains=("www.a.gov.cn",), overrides=overrides)


def test_get_template_and_post_form() -> None:
    get = named_api("/api/list?col=6&pageNo={page}&size=4", {}, START)
    assert (get.url, get.method, get.page_field) == (
        "http://www.a.gov.cn/api/list?col=6&pageNo=1&size=4", "GET", "pageNo")
    post = named_api("list.do", {"col": "6", "cur": "{page}"}, START)
    assert (post.url, post.method, dict(post.formdata)) == (
        "http://www.a.gov.cn/xxgk/fz/list.do", "POST", {"col": "6", "cur": "1"})
    with pytest.raises(ValueError, match="page"):
        named_api("/api/list?col=6", {}, START)


def test_named_keys_are_tried_first() -> None:
    keys = JsonKeys().named({"title": "bt", "url": "lj", "total": "zs"})
    answer = {"sj": {"zs": 9, "lb": [{"bt": "甲", "lj": "/a/1.html", "fbrq": "2025-01-02",
                                      "date": "2025-01-03"}] * 3}}
    assert json_records(answer) == []          # the usual names find nothing
    [record, *_] = json_records(answer, keys)
    assert record_fields(record, keys) == ("甲", "/a/1.html", "2025-01-03")
    request = named_api("/api/list?ye={page}", {}, START)
    assert json_paging(answer, request, shown=3, keys=keys).declared_pages == 3


def test_registry_refuses_a_bad_entry_in_one_line() -> None:
    spider = spider_class_for(portal(listing_api="/api/list?ye={page}",
                                     json_keys={"title": "bt"}))
    assert [r.url for r in spider().named_api_requests(START)] == [
        "http://www.a.gov.cn/api/list?ye=1"]
    with pytest.raises(RegistryError, match="no parameter is"):
        spider_class_for(portal(listing_api="/api/list?ye=1"))
    with pytest.raises(RegistryError, match="unknown JSON key kind 'titel'"):
        spider_class_for(portal(json_keys={"titel": "bt"}))


def test_a_short_last_page_declares_no_more_pages() -> None:
    """An answer without a page size or count: page 1's record count gives the pages (10 at
    4 a page: 3); the last page's 2 records must not make it 5."""
    keys = JsonKeys().named({"title": "bt", "url": "lj", "total": "zs"})
    answer = {"sj": {"zs": 10, "lb": [{"bt": "甲", "lj": "/a/1.html"}] * 2}}
    first = named_api("/api/list?ye={page}", {}, START)
    assert json_paging(answer, api_page(first, 3), shown=2, keys=keys).declared_pages is None
    assert json_paging(answer, first, shown=4, keys=keys).declared_pages == 3
