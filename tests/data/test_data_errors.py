"""Damaged databases and wrong files: one- or two-line errors naming the file and what to do.

Runs the real commands on a copy of the demo crawl (the shared `demo_data` fixture) with one of
its files cut short, and on files that are not what a command reads (issue 12, Deliver 1).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from fazhi.cli import main

ROOT = Path(__file__).resolve().parents[2]
RECOVER = '".recover" | sqlite3 fixed.db'


def run(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.output


def assert_short_error(status: int, output: str, *hints: str, lines: int = 2) -> None:
    assert status != 0, output
    assert "Traceback" not in output, output
    assert len(output.strip().splitlines()) <= lines, output
    for hint in hints:
        assert hint in output, (hint, output)


def damaged_copy(demo_data: Path, tmp_path: Path, name: str) -> Path:
    """A copy of the demo data directory whose `name` file keeps only its first pages."""
    data = tmp_path / "data"
    shutil.copytree(demo_data, data, ignore=shutil.ignore_patterns("*-wal", "*-shm", "*.lock"))
    whole = (data / name).read_bytes()
    (data / name).write_bytes(whole[:len(whole) // 3])
    return data


@pytest.mark.parametrize("command", [["rebuild", "--quiet"], ["stats"],
                                     ["crawl", "haizhou", "--quiet", "--replay",
                                      ROOT / "tests" / "portals"]])
def test_damaged_archive_names_the_file_and_the_recovery(demo_data, tmp_path, command) -> None:
    data = damaged_copy(demo_data, tmp_path, "archive.db")
    status, output = run(*command, "--data-dir", data)
    if command == ["stats"]:    # stats needs only the corpus: shown, with a warning
        assert status == 0, output
        assert "reports: 5" in output and "Traceback" not in output
        assert f"{data / 'archive.db'} is damaged" in output and RECOVER in output
        return
    assert_short_error(status, output, f"{data / 'archive.db'} is damaged", RECOVER,
                       "fazhi archive import-warc")


@pytest.mark.parametrize("command", [["stats"], ["crawl", "haizhou", "--quiet", "--replay",
                                                 ROOT / "tests" / "portals"]])
def test_damaged_corpus_names_the_file_and_the_recovery(demo_data, tmp_path, command) -> None:
    data = damaged_copy(demo_data, tmp_path, "corpus.db")
    status, output = run(*command, "--data-dir", data)
    assert_short_error(status, output, f"{data / 'corpus.db'} is damaged", RECOVER,
                       "fazhi rebuild")


def test_rebuild_replaces_a_damaged_corpus(demo_data, tmp_path) -> None:
    data = damaged_copy(demo_data, tmp_path, "corpus.db")
    status, output = run("rebuild", "--quiet", "--data-dir", data)
    assert status == 0, output
    assert run("stats", "--data-dir", data)[0] == 0


def test_merge_of_a_file_that_is_no_database_leaves_no_target(tmp_path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not an archive\n", encoding="utf-8")
    target = tmp_path / "merged.db"
    status, output = run("archive", "merge", target, notes)
    assert_short_error(status, output, "notes.txt is not a fazhi archive", lines=1)
    assert not target.exists()


def test_merge_of_a_damaged_archive_names_it(demo_data, tmp_path) -> None:
    data = damaged_copy(demo_data, tmp_path, "archive.db")
    target = tmp_path / "merged.db"
    status, output = run("archive", "merge", target, data / "archive.db")
    assert_short_error(status, output, f"{data / 'archive.db'} is damaged", RECOVER)
    assert not target.exists()


@pytest.mark.parametrize("content", [bytes(range(256)) * 40,
                                     b'{"url": "http://a.gov.cn/"}\n{"url": "http://b.gov.cn/"}\n'])
def test_import_warc_of_other_files_is_refused(tmp_path, content) -> None:
    source = tmp_path / "input.bin"
    source.write_bytes(content)
    status, output = run("archive", "import-warc", source, "--data-dir", tmp_path / "data")
    assert_short_error(status, output, "input.bin is not a WARC file", lines=1)
    assert "a.gov.cn" not in output                  # not the file's content
    assert not (tmp_path / "data" / "archive.db").exists()


def test_export_warc_of_an_unknown_portal_names_the_archived_ones(demo_data, tmp_path) -> None:
    status, output = run("archive", "export-warc", tmp_path / "warc", "--portal", "nosuch",
                         "--data-dir", demo_data)
    assert_short_error(status, output, "'nosuch'", "haizhou, hanyang", lines=1)
    assert not (tmp_path / "warc").exists()


def test_export_to_an_unknown_extension_lists_the_formats(demo_data, tmp_path) -> None:
    status, output = run("export", "-o", tmp_path / "x.xlsx", "--data-dir", demo_data)
    assert_short_error(status, output, ".xlsx", "*.csv", "*.parquet", "--format", lines=1)
    assert not (tmp_path / "x.xlsx").exists()


def test_import_warc_of_a_file_cut_short_says_so_and_keeps_what_came_before(demo_data,
                                                                            tmp_path) -> None:
    status, output = run("archive", "export-warc", tmp_path / "warc", "--no-gzip",
                         "--data-dir", demo_data)
    assert status == 0, output
    whole = next((tmp_path / "warc").glob("*.warc"))
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole.read_bytes()[:whole.stat().st_size // 2])
    data = tmp_path / "data"
    status, output = run("archive", "import-warc", cut, "--data-dir", data)
    assert_short_error(status, output, "cut.warc is damaged", "is cut short",
                       "import an intact copy", lines=1)
    status, output = run("archive", "import-warc", whole, "--data-dir", data)
    assert status == 0, output
    with sqlite3.connect(data / "archive.db") as conn:   # no truncated body kept
        archived = conn.execute("SELECT COUNT(*) FROM responses").fetchone()[0]
        runs = conn.execute("SELECT status FROM crawl_runs ORDER BY id").fetchall()
    # As many as one import of the intact file gives (not the demo archive's count: two
    # fetches of one URL in the same second with the same body are one response to import).
    assert run("archive", "import-warc", whole, "--data-dir", tmp_path / "intact")[0] == 0
    with sqlite3.connect(tmp_path / "intact" / "archive.db") as conn:
        intact = conn.execute("SELECT COUNT(*) FROM responses").fetchone()[0]
    assert archived == intact and runs == [("finished",), ("finished",)]
