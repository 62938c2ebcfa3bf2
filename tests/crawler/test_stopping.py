"""crawler/stopping.py: one signal policy for every command (issue 13 goal 5) — the first
SIGINT/SIGTERM stops gracefully, a second ends the process at once with 128 + N. Each case runs
in a subprocess: the handlers are process-wide, and an exit-at-once handler must not be left
in the test process."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.stopping import interrupt_on_signal, noting_signals

ROOT = Path(__file__).resolve().parents[2]


def python(code: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, "PYTHONPATH": str(ROOT)})


INTERRUPTED_THEN_SIGNALLED = """
import os, signal, time
from crawler.stopping import Interrupted, interrupt_on_signal
try:
    with interrupt_on_signal():
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(10)
except Interrupted as stop:
    print("interrupted", stop.exit_status, flush=True)
os.kill(os.getpid(), signal.SIGINT)   # while the process winds down
time.sleep(10)
print("not reached")
"""


def test_a_second_signal_while_winding_down_ends_the_process_at_once() -> None:
    done = python(INTERRUPTED_THEN_SIGNALLED)
    assert done.stdout.split() == ["interrupted", "143"]
    assert done.returncode == 130 and "Traceback" not in done.stderr, done.stderr


NOTED_THEN_SIGNALLED = """
import os, signal, time
from crawler.stopping import noting_signals
with noting_signals() as stops:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(0.2)
    print("noted", stops.received, flush=True)
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(10)
print("not reached")
"""


def test_a_noted_signal_lets_the_code_run_on_and_a_second_ends_it() -> None:
    done = python(NOTED_THEN_SIGNALLED)
    assert done.stdout.split() == ["noted", f"[{int(signal.SIGINT)}]"]
    assert done.returncode == 128 + signal.SIGTERM and "Traceback" not in done.stderr


def test_without_a_signal_the_previous_handlers_come_back() -> None:
    before = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    for block in (interrupt_on_signal, noting_signals):
        with block() as stops:
            assert signal.getsignal(signal.SIGTERM) is not before[signal.SIGTERM]
        assert stops.received == []
        assert {number: signal.getsignal(number) for number in before} == before


# Any handler but the cleaning budget's SIGALRM (db/corpus/ingest.py)
HANDLER_RX = re.compile(r"signal\.signal\((?!\s*signal\.SIGALRM)|install_shutdown_handlers")
POLICY = Path("crawler/stopping.py")
# A pool worker resets SIGINT/SIGTERM to ignore/default (the parent handles the stop).
WORKER_RESET = Path("db/corpus/pool.py")


def test_stop_handlers_are_installed_in_one_place() -> None:
    packages = ("crawler", "db", "fazhi", "settings", "bench", "cleaning")
    installing = {path.relative_to(ROOT) for package in packages
                  for path in (ROOT / package).rglob("*.py")
                  if HANDLER_RX.search(path.read_text(encoding="utf-8"))}
    assert installing - {POLICY, WORKER_RESET} == set(), sorted(map(str, installing))


# The runner with a SIGTERM to itself at one moment before Scrapy's handlers exist: right
# after its crawl run was started, or as the reactor is about to start.
SIGNAL_AT = """
import os, signal, sys
from crawler import runner
from db.archive.store import Archive
from scrapy.crawler import CrawlerProcess

def signal_after(owner, name):
    real = getattr(owner, name)

    def patched(self, *args, **options):
        if name == "start":
            os.kill(os.getpid(), signal.SIGTERM)
        done = real(self, *args, **options)
        if name == "start_run":
            os.kill(os.getpid(), signal.SIGTERM)
        return done

    setattr(owner, name, patched)

signal_after(*{"start_run": (Archive, "start_run"), "start": (CrawlerProcess, "start")}[
    sys.argv[1]])
