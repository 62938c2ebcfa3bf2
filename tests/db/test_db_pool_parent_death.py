"""Pool workers die with their parent: a rebuild killed with SIGKILL (no chance to terminate
its pool) leaves no worker behind (settings/parent_death.py, issue 13 goal 5)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# A rebuild with 2 forked workers whose cleaning never ends: each worker notes its PID first.
REBUILD = """
import os, sys, time
import db.corpus.pool
from db.corpus.rebuild import rebuild

def stuck(article, **options):
    open(os.path.join(sys.argv[2], str(os.getpid())), "w").close()
    time.sleep(120)

db.corpus.pool.prepare = stuck
rebuild(sys.argv[1], sys.argv[3], workers=2, progress=False,
        portals_info=[])
"""
GONE_WITHIN = 5.0   # seconds: SIGTERM from the kernel, not the pool's own ~30 s of lingering


def alive(pid: int) -> bool:
    """Running (a zombie nobody reaped yet counts as gone)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def wait_for(condition, seconds: float) -> bool:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def test_workers_die_with_a_killed_rebuild(sample_archive: Path, tmp_path: Path) -> None:
    marks = tmp_path / "workers"
    marks.mkdir()
    parent = subprocess.Popen([sys.executable, "-c", REBUILD, str(sample_archive), str(marks),
                               str(tmp_path / "corpus.db")],
                              cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert wait_for(lambda: len(list(marks.iterdir())) >= 2, 30), "workers never started"
        workers = [int(mark.name) for mark in marks.iterdir()]
        assert all(alive(pid) for pid in workers)
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
        assert wait_for(lambda: not any(alive(pid) for pid in workers), GONE_WITHIN), (
            f"workers {[pid for pid in workers if alive(pid)]} outlived their parent")
    finally:
        parent.kill()
        for mark in marks.iterdir():
            if alive(int(mark.name)):
                os.kill(int(mark.name), signal.SIGKILL)
