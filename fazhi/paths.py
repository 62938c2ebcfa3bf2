"""Where fazhi keeps its databases."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import click


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def archive(self) -> Path:
        return self.root / "archive.db"

    @property
    def corpus(self) -> Path:
        return self.root / "corpus.db"

    def require_archive(self) -> None:
        if not self.archive.exists():
            raise click.ClickException(
                f"no archive at {self.archive}: run `fazhi crawl` first (or pass --data-dir)."
            )

    def require_corpus(self) -> None:
        if not self.corpus.exists():
            raise click.ClickException(
                f"no corpus at {self.corpus}: run `fazhi crawl` or `fazhi rebuild` first."
            )
