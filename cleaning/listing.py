"""What the listing page said about an article: the link text, the date beside it, its URL.

A crawler reaches each report from a column listing. The listing often knows what the page does
not: a report published only as a file has no title of its own but its link text; a page with no
date shows one in the listing; a title shortened with … on one side is whole on the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleaning.metadata import normalise_date
from cleaning.patterns import TRUNCATED_TITLE_RX
from cleaning.report import has_negative_words
from cleaning.textutil import normalise_space, year_in_title


@dataclass(frozen=True)
class ListingHint:
    title: str | None = None     # the link text on the listing page
    date: str | None = None      # the date shown beside it (2025-01-20, 2025年1月20日, …)
    url: str | None = None       # the listing page's URL


def listing_date(hint: ListingHint | None) -> str | None:
    """The listing's date as YYYY-MM-DD (2025-01-20, 2025年1月20日, 2025/01/20, 2025.01.20)."""
    return normalise_date(hint.date) if hint and hint.date else None


def is_truncated(title: str) -> bool:
    return bool(TRUNCATED_TITLE_RX.search(title))


def _core(title: str) -> str:
    return re.sub(r"\s+", "", TRUNCATED_TITLE_RX.sub("", title))


def fuller_title(page_title: str | None, hint: ListingHint | None) -> str | None:
    """The page's title, or the listing's when it is the whole of a title the page cut short
    (never the other way round: a listing title cut short yields to the page's)."""
    listed = normalise_space(hint.title or "") if hint else ""
    if not page_title:
        return listed if listed and not is_truncated(listed) else None
    if (is_truncated(page_title) and not is_truncated(listed)
            and len(_core(listed)) > len(_core(page_title))
            and _core(listed).startswith(_core(page_title))):
        return listed
    return page_title


def file_title(found: str | None, file_stem: str, hint: ListingHint | None) -> str:
    """A report file's title: the one its text gives, else the listing's link text (whole, not
    cut short), else the file name."""
    if found:
        return found
    listed = normalise_space(hint.title or "") if hint else ""
    return listed if listed and not is_truncated(listed) else file_stem


def listing_year(hint: ListingHint | None) -> int | None:
    return year_in_title(hint.title) if hint and hint.title else None


def says_not_a_report(hint: ListingHint | None) -> bool:
    """The link text names a 解读, news item, notice… rather than the report."""
    return bool(hint and hint.title and has_negative_words(hint.title))
