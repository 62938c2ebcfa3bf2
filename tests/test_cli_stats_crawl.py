"""`fazhi stats` after a scheduled crawl in which a portal failed: a portal whose listing could
not be fetched has no report, so no row in the coverage matrix; the newest crawl run's failed
portals are named under the totals. Real crawls of saved pages on 127.0.0.1, real SQLite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from fazhi.cli import main
from tests.crawler.crawl_helpers import Entry, write_entry

ROOT = Path(__file__).resolve().parents[1]
SITES = ROOT / "tests" / "portals"
GONE = Entry(name="汉阳区司法局", division_code="420105", level="department", province="湖北省",
             family="trs")


def crawl(data: Path, registry: Path, *slugs: str) -> int:
    done = subprocess.run([sys.executable, "-m", "fazhi.cli", "crawl", *slugs, "--quiet",
                           "--replay", str(SITES), "--portal-dir", str(registry),
                           "--data-dir", str(data)], cwd=ROOT, capture_output=True, text=True,
                          timeout=180)
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    return done.returncode


def stats(data: Path) -> str:
    result = CliRunner().invoke(main, ["stats", "--data-dir", str(data)])
    assert result.exit_code == 0, result.output
    return result.output


def test_stats_names_the_portals_the_newest_crawl_failed(tmp_path: Path) -> None:
    registry, data = tmp_path / "registry", tmp_path / "data"
    write_entry(registry, "gone", ["http://www.hanyang.gov.cn/zwgk/zc/gone/index.shtml"], GONE)
    assert crawl(data, registry, "gone", "hanyang") == 1          # gone's listing is a 404
    output = stats(data)
    assert "\nhanyang " in output and "\ngone " not in output     # no report: no matrix row
    assert "last crawl: run 1, finished " in output
    assert "2 portal(s), 1 failed: gone (empty)" in output, output
    assert crawl(data, registry, "hanyang") == 0
    output = stats(data)
    assert "last crawl: run 2, finished " in output and "1 portal(s), all ok" in output
    assert "gone (empty)" not in output


def test_the_main_example_runs_stats_after_a_crawl_that_failed() -> None:
    """`fazhi crawl --all && fazhi stats` never showed the stats after a portal failed."""
    help_text = CliRunner().invoke(main, ["--help"]).output
    [example] = [line for line in help_text.splitlines() if "fazhi crawl --all" in line]
    assert "fazhi crawl --all; fazhi stats" in example and "&&" not in example, example
