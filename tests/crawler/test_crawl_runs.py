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
from tests.crawler.crawl_helpers import ROOT, Entry, shell_status, write_entry, write_site

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
    assert shell_status(code) == 128 + signals[0], err[-3000:]
    assert "Traceback" not in err and "marked interrupted" in err
    assert [r["status"] for r in runs(data)] == ["interrupted"]
    assert not [pid for pid in kids if Path(f"/proc/{pid}").exists()]


def stopped_within_seconds(process: subprocess.Popen, *numbers: int, after: float,
                           children_first: int = 0) -> tuple:
    """Send the signals (0.3 s apart) once the process has `children_first` children (its
    start-up can take long on a loaded machine) and then has run `after` seconds; (exit code,
    output, children it had, seconds it took to stop)."""
    deadline = time.monotonic() + 90
    while len(children(process.pid)) < children_first and time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        time.sleep(0.2)
    time.sleep(after)
    assert process.poll() is None, process.communicate()
    kids = children(process.pid)
    sent = time.monotonic()
    for number in numbers:
        process.send_signal(number)
        time.sleep(0.3)
    out, err = process.communicate(timeout=STOP_SECONDS + 5)
    return process.returncode, out + err, kids, time.monotonic() - sent


@pytest.fixture(scope="module")
def rebuild_archive(tmp_path_factory) -> Path:
    from bench.archive_gen import generate_archive

    path = tmp_path_factory.mktemp("rebuild") / "archive.db"
    generate_archive(path, pages=1500)   # a rebuild of 5–10 s
    with sqlite3.connect(path) as db:   # one file to copy
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.mark.parametrize("signals", [(signal.SIGTERM,), (signal.SIGINT, signal.SIGINT)])
def test_a_rebuild_stops_on_a_signal_leaving_the_corpus_as_it_was(tmp_path, signals,
                                                                  rebuild_archive):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(rebuild_archive, data / "archive.db")
    (data / "corpus.db").write_bytes(b"")                # the "previous corpus"
    process = subprocess.Popen(
        [sys.executable, "-m", "fazhi.cli", "rebuild", "--data-dir", str(data), "--quiet"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # once its 2 workers run: a signal during the imports just ends it (nothing started yet)
    code, output, kids, took = stopped_within_seconds(process, *signals, after=2,
                                                      children_first=2)
    assert took < STOP_SECONDS and shell_status(code) == 128 + signals[0], output[-3000:]
    assert "Traceback" not in output
    assert "rebuild interrupted" in output or len(signals) == 2   # the second: at once
    deadline = time.monotonic() + 5   # workers of a process that ended at once: SIGTERM
    while [pid for pid in kids if Path(f"/proc/{pid}").exists()] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert kids and not [pid for pid in kids if Path(f"/proc/{pid}").exists()]
    if len(signals) == 2:   # a temp file cut short by the second signal: the next rebuild's
        from db.corpus.replace import remove_stale_temps

        remove_stale_temps(data / "corpus.db")
    # no temp corpus left (the archive's -wal/-shm are SQLite's own, not half-written data)
    assert sorted(p.name for p in data.iterdir() if not p.name.startswith("archive.db")) == [
        "corpus.db"]
    assert (data / "corpus.db").read_bytes() == b""


def test_the_bench_stops_on_sigint_with_its_children(tmp_path):
    process = subprocess.Popen(
        [sys.executable, "bench/run.py", "--quick", "--only", "rebuild", "--workdir",
         str(tmp_path / "work")], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)
    # once its rebuild's 2 workers run (the imports alone can take seconds on a loaded machine)
    code, output, _, took = stopped_within_seconds(process, signal.SIGINT, after=3,
                                                   children_first=2)
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


# --- what a listing promised and the crawl did not get: each fails the crawl, named ----------

LISTING = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>法治政府建设</title></head>
<body><h1>法治政府建设</h1><ul class="list">{items}</ul>{pager}</body></html>"""
ITEM = '<li><a href="{href}" target="_blank">{title}</a><span>{date}</span></li>'
REPORT = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><div class="article"><h1>{title}</h1><div class="content">
<p>2024年，我区坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，
全面推进依法行政，法治政府建设取得新成效。现将有关情况报告如下。</p>
<h2>一、主要举措和成效</h2><p>健全依法决策机制，重大行政决策全部经过合法性审查。深化行政执法
体制改革，全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度。</p>
<h2>二、存在的不足</h2><p>法治宣传教育的针对性有待增强，基层执法队伍专业化水平仍需提高。</p>
<h2>三、下一步工作安排</h2><p>持续推进严格规范公正文明执法，加强行政复议和应诉工作。</p>
<p>{name}人民政府</p><p>2025年1月20日</p></div></div></body></html>"""


def problem_site(root: Path, portals: Path, slug: str, code: str, name: str,
                 pages: dict[str, str]) -> None:
    host = f"www.{slug}.gov.cn"
    write_site(root, host, {"robots.txt": "User-agent: *\nDisallow: /admin/\n", **pages})
    write_entry(portals, slug, [f"http://{host}/fzzf/list.html"],
                Entry(name=f"{name}人民政府", division_code=code, level="district",
                      province="河北省"))


def report_pages(name: str, numbers: list[int]) -> dict[str, str]:
    title = f"{name}2024年度法治政府建设情况报告"
    return {f"fzzf/2025/0120/{n}.html": REPORT.format(title=title, name=name) for n in numbers}


def listing(name: str, numbers: list[int], pager: str = "") -> str:
    items = "".join(ITEM.format(href=f"/fzzf/2025/0120/{n}.html", date="2025-01-20",
                                title=f"{name}{2024 - i}年度法治政府建设情况报告")
                    for i, n in enumerate(numbers))
    return LISTING.format(items=items, pager=pager)


@pytest.fixture(scope="module")
def problem_crawl(tmp_path_factory) -> tuple[int, str, str, Path, Path]:
    """One `fazhi crawl` of three small portals, each short of what its listing promised."""
    base = tmp_path_factory.mktemp("problems")
    sites, portals = base / "sites", base / "portals"
    # A pager that declares 3 pages, of which the third is gone.
    pager = ('<div class="page">共3页 <a href="list_2.html">下一页</a> '
             '<a href="list_3.html">尾页</a></div>')
    problem_site(sites, portals, "quekou", "130181", "鹊口区", {
        "fzzf/list.html": listing("鹊口区", [201], pager),
        "fzzf/list_2.html": listing("鹊口区", [202], pager),
        **report_pages("鹊口区", [201, 202])})
    # A report link whose page never comes (404).
    problem_site(sites, portals, "liangting", "130182", "凉亭区", {
        "fzzf/list.html": listing("凉亭区", [301, 302]), **report_pages("凉亭区", [301])})
    # A column whose items are all notices: no report at all.
    notices = "".join(ITEM.format(href=f"/fzzf/2025/0120/{n}.html", date="2025-01-20",
                                  title=f"关于开展第{n}期法治讲座的通知") for n in (401, 402))
    problem_site(sites, portals, "shuiwan", "130183", "水湾区", {
        "fzzf/list.html": LISTING.format(items=notices, pager="")})
    command = [sys.executable, "-m", "fazhi.cli", "crawl", "quekou", "liangting", "shuiwan",
               "--data-dir", str(base / "data"), "--replay", str(sites), "--portal-dir",
               str(portals), "--quiet", "--json", str(base / "run.json")]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=180)
    return done.returncode, done.stdout, done.stderr, sites, portals


@pytest.mark.parametrize("slug, kind", [("quekou", "listing_incomplete"),
                                        ("liangting", "report_not_fetched"),
                                        ("shuiwan", "column_empty")])
def test_each_listing_problem_fails_the_crawl_naming_portal_and_reason(problem_crawl, slug,
                                                                       kind):
    code, out, err, _, _ = problem_crawl
    assert code == 1 and "Traceback" not in err
    assert f"FAILED {slug}: {kind} — " in err
    row = next(line.split() for line in out.splitlines() if line.startswith(slug))
    assert row[-1] in (kind, "empty")     # the table's status: the first problem's kind


def test_a_report_not_fetched_names_its_fetch_kind(problem_crawl):
    # The user sees why: the report's fetch kind (its link answered 404) is in the detail.
    _, _, err, _, _ = problem_crawl
    (line,) = [line for line in err.splitlines()
               if line.startswith("FAILED liangting: report_not_fetched")]
    assert "— not_found: HTTP 404" in line, line


def test_check_portal_shows_the_problem_and_fails(problem_crawl, tmp_path):
    _, _, _, sites, portals = problem_crawl
    done = subprocess.run(
        [sys.executable, "-m", "fazhi.cli", "check-portal", "quekou", "--replay", str(sites),
         "--portal-dir", str(portals), "--data-dir", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "listing_incomplete: declared" in done.stdout
    assert "Verdict: FAILED (listing_incomplete" in done.stdout


def test_the_progress_bar_counts_responses_and_reports_per_portal(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "crawler.runner", "--data-dir", str(tmp_path), "--replay",
         str(PORTALS), "--portal-dir", str(PORTALS), "-s", "FAZHI_PROGRESS=True", SLUG],
        cwd=ROOT, capture_output=True, text=True, timeout=180)
    summary = json.loads(done.stdout)["portals"][SLUG]
    final = [line for line in done.stderr.replace("\r", "\n").splitlines()
             if line.startswith(f"{SLUG}:")][-1]
    assert f"{summary['requests']} responses" in final
    assert f"{summary['items']} reports" in final and summary["items"] > 0
