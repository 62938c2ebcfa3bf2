"""Fixtures for the data tests: a real demo crawl (shared, read-only) and archives of own pages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from data_pages import PORTALS, duplicate_pages, record_pages

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def demo_data(tmp_path_factory) -> Path:
    """A data directory from a real offline crawl of the sample portals (`fazhi demo`).
    Shared by the session: tests copy the files before changing anything."""
    data = tmp_path_factory.mktemp("demo")
    done = subprocess.run([sys.executable, "-m", "fazhi.cli", "demo", "--data-dir", str(data)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return data


@pytest.fixture(scope="session")
def duplicates_corpus(tmp_path_factory) -> Path:
    """A corpus rebuilt (real cleaning) from duplicate_pages(): 5 reports, 2 of them copies."""
    from db.corpus.rebuild import rebuild

    root = tmp_path_factory.mktemp("duplicates")
    record_pages(root / "archive.db", duplicate_pages())
    rebuild(root / "archive.db", root / "corpus.db", workers=1, progress=False,
            portals_info=PORTALS)
    return root / "corpus.db"
