"""A portal written into a temp directory whose server gets everything wrong, one fault a page.

Each listing item is a report; its page is served with one fault (replay rules in
``_replay.json``). ``FAULT_PAGES`` says what the archive must record for each and whether the
report must still reach the corpus.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from db.archive.store import Archive
from tests.crawler.crawl_helpers import Entry, write_entry

HOST = "www.guzhang.gov.cn"
BASE = f"http://{HOST}"
OFFSITE_HOST = "www.elsewhere.cn"
SLUG = "guzhang"
LIST_PATH = "/fzzf/list.html"
DOWNLOAD_TIMEOUT = 2            # seconds: the settings override every fault crawl uses
MAX_SIZE = 200_000              # DOWNLOAD_MAXSIZE of the fault crawl
# TODAY: the reports run up to 2024, so none is overdue on the date the crawl is judged on.
TODAY = "2025-03-01"
CRAWL_SETTINGS = ("--today", TODAY, "-s", f"DOWNLOAD_TIMEOUT={DOWNLOAD_TIMEOUT}",
                  "-s", "RETRY_TIMES=1", "-s", f"DOWNLOAD_MAXSIZE={MAX_SIZE}",
                  "-s", f"DOWNLOAD_WARNSIZE={MAX_SIZE}")

GUZHANG = Entry(name="故障区人民政府", division_code="110198", level="district",
                province="北京市")   # the registry entry of every portal written here

REPORT_PAGE = """<html><head>{meta}<title>{title}</title></head><body>
<div class="nav"><a href="/">首页</a> 无障碍版 关怀版</div>
<div class="content"><h1>{title}</h1>
<p>区委：</p>
<p>{year}年，故障区扎实推进法治政府建设，{marker}。</p>
<p>一、主要举措和成效</p>
<p>（一）深入学习贯彻习近平法治思想，健全行政决策制度体系，全年审查规范性文件{n}件。</p>
<p>（二）严格规范公正文明执法，办理行政复议案件{n}件，行政机关负责人出庭应诉率100%。</p>
<p>二、存在的不足</p>
<p>基层行政执法规范化水平有待提升，法治宣传的针对性不够强。</p>
<p>三、下一年度工作安排</p>
<p>持续深化“放管服”改革，推进严格规范公正文明执法。</p>
<p>故障区人民政府</p><p>{year}年3月1日</p>
</div><div class="footer">主办单位：故障区人民政府办公室 网站标识码1101980001</div>
</body></html>"""


@dataclass(frozen=True)
class FaultPage:
    name: str                 # file under /fzzf/ (the article URL)
    fault: str                # what the server does wrong, in words
    kind: str                 # `responses.kind` of the article's last attempt
    reaches_corpus: bool      # a good page behind a survivable fault

    @property
    def url(self) -> str:
        return f"{BASE}/fzzf/{self.name}"


FAULT_PAGES = [
    FaultPage("good.html", "none", "ok", True),
    FaultPage("drip_ok.html", "body trickled within the timeout", "ok", True),
    FaultPage("wrong_charset.html", "GBK bytes, header says utf-8", "ok", True),
    FaultPage("missing_charset.html", "GBK bytes, no charset anywhere", "ok", True),
    FaultPage("challenge.html", "412 JS challenge", "blocked", False),
    FaultPage("forbidden.html", "403", "blocked", False),
    FaultPage("missing.html", "404 dead link", "not_found", False),
    FaultPage("e500.html", "500", "server_error", False),
    FaultPage("e502.html", "502", "server_error", False),
    FaultPage("e503.html", "503", "server_error", False),
    FaultPage("hang.html", "no answer before the timeout", "timeout", False),
    FaultPage("drip_slow.html", "body trickled past the timeout", "timeout", False),
    FaultPage("truncated.html", "Content-Length larger than the body sent", "truncated", False),
    FaultPage("loop_a.html", "redirect loop a → b → a", "redirect_loop", False),
    FaultPage("offsite.html", "redirect to another site", "offsite_redirect", False),
    FaultPage("big.html", "body over DOWNLOAD_MAXSIZE", "too_large", False),
    FaultPage("binary.html", "random bytes served as text/html", "binary", False),
]
GOOD_PAGES = [page for page in FAULT_PAGES if page.reaches_corpus]

RULES = {
    "status": {"/fzzf/challenge.html": 412, "/fzzf/forbidden.html": 403,
               "/fzzf/e500.html": 500, "/fzzf/e502.html": 502, "/fzzf/e503.html": 503},
    "delay": {"/fzzf/hang.html": 4 * DOWNLOAD_TIMEOUT},
    "drip": {"/fzzf/drip_ok.html": 0.3 * DOWNLOAD_TIMEOUT,
             "/fzzf/drip_slow.html": 4 * DOWNLOAD_TIMEOUT},
    "truncate": {"/fzzf/truncated.html": 300},
    "redirect": {"/fzzf/loop_a.html": f"{BASE}/fzzf/loop_b.html",
                 "/fzzf/loop_b.html": f"{BASE}/fzzf/loop_a.html",
                 "/fzzf/offsite.html": f"http://{OFFSITE_HOST}/fzzf/good.html"},
    "headers": {"/fzzf/wrong_charset.html": {"Content-Type": "text/html; charset=utf-8"},
                "/fzzf/missing_charset.html": {"Content-Type": "text/html"},
                "/fzzf/binary.html": {"Content-Type": "text/html; charset=utf-8"}},
}
CHALLENGE_PAGE = ("<html><head><script>$_ts=window['$_ts'];if(!$_ts)$_ts={};$_ts.nsd=1;"
                  "</script><script src='/x/ts.js' r='m'></script></head><body></body></html>")


def year_of(index: int) -> int:
    return 2024 - index % 20


def title_of(index: int) -> str:
    unit = f"第{index}分局" if index >= 20 else ""   # many reports: one per unit and year
    return f"故障区{unit}{year_of(index)}年法治政府建设年度报告"


def marker_of(page: FaultPage) -> str:
    """A sentence only this page has, to find its document in the corpus."""
    return f"本页标记{page.name.split('.')[0].replace('_', '')}号"


def report_page(index: int, page: FaultPage, meta: str = '<meta charset="utf-8">') -> str:
    return REPORT_PAGE.format(meta=meta, title=title_of(index), year=year_of(index),
                              marker=marker_of(page), n=index + 3)


def listing_html(links: list[tuple[str, str]]) -> str:
    items = "".join(f'<li><a href="{href}">{title}</a><span>2024-03-0{i % 9 + 1}</span></li>'
                    for i, (href, title) in enumerate(links))
    return (f'<html><head><meta charset="utf-8"></head><body><ul class="list">{items}</ul>'
            "</body></html>")


def page_bytes(index: int, page: FaultPage) -> bytes | None:
    """What the server has on disk for a page (None: nothing, a dead link)."""
    name = page.name
    if name == "missing.html" or name.startswith("loop_") or name == "offsite.html":
        return None
    if name == "challenge.html":
        return CHALLENGE_PAGE.encode()
    if name == "binary.html":
        return random.Random(7).randbytes(6000)
    if name == "wrong_charset.html":
        return report_page(index, page, '<meta charset="gbk">').encode("gbk")
    if name == "missing_charset.html":
        return report_page(index, page, "").encode("gbk")
    html = report_page(index, page)
    if name == "big.html":   # real page text, padded past the size cap with a comment
        html = html.replace("</body>", f"<!-- {'x' * (2 * MAX_SIZE)} --></body>")
    return html.encode("utf-8")


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def build_fault_site(root: Path) -> tuple[Path, Path]:
    """Write the fault portal's site and registry entry under `root`: (sites dir, portals dir)."""
    sites, portals = root / "sites", root / "portals"
    site = sites / HOST
    links = [(page.name, title_of(i)) for i, page in enumerate(FAULT_PAGES)]
    write(site / LIST_PATH.lstrip("/"), listing_html(links))
    for index, page in enumerate(FAULT_PAGES):
        data = page_bytes(index, page)
        if data is not None:
            write(site / "fzzf" / page.name, data)
    write(site / "_replay.json", json.dumps(RULES))
    # The off-site host exists on the replay server: only the crawler's refusal keeps it out.
    write(sites / OFFSITE_HOST / "fzzf" / "good.html", report_page(0, FAULT_PAGES[0]))
    write_entry(portals, SLUG, [f"{BASE}{LIST_PATH}"], GUZHANG)
    return sites, portals


