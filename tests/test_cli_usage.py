"""What a new user trips on, each an error of one or two lines before anything is done: option
values a command would have taken silently (--limit 0, --all with portals, an export filter no
corpus holds), files that cannot be written or are not what the command writes, a locked
database, a busy port, a URL that is not a web address, and Scrapy's tracebacks for a portal
that cannot be reached. Real files, real SQLite; the crawl is a real one against a closed port
on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from db.corpus.store import Corpus
from fazhi.cli import main
from tests.crawler.crawl_helpers import Entry, write_entry
from tests.test_cli_errors import assert_one_line_error

ROOT = Path(__file__).resolve().parents[1]
DEAD_PORTAL = Entry(name="南山区人民政府", division_code="440305", level="district",
                    province="广东省", family="trs")


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A data directory holding an empty corpus of the current schema."""
    Corpus(tmp_path / "corpus.db").close()
    return tmp_path


def run(*args: object) -> tuple[int, str]:
    """Exit status and what the command printed (click's output holds stdout and stderr)."""
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.output


def closed_port() -> int:
    """A port on 127.0.0.1 nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_crawl_refuses_portals_and_all_together(tmp_path) -> None:
    status, output = run("crawl", "--all", "haizhou", "--data-dir", tmp_path)
    assert status == 2 and "not both" in output and "haizhou" in output, output
    assert not (tmp_path / "archive.db").exists()       # nothing crawled


def test_crawl_checks_its_json_file_before_crawling(tmp_path) -> None:
    status, output = run("crawl", "haizhou", "--json", tmp_path / "no" / "run.json",
                         "--data-dir", tmp_path)
    assert_one_line_error(status, output, "--json", str(tmp_path / "no"), lines=4)
    assert not (tmp_path / "archive.db").exists()
    status, output = run("crawl", "haizhou", "--portal-dir", tmp_path / "nowhere",
                         "--data-dir", tmp_path)
    assert status == 2 and "does not exist" in output, output


def test_search_limit_below_one_is_refused(corpus_dir) -> None:
    for limit in ("0", "-5"):
        status, output = run("search", "复议", "--limit", limit, "--data-dir", corpus_dir)
        assert status == 2 and "--limit" in output, output


def test_export_into_a_missing_folder_names_it_not_a_temporary_file(corpus_dir) -> None:
    target = corpus_dir / "missing" / "s.csv"
    status, output = run("export", "-o", target, "--data-dir", corpus_dir)
    assert_one_line_error(status, output, str(target.parent), lines=4)
    assert ".partial" not in output and not target.parent.exists()


@pytest.mark.parametrize(("args", "hint"), [
    (("--portal", "nosuch"), "unknown portal 'nosuch'"),
    (("--province", "火星省"), "unknown province '火星省'"),
    (("--level", "city"), "'city' is not one of"),
    (("--query", "  "), "--query"),
])
def test_export_filters_no_corpus_holds_are_errors_not_empty_files(corpus_dir, args,
                                                                   hint) -> None:
    target = corpus_dir / "out.csv"
    status, output = run("export", *args, "-o", target, "--data-dir", corpus_dir)
    assert_one_line_error(status, output, hint, lines=4)
    assert not target.exists()


def test_merge_into_a_corpus_is_refused_and_leaves_it_alone(tmp_path, corpus_dir) -> None:
    from db.archive.store import Archive

    Archive(tmp_path / "node.db").close()
    corpus = corpus_dir / "corpus.db"
    before = corpus.read_bytes()
    status, output = run("archive", "merge", corpus, tmp_path / "node.db")
    assert_one_line_error(status, output, str(corpus), "not a fazhi archive")
    assert corpus.read_bytes() == before


def test_a_database_from_a_newer_fazhi_says_so(corpus_dir) -> None:
    with sqlite3.connect(corpus_dir / "corpus.db") as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    status, output = run("stats", "--data-dir", corpus_dir)
    assert_one_line_error(status, output, "newer", "git pull", lines=1)


def test_a_locked_corpus_is_named(corpus_dir, monkeypatch) -> None:
    import db.corpus.search
    import db.migrations

    for module in (db.migrations, db.corpus.search):   # SQLite's busy wait: 30 s → 0.2 s
        monkeypatch.setattr(module, "BUSY_TIMEOUT_SECONDS", 0.2)
    holder = sqlite3.connect(corpus_dir / "corpus.db", isolation_level=None)
    try:   # an exclusive WAL writer: no other connection may even read
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("SELECT count(*) FROM documents").fetchone()
        for command in (("stats",), ("search", "复议")):
            status, output = run(*command, "--data-dir", corpus_dir)
            assert_one_line_error(status, output, str(corpus_dir / "corpus.db"), "locked",
                                  lines=1)
    finally:
        holder.close()


def test_an_output_path_under_a_file_is_one_line(corpus_dir) -> None:
    afile = corpus_dir / "notes.txt"
    afile.write_text("x")
    status, output = run("trend", "复议", "--plot", afile / "fig", "--data-dir", corpus_dir)
    assert_one_line_error(status, output, str(afile), "where a folder is needed", lines=30)
    assert output.strip().splitlines()[-1].startswith("Error:")


def test_serve_on_a_busy_port_or_a_bad_one_is_one_line(corpus_dir) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        status, output = run("serve", "--port", port, "--data-dir", corpus_dir)
    assert_one_line_error(status, output, f"127.0.0.1:{port}", "--port", lines=1)
    status, output = run("serve", "--port", "99999", "--data-dir", corpus_dir)
    assert status == 2 and "datasette" not in output, output


@pytest.mark.parametrize("url", ["notaurl", "ftp://www.example.gov.cn/", "http://"])
def test_a_portal_url_must_be_a_web_address(tmp_path, url) -> None:
    status, output = run("new-portal", "nanshan", url, "--division-code", "440305",
                         "--portal-dir", tmp_path, "--portals", tmp_path)
    assert_one_line_error(status, output, "not a web address", lines=4)
    status, output = run("discover", url)
    assert_one_line_error(status, output, "not a web address", lines=4)
    assert list(tmp_path.iterdir()) == []


def test_an_unreachable_portal_fails_by_name_without_tracebacks(tmp_path) -> None:
    registry = tmp_path / "registry"
    write_entry(registry, "dead", [f"http://127.0.0.1:{closed_port()}/zwgk/fzzfjs/index.html"],
                DEAD_PORTAL)
    done = subprocess.run([sys.executable, "-m", "fazhi.cli", "crawl", "dead", "--quiet",
                           "--portal-dir", str(registry), "--data-dir", str(tmp_path / "d")],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert "FAILED dead" in done.stderr
    assert "Error downloading" in done.stderr and "refused" in done.stderr


def test_a_demo_stopped_by_ctrl_c_says_interrupted_not_no_corpus(tmp_path) -> None:
    process = subprocess.Popen([sys.executable, "-m", "fazhi.cli", "demo", "--data-dir",
                                str(tmp_path)], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:   # Ctrl-C once the crawl run exists (the crawl then stops gracefully)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and process.poll() is None:
            with contextlib.suppress(sqlite3.Error), \
                    sqlite3.connect(f"{(tmp_path / 'archive.db').as_uri()}?mode=ro",
                                    uri=True) as db:
                if db.execute("SELECT count(*) FROM crawl_runs").fetchone()[0]:
                    break
            time.sleep(0.02)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 128 + signal.SIGINT, err[-2000:]
    assert "Traceback" not in err and "no corpus" not in err, err[-2000:]
    assert "interrupted: the demo stopped" in err


def test_the_compare_help_examples_work_as_written(tmp_path) -> None:
    help_text = run("compare", "--help")[1]
    examples = [line.split()[1:] for line in help_text.splitlines()
                if line.strip().startswith("fazhi ")]
    assert [words[0] for words in examples] == ["crawl", "compare", "compare"], help_text
    env = {**os.environ, "FAZHI_DATA_DIR": str(tmp_path)}
    outputs = []
    for words in examples:
        quiet = ["--quiet"] if words[0] == "crawl" else []
        done = subprocess.run([sys.executable, "-m", "fazhi.cli", *words, *quiet], cwd=ROOT,
                              env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode in ((0, 1) if quiet else (0,)), done.stderr   # 1: overdue
        assert "Traceback" not in done.stderr
        outputs.append(done.stdout)
    assert "jinhe: 2022 | 2023" in outputs[1], outputs[1]
    assert [r["year"] for r in json.loads(outputs[2])["reports"]] == [2022, 2023]


def test_json_listing_and_detail_apis_crawl_without_spider_errors(tmp_path) -> None:
    # donghai: gkmlpt's listing API as a start URL; songyue: an article's detail API. Both
    # answered JSON, which parsel refuses to select in: a 'Spider error' traceback per page.
    portals = ROOT / "tests" / "portals"
    done = subprocess.run([sys.executable, "-m", "fazhi.cli", "crawl", "donghai", "songyue",
                           "--quiet", "--replay", str(portals), "--portal-dir", str(portals),
                           "--data-dir", str(tmp_path)], cwd=ROOT, capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Spider error" not in done.stderr and "Traceback" not in done.stderr, done.stderr


def test_stats_shows_copies_and_pages_that_could_not_be_cleaned(tmp_path) -> None:
    # shishi_sfj (the 司法局 site) re-posts shishi's 2024 report: counted once, at shishi,
    # but the portal keeps its row. A page the cleaner could not read is not a "not report".
    portals = ROOT / "tests" / "portals"
    done = subprocess.run([sys.executable, "-m", "fazhi.cli", "crawl", "shishi", "shishi_sfj",
                           "--quiet", "--replay", str(portals), "--portal-dir", str(portals),
                           "--data-dir", str(tmp_path)], cwd=ROOT, capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    broken = "http://sfj.shishi.gov.cn/broken.html"
    with sqlite3.connect(tmp_path / "corpus.db") as conn:
        conn.execute("INSERT INTO skipped (url, portal, title, reason) VALUES (?, ?, ?, ?)",
                     (broken, "shishi_sfj", "2023年度报告", "unreadable: empty input"))
    conn.close()
    status, output = run("stats", "--data-dir", tmp_path)
    assert status == 0, output
    rows = {line.split()[0]: line.split()[1:] for line in output.splitlines()[2:4]}
    assert rows == {"shishi": ["✓"], "shishi_sfj": ["="]}, output
    assert "reports: 1 (+1 duplicate copies" in output
    assert "pages that could not be cleaned: unreadable 1" in output
    assert f"cleaning warning — unreadable: 1\n  shishi_sfj - 2023年度报告  {broken}" in output
    from fazhi.plots import CELL_KINDS, coverage_grid

    grid = coverage_grid(tmp_path / "corpus.db")   # the coverage figure keeps the row too
    assert grid.portals == ["shishi", "shishi_sfj"] and grid.years == [2024]
    assert [CELL_KINDS[kind][1] for kind, in grid.cells] == ["report",
                                                           "copy of another portal's report"]
    # A portal whose report has no year keeps its row in both (the table and the figure read
    # the same coverage facts), marked missing, and the year's column stays for the copy.
    with sqlite3.connect(tmp_path / "corpus.db") as conn:
        conn.execute("UPDATE documents SET report_year = NULL WHERE portal = 'shishi'")
    conn.close()
    status, output = run("stats", "--data-dir", tmp_path)
    rows = {line.split()[0]: line.split()[1:] for line in output.splitlines()[2:4]}
    assert rows == {"shishi": ["-"], "shishi_sfj": ["="]}, output
    grid = coverage_grid(tmp_path / "corpus.db")
    assert grid.portals == ["shishi", "shishi_sfj"] and grid.years == [2024]
    assert [CELL_KINDS[kind][1] for kind, in grid.cells][0] == CELL_KINDS[0][1]


def test_data_dir_naming_the_database_file_says_to_name_its_folder(corpus_dir) -> None:
    corpus = corpus_dir / "corpus.db"
    for command in (("stats",), ("search", "复议"), ("export", "-o", "-")):
        status, output = run(*command, "--data-dir", corpus)
        assert_one_line_error(status, output, f"--data-dir {corpus} is a file",
                              f"here: --data-dir {corpus_dir}", lines=1)


def test_rebuild_needs_at_least_one_worker(corpus_dir) -> None:
    status, output = run("rebuild", "--workers", "0", "--data-dir", corpus_dir)
    assert status == 2 and "--workers" in output, output


def test_an_unregistered_test_portal_says_how_to_register_it(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)   # tests/portals, as a user in a checkout names it
    status, output = run("crawl", "jinhe", "--data-dir", tmp_path)
    assert_one_line_error(status, output, "unknown portal(s): jinhe",
                          "add --portal-dir tests/portals", lines=1)
    status, output = run("check-portal", "jinhe", "--replay", ROOT / "tests" / "portals")
    assert_one_line_error(status, output, f"--portal-dir {ROOT / 'tests' / 'portals'}", lines=1)
    status, output = run("crawl", "nosuch", "--data-dir", tmp_path)
    assert_one_line_error(status, output, "nosuch", lines=1)
    assert "test portal" not in output


def test_the_demo_names_a_fazhi_command_that_runs(monkeypatch) -> None:
    from fazhi.demo import fazhi_command

    monkeypatch.chdir(ROOT)
    venv_bin = Path(sys.executable).parent
    monkeypatch.setenv("PATH", "/usr/bin:/bin")        # `make demo`: no venv activated
    command = fazhi_command()
    assert command != "fazhi"
    done = subprocess.run([command, "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "fazhi" in done.stdout, done.stderr
    monkeypatch.setenv("PATH", f"{venv_bin}:/usr/bin:/bin")   # activated
    assert fazhi_command() == "fazhi"
