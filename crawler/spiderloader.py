"""Scrapy's SpiderLoader plus the portals of the FAZHI_PORTAL_DIRS *setting*.

`crawler.spiders.portals` can only see the environment variable at import time; this loader also
honours `scrapy crawl xiyang -s FAZHI_PORTAL_DIRS=tests/portals`.
"""

from __future__ import annotations

from scrapy.settings import BaseSettings
from scrapy.spiderloader import SpiderLoader

from settings.registry import load_registry, portal_dirs


class PortalSpiderLoader(SpiderLoader):
    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        extra = settings.getlist("FAZHI_PORTAL_DIRS")
        if extra:
            from crawler.spiders.portals import generate

            for slug, spider_cls in generate(load_registry(portal_dirs(extra))).items():
                self._spiders.setdefault(slug, spider_cls)
