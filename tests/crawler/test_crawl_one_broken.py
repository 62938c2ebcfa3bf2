"""A crawl of every portal where one is broken (its listing is gone: 404): that portal is
reported failed by name and the crawl exits non-zero, while every other portal is collected."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from settings.registry import DEFAULT_PORTAL_DIR, load_registry
from tests.crawler.crawl_helpers import ROOT, Entry, query, write_entry

PORTALS = ROOT / "tests" / "portals"   # served by the replay server
BROKEN = Entry(name="断链区人民政府", division_code="130198", level="district", province="河北省")
# The column moved: its old address answers 404 (the host itself is still up).
MOVED = "http://www.beicheng.gov.cn/zfxxgk/jiulanmu/list.html"


@pytest.fixture(scope="module")
def broken_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("broken-portal")
    write_entry(directory, "duanlian", [MOVED], BROKEN)
    return directory


def sample_slugs() -> list[str]:
    return sorted(load_registry([DEFAULT_PORTAL_DIR]))


def test_cli_crawl_all_exits_non_zero_naming_it(broken_dir: Path, tmp_path: Path) -> None:
    record = tmp_path / "run.json"
    done = subprocess.run(
        [sys.executable, "-m", "fazhi.cli", "crawl", "--all", "--data-dir", str(tmp_path),
         "--replay", str(PORTALS),
         "--portal-dir", str(broken_dir), "--json", str(record)],
        cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert done.returncode != 0
    assert "FAILED duanlian" in done.stderr
    assert "duanlian: no report found, 1 fetches failed" in done.stderr     # the runner's log
    result = json.loads(record.read_text())          # the runner's CrawlResult, as recorded
    assert result["failed_portals"] == ["duanlian"]
    broken = result["portals"]["duanlian"]
    assert broken["empty"] is True and broken["responses"] == {"not_found": 1}
    others = sample_slugs()
    assert sorted(result["portals"]) == sorted([*others, "duanlian"])
    assert all(result["portals"][slug]["empty"] is False for slug in others)
    collected = {row["portal"] for row in query(
        tmp_path / "corpus.db", "SELECT DISTINCT portal FROM documents")}
    assert collected == set(sample_slugs())
