"""The rebuild's pool costs its parent little: the workers get the cleaning stage from it (loaded
once before the fork, ``cleaning.load``, not by each worker at its first page: ~0.45 s of CPU
each), and its worker-handler thread does not turn with every result (``QuietPool``)."""

from __future__ import annotations

import json
import multiprocessing.pool
import os
import subprocess
import sys
from pathlib import Path

import pytest

from db.corpus.pool import QuietPool

ROOT = Path(__file__).resolve().parents[2]
# Each worker says, at its first article, whether the pipeline and the stoplists were there.
PROBE = """
import json, sys
import db.corpus.pool as pool
from db.archive.store import Archive

def probe(article, **options):
    import cleaning.stoplist
    return ("cleaning.pipeline" in sys.modules, cleaning.stoplist._stoplist is not None)

pool.prepare = probe
pool.packed = lambda prepared: prepared
with Archive(sys.argv[1]) as archive:
    refs = archive.article_refs()
before = "cleaning.pipeline" in sys.modules
with pool.prepared_articles(sys.argv[1], refs, 2) as results:
    seen = [list(found) for found in results]
print(json.dumps({"before": before, "seen": seen}))
"""


def test_forked_workers_start_with_the_cleaning_stage_loaded(sample_archive: Path) -> None:
    done = subprocess.run([sys.executable, "-c", PROBE, str(sample_archive)], cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["before"] is False        # nothing had loaded it in the parent
    assert len(found["seen"]) >= 2 and all(seen == [True, True] for seen in found["seen"])


def _result_of(size: int) -> bytes:
    return bytes(size)


def test_the_worker_handler_does_not_turn_with_each_result(monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    turns = []
    maintain = multiprocessing.pool.Pool._maintain_pool   # type: ignore[attr-defined]

    def counted(*args: object, **options: object) -> None:
        turns.append(1)
        maintain(*args, **options)

    monkeypatch.setattr(multiprocessing.pool.Pool, "_maintain_pool", staticmethod(counted))
    with QuietPool(2, context=multiprocessing.get_context("fork")) as pool:
        sizes = [len(found) for found in pool.imap(_result_of, [2**18] * 200)]
    assert sizes == [2**18] * 200          # 50 MiB of results came through
    assert len(turns) < 20                 # a plain Pool: thousands (one per wait on the pipe)
