"""Shapes of held-out round 14, read without a crawl: a pager of `javascript:void(0)` links
numbered in `data-page`, the page URL a template in the pager's `data-url` (crawler/
paging_template.py); the pager is no listing row. A column shell whose script fetches an
RSS file (`$.ajax({url: "…/list.xml", dataType: "xml"})`): the feed is read as the listing
(crawler/feeds.py)."""

from __future__ import annotations

from parsel import Selector

from crawler.families.onclick_rows import scan_rows
from crawler.feeds import feed_entries, feed_listing, is_feed
from crawler.paging import read_paging
from crawler.paging_api import api_calls

URL = "http://www.a.gov.cn/xxgk/ndbg/index.html"
ROWS = ('<ul><li><a href="/xxgk/ndbg/202603/t1.html">某县2025年法治政府建设年度报告</a>'
        "<span>2026-03-19</span></li></ul>")


def pager(attrs: str, links: str) -> str:
    return f"<html><body>{ROWS}<div class=\"pagination\" {attrs}>{links}</div></body></html>"


def numbered(*numbers: int, attr: str = "data-page", active: int | None = 1) -> str:
    mark = ' class="active"'
    return "".join(f'<a href="javascript:void(0)" {attr}="{n}"'
                   f'{mark if n == active else ""}>{n}</a>' for n in numbers)


def urls(text: str, url: str = URL) -> list[str]:
    return [r.url for r in read_paging(text, url).next_requests]


def test_a_data_page_pager_fills_its_template_up_to_its_last_page() -> None:
    text = pager('data-first="/xxgk/ndbg/index.html" data-url="/xxgk/ndbg/index_{page}.html"',
                 '<span>共16条 第1/3页</span>' + numbered(1, 1, 2, 3))
    assert urls(text) == ["http://www.a.gov.cn/xxgk/ndbg/index_2.html",
                          "http://www.a.gov.cn/xxgk/ndbg/index_3.html"]
    assert read_paging(text, URL).declared_pages == 3
    # a window 1 2 … 尾页(7) declares the pages between
    window = pager('data-url="list_{pageNo}.shtml"', numbered(1, 2, 7))
    assert urls(window) == [f"http://www.a.gov.cn/xxgk/ndbg/list_{n}.shtml" for n in range(2, 8)]


def test_other_spellings_of_the_number_and_the_placeholder() -> None:
    nested = ('<nav data-tpl="/c/p/{{page}}.html"><ul>'
              + "".join(f'<li data-index="{n}">{n}</li>' for n in (1, 2)) + "</ul></nav>")
    assert urls(pager("", nested)) == ["http://www.a.gov.cn/c/p/2.html"]
    own = '<a href="javascript:;" data-p="2" data-href="?pageNum=${p}">下一页</a>'
    assert urls(pager("", own)) == [f"{URL}?pageNum=2"]
    zero = pager('data-url="/api/list.html?page={n}" data-first="index.html"',
                 numbered(0, 1, 2, attr="data-pn", active=0))
    assert urls(zero) == ["http://www.a.gov.cn/api/list.html?page=1",
                          "http://www.a.gov.cn/api/list.html?page=2"]


def test_numbers_without_a_template_or_a_template_without_numbers_declare_nothing() -> None:
    assert urls(pager('data-url="/c/list.html"', numbered(1, 2, 3))) == []
    assert urls(pager('data-url="/c/index_{page}.html"', "<a href='javascript:;'>2</a>")) == []


def test_the_pager_is_no_listing_row() -> None:
    text = pager('data-url="/xxgk/ndbg/index_{page}.html"',
                 "<span>共16条 第1/3页</span>" + numbered(1, 2, 3))
    assert scan_rows(Selector(text=text), URL).entries == ()
    # a pager whose data-url is a plain URL (the page number sent apart) is no row either
    plain = pager('data-url="/c/list.do"', "<span>共16条</span>" + numbered(1, 2, 3))
    assert scan_rows(Selector(text=plain), URL).entries == ()


RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>\xe6\xb3\x95\xe6\xb2\xbb</title>
<link>http://www.a.gov.cn/c/index.html</link>
<item><title>A\xe5\x8e\xbf2024\xe5\xb9\xb4\xe5\xba\xa6\xe6\xb3\x95\xe6\xb2\xbb\xe6\x94\xbf\xe5\xba\x9c\xe5\xbb\xba\xe8\xae\xbe\xe6\x83\x85\xe5\x86\xb5\xe7\x9a\x84\xe6\x8a\xa5\xe5\x91\x8a</title>
<link>http://www.a.gov.cn/c/202503/t1.html</link><pubDate>2025-03-12 09:30:00</pubDate></item>
<item><title>News &amp; more</title><link>./202504/t2.html</link>
<pubDate>Tue, 15 Apr 2025 09:30:00 +0800</pubDate></item>
<item><title>No link</title></item>
<item><title>Again</title><link>http://www.a.gov.cn/c/202503/t1.html</link></item>
</channel></rss>"""
ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>c</title>
<entry><title>Report 2024</title><link rel="edit" href="/edit/9"/>
<link rel="alternate" href="/c/9.html"/><updated>2025-03-02T08:00:00+08:00</updated></entry>
</feed>"""
FEED_URL = "http://www.a.gov.cn/c/list.xml"


