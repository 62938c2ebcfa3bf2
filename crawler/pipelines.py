"""Item pipelines: check each ReportItem, then check that its pages are in the archive.

A crawl does not clean: the corpus is caught up after it, the same way after every crawl
(crawler/catch_up.py: `crawler.runner` for `fazhi crawl`, CatchUpExtension for a plain
`scrapy crawl` or a scrapyd job). A dropped item loses nothing: its pages are already in the
archive, and the catch-up or `fazhi rebuild` cleans everything the archive holds.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from itemadapter import ItemAdapter
from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.archiving import shared_archive

logger = logging.getLogger(__name__)

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
URL_RE = re.compile(r"^https?://[^/\s]+")
YEAR_RANGE = range(1990, 2101)
INGEST_SETTING = "FAZHI_INGEST_DURING_CRAWL"


def item_problems(item: Any) -> list[str]:
    """What is wrong with a ReportItem (empty list: nothing)."""
    data = ItemAdapter(item).asdict()
    problems = []
    for key in ("portal", "url", "title"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            problems.append(f"{key} must be a non-empty string")
    if isinstance(data.get("url"), str) and not URL_RE.match(data["url"]):
        problems.append(f"url is not an http(s) URL: {data['url']!r}")
    for key in ("page_urls", "attachment_urls"):
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(u, str) for u in value):
            problems.append(f"{key} must be a list of URLs")
    if not data.get("page_urls"):
        problems.append("page_urls is empty")
    year = data.get("report_year")
    if year is not None and (not isinstance(year, int) or year not in YEAR_RANGE):
        problems.append(f"report_year out of range: {year!r}")
    published = data.get("published")
    if published is not None and not (isinstance(published, str) and DATE_RE.match(published)):
        problems.append(f"published is not YYYY-MM-DD: {published!r}")
    return problems


class ValidationPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidationPipeline:
        return cls(crawler)

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        problems = item_problems(item)
        if problems:
            self.stats.inc_value("fazhi/invalid_items")
            logger.error("Invalid item %s (its pages stay archived): %s",
                         ItemAdapter(item).get("url"), "; ".join(problems))
            raise DropItem("; ".join(problems))
        return item


class ArchivedItemPipeline:
    """Count each collected report by year, and check that the archive holds it: its first
    page as an ok article, and every page and attachment the spider fetched for it."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        self.archive = shared_archive(crawler.settings)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivedItemPipeline:
        return cls(crawler)

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        data = ItemAdapter(item).asdict()
        year = data.get("report_year")
        self.stats.inc_value(f"fazhi/items_by_year/{year or 'unknown'}")
        ref = next(iter(self.archive.article_refs(data["portal"], urls=[data["url"]])), None)
        if ref is None:
            # e.g. page 1 was a 200 challenge page: archived, but not as an ok article.
            self.stats.inc_value("fazhi/items_not_archived")
            logger.error("No archived ok page for %s: it cannot be cleaned", data["url"])
            return item
        archived = {page.url for page in ref.pages} | {page.final_url for page in ref.pages}
        archived |= {url for url, _ in ref.attachments}
        missing = [url for url in [*data["page_urls"], *data["attachment_urls"]]
                   if url not in archived]
        if missing:
            self.stats.inc_value("fazhi/items_incomplete")
            logger.warning("%s: %d of its fetched pages/attachments are not in its archived "
                           "revision: %s", data["url"], len(missing), ", ".join(missing[:3]))
        return item
