"""Shared fixtures: the saved sample portals and one replay server for the whole session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.replay.server import ReplayServer

SITES_DIR = Path(__file__).parent / "sites"


@pytest.fixture(scope="session")
def sites_dir() -> Path:
    """tests/sites: saved portal pages laid out as <host>/<path>."""
    return SITES_DIR


@pytest.fixture(scope="session")
def replay_server(sites_dir: Path) -> Iterator[ReplayServer]:
    """The replay proxy serving tests/sites; use ``replay_server.url`` as the HTTP proxy."""
    with ReplayServer(sites_dir) as server:
        yield server
