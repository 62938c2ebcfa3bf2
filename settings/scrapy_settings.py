"""Scrapy settings for fazhi: polite by default (government portals are small servers).

Delays only go to zero in `crawler.runner` when crawling the local replay server.
"""

import os

from settings import paths

# Scrapy's CookiesMiddleware asks tldextract whether a cookie's domain is a public suffix; on
# first use tldextract downloads the list from publicsuffix.org (a request that leaves the
# machine, and a traceback where there is no network). An empty list of URLs is tldextract's
# documented switch for "use the snapshot bundled with the package". It is read when the
# TLDExtract instance is built, at the import of scrapy's cookies middleware, which comes after
# this settings module in `scrapy crawl`, scrapyd and crawler.runner.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

BOT_NAME = "fazhi"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
# Also loads the portals of the FAZHI_PORTAL_DIRS setting (-s FAZHI_PORTAL_DIRS=tests/portals).
SPIDER_LOADER_CLASS = "crawler.spiderloader.PortalSpiderLoader"

USER_AGENT = "fazhi/0.1 (+https://example.org/fazhi; research crawler for 法治政府建设年度报告)"
ROBOTSTXT_OBEY = True

# Politeness: one portal is one small server, often behind an anti-bot gateway.
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DOWNLOAD_TIMEOUT = 60
DOWNLOAD_MAXSIZE = 50 * 1024 * 1024   # attachments above this are recorded as too_large
DOWNLOAD_WARNSIZE = 10 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
# 412/521 are anti-bot challenges: retrying them only looks more like a bot.
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]

COOKIES_ENABLED = True
TELNETCONSOLE_ENABLED = False
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"

DOWNLOADER_MIDDLEWARES = {
    # Before RobotsTxt (100) so robots.txt fetches also go through the replay proxy, and before
    # HttpProxyMiddleware (750) which acts on meta["proxy"].
    "crawler.middlewares.ReplayProxyMiddleware": 90,
    "crawler.middlewares.ConditionalGetMiddleware": 560,
    # process_response runs from high to low numbers: at 585 a response has passed
    # RedirectMiddleware (600: only final responses, with meta redirect_urls) and
    # HttpCompressionMiddleware (590: body decompressed), but not yet RetryMiddleware (550),
    # which would swallow 5xx responses and download exceptions before they are recorded.
    "crawler.middlewares.ArchiveMiddleware": 585,
    # Moved from 580 to above the archive (after decompression, 590): a page that only
    # <meta http-equiv="refresh">es on is a redirect like a 302, never archived itself (a link
    # stub whose target is dead was stored as an empty report under the stub's title).
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": 587,
    # A 2xx answer's `Refresh: 0; url=…` header, followed as the tag is, also above the archive.
    "crawler.middlewares_http.RefreshHeaderMiddleware": 588,
    # Sees a 429/503 before RetryMiddleware (550): its Retry-After is waited for, up to
    # FAZHI_RETRY_AFTER_MAX, before the retry (RetryMiddleware would retry at once).
    "crawler.middlewares_http.RetryAfterMiddleware": 555,
    # Below the archive (585: it names the answer `blocked`), above RetryMiddleware: a 200
    # JS challenge page is asked again, FAZHI_CHALLENGE_RETRIES times (crawler/js_walls.py).
    "crawler.js_walls.ChallengeRetryMiddleware": 552,
    # Above RedirectMiddleware: sees the 3xx itself, so an offsite redirect is recorded.
    "crawler.middlewares.OffsiteRedirectMiddleware": 610,
}
ITEM_PIPELINES = {
    "crawler.pipelines.ValidationPipeline": 100,
    "crawler.pipelines.ArchivedItemPipeline": 500,
}
EXTENSIONS = {
    "crawler.extensions.CrawlRunExtension": 500,
    # After a crawl without crawler.runner (scrapy crawl, scrapyd): clean into the corpus.
    "crawler.catch_up.CatchUpExtension": 510,
    "crawler.progress.ProgressExtension": 520,     # only with FAZHI_PROGRESS (the runner's)
}

# fazhi settings (docs/architecture.md).
FAZHI_DATA_DIR = os.environ.get(paths.DATA_DIR_ENV, paths.DEFAULT_DATA_DIR)
FAZHI_ARCHIVE = None          # default: <FAZHI_DATA_DIR>/archive.db
FAZHI_CORPUS = None           # default: <FAZHI_DATA_DIR>/corpus.db
FAZHI_REPLAY_PROXY = None     # e.g. http://127.0.0.1:8765 — every request goes there
FAZHI_PORTAL_DIRS = [d for d in os.environ.get("FAZHI_PORTAL_DIRS", "").split(os.pathsep) if d]
FAZHI_RUN_ID = None           # set by crawler.runner; a plain `scrapy crawl` opens its own run
FAZHI_PROGRESS = False        # a progress bar per portal on stderr (responses, reports)
FAZHI_REFRESH = False         # re-download archived articles that sent no validators
FAZHI_ATTACHMENT_MAXSIZE = 30 * 1024 * 1024
# The longest Retry-After (seconds) a 429/503 is waited for before its retry; a server asking
# for more is given up on, the failure naming the wait it asked (crawler/middlewares_http.py).
FAZHI_RETRY_AFTER_MAX = 60.0
# How often a 200 anti-bot/JS challenge page is asked again before it is a `blocked` failure.
FAZHI_CHALLENGE_RETRIES = 2
