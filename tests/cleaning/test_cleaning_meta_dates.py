"""Publication dates a page declares in its head: <meta> names besides PubDate, and a JSON-LD
block's datePublished — read where no label says more, never over a labelled date."""

from __future__ import annotations

import json

import pytest

from cleaning import clean

TITLE = "乙县人民政府2024年度法治政府建设情况报告"
BODY = "".join(f"<p>{n}、我县坚持依法行政，全年审查规范性文件{n * 7}件，推进法治政府建设。</p>"
               for n in range(1, 9))


def page(head: str, info: str = "") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}</title>{head}</head><body>"
            f"<div class='zw'><h1>{TITLE}</h1><div class='info'>{info}</div>"
            f"<div class='zw-con'>{BODY}<p>乙县人民政府</p><p>2025年3月1日</p></div></div>"
            f"</body></html>").encode()


def published(data: bytes) -> str | None:
    return clean([data], "http://www.yx.gov.cn/art/2025/3/5/art_1_1.html").published


@pytest.mark.parametrize("name", ["pubtime", "publishtime", "publish_time", "releasedate",
                                  "DCTERMS.issued", "DC.Date.Issued"])
def test_meta_names_of_the_publication_time(name):
    assert published(page(f"<meta name='{name}' content='2025-03-05 10:00:00'>")) == "2025-03-05"


def test_meta_dates_of_other_kinds_are_not_the_publication():
    # A page's creation or modification date, or a bare "date", says nothing of publication.
    head = ("<meta name='createDate' content='2025-02-01'><meta name='date' content='2025-02-02'>"
            "<meta name='dc.date.modified' content='2025-12-01'>")
    assert published(page(head)) is None


def json_ld(data: object) -> str:
    return f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"


@pytest.mark.parametrize("data", [
    {"@context": "https://schema.org", "@type": "Article", "headline": TITLE,
     "datePublished": "2025-03-05T10:00:00+08:00"},
    {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "乙县人民政府网"},
        {"@type": "GovernmentOrganization", "name": "乙县人民政府"},
        {"@type": "NewsArticle", "datePublished": "2025-03-05"}]},
])
def test_a_json_ld_date_published(data):
    assert published(page(json_ld(data))) == "2025-03-05"


def test_a_broken_json_ld_block_is_no_date_and_no_error():
    broken = "<script type='application/ld+json'>{\"datePublished\": </script>"
    assert published(page(broken)) is None


def test_a_labelled_publication_date_wins_over_json_ld():
    data = page(json_ld({"@type": "Article", "datePublished": "2025-03-09"}),
                info="发布日期：2025-03-05")
    assert published(data) == "2025-03-05"


@pytest.mark.parametrize("value", ["２０２５－０３－０５", "2025－03－05 10:20", "20250305",
                                   "二〇二五年三月五日", "二○二五年三月五日"])
def test_date_forms_of_a_labelled_publication_date(value):
    assert published(page("", info=f"发布日期：{value}")) == "2025-03-05"


@pytest.mark.parametrize("value", ["20251305", "二〇二五年十三月五日", "12345678"])
def test_impossible_dates_are_none(value):
    assert published(page("", info=f"发布日期：{value}")) is None
