"""Where fazhi keeps its databases, for the CLI: the `--data-dir` option and errors a person can
act on. The file names themselves are settings/paths.py's."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import click

from settings import paths

DATA_DIR = click.option(
    "--data-dir", type=click.Path(path_type=Path), default=Path(paths.DEFAULT_DATA_DIR),
    show_default=True, envvar=paths.DATA_DIR_ENV,
    help=f"Where {paths.ARCHIVE_FILE} and {paths.CORPUS_FILE} live.",
)


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def archive(self) -> Path:
        return paths.archive_path(self.root)

    @property
    def corpus(self) -> Path:
        return paths.corpus_path(self.root)

    def require_folder(self) -> None:
        """`--data-dir data/corpus.db` is a common slip: the option names the folder."""
        if self.root.is_file():
            hint = (f" (here: --data-dir {self.root.parent})"
                    if self.root.name in (paths.ARCHIVE_FILE, paths.CORPUS_FILE) else "")
            raise click.ClickException(
                f"--data-dir {self.root} is a file: give the folder that holds "
                f"{paths.ARCHIVE_FILE} and {paths.CORPUS_FILE}{hint}.")

    def require_archive(self) -> None:
        self.require_folder()
        if not self.archive.exists():
            raise click.ClickException(
                f"no archive at {self.archive}: run `fazhi crawl` first (or pass --data-dir)."
            )

    def require_corpus(self) -> None:
        self.require_folder()
        if not self.corpus.exists():
            running = self.running_crawl()
            raise click.ClickException(
                f"no corpus at {self.corpus} yet: {running} is running; the corpus is written "
                "when its fetching is done." if running else
                f"no corpus at {self.corpus}: run `fazhi crawl` or `fazhi rebuild` first."
            )

    def running_crawl(self) -> str | None:
        """'crawl (PID N)' when the archive's lock file names a live process (crawler/
        archiving.py writes 'PID crawl|rebuild' there), else None. Only read: taking the lock,
        even for a moment, could refuse a crawl that starts then."""
        try:
            pid, _, what = self.archive.with_name(self.archive.name + ".lock").read_text(
                "ascii").strip().partition(" ")
            os.kill(int(pid), 0)
        except (OSError, ValueError):   # no lock file, no number, no such process
            return None
        return f"a {what or 'crawl'} (PID {pid})"
