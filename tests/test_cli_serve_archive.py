"""`fazhi serve` with a damaged archive beside a good corpus: it serves the corpus, as
`fazhi stats` prints it, with a warning that failed report links are not in the figures.
Before, the figures drawn at start read the archive and the whole server refused to start
(a two-line 'archive.db is damaged' error). Real subprocess, real SQLite, 127.0.0.1 only."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from db.corpus.store import Corpus

ROOT = Path(__file__).resolve().parents[1]
START_TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def answered(url: str, process: subprocess.Popen) -> int:
    """The HTTP status of `url` once the server is up (AssertionError if it exits first)."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()[1][-2000:]
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.status
        except OSError:
            time.sleep(0.2)
    raise AssertionError("serve did not start in time")


def test_serve_with_a_damaged_archive_serves_the_corpus_and_warns(tmp_path: Path) -> None:
    Corpus(tmp_path / "corpus.db").close()
    (tmp_path / "archive.db").write_bytes(b"not a database, a damaged archive\n" * 64)
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "fazhi.cli", "serve", "--data-dir",
                                str(tmp_path), "--port", str(port)], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert answered(f"http://127.0.0.1:{port}/figures/index.html", process) == 200
    finally:
        process.terminate()
        _, err = process.communicate(timeout=20)
    assert "Traceback" not in err, err[-2000:]
    assert ("warning: failed report links are not shown in the figures: "
            f"{tmp_path / 'archive.db'} is damaged") in err, err[-2000:]
