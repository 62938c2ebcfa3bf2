"""Benchmark 3 (and 5 for the crawl): crawl a generated 2,000-article portal through the replay
server with ``python -m crawler.runner``, next to ``scrapy bench`` in the same run.

Both rates come from Scrapy's own closing stats of each process (``elapsed_time_seconds``), so
process start-up is left out of both: ours is the responses the run archived per second, scrapy
bench's the responses it received per second (it crawls its own local link server, with Scrapy's
default settings, for ``CLOSESPIDER_TIMEOUT`` seconds). Then a second crawl with nothing changed:
the replay server's request log tells how many articles were downloaded again (goal 0).
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, Figure, db_bytes, run_child, say
from bench.site_gen import COLUMN, HOST, SLUG, generate_site

GOAL_RATIO = 0.5
STATS_RX = re.compile(r"'(elapsed_time_seconds|response_received_count)': ([\d.]+)")
CATCH_UP_RX = re.compile(r"corpus caught up with the archive: (\d+) article\(s\) cleaned "
                         r"in ([\d.]+) s")
ARTICLE_URL_RX = re.compile(r"/t\d{8}_\d+(?:_\d+)?\.s?html?$")


def closing_stats(log: str) -> dict[str, float]:
    """The numbers of the last Scrapy stats dump in a log."""
    found: dict[str, float] = {}
    for name, value in STATS_RX.findall(log):
        found[name] = float(value)
    for articles, seconds in CATCH_UP_RX.findall(log):   # the runner's corpus update after it
        found["catch_up_articles"], found["catch_up_seconds"] = float(articles), float(seconds)
    return found


def scrapy_bench(seconds: int = 10) -> tuple[float, str]:
    """(responses/s, summary) of ``scrapy bench`` run outside the project (default settings)."""
    with tempfile.TemporaryDirectory(prefix="fazhi-scrapy-bench-") as cwd:
        done = run_child(   # stops with the bench, dies with it (issue 13)
            [str(Path(sys.executable).parent / "scrapy"), "bench",
             "-s", f"CLOSESPIDER_TIMEOUT={seconds}", "-s", "LOG_LEVEL=INFO"],
            cwd=cwd, timeout=seconds + 120)
    stats = closing_stats(done.stderr)
    per_minute = re.findall(r"at (\d+) pages/min", done.stderr)
    received, seconds = stats.get("response_received_count", 0), stats.get("elapsed_time_seconds")
    rate = received / seconds if seconds else 0.0
    return rate, (f"{int(received)} responses in {seconds or 0:.1f} s; log: "
                  f"{', '.join(per_minute[-3:])} pages/min")


def crawl(site: Path, portal_dir: Path, data_dir: Path, log: Path) -> tuple[dict, dict, float]:
    """One ``python -m crawler.runner`` run: (CrawlResult JSON, closing stats, wall seconds)."""
    started = time.perf_counter()
    done = run_child(   # on a stopped bench its run is marked interrupted
        [sys.executable, "-m", "crawler.runner", "--data-dir", str(data_dir), "--replay",
         str(site), "--portal-dir", str(portal_dir), "--replay-log", str(log), SLUG],
        cwd=ROOT, timeout=900)
    wall = time.perf_counter() - started
    if not done.stdout.strip():
        raise RuntimeError(f"crawl failed (exit {done.returncode}): {done.stderr[-2000:]}")
    return json.loads(done.stdout), closing_stats(done.stderr), wall


def archived(archive: Path, run_id: int) -> tuple[int, int]:
    """(responses recorded in the run, raw body bytes fetched in it)."""
    with sqlite3.connect(archive) as conn:
        return conn.execute("SELECT COUNT(*), COALESCE(SUM(body_size), 0) FROM responses "
                            "WHERE run_id = ?", [run_id]).fetchone()


def checkpointed(archive: Path) -> Path:
    """The archive with its WAL folded in, so that its size on disk is its real size."""
    with sqlite3.connect(archive) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return archive


def article_downloads(log: Path) -> tuple[int, int]:
    """(article pages served with a body, article pages answered 304) in a replay log."""
    requests = json.loads(log.read_text())
    articles = [(url, status) for _, url, status in requests if ARTICLE_URL_RX.search(url)]
    return (sum(1 for _, status in articles if status == 200),
            sum(1 for _, status in articles if status == 304))


def run(articles: int = 2000, bench_seconds: int = 10,
        workdir: Path | None = None) -> tuple[list[Figure], dict]:
    work = Path(workdir or tempfile.mkdtemp(prefix="fazhi-bench-crawl-"))
    site = generate_site(work / "site", work / "portals", articles)
    say(f"[crawl] site http://{HOST}{COLUMN}: {site.articles} articles ({site.article_files} "
        f"pages), {site.listing_pages} listing pages, {site.bytes / 2**20:.0f} MiB")
    theirs, summary = scrapy_bench(bench_seconds)
    say(f"[crawl] scrapy bench: {theirs:.0f} responses/s ({summary})")
    result, stats, wall = crawl(site.root, site.portal_dir, work / "data", work / "log1.json")
    responses, raw = archived(Path(result["archive"]), result["run_id"])
    ours = responses / stats["elapsed_time_seconds"]
    portal = result["portals"].get(SLUG, {})
    say(f"[crawl] fazhi crawl: {responses} responses archived in "
        f"{stats['elapsed_time_seconds']:.1f} s of crawling, {ours:.0f} responses/s; then "
        f"{stats.get('catch_up_articles', 0):.0f} articles cleaned into the corpus in "
        f"{stats.get('catch_up_seconds', 0):.1f} s ({portal.get('documents')} documents); "
        f"{wall:.1f} s in all with process start")
    downloads_before, _ = article_downloads(work / "log1.json")
    again, stats2, wall2 = crawl(site.root, site.portal_dir, work / "data", work / "log2.json")
    downloads, revalidated = article_downloads(work / "log2.json")
    say(f"[crawl] re-crawl, nothing changed: {downloads} article downloads (first crawl "
        f"{downloads_before}), {revalidated} answered 304, {wall2:.1f} s")
    storage = {"raw": raw, "disk": db_bytes(checkpointed(Path(result["archive"])))}
    return [
        Figure("crawl_vs_scrapy_bench_responses_per_s", ours / theirs, GOAL_RATIO,
               higher_is_better=True, unit="×", rounds=1,
               detail=f"fazhi {ours:.0f}/s, scrapy bench {theirs:.0f}/s"),
        Figure("recrawl_article_downloads", downloads, 0, higher_is_better=False, rounds=1,
               detail=f"{revalidated} revalidated with 304"),
    ], storage
