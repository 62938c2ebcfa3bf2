"""yinghu — 蘡湖县: the column registered as its Atom feed, paged by RFC 5005 `rel="next"` links."""

from __future__ import annotations

from html import escape

from model import Item, Portal, report_pages

PER = 6
FEED = "/zwgk/fzzfjs/atom.xml"


def _entry(portal: Portal, it: Item, n: int) -> str:
    ymd = it.date.replace("-", "")
    return (f'  <entry>\n    <title type="text">{escape(it.title)}</title>\n'
            f'    <link rel="alternate" type="text/html" href="{portal.url(it.path)}"/>\n'
            f'    <id>tag:www.yinghu.gov.cn,{it.date}:zwgk/fzzfjs/{ymd}{n:03d}</id>\n'
            f'    <published>{it.date}T09:30:00+08:00</published>\n'
            f'    <updated>{it.date}T09:30:00+08:00</updated>\n'
            f'    <author><name>{portal.site}</name></author>\n'
            f'    <category term="法治政府建设"/>\n'
            f'    <summary type="text">{escape(it.title)}（发布日期：{it.date}）</summary>\n'
            '  </entry>')


def _feed(portal: Portal, page: int, pages: int, chunk: list[Item]) -> str:
    def href(p: int) -> str:
        return portal.url(FEED if p == 1 else f"{FEED}?page={p}")

    links = [f'  <link rel="self" type="application/atom+xml" href="{href(page)}"/>',
             f'  <link rel="alternate" type="text/html" href="{portal.url("/")}"/>',
             f'  <link rel="first" href="{href(1)}"/>',
             f'  <link rel="last" href="{href(pages)}"/>']
    if page > 1:
        links.append(f'  <link rel="previous" href="{href(page - 1)}"/>')
    if page < pages:
        links.append(f'  <link rel="next" href="{href(page + 1)}"/>')
    entries = "\n".join(_entry(portal, it, page * 10 + i) for i, it in enumerate(chunk))
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
            'xml:lang="zh-CN">\n  <title>蘡湖县人民政府 - 法治政府建设</title>\n'
            '  <subtitle>蘡湖县人民政府门户网站栏目订阅</subtitle>\n'
            f'  <id>tag:www.yinghu.gov.cn,2019:zwgk/fzzfjs</id>\n'
            f'  <updated>{chunk[0].date}T09:30:00+08:00</updated>\n'
            '  <generator uri="http://www.yinghu.gov.cn/">蘡湖县政府网站群</generator>\n'
            + "\n".join(links) + "\n" + entries + "\n</feed>\n")


def make(mixed) -> Portal:
    p = Portal(slug="yinghu", site="蘡湖县人民政府", place="蘡湖县", host="www.yinghu.gov.cn",
               province="浙江省", division="330799", code="3307990001", column="法治政府建设",
               start=FEED, comment="Round 27 (blind): the column registered as its Atom feed, "
               "paged by RFC 5005 rel=next links.")
    p.items = mixed(p, [2024, 2023, 2022, 2021, 2020], 10, 77180, "/zwgk/fzzfjs/", short=(2021,))
    chunks = [p.items[i:i + PER] for i in range(0, len(p.items), PER)]
    for n, chunk in enumerate(chunks, 1):
        p.files[FEED if n == 1 else f"{FEED}@page={n}"] = _feed(p, n, len(chunks), chunk)
    p.write_articles()
    p.replay = {"headers": {"/zwgk/fzzfjs/atom.xml*": {
        "Content-Type": "application/atom+xml; charset=utf-8"}}}
    p.notes = ("Registered on the column's Atom 1.0 feed (application/atom+xml). 15 entries, 6 a "
               "document: atom.xml, atom.xml?page=2, atom.xml?page=3, linked only by the feed's "
               "<link rel=\"next\"> / rel=\"last\" (RFC 5005 paged feed). Each <entry> names its "
               "article in <link rel=\"alternate\" type=\"text/html\" href=…> (absolute); "
               "its <id> is "
               "a tag: URI, not a URL. The feed's own rel=alternate is the site's home page. "
               "Reports by feed page: " + report_pages(p.items, PER) + " (2021 short).")
    p.extra = {"feed_pages": [p.url(FEED), p.url(FEED + "?page=2"), p.url(FEED + "?page=3")]}
    return p
