"""A host's saved pages in two portal folders: the replay server cannot choose. `new-portal`
once wrote such a second folder (the same site under a new slug) and from then on every replay
of the folder — check-portal, crawl --replay, tests/crawler/test_crawl_sites.py — ended in a
SiteClashError traceback. Real processes, the saved jinhe portal on 127.0.0.1."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
JINHE = ROOT / "tests" / "portals" / "jinhe"


def fazhi(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "fazhi.cli", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=180)


def test_new_portal_refuses_a_host_another_portal_folder_saves(tmp_path: Path) -> None:
    portals, registry = tmp_path / "portals", tmp_path / "registry"
    shutil.copytree(JINHE, portals / "jinhe")
    registry.mkdir()
    done = fazhi("new-portal", "jinhe2", "http://www.jinhe.gov.cn/", "--division-code",
                 "320105", "--replay", portals, "--portals", portals, "--portal-dir", registry)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr[-3000:]
    assert (f"www.jinhe.gov.cn's pages are saved already, in {portals / 'jinhe' / 'site'}"
            in done.stderr), done.stderr
    assert not (portals / "jinhe2").exists() and not list(registry.iterdir())


def test_a_host_saved_twice_is_one_line_naming_both_folders(tmp_path: Path) -> None:
    portals = tmp_path / "portals"
    for slug in ("jinhe", "jinhe_copy"):
        shutil.copytree(JINHE, portals / slug)
    done = fazhi("crawl", "jinhe", "--replay", portals, "--portal-dir", ROOT / "tests" / "portals",
                 "--data-dir", tmp_path / "data", "--quiet")
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr[-3000:]
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "host www.jinhe.gov.cn is saved twice: " in lines[0], lines
    assert "jinhe_copy" in lines[0] and "keep one of them" in lines[0]
