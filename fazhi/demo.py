"""The main job on the bundled sample portals: crawl offline, build the corpus, show it."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import click

from fazhi import report

DEMO_QUERY = "复议"


def run_demo(*, data_dir: Path, sites: Path) -> int:
    """Crawl every registered portal from the saved pages in `sites`; return the exit status."""
    from crawler.runner import run_crawl
    from db.corpus.search import search

    click.echo(f"Serving saved portal pages from {sites} on 127.0.0.1 and crawling them…\n")
    result = run_crawl(None, data_dir=data_dir, replay_root=sites,
                       settings_overrides={"LOG_LEVEL": "WARNING"})
    report.print_crawl(result)
    if result.interrupted:   # no corpus to show yet: say so, not "no corpus at …"
        click.echo(f"\ninterrupted: the demo stopped; what was fetched is in {result.archive}. "
                   "Run it again to finish.", err=True)
        return result.exit_status
    corpus = Path(result.corpus)
    # The crawl's table just said how each portal did: no last-crawl line again.
    click.echo("\n" + report.format_stats(corpus, Path(result.archive), last_crawl=False))
    hits = search(corpus, DEMO_QUERY, limit=3)
    click.echo(f"\n$ fazhi search {DEMO_QUERY} --limit 3\n" + report.format_hits(DEMO_QUERY, hits))
    fazhi = fazhi_command()
    click.echo(f"\nArchive: {Path(result.archive).resolve()}\nCorpus:  {corpus.resolve()}  "
               f"(try: {fazhi} stats, {fazhi} search 行政执法, {fazhi} rebuild)")
    if fazhi != "fazhi":
        click.echo(f"(or run `. {Path(fazhi).parent}/activate` first, then plain `fazhi …`)")
    return 1 if report.crawl_failed(result) else 0


def fazhi_command() -> str:
    """How to run fazhi from here: `fazhi` when this environment's is the one on PATH, else
    its path (.venv/bin/fazhi after `make demo`, whose venv nobody has activated)."""
    mine = Path(sys.executable).parent / "fazhi"
    found = shutil.which("fazhi")
    if found and Path(found).resolve() == mine.resolve():
        return "fazhi"
    try:
        return str(mine.relative_to(Path.cwd()))
    except ValueError:
        return str(mine)
