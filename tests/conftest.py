"""Shared fixtures: the saved test portals and one replay server for the whole session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.replay.server import ReplayServer

PORTALS_DIR = Path(__file__).parent / "portals"


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
