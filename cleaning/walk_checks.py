"""trafilatura's lines checked against our own walk of the same container: did it drop a
paragraph of prose or the report's closing? A drop is either repaired (a signer it took for a
repeat goes back) or makes the extractor keep the walk: report text is never lost in silence."""

from __future__ import annotations

from collections.abc import Callable

from cleaning.patterns import (
    BYLINE_RX,
    ORG_SUFFIX_RX,
    PROSE_ENDS,
    PROSE_MIN_CHARS,
    SALUTATION_RX,
    SALUTATION_SCAN_LINES,
    SIGNATURE_MAX_CHARS,
)


def drops_prose(walked: list[str], kept: list[str]) -> bool:
    """Did trafilatura drop a paragraph of prose from the container (the last of ten in a
    broken table)? Furniture is short or unfinished; a finished sentence of some length is body
    text, and losing one would lose report text without a word."""
    return drops_line(walked, kept, lambda line: len(line) >= PROSE_MIN_CHARS
                      and line.endswith(PROSE_ENDS))


def drops_line(walked: list[str], kept: list[str], wanted: Callable[[str], bool]) -> bool:
    """Is a walked line that `wanted` accepts missing from the kept text? A kept line is found
    at once; else it is looked for after the previous one (the kept lines are in the same
    order): a search of the whole text for each line was quadratic (4 MB of paragraphs: 140 s)."""
    lines, text, cursor = set(kept), "\n".join(kept), 0
    for line in walked:
        if line in lines or not wanted(line):
            continue
        found = text.find(line, cursor)
        if found >= 0:
            cursor = found + len(line)
        elif line not in text:
            return True
    return False


def drops_closing(closing: tuple[str, str] | None, kept: list[str]) -> bool:
    """Did trafilatura drop the report's closing (the walk's, ``closing``), the last
    organisation line over a date line (right-aligned in <section>s of their own, outside any
    <p>)? Short, but body text."""
    if closing is None:
        return False
    text = "\n".join(kept)
    return closing[0] not in text or closing[1] not in text


def with_closing(closing: tuple[str, str] | None, kept: list[str]) -> list[str]:
    """trafilatura drops a line repeating an earlier one: a signer named like the site (the
    logo line 某市生态环境局 at the top, the same words signing the report) went, silently.
    The walk's closing organisation line goes back before its date line."""
    if closing is None:
        return kept
    org, date = closing
    at = next((i for i in range(len(kept) - 1, -1, -1) if kept[i] == date), None)
    if at is None or (at and kept[at - 1] == org):
        return kept
    return [*kept[:at], org, *kept[at:]]


def walked_closing(walked: list[str]) -> tuple[str, str] | None:
    """The last (organisation line, date line) pair of the walk: the report's closing."""
    for index in range(len(walked) - 1, 0, -1):
        org, date = walked[index - 1], walked[index]
        if (BYLINE_RX.match(date) and len(org) <= SIGNATURE_MAX_CHARS
                and ORG_SUFFIX_RX.search(org)):
            return org, date
    return None


def with_salutation(walked: list[str], kept: list[str]) -> list[str]:
    """trafilatura drops a short line opening a block after a nested table (a byline table of
    作者/来源/点击 inside the content cell, then a <font>/<br> body): the salutation (某州人民
    政府：) went, silently. The walk's salutation among its first lines goes back before the
    line that follows it in the walk."""
    for index, line in enumerate(walked[:SALUTATION_SCAN_LINES]):
        if not SALUTATION_RX.match(line):
            continue
        if line in kept or index + 1 >= len(walked) or walked[index + 1] not in kept:
            return kept
        at = kept.index(walked[index + 1])
        return [*kept[:at], line, *kept[at:]]
    return kept
