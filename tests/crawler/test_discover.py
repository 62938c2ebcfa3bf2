"""`fazhi discover`: the report column found from a portal's home page, over real HTTP through
the replay server (never a mocked fetcher).

Every test portal whose expected.json names a `home` counts (tests/portals/<slug>/): the column
found must be its `column`, or where that moved (`moved_to`) or the full column a section page
shows a part of (`full_column`).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from crawler.discover import (
    Candidate,
    PageLink,
    ReportLink,
    link_score,
    normal_url,
    page_links,
    rank_candidates,
    report_folder,
)
from crawler.discover_fetch import DiscoverError, PoliteFetcher, discover_column
from crawler.replay.server import ReplayServer
from tests.crawler.crawl_helpers import ROOT, write_site

PORTALS = ROOT / "tests" / "portals"
BUDGET = 40
HOMES = sorted(p.parent.name for p in PORTALS.glob("*/expected.json")
               if "home" in json.loads(p.read_text(encoding="utf-8")))


def right_answers(expected: dict) -> set[str]:
    return {normal_url(expected[key]) for key in ("column", "moved_to", "full_column")
            if key in expected}


@pytest.fixture(scope="module")
def portals_server():
    with ReplayServer(PORTALS) as server:
        yield server


def test_enough_home_pages_to_measure_with() -> None:
    assert len(HOMES) >= 5, HOMES


@pytest.mark.parametrize("slug", HOMES)
def test_discover_finds_the_column_from_the_home_page(slug: str, portals_server) -> None:
    expected = json.loads((PORTALS / slug / "expected.json").read_text(encoding="utf-8"))
    fetcher = PoliteFetcher(proxy=portals_server.url)
    found = discover_column(expected["home"], budget=BUDGET, fetcher=fetcher)
    assert found.best is not None, f"{slug}: no column found"
    chosen = {normal_url(found.best.url)} | ({normal_url(found.best.moved_from)}
                                             if found.best.moved_from else set())
    assert chosen & right_answers(expected), (slug, found.best.url, expected.get("column"))
    assert found.best.reports and found.requests <= BUDGET
    assert fetcher.delay == 0   # loopback replay only


def site(tmp_path: Path, pages: dict[str, str]) -> Path:
    write_site(tmp_path, "www.example.gov.cn", pages)
    return tmp_path


HOME = ('<html><title>示例县人民政府</title><a href="/xwzx/">新闻中心</a>'
        '<a href="/zwgk/">政务公开</a><a href="/zfxxgk/nb/">政府信息公开年报</a></html>')
SECTION = '<html><title>政务公开</title><a href="/zwgk/fzzfjs/">法治政府建设</a></html>'
COLUMN = ('<html><title>法治政府建设</title>'
          '<a href="/zwgk/fzzfjs/202501/t1.html">示例县2024年法治政府建设年度报告</a>'
          '<a href="/zwgk/fzzfjs/202401/t2.html">示例县2023年法治政府建设年度报告</a>'
          '<a href="/zwgk/fzzfjs/202402/t3.html">《示例县2023年法治政府建设年度报告》解读</a>'
          '<a href="?page=2">下一页</a></html>')
NEWS = ('<html><title>新闻中心</title>'
        '<a href="/xwzx/202501/t9.html">示例县2024年法治政府建设年度报告</a></html>')


def test_a_small_site_walks_section_to_column(tmp_path: Path) -> None:
    root = site(tmp_path, {"index.html": HOME, "zwgk/index.html": SECTION,
                           "zwgk/fzzfjs/index.html": COLUMN, "xwzx/index.html": NEWS})
    with ReplayServer(root) as server:
        fetcher = PoliteFetcher(proxy=server.url)
        found = discover_column("http://www.example.gov.cn/", budget=10, fetcher=fetcher)
        asked = [url for _, url, _ in server.requests]
    assert found.best.url == "http://www.example.gov.cn/zwgk/fzzfjs/"
    assert [r.year for r in found.best.reports] == [2024, 2023]   # the 解读 is not a report
    assert not any("/zfxxgk/nb/" in url or "t1.html" in url for url in asked)
    assert asked[0].endswith("/robots.txt")


def test_robots_txt_is_obeyed_and_the_budget_kept(tmp_path: Path) -> None:
    root = site(tmp_path, {"index.html": HOME, "zwgk/index.html": SECTION,
                           "zwgk/fzzfjs/index.html": COLUMN,
                           "robots.txt": "User-agent: *\nDisallow: /zwgk/fzzfjs/\n"})
    with ReplayServer(root) as server:
        found = discover_column("http://www.example.gov.cn/", budget=10,
                                fetcher=PoliteFetcher(proxy=server.url))
        asked = [url for _, url, _ in server.requests]
    assert found.best is None and found.blocked
    assert not any("fzzfjs" in url for url in asked)
    with ReplayServer(root) as server:
        found = discover_column("http://www.example.gov.cn/", budget=2,
                                fetcher=PoliteFetcher(proxy=server.url))
        assert len(server.requests) == found.requests == 2


def test_an_unreachable_home_page_is_one_error(tmp_path: Path) -> None:
    with ReplayServer(site(tmp_path, {"index.html": HOME})) as server, \
            pytest.raises(DiscoverError, match="could not be fetched"):
        discover_column("http://www.nowhere.gov.cn/", budget=5,
                        fetcher=PoliteFetcher(proxy=server.url))


def test_link_scores_prefer_the_report_column() -> None:
    score = {text: link_score(PageLink(f"http://x.gov.cn/{path}", text)) for text, path in [
        ("法治政府建设", "a/"), ("法定主动公开内容", "b/"), ("政务公开", "zwgk/"),
        ("新闻中心", "xwzx/"), ("政府信息公开年报", "c/"), ("下一页", "fzzfjs/index_1.html")]}
    assert score["法治政府建设"] > score["法定主动公开内容"] > score["政务公开"] > 0
    assert score["新闻中心"] == score["政府信息公开年报"] == score["下一页"] == 0


def test_report_folder_climbs_out_of_date_and_article_folders() -> None:
    assert report_folder("http://x.gov.cn/zwgk/fzzfjs/202501/t2025_1.html") == \
        "http://x.gov.cn/zwgk/fzzfjs/"
    assert report_folder("http://x.gov.cn/xxgk/fzzfjs/content/post_1.html") == \
        "http://x.gov.cn/xxgk/fzzfjs/"
    assert report_folder("http://x.gov.cn/2025/t1.html") is None


def test_a_truncated_link_text_yields_to_its_title() -> None:
    html = '<a href="/a/1.html" title="示例县2024年法治政府建设年度报告">示例县2024年法治...</a>'
    assert page_links(html, "http://x.gov.cn/")[0].text == "示例县2024年法治政府建设年度报告"


def test_candidates_rank_by_reports_then_column_name() -> None:
    two = [ReportLink(f"http://x.gov.cn/{y}.html", f"{y}年法治政府建设年度报告", y)
           for y in (2024, 2023)]
    news = Candidate("http://x.gov.cn/xwzx/", "新闻中心", two)
    column = Candidate("http://x.gov.cn/fzzfjs/", "法治政府建设", two)
    home = Candidate("http://x.gov.cn/", "首页", two[:1])
    assert rank_candidates([home, news, column, Candidate("http://x.gov.cn/e/")]) == \
        [column, news, home]


def portal_command(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "fazhi.portal_commands", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=180,
                          stdin=subprocess.DEVNULL)


def test_discover_command_lists_the_columns_and_the_best() -> None:
    done = portal_command("discover", "http://www.jinhe.gov.cn/", "--replay", str(PORTALS))
    assert done.returncode == 0, done.stderr
    assert "budget 40 requests" in done.stdout
    assert "best: http://www.jinhe.gov.cn/zfxxgk/fdzdgknr/fzzfjsndbg/list.shtml" in done.stdout
    assert "moved from http://www.jinhe.gov.cn/zwgk/zc/fzzfjs/index.shtml" in done.stdout
    assert "Traceback" not in done.stderr


def test_discover_command_of_an_unsaved_host_is_one_line(tmp_path: Path) -> None:
    site(tmp_path, {"index.html": HOME})
    done = portal_command("discover", "http://www.nowhere.gov.cn/", "--replay", str(tmp_path))
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "could not be fetched" in done.stderr


def test_new_portal_without_a_terminal_names_the_missing_option(tmp_path: Path) -> None:
    done = portal_command("new-portal", "example", "http://www.example.gov.cn/",
                          "--replay", str(site(tmp_path, {"index.html": HOME})))
    assert done.returncode == 2
    assert "--division-code" in done.stderr and "Aborted" not in done.stderr


def test_new_portal_from_a_home_page_continues_with_the_column(tmp_path: Path) -> None:
    shutil.copytree(PORTALS / "xunzhou" / "site" / "www.xunzhou.gov.cn",
                    tmp_path / "online" / "www.xinzhou-shi.gov.cn")
    done = portal_command("new-portal", "xinzhoushi", "http://www.xinzhou-shi.gov.cn/",
                          "--division-code", "450881", "--replay", str(tmp_path / "online"),
                          "--portals", str(tmp_path / "portals"),
                          "--portal-dir", str(tmp_path / "registry"))
    assert done.returncode == 0, done.stdout + done.stderr
    column = "http://www.xinzhou-shi.gov.cn/zwgk/fdzdgknr/fzzfjsndbg/index.html"
    assert f"discover chose {column}" in done.stdout
    entry = tomllib.loads((tmp_path / "registry" / "xinzhoushi.toml").read_text("utf-8"))
    assert entry["start_urls"] == [column]
