"""The archive as the crawler sees it: one shared `Archive` per file, the current run id.

All crawlers of one process (crawler.runner runs every portal in one CrawlerProcess) share one
connection per archive file: writes happen in the reactor thread one at a time anyway.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler
from scrapy.settings import BaseSettings

from db.archive.store import Archive
from db.corpus.store import Corpus
from settings import paths

LOCK_SUFFIX = ".lock"   # <archive>.lock: held by the one crawl writing that archive

_ARCHIVES: dict[Path, Archive] = {}
_CORPORA: dict[Path, Corpus] = {}


def archive_path(settings: BaseSettings) -> Path:
    return paths.archive_path(settings.get("FAZHI_DATA_DIR"), settings.get("FAZHI_ARCHIVE"))


def corpus_path(settings: BaseSettings) -> Path:
    return paths.corpus_path(settings.get("FAZHI_DATA_DIR"), settings.get("FAZHI_CORPUS"))


def shared_archive(settings: BaseSettings) -> Archive:
    return _shared(_ARCHIVES, archive_path(settings), Archive)


def shared_corpus(settings: BaseSettings) -> Corpus:
    return _shared(_CORPORA, corpus_path(settings), Corpus)


def _shared(opened: dict, path: Path, open_database):
    """One open database per file for the whole process (all spiders of a crawl share it)."""
    path = path.resolve()
    if path not in opened:
        path.parent.mkdir(parents=True, exist_ok=True)
        opened[path] = open_database(path)
    return opened[path]


def close_databases() -> None:
    """Close every archive and corpus this process opened (the runner calls it at the end)."""
    databases: list[Archive | Corpus] = [*_ARCHIVES.values(), *_CORPORA.values()]
    for database in databases:
        database.close()
    _ARCHIVES.clear()
    _CORPORA.clear()


class CrawlLocked(Exception):
    """Another crawl holds this archive's lock."""


@contextmanager
def crawl_lock(settings: BaseSettings, holder: str = "crawl") -> Iterator[Path]:
    """Hold `<archive>.lock` for the block, or raise CrawlLocked naming the crawl or rebuild
    (`holder`, with its PID) that holds it: a rebuild swapping the corpus under a crawl's
    catch-up would break it. An advisory `flock`: the kernel drops it when its process dies, so
    a killed crawl's lock file (its PID still inside) is simply taken over."""
    archive = archive_path(settings)
    archive.parent.mkdir(parents=True, exist_ok=True)
    lock = archive.with_name(archive.name + LOCK_SUFFIX)
    handle = open(lock, "a+", encoding="ascii")   # noqa: SIM115 — held for the block
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            pid, _, what = handle.read().strip().partition(" ")
            doing = "writing" if what in ("", "crawl") else "reading"
            raise CrawlLocked(f"another {what or 'crawl'} (PID {pid or '?'}) is {doing} "
                              f"{archive}; wait for it to finish or stop it, or use another "
                              "--data-dir") from None
        handle.truncate(0)
        handle.write(f"{os.getpid()} {holder}\n")
        handle.flush()
        yield lock
    finally:
        handle.close()   # closing the file releases the lock


def run_id(crawler: Crawler) -> int:
    """FAZHI_RUN_ID from the runner, else a run of this crawler's own (a plain `scrapy crawl`),
    opened on first use and finished by crawler.extensions.CrawlRunExtension."""
    configured = crawler.settings.get("FAZHI_RUN_ID")
    if configured is not None:
        return int(configured)
    own = getattr(crawler, "fazhi_own_run_id", None)
    if own is None:
        spider = getattr(crawler, "spider", None)
        own = shared_archive(crawler.settings).start_run([spider.name] if spider else [])
        setattr(crawler, "fazhi_own_run_id", own)   # noqa: B010 - Crawler has no such slot
    return own


def request_fields(request: Any, spider_name: str | None) -> dict[str, Any]:
    """The archive columns a request's meta decides (see docs/architecture.md)."""
    meta = request.meta
    role = meta.get("fazhi_role") or (
        "robots" if request.url.split("?")[0].endswith("/robots.txt") else "other")
    return {
        "portal": spider_name, "url": (meta.get("redirect_urls") or [request.url])[0],
        "role": role, "article_url": meta.get("fazhi_article_url"),
        "page_no": meta.get("fazhi_page_no"), "title_hint": meta.get("fazhi_title"),
        "method": request.method,
    }
