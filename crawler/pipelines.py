"""Item pipelines: check each ReportItem, then clean its archived pages into the corpus.

A dropped item loses nothing: its pages are already in the archive, and `fazhi rebuild` cleans
everything the archive holds.

`FAZHI_INGEST_DURING_CRAWL` (default true) decides whether the crawl cleans each report as its
item arrives. `crawler.runner` turns it off: it catches the corpus up after the crawl anyway
(`db.corpus.rebuild.update`, in a pool of cleaning workers, duplicates linked once), so the Scrapy
process only downloads and archives. A plain `scrapy crawl` or a scrapyd job keeps it on: nothing
runs after them.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from itemadapter import ItemAdapter
from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler.archiving import shared_archive, shared_corpus
from db.corpus.duplicates import link_duplicates
from db.corpus.writer import CorpusWriter, ingest_article

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


class CorpusPipeline:
    """Clean each collected report from its archived pages into the corpus (the one writer,
    db.corpus.writer, as update and rebuild), or, with FAZHI_INGEST_DURING_CRAWL off, only check
    that its pages are archived."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.ingest = crawler.settings.getbool(INGEST_SETTING, True)
        self.archive = shared_archive(crawler.settings)
        self.corpus = shared_corpus(crawler.settings)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CorpusPipeline:
        return cls(crawler)

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        data = ItemAdapter(item).asdict()
        ref = next(iter(self.archive.article_refs(data["portal"], urls=[data["url"]])), None)
        if ref is None:
            # e.g. page 1 was a 200 challenge page: archived, but not as an ok article.
            self.stats.inc_value("fazhi/items_not_archived")
            logger.error("No archived ok page for %s: not cleaned", data["url"])
            return item
        if not self.ingest:   # the runner's update after the crawl cleans it
            return item
        document_id = ingest_article(self.corpus, self.archive.load_article(ref),
                                     getattr(self.crawler.spider, "portal", None))
        self.stats.inc_value("fazhi/documents_ingested" if document_id is not None
                             else "fazhi/ingested_not_report")
        return item

    def close_spider(self, spider: Spider | None = None) -> None:
        # Every crawled portal is in the corpus registry copy, even one with no report yet.
        portal = getattr(self.crawler.spider, "portal", None)
        if portal is not None:
            CorpusWriter(self.corpus).write_portals([portal])
        # A plain `scrapy crawl` or a scrapyd job has no runner to link duplicates afterwards.
        if self.ingest:
            link_duplicates(self.corpus)
