"""Run a crawl of several portals in one Scrapy process and record it as one crawl run.

    python -m crawler.runner --data-dir D [--replay tests/sites] [--portal-dir tests/portals]
                             [--refresh] [--since 2020] [--today YYYY-MM-DD]
                             [-s KEY=VALUE …] [SLUG …]

prints the CrawlResult as JSON on stdout; exits 1 when a portal came back empty or failed, or
its report on last year is overdue (`missing_years`, crawler/expected.py). Twisted's reactor
cannot restart, so one process runs one crawl: tests call this module in a subprocess.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from tqdm import tqdm

from crawler.archiving import (
    archive_path,
    close_databases,
    corpus_path,
    shared_archive,
    shared_corpus,
)
from crawler.expected import PUBLICATION_DEADLINE, expected_missing
from crawler.extensions import portal_summary
from crawler.outcome import failed_portals
from crawler.spiders.portals import portal_spider_class
from db.corpus.rebuild import UpdateStats
from settings.registry import Portal, RegistryError, load_registry, portal_dirs

logger = logging.getLogger(__name__)

# The corpus is caught up after the crawl (catch_up_corpus): the Scrapy process only archives.
INGEST_DURING_CRAWL = "FAZHI_INGEST_DURING_CRAWL"      # crawler/pipelines.py
# cleaning processes of the catch-up (db.corpus.rebuild.update), as a rebuild's
CATCH_UP_WORKERS = 2
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

    @property
    def failed_portals(self) -> list[str]:
        """Portals whose crawl failed (crawler/outcome.py: the one definition)."""
        return failed_portals(self.portals)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1, default=str)


def crawl_settings(data_dir: Path, overrides: dict[str, Any] | None) -> Settings:
    settings = Settings()
    settings.setmodule("settings.scrapy_settings", priority="project")
    settings.set("FAZHI_DATA_DIR", str(data_dir), priority="cmdline")
    settings.set(INGEST_DURING_CRAWL, False, priority="project")   # -s can turn it back on
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
    """Crawl `slugs` (default: every registered portal) in one CrawlerProcess.

    With `replay_root`, a local ReplayServer serves the saved pages; `replay_log` then receives
    its request log as JSON ([method, url, status] per request), for tests. Each portal's
    summary gets `missing_years`: last year, when its report is overdue on `today` (default:
    the real date; see crawler/expected.py). `progress` shows a bar of finished portals."""
    portals = select_portals(load_registry(portal_dirs(extra_portal_dirs)), slugs)
    settings = crawl_settings(Path(data_dir), settings_overrides)
    server = None
    if replay_root is not None:
        from crawler.replay.server import ReplayServer

        server = ReplayServer(replay_root).start()
        settings.setdict({**REPLAY_SETTINGS, "FAZHI_REPLAY_PROXY": server.url}, "cmdline")
    archive = shared_archive(settings)
    run_id = archive.start_run([p.slug for p in portals])
    settings.set("FAZHI_RUN_ID", run_id, priority="cmdline")
    try:
        try:
            summaries = _crawl(portals, settings, refresh=refresh, since=since,
                               progress=progress)
        finally:   # the network part is over: the log holds the crawl's requests only
            stop_replay(server, replay_log)
        caught_up = catch_up_corpus(settings, [p.slug for p in portals])
        count_documents(summaries, caught_up, settings)
        note_missing_years(summaries, shared_corpus(settings), today)
        archive.finish_run(run_id, {"portals": summaries,
                                    "corpus_catch_up": caught_up.articles - caught_up.unchanged})
    except BaseException:
        archive.finish_run(run_id, {}, status="failed")
        raise
    result = CrawlResult(run_id=run_id, archive=str(archive.path),
                         corpus=str(corpus_path(settings)), portals=summaries)
    close_databases()
    return result


def stop_replay(server: Any, replay_log: Path | None) -> None:
    if server is not None:
        server.stop()
        if replay_log is not None:
            Path(replay_log).write_text(json.dumps(server.requests, ensure_ascii=False))


def catch_up_corpus(settings: Settings, slugs: list[str]) -> UpdateStats:
    """Clean into the corpus what the archive holds of these portals but the corpus lacks
    (`db.corpus.rebuild.update`, in CATCH_UP_WORKERS processes): the articles this crawl archived
    (it does not clean them itself, see crawler/pipelines.py), and e.g. those archived by a crawl
    killed before they were cleaned, which the next crawl only revalidates (304)."""
    from db.corpus.rebuild import update

    # Scrapy's threads may still hold locks: the workers must not be forked from this process.
    stats = update(archive_path(settings), corpus_path(settings), portals=slugs,
                   workers=CATCH_UP_WORKERS, start_method="forkserver")
    if stats.articles - stats.unchanged:
        logger.info("corpus caught up with the archive: %d article(s) cleaned in %.1f s",
                    stats.articles - stats.unchanged, stats.seconds)
    return stats


def count_documents(summaries: dict[str, dict[str, Any]], caught_up: UpdateStats,
                    settings: Settings) -> None:
    """A portal's `documents`: the reports cleaned into the corpus for it, by the catch-up when
    the crawl itself did not clean (the default), else by the crawl's pipeline."""
    if settings.getbool(INGEST_DURING_CRAWL, True):
        return
    for slug, summary in summaries.items():
        summary["documents"] = caught_up.by_portal.get(slug, {}).get("documents", 0)


def _crawl(portals: list[Portal], settings: Settings, *, refresh: bool,
           since: int | None, progress: bool = False) -> dict[str, dict[str, Any]]:
    process = CrawlerProcess(settings)
    crawlers, summaries = {}, {}
    bar = tqdm(total=len(portals), desc="portals crawled", unit="portal", disable=not progress)
    for portal in portals:
        try:
            crawler = process.create_crawler(portal_spider_class(portal))
            deferred = process.crawl(crawler, refresh=refresh, since=since)
        except Exception as exc:  # one broken portal never stops the others
            logger.error("%s: could not start: %s", portal.slug, exc)
            summaries[portal.slug] = {"error": str(exc), "empty": True}
            continue
        deferred.addErrback(_log_crawl_failure, portal.slug, summaries)
        deferred.addBoth(_advance, bar, portal.slug)
        crawlers[portal.slug] = crawler
    process.start()
    bar.close()
    for slug, crawler in crawlers.items():
        stats = crawler.stats.get_stats() if crawler.stats else {}
        summaries[slug] = {**portal_summary(stats), **summaries.get(slug, {})}
    return summaries


def _advance(result: Any, bar: tqdm, slug: str) -> Any:
    bar.set_postfix_str(slug, refresh=False)
    bar.update()
    return result


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
                        help="the date overdue reports are judged on (default: today)")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="KEY=VALUE")
    args = parser.parse_args(argv)
    overrides = dict(item.split("=", 1) for item in args.set)
    try:
        result = run_crawl(args.slugs or None, data_dir=args.data_dir, replay_root=args.replay,
                           refresh=args.refresh, since=args.since,
                           extra_portal_dirs=args.portal_dir, settings_overrides=overrides,
                           replay_log=args.replay_log, today=args.today)
    except RegistryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(result.to_json())
    return 1 if result.failed_portals else 0


if __name__ == "__main__":
    sys.exit(main())
