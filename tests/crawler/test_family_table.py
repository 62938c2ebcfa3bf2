"""The family table (settings/families.py) is the one home of a CMS family: every family has a
spider, and a made-up family added to the table plus one spider module is used everywhere."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import lxml.html
import pytest

from cleaning.families import locate
from crawler.families import family_spider, family_spiders
from crawler.fingerprints import guess_family
from crawler.spiders.portals import spider_class_for
from settings import families
from settings.families import PAGER_KINDS, Family, container_rules, family_names
from settings.registry import load_portal
from tests.crawler.crawl_helpers import Entry, write_entry

MADE_UP = Family(
    "xcms",
    fingerprints=((r"\bxcms-body\b",),),
    containers=(("class", "xcms-body"),),
    attachment_scope_css=".xcms-body",
    article_url_pattern=r"/xcms/\d+\.html$",
    listing_pagers=("next_links",),
)
SPIDER_MODULE = '''
from crawler.families.base import FamilySpider


class XcmsSpider(FamilySpider):
    family = "xcms"
'''
XTOWN = Entry(name="某县人民政府", division_code="130101", province="河北省", family="xcms")
XTOWN_START = "http://www.xtown.gov.cn/fzzf/index.html"
ARTICLE = ("<html><body><div class='nav'>首页 政务公开</div><div class='xcms-body'><p>一、主要举措"
           "</p><p>推进行政复议体制改革。</p></div><div id='zoom'>外框</div></body></html>")


def package_spiders() -> dict[str, type]:
    return {name: cls for name, cls in family_spiders().items()
            if cls.__module__.startswith("crawler.families.")}


def test_every_family_has_a_spider_and_every_spider_a_family() -> None:
    assert set(package_spiders()) == set(family_names())


@pytest.mark.parametrize("name", family_names())
def test_a_family_spider_has_every_pager_its_entry_names(name: str) -> None:
    entry, spider = families.family_named(name), family_spider(name)
    for kind in entry.listing_pagers:
        assert kind in PAGER_KINDS and callable(getattr(spider, f"{kind}_listing_requests"))
    for kind in entry.article_pagers:
        assert kind in PAGER_KINDS and callable(getattr(spider, f"{kind}_article_pages"))
    assert spider.article_url_pattern == entry.article_url_pattern
    assert spider.attachment_scope_css == entry.attachment_scope_css


def test_a_family_container_comes_before_the_names_other_cms_share() -> None:
    rules = [(family, value) for family, _, value in container_rules()]
    assert rules.index(("trs", "TRS_Editor")) < rules.index(("ucap", "UCAP-CONTENT"))
    assert rules.index(("nfcms", "news_cont_d_wrap")) < rules.index(("hanweb", "zoom"))
    assert rules[-1] == ("generic", "content")


def test_a_made_up_family_needs_a_table_entry_and_one_spider_module(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(families, "FAMILY_TABLE", (*families.FAMILY_TABLE, MADE_UP))
    module_path = tmp_path / "xcms.py"
    module_path.write_text(SPIDER_MODULE, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("xcms_family_spider", module_path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    portal_path = write_entry(tmp_path, "xtown", [XTOWN_START], XTOWN)
    portal = load_portal(portal_path)                                  # the registry
    assert portal.family == "xcms"
    assert guess_family([portal.start_urls[0], ARTICLE]) == "xcms"     # the fingerprints
    container = locate(lxml.html.fromstring(ARTICLE))                  # cleaning's container
    assert (container.family, container.rule) == ("xcms", "class:xcms-body")
    spider = spider_class_for(portal)                                  # the spider lookup
    assert issubclass(spider, module.XcmsSpider)
    assert spider.article_url_pattern == MADE_UP.article_url_pattern
    assert spider.listing_pagers == ("next_links",)


def test_a_family_the_table_lacks_is_refused_by_the_registry(tmp_path: Path) -> None:
    portal_path = write_entry(tmp_path, "xtown", [XTOWN_START], XTOWN)
    with pytest.raises(ValueError, match="family"):
        load_portal(portal_path)
