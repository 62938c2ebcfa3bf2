"""Crawl runs as a user meets them: quiet output, one crawl per data directory, stopping on a
signal within seconds, killed runs marked, columns that add up. Real crawls of small saved
sites through the replay server (`fazhi crawl` in a subprocess)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from scrapy.settings import Settings

from crawler.archiving import crawl_lock
from db.archive.store import Archive
from tests.crawler.crawl_helpers import ROOT

PORTALS = ROOT / "tests" / "portals"
SLUG = "beicheng"
HOST = "www.beicheng.gov.cn"
STOP_SECONDS = 10     # issue 13: a crawl stops within 10 s of SIGTERM or Ctrl-C


def fazhi_crawl(data: Path, sites: Path, *extra: str, env: dict | None = None,
                **popen: object) -> subprocess.Popen:
    command = [sys.executable, "-m", "fazhi.cli", "crawl", SLUG, "--data-dir", str(data),
               "--replay", str(sites), "--portal-dir", str(PORTALS), "--quiet", *extra]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, **(env or {})}, **popen)


def finish(process: subprocess.Popen, timeout: float = 180) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out, err


def site_copy(tmp_path: Path, rules: dict) -> Path:
    """The beicheng sample site under tmp_path/sites, with these replay rules."""
    sites = tmp_path / "sites"
    shutil.copytree(PORTALS / SLUG / "site" / HOST, sites / HOST)
    (sites / HOST / "_replay.json").write_text(json.dumps(rules), encoding="utf-8")
    return sites


def runs(data: Path) -> list[sqlite3.Row]:
    with sqlite3.connect(data / "archive.db") as db:
        db.row_factory = sqlite3.Row
        return db.execute("SELECT id, status, pid FROM crawl_runs ORDER BY id").fetchall()


class Listener:
    """A socket on 127.0.0.1 that counts connections (the proxy a stray request would use)."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.seen: list[bytes] = []
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _serve(self) -> None:
        while self.running:
            try:
                connection, _ = self.sock.accept()
            except TimeoutError:
                continue
            with connection:
                self.seen.append(connection.recv(500))

    def close(self) -> None:
        self.running = False
        self.thread.join()
        self.sock.close()


def test_a_crawl_is_quiet_sends_nothing_elsewhere_and_its_columns_add_up(tmp_path):
    # A portal that sets a cookie makes Scrapy ask tldextract about the cookie's domain; with
    # no cached suffix list, tldextract would fetch one from publicsuffix.org.
    sites = site_copy(tmp_path, {"no_validators": True,
                                 "headers": {"/*": {"Set-Cookie": "JSESSIONID=a1; Path=/"}}})
    listener = Listener()
    try:
        env = {"TLDEXTRACT_CACHE": str(tmp_path / "tld-cache"), "HTTP_PROXY": listener.url,
               "HTTPS_PROXY": listener.url, "http_proxy": listener.url,
               "https_proxy": listener.url}
        code, out, err = finish(fazhi_crawl(tmp_path / "data", sites, "--json", "-", env=env))
    finally:
        listener.close()
    assert code == 0, err[-3000:]
    assert "Traceback" not in err and "publicsuffix" not in err
    assert listener.seen == []
    record = json.loads(out)        # --json -: stdout is the JSON alone, the table on stderr
    assert "requests" in err and record["failed_portals"] == []
    summary = record["portals"][SLUG]
    parts = sum(summary["responses"].values()) + sum(summary["robots"].values())
    assert summary["requests"] == parts > 0 and summary["robots"] == {"ok": 1}
    assert summary["documents"] == summary["items"] == summary["reports_found"] > 0


def test_a_second_crawl_of_one_data_directory_is_refused(tmp_path):
    data = tmp_path / "data"
    settings = Settings({"FAZHI_DATA_DIR": str(data)})
    with crawl_lock(settings):
        code, _, err = finish(fazhi_crawl(data, PORTALS))
    assert code != 0 and "Traceback" not in err
    assert f"another crawl (PID {os.getpid()}) is writing" in err
    assert not (data / "archive.db").exists()         # nothing written by the refused one


def test_a_stale_lock_is_taken_over_and_a_killed_run_is_marked_interrupted(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "archive.db.lock").write_text("999999\n")   # a crawl that died: no flock held
    with Archive(data / "archive.db") as archive:
        killed = archive.start_run([SLUG])
        archive.db.execute("UPDATE crawl_runs SET pid = 999999 WHERE id = ?", [killed])
        archive.db.conn.commit()
    code, _, err = finish(fazhi_crawl(data, PORTALS))
    assert code == 0, err[-3000:]
    assert [(r["id"], r["status"]) for r in runs(data)] == [(killed, "interrupted"),
                                                            (killed + 1, "finished")]