def test_an_rss_feed_lists_its_items_with_title_link_and_date() -> None:
    assert is_feed(RSS.decode()) and is_feed(ATOM.decode())
    entries = feed_entries(RSS, FEED_URL)
    assert [(e.url, e.published) for e in entries] == [
        ("http://www.a.gov.cn/c/202503/t1.html", "2025-03-12"),
        ("http://www.a.gov.cn/c/202504/t2.html", "2025-04-15")]
    assert entries[0].title == "A县2024年度法治政府建设情况的报告"
    assert entries[1].title == "News & more"
    atom = feed_entries(ATOM, FEED_URL)
    assert [(e.url, e.title, e.published) for e in atom] == [
        ("http://www.a.gov.cn/c/9.html", "Report 2024", "2025-03-02")]


def test_html_and_broken_xml_are_no_feed() -> None:
    assert not is_feed("<!DOCTYPE html><html><body><ul></ul></body></html>")
    assert not is_feed('<?xml version="1.0"?><html><body>x</body></html>')
    assert not is_feed('{"rss": 1}')
    # a stray ampersand: the recovering parser still lists the item
    broken = RSS.replace(b"News &amp; more", b"News & more")
    assert len(feed_entries(broken, FEED_URL)) == 2
    assert feed_entries(b"not xml at all", FEED_URL) == []


def test_an_xml_data_file_lists_its_records_by_their_key_names() -> None:
    data = ('<?xml version="1.0" encoding="UTF-8"?><list><total>2</total>'
            "<doc><title>某县2024年度法治政府建设情况的报告</title><url>/c/202503/t1.html</url>"
            "<publishTime>2025-03-12</publishTime></doc>"
            '<doc title="某县2023年度法治政府建设情况的报告" href="/c/202403/t2.html" '
            'date="2024-03-20"/></list>')
    assert not is_feed(data)
    entries = feed_listing(data, data.encode(), FEED_URL) or []
    assert [(e.url, e.published) for e in entries] == [
        ("http://www.a.gov.cn/c/202503/t1.html", "2025-03-12"),
        ("http://www.a.gov.cn/c/202403/t2.html", "2024-03-20")]
    # XHTML is a page, not data; XML with no record (a datastore of HTML rows) is read so too
    datastore = ('<?xml version="1.0"?><datastore><recordset><record><![CDATA[<li><a href="/a">'
                 "x</a></li>]]></record></recordset></datastore>")
    assert feed_listing(datastore, datastore.encode(), FEED_URL) is None
    doctype = ('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">'
               '<html><body><a href="/a" title="t">t</a></body></html>')
    assert feed_listing(doctype, doctype.encode(), FEED_URL) is None
    xhtml = '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"></html>'
    assert feed_listing(xhtml, xhtml.encode(), FEED_URL) is None


def test_a_template_the_page_holds_once_in_its_script_or_a_hidden_input() -> None:
    links = numbered(1, 2, 3)
    script = '<script>var tpl = "/c/list_{page}.html"; $("#p a").click(go);</script>'
    assert urls(pager("", links + script)) == ["http://www.a.gov.cn/c/list_2.html",
                                               "http://www.a.gov.cn/c/list_3.html"]
    hidden = '<input type="hidden" id="u" value="/c/p{pageNo}.html">'
    assert urls(pager("", links + hidden)) == ["http://www.a.gov.cn/c/p2.html",
                                               "http://www.a.gov.cn/c/p3.html"]
    two = script + '<script>var other = "/d/{page}.html";</script>'
    assert urls(pager("", links + two)) == []   # which one: not known, nothing asked
    # a row's data-pid is no page number
    assert urls(pager("", '<a href="javascript:;" data-pid="9">x</a>' + script)) == []


def test_an_xml_file_a_shell_asks_with_xmlhttprequest_is_its_call() -> None:
    script = ('<script>var x = new XMLHttpRequest(); x.open("GET", "/c/list.xml", true);'
              "x.onload = draw; x.send();</script>")
    assert [c.url for c in api_calls(script, URL)] == ["http://www.a.gov.cn/c/list.xml"]
