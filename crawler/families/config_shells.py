"""The spider side of crawler/config_shell.py: a listing shell with no row whose inline script
reads a JSON config first; the config is asked for, then the list API its keys name."""

from __future__ import annotations

from collections.abc import Iterator

import scrapy
from scrapy.http import Response, TextResponse

from crawler.config_shell import config_urls, configured_calls
from crawler.families.pagers import LISTING_ROOT, PagerSpider
from crawler.json_answers import json_text


class ConfigShellSpider(PagerSpider):
    def config_requests(self, response: TextResponse) -> Iterator[scrapy.Request]:
        """The config files a shell's script reads before its list API (an unread one leaves
        the column empty: said)."""
        for url in config_urls(response.text, response.url):
            if self.allowed(url):
                yield scrapy.Request(url, callback=self.parse_config, dont_filter=True,
                                     meta={"fazhi_role": "other"},
                                     cb_kwargs={"shell": response})

    def parse_config(self, response: Response, shell: TextResponse) -> Iterator[scrapy.Request]:
        """Page 1 of each paged API call of the shell, its names read from this config."""
        config = json_text(response.text) if isinstance(response, TextResponse) else None
        for page in configured_calls(shell.text, shell.url, config):
            request = self.page_request(page)
            request.meta[LISTING_ROOT] = self.listing_root(shell)
            if self.allowed(page.url) and self.first_listing_request(request):
                yield request