def children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def wait_for_listing(data: Path, process: subprocess.Popen, deadline: float = 60) -> None:
    started = time.monotonic()
    while time.monotonic() - started < deadline:
        assert process.poll() is None, process.communicate()[1][-3000:]
        try:
            with sqlite3.connect(data / "archive.db") as db:
                if db.execute("SELECT COUNT(*) FROM responses WHERE role = 'listing'"
                              ).fetchone()[0]:
                    return
        except sqlite3.Error:
            pass
        time.sleep(0.2)
    raise AssertionError("the crawl never archived its listing")


@pytest.mark.parametrize("signals", [(signal.SIGTERM,), (signal.SIGINT, signal.SIGINT)])
def test_a_crawl_stops_within_seconds_of_a_signal(tmp_path, signals):
    # Every report page takes the longest delay the replay server allows: in-flight downloads
    # a graceful stop would otherwise wait for.
    sites = site_copy(tmp_path, {"no_validators": True, "delay": {"/zfxxgk/fzzf/20*": 10.0}})
    data = tmp_path / "data"
    process = fazhi_crawl(data, sites, start_new_session=True)
    wait_for_listing(data, process)
    kids = children(process.pid)
    for number in signals:
        sent = time.monotonic()
        os.kill(process.pid, number)
        time.sleep(0.3)
    code, _, err = finish(process, timeout=STOP_SECONDS + 5)
    assert time.monotonic() - sent < STOP_SECONDS
    assert code == 128 + signals[0], err[-3000:]
    assert "Traceback" not in err and "marked interrupted" in err
    assert [r["status"] for r in runs(data)] == ["interrupted"]
    assert not [pid for pid in kids if Path(f"/proc/{pid}").exists()]


def stopped_within_seconds(process: subprocess.Popen, number: int, *, after: float) -> tuple:
    """Send `number` once the process has run `after` seconds; (exit code, stderr, children
    it had, seconds it took to stop)."""
    time.sleep(after)
    assert process.poll() is None, process.communicate()
    kids = children(process.pid)
    sent = time.monotonic()
    process.send_signal(number)
    out, err = process.communicate(timeout=STOP_SECONDS + 5)
    return process.returncode, out + err, kids, time.monotonic() - sent


def test_a_rebuild_stops_on_sigterm_leaving_the_corpus_as_it_was(tmp_path):
    from bench.archive_gen import generate_archive

    data = tmp_path / "data"
    data.mkdir()
    generate_archive(data / "archive.db", pages=1500)   # a rebuild of a minute or so
    (data / "corpus.db").write_bytes(b"")                # the "previous corpus"
    process = subprocess.Popen(
        [sys.executable, "-m", "fazhi.cli", "rebuild", "--data-dir", str(data), "--quiet"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    code, output, kids, took = stopped_within_seconds(process, signal.SIGTERM, after=6)
    assert took < STOP_SECONDS and code == 128 + signal.SIGTERM, output[-3000:]
    assert "Traceback" not in output and "rebuild interrupted" in output
    assert kids and not [pid for pid in kids if Path(f"/proc/{pid}").exists()]
    # no temp corpus left (the archive's -wal/-shm are SQLite's own, not half-written data)
    assert sorted(p.name for p in data.iterdir() if not p.name.startswith("archive.db")) == [
        "corpus.db"]
    assert (data / "corpus.db").read_bytes() == b""


def test_the_bench_stops_on_sigint_with_its_children(tmp_path):
    process = subprocess.Popen(
        [sys.executable, "bench/run.py", "--quick", "--only", "rebuild", "--workdir",
         str(tmp_path / "work")], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)
    code, output, _, took = stopped_within_seconds(process, signal.SIGINT, after=8)
    assert took < STOP_SECONDS and code == 128 + signal.SIGINT, output[-3000:]
    assert "Traceback" not in output and "bench interrupted" in output
    leftover = [pid for pid in children(process.pid) if Path(f"/proc/{pid}").exists()]
    assert leftover == []


def test_a_full_disk_gives_one_clear_line_and_the_summary(tmp_path):
    import resource

    # Files this process tree writes may not grow past 120 kB: the new archive's schema and
    # its first responses fit, the listing pages do not (as when the disk fills up mid-crawl).
    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (120_000, 120_000))

    code, out, err = finish(fazhi_crawl(tmp_path / "data", PORTALS, preexec_fn=small_files))
    assert code == 1
    assert "Traceback" not in err
    assert err.count("cannot write the archive") == 1 and "is the disk full?" in err
    assert "FAILED beicheng: archive_unwritable" in err
    assert "requests" in out and "archive_unwritable" in out      # the table still comes
