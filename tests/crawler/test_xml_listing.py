"""A column served as an XML data file drawn by an XSLT stylesheet (`<?xml-stylesheet
type="text/xsl" href="…/list.xsl"?>`, `<channel><doc><title><url><pubdate>`) names its page 2
only in a `<pager next="list_2.xml">` attribute: followed as a paged feed's next link, and a page
so named that never answers makes the column listing_incomplete (the first problem, before a
missing year's overdue), never a quiet shortfall."""

from __future__ import annotations

from pathlib import Path

# the spiders first: crawler.feeds imports crawler.families.links (see test_paged_feed.py)
import crawler.families  # noqa: F401
from crawler.feeds import feed_next_links
from tests.crawler.crawl_helpers import ROBOTS_OPEN, query, run_crawl, write_portal
from tests.crawler.test_listing_shapes17 import ARTICLE, title

HOST, SHORT_HOST = "www.qikou.gov.cn", "www.qishan.gov.cn"
LIST_URL = f"http://{HOST}/xxgk/fzzfjs/list.xml"
XSL = ('<?xml version="1.0"?><xsl:stylesheet version="1.0" '
       'xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/"><html><body>'
       '<ul><xsl:for-each select="channel/doc"><li><a href="{url}"><xsl:value-of select="title"/>'
       '</a></li></xsl:for-each></ul></body></html></xsl:template></xsl:stylesheet>')


def xml_list(years: tuple[int, ...], pager: str) -> str:
    docs = "".join(f"<doc><title>{title(y)}</title><url>./{y + 1}02/t{y}.html</url>"
                   f"<pubdate>{y + 1}-02-12</pubdate></doc>" for y in years)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<?xml-stylesheet type="text/xsl" href="/xxgk/xsl/list.xsl"?>\n'
            f'<channel id="1187" name="法治政府建设">{pager}{docs}</channel>')


def test_the_pager_attribute_names_the_next_page_and_a_records_does_not() -> None:
    page_1 = xml_list((2024,), '<pager pages="2" current="1" next="list_2.xml"/>')
    assert feed_next_links(page_1.encode(), LIST_URL) == [f"http://{HOST}/xxgk/fzzfjs/list_2.xml"]
    last = xml_list((2022,), '<pager pages="2" current="2" prev="list.xml" next=""/>')
    assert feed_next_links(last.encode(), LIST_URL) == []
    numbered = xml_list((2022,), '<pager pages="2" current="1" next="2"/>')   # a number
    assert feed_next_links(numbered.encode(), LIST_URL) == []
    record = ('<?xml version="1.0"?><list><doc next="t2.html"><title>某报告</title>'
              '<url>t1.html</url></doc></list>')                 # an article's next article
    assert feed_next_links(record.encode(), LIST_URL) == []


def xml_portal(tmp_path: Path, slug: str, host: str, with_page_2: bool) -> tuple[Path, Path, Path]:
    files: dict[str, str | bytes] = {
        "xxgk/fzzfjs/list.xml": xml_list((2024, 2023), '<pager total="4" pages="2" current="1" '
                                                       'next="list_2.xml"/>'),
        "xxgk/xsl/list.xsl": XSL, "robots.txt": ROBOTS_OPEN}
    if with_page_2:
        files["xxgk/fzzfjs/list_2.xml"] = xml_list((2022, 2021), '<pager current="2"/>')
    files |= {f"xxgk/fzzfjs/{y + 1}02/t{y}.html": ARTICLE.format(title=title(y), year=y)
              for y in (2024, 2023, 2022, 2021)}
    return write_portal(tmp_path, slug, host, "xxgk/fzzfjs/list.xml", files)


def test_an_xml_listing_is_read_to_its_last_page_or_said_short(tmp_path: Path) -> None:
    sites, portals, data = xml_portal(tmp_path, "qikou", HOST, with_page_2=True)
    xml_portal(tmp_path, "qishan", SHORT_HOST, with_page_2=False)
    crawl = run_crawl(data, sites, [portals], ["qikou", "qishan"])
    years = query(data / "corpus.db", "SELECT portal, report_year FROM documents "
                  "ORDER BY portal, report_year")
    assert [tuple(y) for y in years] == [("qikou", 2021), ("qikou", 2022), ("qikou", 2023),
                                         ("qikou", 2024), ("qishan", 2023), ("qishan", 2024)]
    assert not crawl.portal("qikou")["problems"], crawl.portal("qikou")
    problems = crawl.portal("qishan")["problems"]
    assert problems[0]["kind"] == "listing_incomplete", problems
    assert "list_2.xml" in problems[0]["detail"], problems
