"""Family fingerprints over every test portal's saved listing and report page, and the
registry fields new-portal derives from a division code."""

from __future__ import annotations

import pytest

from crawler.fingerprints import guess_family, matching_families
from crawler.replay.sites import PortalSites
from fazhi.portal_expected import load_expected
from settings.divisions import level_for, province_for
from settings.registry import DEFAULT_PORTAL_DIR, load_registry
from tests.crawler.crawl_helpers import ROOT

PORTALS = ROOT / "tests" / "portals"
SITES = PortalSites(PORTALS)
REGISTRY = load_registry([DEFAULT_PORTAL_DIR, PORTALS])
FILE_SUFFIXES = (".pdf", ".doc", ".docx", ".wps", ".ofd")


def page_text(url: str) -> str:
    """The saved page of `url`; empty for a URL the site answers with a redirect rule only."""
    file = SITES.saved_file(url)
    return file.read_bytes().decode("utf-8", "replace") if file.is_file() else ""


@pytest.mark.parametrize("slug", sorted(REGISTRY))
def test_every_sample_portal_is_recognised(slug: str) -> None:
    portal = REGISTRY[slug]
    start = portal.start_urls[0]
    report = next(report.url for report in load_expected(PORTALS / slug).reports
                  if not report.url.endswith(FILE_SUFFIXES))
    assert guess_family([start, page_text(start), report, page_text(report)]) == portal.family


@pytest.mark.parametrize(("evidence", "family"), [
    ('<script>createPageHTML(5, 0, "index", "html");</script>', "trs"),
    ('<div class="TRS_Editor">', "trs"),
    ('<a href="/col/col12/index.html"></a><script type="text/xml"><datastore>', "hanweb"),
    ('<a href="/col/col12/index.html">only a column link</a>', "generic"),
    ('<div id="UCAP-CONTENT"></div><script>createPageHTML(2, 0, "index", "html")</script>',
     "ucap"),                                       # gov.cn pages copy the TRS pager
    ("http://www.x.gov.cn/gkmlpt/index#123", "gkmlpt"),
    ('<div class="news_cont_d_wrap">', "nfcms"),
    ("<div class='content'><p>正文</p></div>", "generic"),
])
def test_fingerprints(evidence: str, family: str) -> None:
    assert guess_family([evidence]) == family


def test_ucap_page_also_matches_trs_but_ucap_wins() -> None:
    evidence = '<div id="UCAP-CONTENT"></div><script>createPageHTML(2, 0, "i", "html")</script>'
    assert matching_families(evidence) == ["ucap", "trs"]


@pytest.mark.parametrize(("code", "name", "province", "level"), [
    ("420105", "武汉市汉阳区人民政府", "湖北省", "district"),
    ("350581", "石狮市人民政府", "福建省", "county"),
    ("441500", "汕尾市人民政府", "广东省", "prefecture"),
    ("450000", "广西壮族自治区人民政府", "广西壮族自治区", "province"),
    ("431199", "西阳县司法局", "湖南省", "department"),
])
def test_division_fields(code: str, name: str, province: str, level: str) -> None:
    assert (province_for(code), level_for(code, name)) == (province, level)