def build_report_site(root: Path, host: str, slug: str, count: int,
                      rules: dict | None = None) -> tuple[Path, Path, list[str]]:
    """A plain portal of `count` good reports (one listing page) with the given replay rules:
    (sites dir, portals dir, report URLs)."""
    sites, portals = root / "sites", root / "portals"
    pages = [FaultPage(f"r{i:03d}.html", "none", "ok", True) for i in range(count)]
    write(sites / host / LIST_PATH.lstrip("/"),
          listing_html([(page.name, title_of(i)) for i, page in enumerate(pages)]))
    for index, page in enumerate(pages):
        write(sites / host / "fzzf" / page.name, report_page(index, page))
    write(sites / host / "_replay.json", json.dumps(rules or {}))
    write_entry(portals, slug, [f"http://{host}{LIST_PATH}"], GUZHANG)
    return sites, portals, [f"http://{host}/fzzf/{page.name}" for page in pages]


def archive_reports(archive_file: Path, first: int, count: int, host: str = "www.wending.gov.cn",
                    slug: str = "wending") -> None:
    """Report pages written straight into the archive, as a crawl would have (no network)."""
    with Archive(archive_file) as archive:
        run_id = archive.start_run([slug])
        for index in range(first, first + count):
            page = FaultPage(f"r{index:03d}.html", "none", "ok", True)
            url = f"http://{host}/fzzf/{page.name}"
            archive.record_response(
                run_id=run_id, portal=slug, url=url, final_url=url, status=200,
                headers={"Content-Type": "text/html; charset=utf-8"}, role="article",
                body=report_page(index, page).encode(), title_hint=title_of(index))
        archive.finish_run(run_id, {})
