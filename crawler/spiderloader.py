"""Scrapy's SpiderLoader plus the portals of the FAZHI_PORTAL_DIRS *setting*.

`crawler.spiders.portals` can only see the environment variable at import time; this loader also
honours `scrapy crawl xiyang -s FAZHI_PORTAL_DIRS=tests/portals`.
"""

from __future__ import annotations

from typing import Self

from scrapy.settings import BaseSettings
from scrapy.spiderloader import SpiderLoader

from settings.registry import RegistryError, load_registry, portal_dirs


class PortalSpiderLoader(SpiderLoader):
    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        extra = settings.getlist("FAZHI_PORTAL_DIRS")
        if extra:
            from crawler.spiders.portals import generate

            for slug, spider_cls in generate(load_registry(portal_dirs(extra))).items():
                self._spiders.setdefault(slug, spider_cls)

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> Self:
        """Scrapy builds its spider loader here (`scrapy list`, `scrapy crawl`, scrapyd): a bad
        registry entry ends the command with one line naming the file and the key, not the
        import traceback Scrapy's loader would show (its commands catch only UsageError)."""
        try:
            return cls(settings)
        except RegistryError as exc:
            raise SystemExit(f"error: portal registry: {exc}") from None
