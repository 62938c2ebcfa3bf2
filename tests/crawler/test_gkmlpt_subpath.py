"""A gkmlpt platform under a department's sub-path (`/lssfj/gkmlpt/index#77`): the column id is
only in the start URL's `#` fragment, the site id only in the JS shell; the listing is the API
beside the shell's `gkmlpt/` folder, not at the host's root. Sites written here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from scrapy.http import HtmlResponse

from crawler.families.gkmlpt import shell_site_id
from crawler.spiders.portals import spider_class_for
from settings.registry import Portal
from tests.crawler.crawl_helpers import (
    ROBOTS_OPEN,
    ROOT,
    Entry,
    query,
    run_crawl,
    write_portal,
    write_site,
)

HOST = "www.lanshan.gov.cn"
BASE = f"http://{HOST}/lssfj/gkmlpt"
START_PATH = "lssfj/gkmlpt/index#77"
START = f"http://{HOST}/{START_PATH}"
SHELL = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>岚山市司法局政府信息公开平台</title>
<script>window.APP_URL = "http://www.lanshan.gov.cn/lssfj";
window._CONFIG = {SID: '612345'};</script>
</head><body><div id="app"></div></body></html>"""
REPORT_TITLE = "岚山市司法局关于2023年度法治政府建设工作情况的报告"
REPORT = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{REPORT_TITLE}</title>
<meta name="ArticleTitle" content="{REPORT_TITLE}"></head><body>
<h1>{REPORT_TITLE}</h1><div class="article-content">
<p>市委、市政府：</p><p>2023年，我局扎实推进依法行政，法治政府建设取得新成效。现将有关情况报告如下：</p>
<p><strong>一、主要举措和成效</strong></p><p>（一）深化行政执法体制改革，规范行政执法行为。</p>
<p><strong>二、存在的不足</strong></p><p>基层法治力量相对薄弱。</p>
<p><strong>三、下一步工作打算</strong></p><p>持续推进法治政府建设。</p>
<p>特此报告。</p><p>岚山市司法局</p><p>2024年1月20日</p></div></body></html>"""
NEWS = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>岚山市召开法治工作会议</title></head><body><h1>岚山市召开法治工作会议</h1>
<div class="article-content"><p>近日召开会议。</p></div></body></html>"""


def portal(**overrides: str) -> Portal:
    return Portal(slug="lanshan_sfj", name="岚山市司法局", division_code="441803",
                  level="department", province="广东省", family="gkmlpt", start_urls=(START,),
                  allowed_domains=(HOST,), overrides=overrides)


def test_the_shell_names_the_site_id_and_the_api_sits_beside_it() -> None:
    spider = spider_class_for(portal())()
    (shell,) = spider.start_requests()
    assert shell.url == f"{BASE}/index"          # the fragment is no part of a request
    answer = HtmlResponse(shell.url, body=SHELL.encode(), encoding="utf-8", request=shell)
    assert spider.listing_entries(answer) == []   # the shell lists nothing itself
    (api,) = [r for r in spider.next_listing_requests(answer) if "/api/" in r.url]
    assert api.url == f"{BASE}/api/all/77?page=1&sid=612345"
    assert api.meta["fazhi_listing_root"] == START
    # a site id given in the registry: the API at once, beside the same folder
    (direct,) = spider_class_for(portal(sid="9"))().start_requests()
    assert direct.url == f"{BASE}/api/all/77?page=1&sid=9"


def test_site_id_forms() -> None:
    assert shell_site_id('window.SID = "758321";') == "758321"
    assert shell_site_id('window._CONFIG = {"SID": 758321, "X": 1}') == "758321"
    assert shell_site_id('<meta name="SiteId" content="44">') == "44"
    assert shell_site_id("<html></html>") == ""


def api_page(page: int, articles: list[dict]) -> str:
    return json.dumps({"classify": {"id": 77, "post_count": 3}, "total": 3,
                       "articles": articles}, ensure_ascii=False)


def site_files() -> dict[str, str]:
    root = "lssfj/gkmlpt"
    files = {f"{root}/index": SHELL}
    pages = {1: [("1/1001", REPORT_TITLE, 1705737600),
                 ("1/1002", "岚山市召开法治工作会议", 1700000000)],
             2: [("1/1003", "岚山市2024年法治政府建设工作要点", 1690000000)]}
    for page, items in pages.items():
        articles = [{"title": title, "url": f"{BASE}/content/{path}/post_{path[2:]}.html#77",
                     "first_publish_time": when} for path, title, when in items]
        files[f"{root}/api/all/77@page={page}&sid=612345"] = api_page(page, articles)
        for path, title, _ in items:
            files[f"{root}/content/{path}/post_{path[2:]}.html"] = (
                REPORT if title == REPORT_TITLE else NEWS)
    return files | {"robots.txt": ROBOTS_OPEN}


def test_a_gkmlpt_column_under_a_sub_path_is_crawled_whole(tmp_path: Path) -> None:
    entry = Entry(name="岚山市司法局", division_code="441803", level="department",
                  province="广东省", family="gkmlpt")
    sites, portals, data = write_portal(tmp_path, "lanshan_sfj", HOST, START_PATH, site_files(),
                                        entry)
    crawl = run_crawl(data, sites, [portals], ["lanshan_sfj"])
    assert crawl.requested(f"{BASE}/api/all/77?page=2&sid=612345") == [200], crawl.log[-2000:]
    assert crawl.returncode == 0, crawl.log[-2000:]
    [document] = query(data / "corpus.db", "SELECT url, report_year FROM documents "
                       "WHERE portal = 'lanshan_sfj'")
    assert tuple(document) == (f"{BASE}/content/1/1001/post_1001.html", 2023)


def test_new_portal_reads_the_api_the_shell_names(tmp_path: Path) -> None:
    sites = tmp_path / "online"
    write_site(sites, HOST, site_files())
    done = subprocess.run(
        [sys.executable, "-m", "fazhi.portal_commands", "new-portal", "lanshan_sfj", START,
         "--division-code", "441803", "--replay", str(sites), "--portals",
         str(tmp_path / "portals"), "--portal-dir", str(tmp_path / "registry")],
        cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    saved = tmp_path / "portals" / "lanshan_sfj" / "site" / HOST / "lssfj" / "gkmlpt"
    assert (saved / "index").is_file()                       # the shell, replayed as crawled
    assert (saved / "api" / "all" / "77@page=1&sid=612345").is_file()
    assert (saved / "content" / "1" / "1001" / "post_1001.html").is_file()
