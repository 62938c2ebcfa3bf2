"""Local replay server: saved portal pages served as an HTTP proxy on 127.0.0.1 (no Scrapy here).

The crawler points Scrapy at it (``FAZHI_REPLAY_PROXY``) for offline crawls; the tests, the demo
and the benchmarks start it on saved sites. See ``crawler.replay.server`` for the rules.
"""

from crawler.replay.server import ReplayServer

__all__ = ["ReplayServer"]
