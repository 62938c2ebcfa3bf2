"""Shared fixtures: the saved test portals and one replay server for the whole session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.expected import TODAY_ENV
from crawler.replay.server import ReplayServer

PORTALS_DIR = Path(__file__).parent / "portals"
# Overdue reports are judged on this date (crawler/expected.py), in this process and every
# crawl it starts: the saved portals' reports run up to 2024, due by 2025-04-01, so no test
# changes with the calendar. A test of another date passes it (--today, or its own value).
os.environ[TODAY_ENV] = "2025-03-31"


@pytest.fixture(scope="session")
def sites_dir() -> Path:
    """tests/portals: one folder per test portal, its saved pages in <slug>/site/<host>/<path>
    (the replay server serves them all; see tests/portals/README.md)."""
    return PORTALS_DIR


@pytest.fixture(scope="session")
def replay_server(sites_dir: Path) -> Iterator[ReplayServer]:
    """The replay proxy serving every portal of tests/portals (``replay_server.url`` is the
    HTTP proxy)."""
    with ReplayServer(sites_dir) as server:
        yield server
