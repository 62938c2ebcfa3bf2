"""Security: the crawl stays on the portal's domains and obeys robots.txt; sizes are capped.

A crawl of a portal written here whose listing links off-site in every tricky way (look-alike
hosts, userinfo, protocol-relative), whose report links an off-site attachment, and whose
robots.txt disallows a path. Every off-site host exists on the replay server, so a request
that leaked would show in its log.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from tests.crawler.crawl_helpers import Crawl, query, run_crawl, write_entry
from tests.reliability.fault_site import (
    GUZHANG,
    TODAY,
    FaultPage,
    listing_html,
    report_page,
    title_of,
    write,
)

HOST, SLUG = "www.anquan.gov.cn", "anquan"
BASE = f"http://{HOST}"
# Another host of the portal's own government domain (sfj.anquan.gov.cn) is the portal's:
# crawler/hosts.py, tested on tests/portals/lingbo. A look-alike sharing its suffix without the
# dot (evilanquan.gov.cn) is another government.
OFFSITE = {  # listing href → the host it really names
    "http://www.elsewhere.cn/fzzf/r.html": "www.elsewhere.cn",
    "http://www.anquan.gov.cn.evil.cn/fzzf/r.html": "www.anquan.gov.cn.evil.cn",
    "http://evilanquan.gov.cn/fzzf/r.html": "evilanquan.gov.cn",
    "http://www.anquan.gov.cn@evil.cn/fzzf/r.html": "evil.cn",
    "//evil.cn/fzzf/r.html": "evil.cn",
}
ROBOTS = "User-agent: *\nDisallow: /private/\n"
ATTACHMENT_CAP = 2000
ATTACHMENTS = ('<a href="/files/big.pdf">全文.pdf</a>'
               '<a href="http://evil.cn/files/x.pdf">附件.pdf</a>')


def build_site(root) -> tuple:
    sites, portals = root / "sites", root / "portals"
    site = sites / HOST
    links = [("good.html", title_of(0)), ("/private/secret.html", title_of(1)),
             ("redirect.html", title_of(2))]
    links += [(href, title_of(3 + i)) for i, href in enumerate(OFFSITE)]
    write(site / "fzzf" / "list.html", listing_html(links))
    good = FaultPage("good.html", "none", "ok", True)
    write(site / "fzzf" / "good.html",
          report_page(0, good).replace("</div><div class=\"footer\">", ATTACHMENTS + "</div>"
                                       "<div class=\"footer\">"))
    write(site / "private" / "secret.html", report_page(1, good))
    write(site / "files" / "big.pdf", b"%PDF-1.4\n" + b"0" * (2 * ATTACHMENT_CAP))
    write(site / "robots.txt", ROBOTS)
    write(site / "_replay.json", json.dumps(
        {"redirect": {"/fzzf/redirect.html": "http://evil.cn/fzzf/r.html"}}))
    for host in set(OFFSITE.values()):   # bait: served if anybody asks
        write(sites / host / "fzzf" / "r.html", report_page(5, good))
        write(sites / host / "files" / "x.pdf", b"%PDF-1.4\n")
    write_entry(portals, SLUG, [f"{BASE}/fzzf/list.html"], GUZHANG)
    return sites, portals


@pytest.fixture(scope="module")
def secure_crawl(tmp_path_factory: pytest.TempPathFactory) -> tuple[Crawl, dict]:
    root = tmp_path_factory.mktemp("security")
    sites, portals = build_site(root)
    data = root / "data"
    crawl = run_crawl(data, sites, [portals], [SLUG], "--today", TODAY,
                      "-s", f"FAZHI_ATTACHMENT_MAXSIZE={ATTACHMENT_CAP}")
    return crawl, {"archive": data / "archive.db", "corpus": data / "corpus.db"}


def test_no_request_leaves_the_portal(secure_crawl) -> None:
    crawl = secure_crawl[0]
    hosts = {urlsplit(url).hostname for _, url, _ in crawl.requests}
    assert hosts == {HOST}, hosts
    assert crawl.requested(f"{BASE}/fzzf/good.html") == [200]   # the crawl did run


def test_an_offsite_redirect_is_refused_and_recorded(secure_crawl) -> None:
    crawl, files = secure_crawl
    assert crawl.requested(f"{BASE}/fzzf/redirect.html") == [302]
    rows = query(files["archive"], "SELECT kind, error FROM responses WHERE url = ?",
                 f"{BASE}/fzzf/redirect.html")
    assert [row["kind"] for row in rows] == ["offsite_redirect"]
    assert "evil.cn" in rows[0]["error"]


def test_robots_txt_is_obeyed_and_the_refusal_recorded(secure_crawl) -> None:
    crawl, files = secure_crawl
    assert crawl.requested(f"{BASE}/robots.txt") == [200]
    assert not [url for _, url, _ in crawl.requests if "/private/" in url]
    rows = query(files["archive"], "SELECT kind, error, role FROM responses WHERE url = ?",
                 f"{BASE}/private/secret.html")
    assert [(row["kind"], row["role"]) for row in rows] == [("robots_disallowed", "article")]
    assert "robots.txt" in rows[0]["error"]


def test_an_attachment_over_the_cap_is_not_downloaded(secure_crawl) -> None:
    files = secure_crawl[1]
    rows = query(files["archive"], "SELECT kind, sha256 FROM responses WHERE url = ?",
                 f"{BASE}/files/big.pdf")
    assert [(row["kind"], row["sha256"]) for row in rows] == [("too_large", None)]
    docs = query(files["corpus"], "SELECT url FROM documents")
    assert [row["url"] for row in docs] == [f"{BASE}/fzzf/good.html"]
