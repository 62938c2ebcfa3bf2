"""The data commands (export, archive merge/export-warc/import-warc) on a real crawl's files."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from db.corpus.search import search
from fazhi.data_commands import data_cli


def run(*args: str, env: dict | None = None, code: int = 0):
    result = CliRunner().invoke(data_cli, list(args), env=env, catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result


def count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchone()[0]


def test_export_infers_csv_from_the_suffix_and_filters_by_query(tmp_path, demo_data):
    out = tmp_path / "s.csv"
    result = run("export", "--data-dir", str(demo_data), "--what", "sections", "--query", "复议",
                 "--bom", "-o", str(out))
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    hits = search(demo_data / "corpus.db", "复议", limit=1000)
    assert {int(row["id"]) for row in rows} == {hit.section_id for hit in hits}
    assert f"exported {len(rows)} sections as csv" in result.output


def test_export_to_stdout_reads_the_data_dir_from_the_environment(demo_data):
    result = run("export", "--quiet", "--year", "2024", env={"FAZHI_DATA_DIR": str(demo_data)})
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(r["portal"] for r in records) == ["haizhou", "shishi"]


def test_export_errors_are_reported_without_a_traceback(tmp_path, demo_data):
    result = run("export", "--data-dir", str(demo_data), "--query", "-复议", code=1)
    assert "Error:" in result.output and "nothing to search" in result.output
    result = run("export", "--data-dir", str(tmp_path), code=1)
    assert "no corpus" in result.output


def test_merge_into_a_data_directory_then_warc_out_and_back_in(tmp_path, demo_data):
    merged = tmp_path / "merged"
    merged.mkdir()
    result = run("archive", "merge", str(merged), str(demo_data))
    total = count(demo_data / "archive.db", "SELECT COUNT(*) FROM responses")
    assert f"responses copied: {total}" in result.output and "fazhi rebuild" in result.output
    assert count(merged / "archive.db", "SELECT COUNT(*) FROM responses") == total
    result = run("archive", "export-warc", str(tmp_path / "warc"), "--data-dir", str(merged))
    files = result.output.split()
    assert files and all(Path(f).is_file() for f in files)
    result = run("archive", "import-warc", *files, "--data-dir", str(tmp_path / "imported"))
    assert f"imported {total} responses" in result.output
    result = run("archive", "import-warc", *files, "--data-dir", str(tmp_path / "imported"))
    assert "imported 0 responses" in result.output


@pytest.mark.parametrize("command", [["export"], ["serve"], ["archive"], ["archive", "merge"],
                                     ["archive", "export-warc"], ["archive", "import-warc"]])
def test_every_command_has_help_with_an_example(command):
    result = run(*command, "--help")
    assert "Example" in result.output
    if command != ["archive"] and command[-1] != "merge":
        assert "--data-dir" in result.output


def test_serve_without_a_corpus_says_what_to_do(tmp_path):
    result = run("serve", "--data-dir", str(tmp_path), code=1)
    assert "no corpus" in result.output
