"""`fazhi check-portal` on a saved portal with failed report links (hengtang: a 2020 report that
is a 404, a 2022 one behind a 412 challenge, a 404 listing page): the completeness ledger's rows
in the archive are problems, not fetches — they were once merged into one "(2 attempts)" line
under the listing's URL, the 2020 one hidden, and counted as a failed fetch in the verdict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PORTALS = ROOT / "tests" / "portals"


def test_failed_report_links_are_problems_each_named_not_merged_fetches() -> None:
    done = subprocess.run([sys.executable, "-m", "fazhi.cli", "check-portal", "hengtang",
                           "--replay", str(PORTALS), "--portal-dir", str(PORTALS)], cwd=ROOT,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr[-3000:]
    out = done.stdout
    fetches = out.split("Blocked or failed fetches:")[1].split("Problems:")[0]
    failed = fetches.count("\n  ")   # the two report links, and a listing page when requested
    assert failed >= 2 and "attempts" not in fetches, fetches
    assert "report_not_fetched" not in fetches, fetches
    problems = out.split("Problems:")[1].split("\n\n")[0]
    assert "横塘县2020年度法治政府建设情况报告 — not_found" in problems, problems
    assert "横塘县2022年度法治政府建设情况报告 — blocked" in problems, problems
    assert f"; {failed} fetch(es) failed or were blocked." in out, out
