"""A PDF's paragraphs from its pages' text. pypdf gives lines broken at the page width, with
the page's furniture among them: page numbers, and running headers and footers (the report's
title atop every page). The furniture goes and the wrapped lines are joined into paragraphs."""

from __future__ import annotations

from collections import Counter

from cleaning.patterns import (
    COLOPHON_RX,
    DOC_NUMBER_RX,
    META_LINE_RX,
    PAGE_NUMBER_LINE_RX,
    PDF_CONTINUATION_STARTS,
    PDF_FULL_LINE_PERCENTILE,
    PDF_HEADING_LINE_RATIO,
    PDF_PARAGRAPH_ENDS,
    PDF_RUNNING_EDGE_LINES,
    PDF_RUNNING_MIN_LETTERS,
    PDF_RUNNING_MIN_SHARE,
    PDF_SHORT_LINE_RATIO,
)
from cleaning.textutil import letter_count, normalise_space


def pdf_paragraphs(pages: list[str]) -> list[str]:
    """Paragraphs of a PDF from each page's text: running headers and footers and page numbers
    out, lines wrapped at the page width joined."""
    lines = [[normalise_space(line) for line in page.splitlines()] for page in pages]
    return join_wrapped_lines(drop_running_lines(lines))


def drop_running_lines(pages: list[list[str]]) -> list[str]:
    """The lines of every page, without the lines repeated at the top or bottom of most pages
    (PDF_RUNNING_*): counted on the pages after the first, each edge apart (a red-header line
    atop page 1 and the same words signing the last page are no running line). A page loses
    one occurrence at each edge; the first page keeps a header line it holds once (its title)."""
    edges = [_edge_lines(page) for page in pages]
    heads = _running_at(pages, [head for head, _ in edges])
    feet = _running_at(pages, [foot[::-1] for _, foot in edges])
    kept: list[str] = []
    for number, (page, (head, foot)) in enumerate(zip(pages, edges, strict=True)):
        keys = Counter(map(_key, page))
        top = heads if number else {key for key in heads if keys[key] > 1}
        dropped = _outermost(page, head, top) | _outermost(page, foot[::-1], feet)
        kept += [line for i, line in enumerate(page) if i not in dropped]
    return kept


def _running_at(pages: list[list[str]], edges: list[list[int]]) -> set[str]:
    """Lines at this edge of more than PDF_RUNNING_MIN_SHARE of the pages after the first."""
    seen: Counter[str] = Counter()
    for page, edge in zip(pages[1:], edges[1:], strict=True):
        seen.update({_key(page[i]) for i in edge})
    return {key for key, count in seen.items()
            if count >= 2 and count > PDF_RUNNING_MIN_SHARE * (len(pages) - 1)}


def _outermost(page: list[str], edge: list[int], running: set[str]) -> set[int]:
    """The index of each running line's outermost occurrence among a page's edge lines."""
    found: dict[str, int] = {}
    for i in edge:
        if _key(page[i]) in running:
            found.setdefault(_key(page[i]), i)
    return set(found.values())


def _edge_lines(page: list[str]) -> tuple[list[int], list[int]]:
    """Indexes of a page's first and last lines of text (page numbers and marks aside)."""
    text = [i for i, line in enumerate(page) if letter_count(line) >= PDF_RUNNING_MIN_LETTERS
            and not PAGE_NUMBER_LINE_RX.fullmatch(line)]
    return text[:PDF_RUNNING_EDGE_LINES], text[-PDF_RUNNING_EDGE_LINES:]


def _key(line: str) -> str:
    return "".join(line.split())


def join_wrapped_lines(lines: list[str]) -> list[str]:
    """PDF text is broken at the page width: join lines until one ends a paragraph.

    A paragraph ends at closing punctuation, or at a line clearly shorter than a full line (the
    last line of a paragraph, a heading, a signature or a date). A marker line starts one, and a
    marker line short of a full line is a heading on its own line: the line after it starts the
    paragraph under it (else 三、… takes in the first words of that paragraph). A doc-number line
    (某府〔2025〕5号) stands alone, whatever its length. Page-number lines (— 2 —) go, so a
    paragraph crossing a page break is joined whole. A line opening with punctuation (、风险评估…)
    goes on with the paragraph before it: never a heading, never a paragraph's start.
    """
    from cleaning.sections import find_marker  # local: sections imports nothing from here

    kept = [line for line in lines if line and not PAGE_NUMBER_LINE_RX.fullmatch(line)]
    full = _full_line_width(kept)
    paragraphs: list[str] = []
    current = ""
    for line in kept:
        continues = line.startswith(PDF_CONTINUATION_STARTS)
        if continues and not current and paragraphs and (
                not paragraphs[-1].endswith(PDF_PARAGRAPH_ENDS)):
            current = paragraphs.pop()
        marker = not continues and find_marker(line) is not None
        alone = not continues and _stands_alone(line)
        if current and (marker or alone):
            paragraphs.append(current)
            current = ""
        current += line
        if alone or _ends_paragraph(current, line, heading=marker, full=full):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _stands_alone(line: str) -> bool:
    """A doc-number line, a cover's label row (索引号：…, 签发人：…) or the "office date 印发"
    line is never wrapped text."""
    return bool(DOC_NUMBER_RX.match("".join(line.split())) or META_LINE_RX.match(line)
                or (line.endswith("印发") and COLOPHON_RX.match(line)))


def _ends_paragraph(current: str, line: str, *, heading: bool, full: int) -> bool:
    """Closing punctuation, a line clearly short of a full one, or a marker line short of it."""
    limit = PDF_HEADING_LINE_RATIO if heading else PDF_SHORT_LINE_RATIO
    return current.endswith(PDF_PARAGRAPH_ENDS) or len(line) < limit * full


def _full_line_width(lines: list[str]) -> int:
    """The length of a full line: a high percentile, robust to a few overlong lines."""
    lengths = sorted(len(line) for line in lines)
    return lengths[int(len(lengths) * PDF_FULL_LINE_PERCENTILE)] if lengths else 0
