"""Text the parser lost: the page's visible text, counted on the raw markup, against the tree.

libxml2 stops building a tree past its nesting limit (2048 levels even with huge_tree) and may
drop what follows broken markup; the rest of the pipeline cannot see what never reached the
tree. A cheap count on the raw text (tags, scripts, styles and comments removed) tells when that
happened, so the Document says so instead of losing report text in silence.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from cleaning.patterns import PARSE_KEPT_MIN_SHARE, PARSE_LOSS_MIN_CHARS
from cleaning.textutil import strip_tags

# Hidden raw text: script/style/noscript elements (an unclosed one hides the rest of the page
# from a browser too), comments, then every tag with its attributes.
# An opening tag holds no "<": from every "<script " of a long run with no ">" the tag was
# scanned to the end of the page (quadratic).
_HIDDEN_RX = re.compile(r"<(script|style|noscript)\b[^<>]*>.*?(?:</\1\s*>|$)|<!--.*?(?:-->|$)",
                        re.I | re.S)
# Counted characters: non-ASCII, not space. Entities (&nbsp; &#20013;) only ever add to the
# tree's side, and ASCII (markup debris, entity names) never counts.
_COUNTED_RX = re.compile(r"[^\x00-\x7f\s\u00a0\u3000\ufeff]")
# The non-ASCII characters _COUNTED_RX leaves out: Unicode spaces (\s past ASCII, all below
# U+3001) and the BOM.
_UNCOUNTED_NON_ASCII = tuple(c for c in map(chr, range(0x80, 0x3001)) if not _COUNTED_RX.match(c)
                             ) + ("\ufeff",)
_HIDDEN_TAGS = ("script", "style", "noscript")


def visible_chars(raw: str) -> int:
    """Non-ASCII characters a browser would show, counted on the raw markup."""
    return _count(strip_tags(_HIDDEN_RX.sub("", raw)))


def tree_chars(tree: HtmlElement) -> int:
    """The same count on the parsed tree."""
    hidden = sum(_count(el.text_content()) for el in tree.iter(*_HIDDEN_TAGS))
    return _count(tree.text_content()) - hidden


def _count(text: str) -> int:
    """_COUNTED_RX's matches, counted in C: the non-ASCII characters (what an ASCII encode
    drops) less the uncounted ones. A regex sub over the page's text took ~5 ms a page."""
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return non_ascii - sum(map(text.count, _UNCOUNTED_NON_ASCII))


def parse_loss(raw: str, tree: HtmlElement) -> str | None:
    """A warning when the tree holds clearly less visible text than the raw page."""
    shown, kept = visible_chars(raw), tree_chars(tree)
    if shown - kept >= PARSE_LOSS_MIN_CHARS and kept < PARSE_KEPT_MIN_SHARE * shown:
        return f"parser lost text: the tree holds {kept} of the page's {shown} visible characters"
    return None
