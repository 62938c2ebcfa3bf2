"""`fazhi compare` on portals that hold more than one report a year, or only copies: which
report is compared, said in the output, and a copy sends the user to the original. Real crawls
of saved test portals (tests/portals) on 127.0.0.1 into a real corpus."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from fazhi.cli import main

ROOT = Path(__file__).resolve().parents[1]
PORTALS = ROOT / "tests" / "portals"


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """moling: the district government's reports, and in 2023 and 2024 a department's too;
    shishi_sfj: the 司法局 site re-posting shishi's 2024 report."""
    folder = tmp_path_factory.mktemp("compare")
    done = subprocess.run([sys.executable, "-m", "fazhi.cli", "crawl", "moling", "shishi",
                           "shishi_sfj", "--quiet", "--replay", str(PORTALS), "--portal-dir",
                           str(PORTALS), "--data-dir", str(folder)], cwd=ROOT,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode in (0, 1), done.stderr[-3000:]   # 1: moling is overdue
    return folder


def compare(data: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["compare", *args, "--data-dir", str(data)])
    return result.exit_code, result.output


def test_the_portals_own_report_is_compared_and_the_others_named(data) -> None:
    status, output = compare(data, "moling", "2023", "2024")
    assert status == 0, output
    lines = output.splitlines()
    assert lines[1:3] == ["  2023: 秣陵区人民政府关于2023年度法治政府建设情况的报告",
                          "  2024: 秣陵区人民政府关于2024年度法治政府建设情况的报告"], output
    assert "2023 has 2 reports" in output
    assert "not: 区市场监管局2023年度法治政府建设工作报告" in output
    status, output = compare(data, "moling", "2022", "2023", "--json")
    reports = json.loads(output)["reports"]
    assert reports[0]["others"] == [] and len(reports[1]["others"]) == 1


def test_a_copy_sends_the_user_to_the_original(data) -> None:
    status, output = compare(data, "shishi_sfj", "2024", "2023")
    assert status == 1 and "Traceback" not in output
    assert "shishi_sfj's 2024 report is a copy of shishi's: compare shishi" in output, output


def test_a_search_limited_to_a_portal_of_copies_says_why_it_finds_nothing(data) -> None:
    result = CliRunner().invoke(main, ["search", "法治", "--portal", "shishi_sfj",
                                       "--data-dir", str(data)])
    assert result.exit_code == 0, result.output
    assert "portal 'shishi_sfj' holds only copies of other portals' reports (1)" in result.output
    found = CliRunner().invoke(main, ["search", "法治", "--portal", "shishi",
                                      "--data-dir", str(data)])
    assert "section(s) match" in found.output and "holds only" not in found.output


def test_search_json_of_a_portal_of_copies_keeps_stdout_json_and_says_why_on_stderr(data) -> None:
    result = CliRunner().invoke(main, ["search", "法治", "--portal", "shishi_sfj", "--json",
                                       "--data-dir", str(data)])
    assert result.exit_code == 0 and result.stdout == "", result.output
    assert "holds only copies of other portals' reports (1)" in result.stderr


def test_an_export_of_a_portal_of_copies_says_how_to_get_them(data, tmp_path) -> None:
    out = tmp_path / "copies.jsonl"
    args = ["export", "--portal", "shishi_sfj", "-o", str(out), "--data-dir", str(data)]
    result = CliRunner().invoke(main, [*args, "--quiet"])
    assert result.exit_code == 0 and out.read_text("utf-8") == "", result.output
    assert ("exported 0 documents as jsonl to " in result.stderr
            and "holds only copies of other portals' reports (1), left out as copies: add "
                "--include-duplicates" in result.stderr), result.stderr
    result = CliRunner().invoke(main, [*args, "--include-duplicates"])
    assert result.exit_code == 0 and "holds only" not in result.stderr, result.stderr
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [row["portal"] for row in rows] == ["shishi_sfj"] and rows[0]["duplicate_of"]
