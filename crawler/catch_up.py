"""After every crawl, the corpus is caught up with the archive the same way.

A crawl only downloads and archives; cleaning happens after it, in `catch_up_corpus`
(`db.corpus.rebuild.update`: the articles the corpus lacks or holds in an older revision or
cleaning version, cleaned in a pool of workers, duplicates linked). `crawler.runner` calls it
once for all its portals after the reactor stopped; a plain `scrapy crawl` or a scrapyd job
(no runner: no FAZHI_RUN_ID) gets it from `CatchUpExtension` when its engine stops.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.settings import BaseSettings

from crawler.archiving import archive_path, close_databases, corpus_path
from db.corpus.rebuild import UpdateStats

logger = logging.getLogger(__name__)

# cleaning processes of the catch-up, as a rebuild's default
CATCH_UP_WORKERS = 2


def catch_up_corpus(settings: BaseSettings, slugs: Sequence[str],
                    portals_info: Sequence[Any] = ()) -> UpdateStats:
    """Clean into the corpus what the archive holds of these portals but the corpus lacks:
    this crawl's articles, and e.g. those of a crawl killed before its catch-up, which the next
    crawl only revalidates (304). `portals_info`: registry entries whose corpus rows to write
    (every crawled portal has one, even with no report yet)."""
    from db.corpus.rebuild import update

    # Scrapy's threads may still hold locks: the workers must not be forked from this process.
    stats = update(archive_path(settings), corpus_path(settings), portals=list(slugs),
                   portals_info=list(portals_info), workers=CATCH_UP_WORKERS,
                   start_method="forkserver")
    if stats.articles - stats.unchanged:
        logger.info("corpus caught up with the archive: %d article(s) cleaned in %.1f s",
                    stats.articles - stats.unchanged, stats.seconds)
    return stats


class CatchUpExtension:
    """A crawl without the runner catches the corpus up when its engine stops."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CatchUpExtension:
        extension = cls(crawler)
        if crawler.settings.get("FAZHI_RUN_ID") is None:   # the runner catches up itself
            crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def engine_stopped(self) -> None:
        spider = getattr(self.crawler, "spider", None)
        if spider is None:
            return
        portal = getattr(spider, "portal", None)
        close_databases()   # the crawl's writes are done; the catch-up opens its own
        stats = catch_up_corpus(self.crawler.settings, [spider.name],
                                [portal] if portal is not None else [])
        self.crawler.stats.set_value("fazhi/documents", stats.by_portal.get(
            spider.name, {}).get("documents", 0))
