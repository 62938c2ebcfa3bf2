"""Lists of short link items (related reports, a site's navigation): furniture, not body.

An item is a link when its letters are (almost) all linked and few; a list whose items are
mostly links goes, before extraction, from the container and from a whole page alike.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from cleaning.patterns import LINK_ITEM_MAX_LETTERS, LINK_ITEM_OTHER_LETTERS, LINK_LIST_SHARE
from cleaning.textutil import letter_count


def drop_link_lists(node: HtmlElement) -> None:
    """Drop the lists whose items are mostly links (all judged before any goes)."""
    doomed = [lst for tag in ("ul", "ol") for lst in node.iter(tag) if _is_link_list(lst)]
    for lst in doomed:
        if lst.getparent() is not None:
            lst.drop_tree()


def _is_link_list(lst: HtmlElement) -> bool:
    items = [li for li in lst if li.tag == "li"]
    if not items:
        return False
    links = sum(1 for li in items if _is_link_item(li))
    return links >= LINK_LIST_SHARE * len(items)


def _is_link_item(li: HtmlElement) -> bool:
    bare = _bare_link(li)
    if bare is not None:        # most menu items: one letter count, no text_content() or iter
        return 0 < letter_count(bare) <= LINK_ITEM_MAX_LETTERS
    letters = letter_count(li.text_content())
    if letters > LINK_ITEM_MAX_LETTERS:
        return False
    linked = sum(letter_count(a.text_content()) for a in li.iter("a"))
    return linked > 0 and letters - linked <= LINK_ITEM_OTHER_LETTERS


def _bare_link(li: HtmlElement) -> str | None:
    """The text of an item that is one plain link and nothing else (<li><a>text</a></li>, only
    spaces around it): its letters are all linked."""
    if len(li) != 1 or (li.text or "").strip():
        return None
    link = li[0]
    if link.tag != "a" or len(link) or (link.tail or "").strip():
        return None
    return link.text or ""
