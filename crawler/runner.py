"""Run a crawl of several portals in one Scrapy process and record it as one crawl run.

    python -m crawler.runner --data-dir D [--replay tests/portals] [--portal-dir tests/portals]
                             [--refresh] [--since 2020] [--today YYYY-MM-DD]
                             [-s KEY=VALUE …] [SLUG …]

prints the CrawlResult as JSON on stdout; exits 1 when a portal failed (crawler/outcome.py: an
error, an empty crawl, a problem such as listing_incomplete, or its report on last year overdue,
crawler/expected.py), 2 when the portals are unknown or another crawl holds the data directory,
128 + N when stopped by signal N. Twisted's reactor cannot restart, so one process runs one
crawl: tests call this module in a subprocess (which dies with its parent).
"""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.archiving import (
    CrawlLocked,
    close_databases,
    corpus_path,
    crawl_lock,
    shared_archive,
    shared_corpus,
)
from crawler.catch_up import catch_up_corpus
from crawler.expected import PUBLICATION_DEADLINE, expected_missing
from crawler.extensions import portal_summary
from crawler.outcome import failed_portals
from crawler.spiders.portals import portal_spider_class
from crawler.stopping import (
    Interrupted,
    StopSignals,
    bound_graceful_stop,
    die_with_parent,
    interrupt_on_signal,
    noting_signals,
)
from crawler.textless import note_textless_reports
from db.archive.store import mark_run_interrupted
from db.corpus.rebuild import UpdateStats
from settings.registry import Portal, RegistryError, load_registry, portal_dirs

logger = logging.getLogger(__name__)

STORAGE_ERRORS = (sqlite3.OperationalError, OSError)   # disk full, file size limit …

# Loopback only: the replay server is on this machine, politeness delays protect nobody.
REPLAY_SETTINGS = {
    "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
}


@dataclass
class CrawlResult:
    run_id: int
    archive: str
    corpus: str
    portals: dict[str, dict[str, Any]] = field(default_factory=dict)  # slug → portal_summary
    interrupted: int | None = None   # the signal that stopped the crawl (run `interrupted`)

    @property
    def failed_portals(self) -> list[str]:
        """Portals whose crawl failed (crawler/outcome.py: the one definition)."""
        return failed_portals(self.portals)

    @property
    def exit_status(self) -> int:
        """128 + signal when interrupted, 1 when a portal failed, else 0."""
        if self.interrupted:
            return 128 + self.interrupted
        return 1 if self.failed_portals else 0

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1, default=str)


def crawl_settings(data_dir: Path, overrides: dict[str, Any] | None) -> Settings:
    settings = Settings()
    settings.setmodule("settings.scrapy_settings", priority="project")
    settings.set("FAZHI_DATA_DIR", str(data_dir), priority="cmdline")
    settings.setdict(overrides or {}, priority="cmdline")
    return settings


def select_portals(registry: dict[str, Portal], slugs: Iterable[str] | None) -> list[Portal]:
    wanted = list(slugs or registry)
    unknown = [slug for slug in wanted if slug not in registry]
    if unknown:
        raise RegistryError(f"unknown portal(s): {', '.join(unknown)} "
                            f"(registered: {', '.join(sorted(registry))})")
    return [registry[slug] for slug in wanted]


