"""A report column split into sub-columns (区本级 / 区直部门 / 镇街), each a block of its newest
rows and a 更多 link to its own paged listing. A block is followed when it lists a report or is
headed by the column's name (crawler/families/pagers.py `leads_to_reports`); a sub-column whose
newest rows are its 年报, 要点 and news (a department's or a 街道's: their reports on page 2) was
never entered (round 26's gucheng). On a page that is the report column itself (its
`<title>` names it: REPORT_COLUMN_WORDS), the blocks whose 更多 targets lie below the page's own
directory are its sub-columns: followed whatever they show. (A 政务公开 section page's blocks
also lie below it: its title names no report column, so only a block leading to reports is.)

Pure functions of the page's 更多 links, its title and its URL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from posixpath import dirname
from urllib.parse import urlsplit

from crawler.paging import REPORT_COLUMN_WORDS, MoreLink


def followed_mores(mores: Sequence[MoreLink], page_url: str, title: str,
                   leads: Callable[[MoreLink], bool]) -> list[MoreLink]:
    """The 更多 links of a page to follow: those `leads` says lead to reports and, on the
    report column's own page (`title` names it), every sub-column (below its directory)."""
    column = any(word in title for word in REPORT_COLUMN_WORDS)
    return [more for more in mores
            if leads(more) or column and is_sub_column(more.url, page_url)]


def is_sub_column(url: str, page_url: str) -> bool:
    """`url` lies in a directory below `page_url`'s own (never the site's root: a home page's
    更多 links are the whole site), on the same host."""
    target, page = urlsplit(url), urlsplit(page_url)
    folder = dirname(page.path).rstrip("/")
    if target.netloc != page.netloc or not folder:
        return False
    return dirname(target.path).startswith(f"{folder}/")
