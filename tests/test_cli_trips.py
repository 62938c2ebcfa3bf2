"""More of what a new user trips on, each refused in one line before any work (see also
tests/test_cli_usage.py): real files and real SQLite through click's runner."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from db.corpus.store import Corpus
from fazhi.cli import main


def test_stats_refuses_an_empty_trend_term(tmp_path: Path) -> None:
    Corpus(tmp_path / "corpus.db").close()
    result = CliRunner().invoke(main, ["stats", "--term", " ", "--plot", str(tmp_path / "f"),
                                       "--data-dir", str(tmp_path)])
    assert result.exit_code == 2 and "--term" in result.output, result.output
    assert not (tmp_path / "f").exists()


def test_crawl_since_must_be_a_report_year(tmp_path: Path) -> None:
    # --since 20 (for 2020) kept every report, --since 20205 none, and the portal was 'ok'
    for year in ("20", "20205"):
        result = CliRunner().invoke(main, ["crawl", "haizhou", "--since", year,
                                           "--data-dir", str(tmp_path)])
        assert result.exit_code == 2 and "--since" in result.output, result.output
    assert not (tmp_path / "archive.db").exists()


def test_the_crawl_header_names_both_databases_alike(tmp_path: Path) -> None:
    # `make demo` printed "archive /abs/data/archive.db  corpus data/corpus.db"
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-m", "fazhi.cli", "crawl", "haizhou", "--quiet",
                           "--replay", str(root / "tests" / "portals"), "--data-dir", "d"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    data = (tmp_path / "d").resolve()
    assert done.stdout.splitlines()[0] == (f"crawl run 1  archive {data / 'archive.db'}  "
                                           f"corpus {data / 'corpus.db'}"), done.stdout


def test_the_offline_new_portal_example_works_and_its_next_steps_too(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[1]
    help_text = CliRunner().invoke(main, ["new-portal", "--help"]).output
    lines = help_text.split("Examples")[1].split("Options:")[0].splitlines()
    example = " ".join(line.strip().rstrip("\\") for line in lines if "hanyang2" in line
                       or "--replay" in line).replace("/tmp/try", str(tmp_path))
    words = example.split()
    assert words[:2] == ["fazhi", "new-portal"], help_text

    def fazhi(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "fazhi.cli", *args], cwd=root,
                              capture_output=True, text=True, timeout=180)

    done = fazhi(*words[1:])
    assert done.returncode == 0, done.stderr
    next_step = done.stdout.strip().splitlines()[-1]
    # the entry went to another registry folder: no crawl-test hint, check-portal told where
    assert next_step == (f"next: fazhi check-portal hanyang2 --replay {tmp_path} "
                         f"--portal-dir {tmp_path}"), done.stdout
    checked = fazhi(*next_step.split()[2:])
    assert checked.returncode == 0 and "Verdict: OK" in checked.stdout, checked.stderr
