"""Small text helpers shared by several stages (no heavy imports: the crawler uses them too)."""

from __future__ import annotations

import re
import string
import unicodedata

from cleaning.patterns import (
    CN_DIGITS,
    CN_YEAR_RX,
    PRESENTATION_FORM_OVERRIDES,
    PRESENTATION_FORM_RANGES,
    YEAR_IN_TITLE_RX,
)

_NOT_LETTER_RX = re.compile(r"[\W_]+")
_HAN_RX = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")     # CJK ideographs and extension A
# U+FFFD too: a title repeat keeps the stray bytes the title dropped.
_COMPACT_RX = re.compile(r"[\s\[\]【】|｜▼▲►◄◆●↓↑→←\ufffd]")
_TAG_RX = re.compile(r"<[^>]*+>")
_SPACES_RX = re.compile(r"[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+")


# Not str.isspace(), but collapsed as spaces all the same (str.split() keeps them).
_NOT_ISSPACE_SPACES = ("\u200b", "\ufeff")


def without_replacement(text: str | None) -> str | None:
    """A text without U+FFFD: the characters a page's stray bytes decoded to (its decoding
    warning says so) are no part of a title, and a title never keeps them."""
    return (text.replace("\ufffd", "").strip() or None) if text else text


def normalise_space(text: str) -> str:
    """Collapse every kind of space (NBSP, full-width, zero-width) to one ASCII space.

    The regex's other spaces are exactly str.isspace()'s (a test checks it), so a text
    without a zero-width space or BOM is split and joined in C (~1 µs a call less; a page
    makes ~130 calls)."""
    if _NOT_ISSPACE_SPACES[0] in text or _NOT_ISSPACE_SPACES[1] in text:
        return _SPACES_RX.sub(" ", text).strip()
    return " ".join(text.split())


def _presentation_forms() -> dict[int, str]:
    table = {}
    for first, last in PRESENTATION_FORM_RANGES:
        for code in range(first, last + 1):
            form = unicodedata.normalize("NFKC", chr(code))
            if len(form) == 1 and form in string.punctuation:
                form = chr(ord(form) + 0xFEE0)      # the full-width form a Chinese text writes
            if form != chr(code) and len(form) == 1:
                table[code] = form
    return table | {ord(form): plain for form, plain in PRESENTATION_FORM_OVERRIDES.items()}


_PRESENTATION_FORMS = _presentation_forms()
# One range around them all is looked for: a class of three ranges was twice as slow.
_FORMS_FROM, _FORMS_TO = PRESENTATION_FORM_RANGES[0][0], PRESENTATION_FORM_RANGES[-1][1]
_PRESENTATION_FORM_RX = re.compile(f"[{chr(_FORMS_FROM)}-{chr(_FORMS_TO)}]")
# The same looked for in a text's UTF-8 bytes: the first two bytes of every form in the range
# (EF B8, EF B9). A bytes regex with a literal first byte skips to it in C: ~0.03 ms a 100 KB
# page, where the character class tests every character of the text (~0.17 ms).
_PRESENTATION_FORM_UTF8_RX = re.compile(b"|".join(sorted(
    {re.escape(chr(code).encode()[:2]) for code in range(_FORMS_FROM, _FORMS_TO + 1)})))


def ordinary_punctuation(text: str, *, utf8: bytes | None = None) -> str:
    """The text with CJK compatibility and small form punctuation (︰ ﹑ ﹔) as the ordinary
    forms (： 、 ；). Looked for first: almost no page has one (the search is ~0.04 ms a
    16,000 character page, a translate ~0.6 ms). ``utf8``: the bytes ``text`` is the strict
    UTF-8 decode of, searched instead of the text."""
    if utf8 is not None:
        if _PRESENTATION_FORM_UTF8_RX.search(utf8) is None:
            return text
    elif _PRESENTATION_FORM_RX.search(text) is None:
        return text
    # Only the characters in the range are looked up: str.translate with a dict looks up every
    # character of the page (~5 ms a 100 KB Traditional mirror, a quarter of its cleaning).
    return _PRESENTATION_FORM_RX.sub(_ordinary_form, text)


def _ordinary_form(match: re.Match[str]) -> str:
    form = match.group()
    return _PRESENTATION_FORMS.get(ord(form), form)


def letter_count(text: str) -> int:
    """Letters and digits in text (regex: this runs on whole pages, a Python loop is slow)."""
    return len(letters_only(text))


def compact_line(line: str) -> str:
    """A line without spaces, brackets, bars and arrows: how the noise stage compares a line
    with a title or a label list. (Compiled once: this runs several times on every line.)"""
    return _COMPACT_RX.sub("", line)


def han_count(text: str) -> int:
    """The Chinese characters in text."""
    return len(_HAN_RX.findall(text))


def has_han(text: str) -> bool:
    """Does text hold a Chinese character? (A page <title> without one names no document: a
    PDF.js viewer's.)"""
    return _HAN_RX.search(text) is not None


def letters_only(text: str) -> str:
    """Text's letters and digits alone: separators, emoji and marks dropped (between button
    names, around a box's heading)."""
    return _NOT_LETTER_RX.sub("", text)


def has_letters(text: str, at_least: int) -> bool:
    """``letter_count(text) >= at_least``, counted on a prefix first: a whole report's text
    is not counted to learn that it is not (almost) empty (~50 ns a character)."""
    if len(text) < at_least:
        return False
    return (letter_count(text[:2 * at_least]) >= at_least
            or len(text) > 2 * at_least and letter_count(text) >= at_least)


def cn_year(text: str) -> int | None:
    """二〇二四年 → 2024."""
    match = CN_YEAR_RX.search(text)
    if not match:
        return None
    return int("".join(str(CN_DIGITS[ch]) for ch in match.group(1)))


def year_in_title(title: str | None) -> int | None:
    if not title:
        return None
    match = YEAR_IN_TITLE_RX.search(title)
    if match:
        return int(match.group(1))
    return cn_year(title)


def strip_tags(markup: str) -> str:
    """Markup with every <…> removed. A tag needs a ">" after its "<": past the last ">" no tag
    starts, and the regex is not run there (retried from every "<" of a long run with no ">"
    after it, it was quadratic)."""
    end = markup.rfind(">") + 1
    return _TAG_RX.sub("", markup[:end]) + markup[end:]
