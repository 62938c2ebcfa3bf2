"""A forked pool's workers get the cleaning stage from their parent: it is loaded once before
the fork (``cleaning.load``), not by each worker at its first page (~0.45 s of CPU each)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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
