"""`new-portal` and `check-portal` end to end, through the replay server only.

A sample site copied under a new host name plays a portal nobody has registered yet:
new-portal fetches it, guesses its family, writes the registry entry and the portal's test
folder (saved pages + expected.json) — which must pass the check every portal's crawl passes
(tests/crawler/test_crawl_sites.py) — and check-portal crawls it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from crawler.replay.sites import PortalSites
from fazhi.portal_expected import check_portal, crawl_facts, load_expected
from tests.crawler.crawl_helpers import ROOT, Entry, run_crawl, write_entry, write_site

SITES = PortalSites(ROOT / "tests" / "portals")
# sample host, its column path, the new host, slug, division code, expected entry values
CASES = {
    "trs": ("www.hanyang.gov.cn", "/zwgk/zc/fzzfjs/index.shtml", "www.xinyang-qu.gov.cn",
            "xinyangqu", "420106", {"family": "trs", "name": "武汉市汉阳区人民政府",
                                    "level": "district", "province": "湖北省"}),
    "hanweb_gbk": ("www.zbgx.gov.cn", "/col/col2345/index.html", "www.xingaoxin.gov.cn",
                   "xingaoxin", "370300", {"family": "hanweb", "level": "prefecture",
                                           "province": "山东省"}),
}
REPORT_PATHS = {  # the newest report of each sample portal (tests/portals/README.md)
    "trs": ["/zwgk/zc/fzzfjs/202203/t20220328_1945123.shtml",
            "/zwgk/zc/fzzfjs/202203/t20220328_1945123_1.shtml"],
    "hanweb_gbk": ["/art/2023/1/10/art_2345_87123.html"],
}
# listing pages after the first that the column declares (the TRS sample: createPageHTML(2, …))
FURTHER_LISTING_PAGES = {"trs": ["/zwgk/zc/fzzfjs/index_1.shtml"], "hanweb_gbk": []}


def portal_command(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "fazhi.portal_commands", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=180)


@pytest.fixture(scope="module", params=sorted(CASES))
def added(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict:
    sample_host, column, host, slug, code, _ = CASES[request.param]
    root = tmp_path_factory.mktemp(f"new-{slug}")
    shutil.copytree(SITES.host_dir(sample_host), root / "portal-online" / host)
    out = {"folders": root / "portals", "sites": root / "portals" / slug / "site",
           "portals": root / "registry"}
    args = [slug, f"http://{host}{column}", "--division-code", code,
            "--replay", str(root / "portal-online"), "--portals", str(out["folders"]),
            "--portal-dir", str(out["portals"])]
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
    sample = SITES.host_dir(CASES[added["case"]][0])
    case = added["case"]
    for path in [CASES[case][1], *FURTHER_LISTING_PAGES[case], *REPORT_PATHS[case]]:
        saved = site / path.lstrip("/")
        assert saved.read_bytes() == (sample / path.lstrip("/")).read_bytes(), path


def test_gbk_page_without_charset_keeps_its_content_type(added: dict) -> None:
    rules = added["sites"] / added["host"] / "_replay.json"
    if added["case"] != "hanweb_gbk":
        assert not rules.exists()       # the replay server's own guess fits utf-8 pages
        return
    assert '"text/html"' in rules.read_text("utf-8")


def test_written_expected_json_names_the_report_and_the_rest(added: dict) -> None:
    expected = json.loads((added["folders"] / added["slug"] / "expected.json").read_text())
    (report,) = expected["reports"]
    assert report["url"] == f"http://{added['host']}{REPORT_PATHS[added['case']][0]}"
    assert report["title"] and report["year"] and report["sections"] > 0
    assert "measures" in report["level1"]
    assert "interpretation" in {item["why"] for item in expected["skipped"]}  # every sample has one


def test_written_portal_passes_the_portal_test(added: dict, tmp_path: Path) -> None:
    """The check tests/crawler/test_crawl_sites.py runs on every portal, on the new one."""
    slug = added["slug"]
    crawl = run_crawl(tmp_path, added["folders"], [added["portals"]], [slug])
    facts = crawl_facts(tmp_path, slug, crawl.portal(slug), crawl.result["run_id"])
    score = check_portal(load_expected(added["folders"] / slug), facts)
    assert score.perfect and score.collected == 1, score.problems


def test_new_portal_refuses_to_overwrite(added: dict) -> None:
    again = portal_command("new-portal", *added["args"])
    assert again.returncode != 0
    assert "--force" in again.stderr
    assert portal_command("new-portal", *added["args"], "--force").returncode == 0


def test_check_portal_lists_what_it_found(added: dict) -> None:
    done = portal_command("check-portal", added["slug"], "--replay", str(added["folders"]),
                          "--portal-dir", str(added["portals"]))
    assert done.returncode == 0, done.stderr[-3000:]
    assert f"http://{added['host']}{REPORT_PATHS[added['case']][0]}" in done.stdout
    assert "interpretation:" in done.stdout                  # every sample listing has a 解读
    assert "Verdict: OK" in done.stdout


def test_check_portal_of_a_dead_column_exits_1(tmp_path: Path) -> None:
    write_entry(tmp_path, "dead", ["http://www.beicheng.gov.cn/zfxxgk/nothing/list.html"],
                Entry(name="空区人民政府", division_code="130197", level="district",
                      province="河北省"))
    done = portal_command("check-portal", "dead", "--replay", str(ROOT / "tests" / "portals"),
                          "--portal-dir", str(tmp_path))
    assert done.returncode == 1
    assert "not_found (404, listing): http://www.beicheng.gov.cn/zfxxgk/nothing/list.html" in (
        done.stdout)
    assert "NOTHING FOUND" in done.stdout


def test_check_portal_lists_a_retried_url_once_with_its_attempts(tmp_path: Path) -> None:
    # A 503 is retried (RETRY_TIMES 2): three archived attempts, one line for the user.
    write_site(tmp_path / "sites", "www.kongqu.gov.cn", {
        "zfxxgk/list.html": "<html><body>维护中</body></html>",
        "_replay.json": '{"status": {"/zfxxgk/list.html": 503}}'})
    write_entry(tmp_path, "kongqu", ["http://www.kongqu.gov.cn/zfxxgk/list.html"],
                Entry(name="空区人民政府", division_code="130198", level="district",
                      province="河北省"))
    done = portal_command("check-portal", "kongqu", "--replay", str(tmp_path / "sites"),
                          "--portal-dir", str(tmp_path))
    assert done.returncode == 1
    listed = [line for line in done.stdout.splitlines() if "zfxxgk/list.html" in line]
    assert len(listed) == 1 and listed[0].strip().startswith("server_error (503, listing)")
    assert "(3 attempts)" in listed[0]
    assert "NOTHING FOUND — 1 fetch(es) failed" in done.stdout


def test_check_portal_names_a_false_alarm_against_expected_json(tmp_path: Path) -> None:
    # baishi's pages with its listing declaring 99 records: every report is collected, the
    # crawl fails (listing_incomplete) — as bench/portal_score.py says, a false alarm.
    shutil.copytree(ROOT / "tests" / "portals" / "baishi", tmp_path / "baishi")
    listing = tmp_path / "baishi" / "site" / "www.baishi.gov.cn" / "xxgk" / "fzzfjs" / "index.html"
    listing.write_text(listing.read_text("utf-8").replace("共10条", "共99条"), "utf-8")
    done = portal_command("check-portal", "baishi", "--replay", str(tmp_path),
                          "--portal-dir", str(tmp_path))
    assert done.returncode == 1
    assert f"Against {tmp_path / 'baishi' / 'expected.json'}:" in done.stdout
    assert "4/4 report(s) collected once with their year" in done.stdout
    assert "false alarm: every report collected, but the crawl says listing_incomplete" in (
        done.stdout)
    assert "FALSE ALARM" in done.stdout
