"""Scrapy components: family base spiders, portal spiders, items, pipelines, middlewares."""
