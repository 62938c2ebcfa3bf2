"""`fazhi rebuild`: the corpus made again from the archive, and what a stopped one says.

Registered on the main group (fazhi/lazy_commands.py) and imported only when it runs.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

import click

from fazhi import report
from fazhi.paths import DATA_DIR, DataPaths


@click.command("rebuild")
@DATA_DIR
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Cleaning processes.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--page-timeout", type=click.FloatRange(min=0), metavar="SECONDS",
              help="Cleaning time per article before it is skipped as cleaning_timeout "
                   "(default: $FAZHI_CLEANING_TIMEOUT, else 30; 0: no limit).")
def rebuild(data_dir, workers, quiet, page_timeout) -> None:
    """Recreate corpus.db from archive.db, offline and atomically.

    Run it after a cleaning change: every document is cleaned again. If the rebuild fails or is
    interrupted, the previous corpus stays as it was.

    \b
    Examples:
        fazhi rebuild --workers 2
        fazhi rebuild --page-timeout 10
    """
    from scrapy.settings import Settings

    from crawler.archiving import crawl_lock
    from crawler.stopping import Interrupted, interrupt_on_signal
    from db.corpus.ingest import page_timeout as cleaning_budget
    from db.corpus.rebuild import rebuild as run_rebuild

    paths = DataPaths(data_dir)
    paths.require_archive()
    try:
        budget = cleaning_budget(page_timeout)   # a bad $FAZHI_CLEANING_TIMEOUT: one line
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    # Portal rows (province, level filters) come from the previous corpus, else the registry.
    portals_info = None if paths.corpus.exists() else registry_rows()
    before = file_identity(paths.corpus)
    try:   # the crawl's lock: a crawl catching its corpus up while this swaps it would fail
        with crawl_lock(Settings({"FAZHI_DATA_DIR": str(data_dir)}), "rebuild"), \
                interrupt_on_signal() as stops:   # Ctrl-C/SIGTERM: the workers end, the temp goes
            stops.last_words = partial(_rebuild_cut_short, paths.corpus, before)
            stats = run_rebuild(paths.archive, paths.corpus, workers=workers,
                                progress=not quiet, portals_info=portals_info,
                                page_timeout=budget)
    except Interrupted as stop:   # a second signal from here on ends it at once
        click.echo(rebuild_stopped(paths.corpus, before, f" ({stop})"), err=True)
        sys.exit(stop.exit_status)
    click.echo(report.format_rebuild(stats))


def file_identity(path: Path) -> tuple[int, int] | None:
    """(inode, mtime) of a file, None when there is none: the rebuild's replace changes it."""
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_ino, status.st_mtime_ns


def rebuild_stopped(corpus: Path, before: tuple[int, int] | None, why: str = "") -> str:
    """What a stopped rebuild left: a signal just after the replace (the index still moving)
    left the new corpus, whole; before it, the old one untouched."""
    if file_identity(corpus) != before:
        return (f"rebuild interrupted{why} after the rebuilt corpus was in place: {corpus} is "
                "the new one (its search index is made again on the next search if needed)")
    return f"rebuild interrupted{why}: {corpus} is as it was"


def _rebuild_cut_short(corpus: Path, before: tuple[int, int] | None) -> None:
    """A rebuild's last words when its stop cannot wait for the clean-up (a second signal, the
    clean-up's bound): the temp corpus goes."""
    from db.corpus.rebuild import discard_temp
    from db.corpus.replace import temp_path

    discard_temp(temp_path(corpus))
    click.echo(rebuild_stopped(corpus, before), err=True)


def registry_rows() -> list:
    from settings.registry import load_registry

    return list(load_registry().values())
