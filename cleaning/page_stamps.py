"""Lines a page prints about itself rather than about its document: a print view's header of
the site's name and domain, and its footer of the print time and the page's address. Judged by
shape, whatever the labels' words (打印时间, 本页地址, 本文链接 …)."""

from __future__ import annotations

from cleaning.patterns import PAGE_STAMP_MAX_CHARS, PAGE_STAMP_RX, SITE_HEADER_RX


def is_page_stamp(line: str) -> bool:
    """A site name glued to its bare domain, or only label：value pairs each valued a clock
    time (2025-03-26 09:41:12) or an address (http://…, www.…, x.gov.cn/…)."""
    # Every such line holds an ASCII '.' (a domain) or ':' (a clock time, a scheme): most lines
    # of a page are spared the regexes.
    if len(line) > PAGE_STAMP_MAX_CHARS or ("." not in line and ":" not in line):
        return False
    return bool(SITE_HEADER_RX.fullmatch(line) or PAGE_STAMP_RX.fullmatch(line))
