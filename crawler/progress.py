"""A progress bar per portal while it is crawled: responses received, reports collected.

On stderr, one line per portal (tqdm `position`), so a one-portal crawl shows its progress from
the first response instead of nothing until the portal is done. Only with FAZHI_PROGRESS
(`fazhi crawl` on a terminal).
"""

from __future__ import annotations

from itertools import count
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from tqdm import tqdm

_positions = count()   # one line per portal of the process


class ProgressExtension:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.reports = 0
        self.bar: tqdm | None = None
        self.position = next(_positions)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressExtension:
        if not crawler.settings.getbool("FAZHI_PROGRESS"):
            raise NotConfigured
        extension = cls(crawler)
        for handler, signal in ((extension.opened, signals.spider_opened),
                                (extension.response, signals.response_received),
                                (extension.item, signals.item_scraped),
                                (extension.closed, signals.spider_closed)):
            crawler.signals.connect(handler, signal=signal)
        return extension

    def opened(self, spider: Any) -> None:
        self.bar = tqdm(desc=spider.name, unit=" responses", position=self.position,
                        leave=True, dynamic_ncols=True)
        self.bar.set_postfix_str("0 reports", refresh=False)

    def response(self, **_: Any) -> None:
        if self.bar is not None:
            self.bar.update()

    def item(self, **_: Any) -> None:
        self.reports += 1
        if self.bar is not None:
            self.bar.set_postfix_str(f"{self.reports} reports")

    def closed(self, **_: Any) -> None:
        if self.bar is not None:
            self.bar.close()
