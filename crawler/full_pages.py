"""The safety net under a JSON list API's paging: a page holding as many rows as the page size
its request asked (`limit: 7` and seven rows) may have a next page; if nothing asks for that
page (no total says this was the last, no answer was read past it), the listing is short of
it — listing_incomplete, never a quiet `ok` (round 23: a 1-based API with no total read to
page 1 only, five of six reports lost)."""

from __future__ import annotations

from collections.abc import Sequence

from crawler.json_answers import JSON_PAGE_SIZE_KEYS
from crawler.paging import PageRequest, Paging
from crawler.paging_api import past_cap, undeclared_next

UNASKED_AFTER_FULL = "JSON list API page after a full page, never asked"


def page_size_asked(request: PageRequest) -> int | None:
    """The rows per page `request` asks for (its `pageSize`/`limit`/… value), or None."""
    form = dict(request.formdata)
    sizes = (form.get(key, "") for key in JSON_PAGE_SIZE_KEYS)
    return next((int(size) for size in sizes if size.isdigit() and int(size) > 0), None)


def unasked_after_full(asked: PageRequest, shown: int, paging: Paging,
                       requests: Sequence[PageRequest]) -> PageRequest | None:
    """The page after `asked` when its answer showed exactly the page size asked (`shown`
    rows), no total bounds the listing, and neither `requests` nor the 50-page cap (said
    apart) covers it: a page the listing leaves unread. None otherwise (a short page is the
    last; more rows than asked mean the API ignores the size and sent them all)."""
    size = page_size_asked(asked)
    if paging.declared_pages is not None or size is None or shown != size:
        return None
    following = undeclared_next(asked, shown=shown)
    if following is None or following in requests or past_cap(following):
        return None
    return following
