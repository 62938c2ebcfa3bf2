"""`new-portal` and `check-portal` end to end, through the replay server only.

A sample site copied under a new host name plays a portal nobody has registered yet:
new-portal fetches it, guesses its family, writes the registry entry, the saved pages and a
replay test — which must itself pass under pytest — and check-portal crawls it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.crawler.crawl_helpers import ROOT

SITES = ROOT / "tests" / "sites"
# sample host, its column path, the new host, slug, division code, expected entry values
CASES = {
    "trs": ("www.hanyang.gov.cn", "/zwgk/zc/fzzfjs/index.shtml", "www.xinyang-qu.gov.cn",
            "xinyangqu", "420106", {"family": "trs", "name": "武汉市汉阳区人民政府",
                                    "level": "district", "province": "湖北省"}),
    "hanweb_gbk": ("www.zbgx.gov.cn", "/col/col2345/index.html", "www.xingaoxin.gov.cn",
                   "xingaoxin", "370300", {"family": "hanweb", "level": "prefecture",
                                           "province": "山东省"}),
}
REPORT_PATHS = {  # the newest report of each sample portal (tests/sites/README.md)
    "trs": ["/zwgk/zc/fzzfjs/202203/t20220328_1945123.shtml",
            "/zwgk/zc/fzzfjs/202203/t20220328_1945123_1.shtml"],
    "hanweb_gbk": ["/art/2023/1/10/art_2345_87123.html"],
}


def portal_command(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "fazhi.portal_commands", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=180)


@pytest.fixture(scope="module", params=sorted(CASES))
def added(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict:
    sample_host, column, host, slug, code, _ = CASES[request.param]
    root = tmp_path_factory.mktemp(f"new-{slug}")
    shutil.copytree(SITES / sample_host, root / "portal-online" / host)
    out = {"sites": root / "sites", "portals": root / "portals", "tests": root / "tests"}
    args = [slug, f"http://{host}{column}", "--division-code", code,
            "--replay", str(root / "portal-online"), "--sites", str(out["sites"]),
            "--portal-dir", str(out["portals"]), "--tests-dir", str(out["tests"])]
    done = portal_command("new-portal", *args)
    return {"case": request.param, "host": host, "slug": slug, "args": args, "done": done,
            **out}


def test_new_portal_writes_the_registry_entry(added: dict) -> None:
    assert added["done"].returncode == 0, added["done"].stderr[-3000:]
    entry = tomllib.loads((added["portals"] / f"{added['slug']}.toml").read_text("utf-8"))
    expected = CASES[added["case"]][5]
    assert {key: entry[key] for key in expected} == expected
    assert entry["start_urls"][0].startswith(f"http://{added['host']}/")


def test_new_portal_saves_the_listing_and_the_newest_report(added: dict) -> None:
    site = added["sites"] / added["host"]
    sample = SITES / CASES[added["case"]][0]
    for path in [CASES[added["case"]][1], *REPORT_PATHS[added["case"]]]:
        saved = site / path.lstrip("/")
        assert saved.read_bytes() == (sample / path.lstrip("/")).read_bytes(), path


def test_gbk_page_without_charset_keeps_its_content_type(added: dict) -> None:
    rules = added["sites"] / added["host"] / "_replay.json"
    if added["case"] != "hanweb_gbk":
        assert not rules.exists()       # the replay server's own guess fits utf-8 pages
        return
    assert '"text/html"' in rules.read_text("utf-8")


def test_generated_replay_test_passes(added: dict) -> None:
    test_file = added["tests"] / f"test_{added['slug']}.py"
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "--rootdir", str(added["tests"]), str(test_file)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "1 passed" in done.stdout
    url = f"http://{added['host']}{REPORT_PATHS[added['case']][0]}"
    assert url in test_file.read_text("utf-8")


def test_new_portal_refuses_to_overwrite(added: dict) -> None:
    again = portal_command("new-portal", *added["args"])
    assert again.returncode != 0
    assert "--force" in again.stderr
    assert portal_command("new-portal", *added["args"], "--force").returncode == 0


def test_check_portal_lists_what_it_found(added: dict) -> None:
    done = portal_command("check-portal", added["slug"], "--replay", str(added["sites"]),
                          "--portal-dir", str(added["portals"]))
    assert done.returncode == 0, done.stderr[-3000:]
    assert f"http://{added['host']}{REPORT_PATHS[added['case']][0]}" in done.stdout
    assert "interpretation:" in done.stdout                  # every sample listing has a 解读
    assert "Verdict: OK" in done.stdout


def test_check_portal_of_a_dead_column_exits_1(tmp_path: Path) -> None:
    (tmp_path / "dead.toml").write_text(
        'slug = "dead"\nname = "空区人民政府"\ndivision_code = "130197"\nlevel = "district"\n'
        'province = "河北省"\nfamily = "generic"\n'
        'start_urls = ["http://www.beicheng.gov.cn/zfxxgk/nothing/list.html"]\n',
        encoding="utf-8")
    done = portal_command("check-portal", "dead", "--replay", str(SITES),
                          "--portal-dir", str(tmp_path))
    assert done.returncode == 1
    assert "not_found (404, listing): http://www.beicheng.gov.cn/zfxxgk/nothing/list.html" in (
        done.stdout)
    assert "NOTHING FOUND" in done.stdout