def run_crawl(slugs: list[str] | None, *, data_dir: Path = Path("data"),
              replay_root: Path | None = None, refresh: bool = False, since: int | None = None,
              extra_portal_dirs: Sequence[str | Path] = (),
              settings_overrides: dict[str, Any] | None = None,
              replay_log: Path | None = None, today: date | None = None,
              progress: bool = False) -> CrawlResult:
    """Crawl `slugs` (default: every registered portal) in one CrawlerProcess, then catch the
    corpus up (crawler/catch_up.py).

    With `replay_root`, a local ReplayServer serves the saved pages; `replay_log` then receives
    its request log as JSON ([method, url, status] per request), for tests. Each portal's
    summary gets `missing_years`: last year, when its report is overdue on `today` (default:
    $FAZHI_TODAY, else the real date; see crawler/expected.py). `progress` shows a bar per
    portal. Raises CrawlLocked when another crawl writes the same archive. A SIGTERM/SIGINT
    stops the crawl within seconds: the run is marked `interrupted` and the result says so."""
    # First thing: a signal before Scrapy's handlers exist is noted, and the run marked.
    with noting_signals() as stops:
        portals = select_portals(load_registry(portal_dirs(extra_portal_dirs)), slugs)
        settings = crawl_settings(Path(data_dir), settings_overrides)
        if progress:
            settings.set("FAZHI_PROGRESS", True, priority="cmdline")
        with crawl_lock(settings):
            archive = shared_archive(settings)
            for dead in archive.mark_dead_runs():
                logger.warning("crawl run %d was left running by a process that is gone: "
                               "marked interrupted", dead)
            server = start_replay(replay_root, settings)
            run_id = archive.start_run([p.slug for p in portals])
            stops.last_words = partial(mark_run_interrupted, archive.path, run_id)
            settings.set("FAZHI_RUN_ID", run_id, priority="cmdline")
            result = CrawlResult(run_id=run_id, archive=str(archive.path),
                                 corpus=str(corpus_path(settings)))
            try:
                _run(result, portals, settings, stops, server=server, replay_log=replay_log,
                     options={"refresh": refresh, "since": since}, today=today)
            finally:
                close_databases()
    return result


def _run(result: CrawlResult, portals: list[Portal], settings: Settings, stops: StopSignals,
         *, server: Any, replay_log: Path | None, options: dict[str, Any],
         today: date | None) -> None:
    """The crawl, then the catch-up, recorded in the run (finished, interrupted or failed)."""
    archive = shared_archive(settings)
    try:
        try:
            result.portals = _crawl(portals, settings, stops, **options)
        finally:   # the network part is over: the log holds the crawl's requests only
            stop_replay(server, replay_log)
        with interrupt_on_signal(stops):
            if stops.received:
                raise Interrupted(stops.received[0])
            caught_up = catch_up_corpus(settings, [p.slug for p in portals], portals)
            count_documents(result.portals, caught_up)
            note_missing_years(result.portals, shared_corpus(settings), today)
            note_textless_reports(result.portals, shared_corpus(settings))   # never `ok`
            finish_run(archive, result.run_id, {
                "portals": result.portals,
                "corpus_catch_up": caught_up.articles - caught_up.unchanged})
    except Interrupted as stop:
        result.interrupted = stop.signum
        logger.error("crawl interrupted (%s): run %d marked interrupted; what was fetched is "
                     "archived, the next crawl catches the corpus up", stop, result.run_id)
        finish_run(archive, result.run_id, {"portals": result.portals}, status="interrupted")
    except STORAGE_ERRORS as exc:   # e.g. the disk filled up during the catch-up
        logger.error("cannot write %s: %s (is the disk full?); the corpus is not caught up",
                     corpus_path(settings), exc)
        for summary in result.portals.values():
            summary.setdefault("problems", []).append({
                "kind": "corpus_unwritable", "url": str(corpus_path(settings)),
                "detail": f"{exc} (is the disk full?)"})
        finish_run(archive, result.run_id, {"portals": result.portals}, status="failed")
    except BaseException:
        finish_run(archive, result.run_id, {"portals": result.portals}, status="failed")
        raise


def finish_run(archive: Any, run_id: int, stats: dict[str, Any], status: str = "finished"
               ) -> None:
    """Record the run's end; a full disk leaves it `running`, marked interrupted next time."""
    try:
        archive.finish_run(run_id, stats, status=status)
    except STORAGE_ERRORS as exc:
        logger.error("cannot record crawl run %d in %s: %s", run_id, archive.path, exc)


def start_replay(replay_root: Path | None, settings: Settings) -> Any:
    """A local ReplayServer for `replay_root` (None: a live crawl), wired into `settings`."""
    if replay_root is None:
        return None
    from crawler.replay.server import ReplayServer

    server = ReplayServer(replay_root).start()
    settings.setdict({**REPLAY_SETTINGS, "FAZHI_REPLAY_PROXY": server.url}, "cmdline")
    return server


