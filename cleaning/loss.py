"""Text the parser lost: the page's visible text, counted on the raw markup, against the tree.

libxml2 stops building a tree past its nesting limit (2048 levels even with huge_tree) and may
drop what follows broken markup; the rest of the pipeline cannot see what never reached the
tree. A cheap count on the raw text (tags, scripts, styles and comments removed) tells when that
happened, so the Document says so instead of losing report text in silence.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lxml.html import HtmlElement

from cleaning.patterns import CODE_SPAN_MIN_CHARS, PARSE_KEPT_MIN_SHARE, PARSE_LOSS_MIN_CHARS

# Hidden raw text: script/style/noscript elements (an unclosed one hides the rest of the page
# from a browser too) and comments. Each is found by its opening, then its end is searched for
# (not one regex with a lazy `.*?` to the end: stepping through 30 KB of inline scripts one
# character at a time was ~1 ms of a 100 KB page). An opening tag holds no "<": from every
# "<script " of a long run with no ">" the tag was scanned to the end of the page (quadratic).
# The lookahead turns away every other tag at its first letter (the same letters the openings
# start with, case folded: s S ſ n N !): half the time of trying each opening at each "<".
_HIDDEN_START_RX = re.compile(r"<(?=[sn!])(?:(script|style|noscript)\b[^<>]*>|!--)", re.I)
_HIDDEN_END_RX = {tag: re.compile(rf"</{tag}\s*>", re.I) for tag in ("script", "style", "noscript")}
_COMMENT_END = "-->"
_HIDDEN_TAGS = ("script", "style", "noscript")
# A tag with the ASCII text after it (never counted), a run of them as one match: a match a tag
# (strip_tags: ~2,000 a realistic page) was ~0.15 ms a page. Possessive: each step eats a tag.
_TAG_RUN_RX = re.compile("<[^>]*+>(?:[^<\x80-\U0010ffff]*+<[^>]*+>)*+[^<\x80-\U0010ffff]*+")


def visible_chars(raw: str) -> int:
    """Non-ASCII characters a browser would show, counted on the raw markup."""
    return _count(_without_tags(_unhidden(raw)))


def _without_tags(markup: str) -> str:
    """Markup without its tags (and some ASCII text, never counted). As textutil.strip_tags,
    run up to the last ">" only: a "<" with no ">" after it starts no tag (retried from every
    "<" of a long run with no ">" after it, the regex was quadratic)."""
    end = markup.rfind(">") + 1
    return _TAG_RUN_RX.sub("", markup[:end]) + markup[end:]


def _unhidden(raw: str) -> str:
    """The raw markup without its hidden elements and comments."""
    parts, at = [], 0
    while (opening := _HIDDEN_START_RX.search(raw, at)) is not None:
        parts.append(raw[at:opening.start()])
        if opening.group(1):
            closing = _HIDDEN_END_RX[opening.group(1).lower()].search(raw, opening.end())
            at = closing.end() if closing else len(raw)
        else:
            closing_at = raw.find(_COMMENT_END, opening.end())
            at = closing_at + len(_COMMENT_END) if closing_at >= 0 else len(raw)
    parts.append(raw[at:])
    return "".join(parts)


class TreeParts(NamedTuple):
    """What one walk of the tree's hidden elements gives (``tree_parts``)."""

    chars: int                      # the tree's counted visible characters (``visible_chars``)
    code: list[tuple[int, int]]     # where each long script and style text is in tree_text
    scripts: list[str]              # the inline scripts' texts, in order


def tree_parts(tree: HtmlElement, tree_text: str | None = None) -> TreeParts:
    """The same count on the parsed tree (``tree_text``: its text_content(), when at hand),
    and, from the same walk, where the long script and style texts are in that text (the label
    scan leaves them out) and the inline scripts' texts (read for the fields they write:
    reading them again was ~0.07 ms a page). A script's text is its .text: text_content() is an
    XPath call each (~5 µs)."""
    text = tree.text_content() if tree_text is None else tree_text
    kept, at, hidden = [], 0, 0
    code: list[tuple[int, int]] = []
    scripts: list[str] = []
    for el in tree.iter(*_HIDDEN_TAGS):
        inner = el.text_content() if len(el) else el.text or ""
        if el.tag == "script" and not el.get("src") and (source := el.text):
            scripts.append(source)
        # Taken out of the page's text (the hidden texts follow in it in document order),
        # not counted twice: scripts are most of a realistic page's text (22,000 of 30,000
        # characters), and both counts of them were a third of this check. A count is a sum
        # over characters: the same whichever occurrence goes. One not found is counted off.
        found = text.find(inner, at) if inner else -1
        if found < 0:
            hidden += _count(inner)
        else:
            kept.append(text[at:found])
            at = found + len(inner)
            if len(inner) >= CODE_SPAN_MIN_CHARS and el.tag != "noscript" and not len(el):
                code.append((found, at))
    kept.append(text[at:])
    return TreeParts(_count("".join(kept)) - hidden, code, scripts)


def tree_chars(tree: HtmlElement, tree_text: str | None = None) -> int:
    return tree_parts(tree, tree_text).chars


def _count(text: str) -> int:
    """Counted characters: non-ASCII, not a space (str.isspace, the same set as the regex \\s),
    not the BOM. Counted in C: the spaces split away, then what an ASCII encode drops (a regex
    sub over the page's text took ~5 ms a page, a str.count per Unicode space ~1 ms)."""
    joined = "".join(text.split())
    return len(joined) - len(joined.encode("ascii", "ignore")) - joined.count("\ufeff")


def parse_loss(raw: str, tree: HtmlElement, tree_text: str | None = None, *,
               kept: int | None = None) -> str | None:
    """A warning when the tree holds clearly less visible text than the raw page (``kept``:
    the tree's count, ``tree_parts``' chars, when at hand)."""
    shown = visible_chars(raw)
    if kept is None:
        kept = tree_chars(tree, tree_text)
    if shown - kept >= PARSE_LOSS_MIN_CHARS and kept < PARSE_KEPT_MIN_SHARE * shown:
        return f"parser lost text: the tree holds {kept} of the page's {shown} visible characters"
    return None