sys.exit(runner.main(sys.argv[2:]))
"""
PORTALS = ROOT / "tests" / "portals"


def runs_and_responses(data: Path) -> tuple[list[str], int]:
    with sqlite3.connect(data / "archive.db") as db:
        runs = [status for status, in db.execute("SELECT status FROM crawl_runs")]
        return runs, db.execute("SELECT COUNT(*) FROM responses").fetchone()[0]


@pytest.mark.parametrize("moment", ["start_run", "start"])
def test_a_sigterm_before_scrapy_handles_signals_marks_the_run_interrupted(tmp_path: Path,
                                                                            moment: str) -> None:
    done = python(SIGNAL_AT, moment, "--data-dir", str(tmp_path), "--replay", str(PORTALS),
                  "--portal-dir", str(PORTALS), "beicheng", timeout=120)
    assert done.returncode == 128 + signal.SIGTERM, done.stderr[-3000:]
    assert "Traceback" not in done.stderr and "marked interrupted" in done.stderr
    assert json.loads(done.stdout)["interrupted"] == signal.SIGTERM
    runs, fetched = runs_and_responses(tmp_path)
    assert runs == ["interrupted"]
    if moment == "start_run":
        assert fetched == 0   # no crawl was started


def test_a_crawl_signalled_as_soon_as_its_run_exists_is_marked_interrupted(tmp_path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler.runner", "--data-dir", str(tmp_path), "--replay",
         str(PORTALS), "--portal-dir", str(PORTALS), "beicheng"], cwd=ROOT,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and process.poll() is None:
            with contextlib.suppress(sqlite3.Error):
                if runs_and_responses(tmp_path)[0]:
                    break
            time.sleep(0.02)
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 128 + signal.SIGTERM, err[-3000:]
    assert runs_and_responses(tmp_path)[0] == ["interrupted"]


LAST_WORDS = """
import os, signal, sys, time
from crawler.stopping import noting_signals
with noting_signals() as stops:
    stops.last_words = lambda: open(sys.argv[1], "w").write("marked")
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(0.2)
    print("noted", flush=True)
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(10)
"""


def test_a_second_signal_says_its_last_words_before_ending_the_process(tmp_path) -> None:
    # The crawl runner marks its run interrupted there: a bench stopped by two Ctrl-Cs dies at
    # once, and its death's SIGTERM can reach the runner after the reactor stopped.
    marker = tmp_path / "marker"
    done = python(LAST_WORDS, str(marker))
    assert done.stdout.split() == ["noted"] and done.returncode == 128 + signal.SIGTERM
    assert marker.read_text() == "marked"


def test_mark_run_interrupted_marks_only_a_running_run(tmp_path) -> None:
    from db.archive.store import Archive, mark_run_interrupted

    archive = Archive(tmp_path / "archive.db")
    running, finished = archive.start_run(["a"]), archive.start_run(["b"])
    archive.finish_run(finished, {})
    mark_run_interrupted(archive.path, running)
    mark_run_interrupted(archive.path, finished)
    assert archive.run(running)["status"] == "interrupted"
    assert archive.run(finished)["status"] == "finished"


# A clean-up after the first signal that never ends (a lock left held, as a pool's terminate
# can wait on one): the process is ended anyway, its last words said.
CLEAN_UP_HANGS = """
import os, signal, sys, threading
from crawler.stopping import interrupt_on_signal
held = threading.Lock()
held.acquire()
with interrupt_on_signal() as stops:
    stops.last_words = lambda: open(sys.argv[1], "w").write("temp removed")
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        threading.Event().wait(30)
    finally:
        print("cleaning up", flush=True)
        held.acquire()
"""


def test_a_clean_up_that_hangs_after_a_signal_is_cut_short_with_its_last_words(
        tmp_path) -> None:
    from crawler.stopping import CLEANUP_SECONDS

    marker = tmp_path / "marker"
    done = python(CLEAN_UP_HANGS, str(marker), timeout=CLEANUP_SECONDS + 20)
    assert done.stdout.split() == ["cleaning", "up"]
    assert done.returncode == 128 + signal.SIGTERM, done.stderr
    assert done.stderr == f"stopping took over {CLEANUP_SECONDS:g} s: ending at once\n"
    assert marker.read_text() == "temp removed"