def stop_replay(server: Any, replay_log: Path | None) -> None:
    if server is not None:
        server.stop()
        if replay_log is not None:
            Path(replay_log).write_text(json.dumps(server.requests, ensure_ascii=False))


def count_documents(summaries: dict[str, dict[str, Any]], caught_up: UpdateStats) -> None:
    """A portal's `documents`: the reports the catch-up cleaned into the corpus for it."""
    for slug, summary in summaries.items():
        summary["documents"] = caught_up.by_portal.get(slug, {}).get("documents", 0)


def _crawl(portals: list[Portal], settings: Settings, stops: StopSignals, *, refresh: bool,
           since: int | None) -> dict[str, dict[str, Any]]:
    """The portals' summaries; a stop signal (noted in `stops`) ends the crawl early."""
    process = CrawlerProcess(settings)
    crawlers, summaries = {}, {}
    for portal in portals:
        try:
            crawler = process.create_crawler(portal_spider_class(portal))
            deferred = process.crawl(crawler, refresh=refresh, since=since)
        except Exception as exc:  # one broken portal never stops the others
            logger.error("%s: could not start: %s", portal.slug, exc)
            summaries[portal.slug] = {"error": str(exc), "empty": True}
            continue
        deferred.addErrback(_log_crawl_failure, portal.slug, summaries)
        crawlers[portal.slug] = crawler
    from twisted.internet import reactor

    # After Scrapy installed its signal handlers at startup: bound its graceful stop.
    reactor.callWhenRunning(reactor.callLater, 0, bound_graceful_stop, reactor, stops)
    if not stops.received:   # stopped already: start no crawl
        process.start()
    # Scrapy's handlers would act on a stopped reactor: the policy's come back (a first
    # signal from here on is noted, so the run is still marked interrupted).
    stops.install()
    for slug, crawler in crawlers.items():
        stats = crawler.stats.get_stats() if crawler.stats else {}
        if stops.received and stats.get("finish_reason") in (None, "finished"):
            stats = {**stats, "finish_reason": "shutdown"}
        summaries[slug] = {**portal_summary(stats), **summaries.get(slug, {})}
    return summaries


def note_missing_years(summaries: dict[str, dict[str, Any]], corpus: Any,
                       today: date | None) -> None:
    """Add `missing_years` to every portal summary (an empty list when nothing is overdue)."""
    missing = expected_missing(corpus, list(summaries), today)
    for slug, summary in summaries.items():
        summary["missing_years"] = [year for portal, year in missing if portal == slug]
        for year in summary["missing_years"]:
            logger.error("%s: no report on %d found, and it was due by %s", slug, year,
                         date(year + 1, *PUBLICATION_DEADLINE).isoformat())


def _log_crawl_failure(failure: Any, slug: str, summaries: dict[str, dict[str, Any]]) -> None:
    logger.error("%s: crawl failed: %s", slug, failure.getErrorMessage())
    summaries[slug] = {"error": failure.getErrorMessage()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.runner", description=__doc__)
    parser.add_argument("slugs", nargs="*", help="portal slugs (default: all)")
    parser.add_argument("--data-dir", type=Path, default=Path("data"))
    parser.add_argument("--replay", type=Path, help="serve saved pages from this directory")
    parser.add_argument("--replay-log", type=Path, help="write the replay request log here")
    parser.add_argument("--portal-dir", action="append", default=[], help="extra registry dir")
    parser.add_argument("--refresh", action="store_true")
    parser.add_argument("--since", type=int)
    parser.add_argument("--today", type=date.fromisoformat,
                        help="the date overdue reports are judged on (default: $FAZHI_TODAY, "
                        "else today)")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="KEY=VALUE")
    args = parser.parse_args(argv)
    die_with_parent()   # run by a test or the bench: never outlive it
    overrides = dict(item.split("=", 1) for item in args.set)
    try:
        result = run_crawl(args.slugs or None, data_dir=args.data_dir, replay_root=args.replay,
                           refresh=args.refresh, since=args.since,
                           extra_portal_dirs=args.portal_dir, settings_overrides=overrides,
                           replay_log=args.replay_log, today=args.today)
    except (RegistryError, CrawlLocked) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(result.to_json())
    return result.exit_status


if __name__ == "__main__":
    sys.exit(main())
