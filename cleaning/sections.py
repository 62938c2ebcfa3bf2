"""Stage 7: numbered headings → a flat list of sections, with a category on level 1."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleaning.document import Section
from cleaning.patterns import (
    BOLD_HEADING_MIN_LETTERS,
    CATEGORY_RX,
    CN_NUM,
    DEFAULT_CATEGORY,
    HEADING_END,
    HEADING_MAX_CHARS,
    LOST_NUMERAL_RX,
    SECTION_MARKERS,
    SPLIT_HEADING_BARE_MIN_LETTERS,
    SPLIT_HEADING_BARE_PUNCT_RX,
    SPLIT_HEADING_MAX_CHARS,
    SPLIT_HEADING_NOTHING_RX,
    SPLIT_HEADING_TAIL_CHARS,
)
from cleaning.textutil import has_letters, letter_count

_CIRCLED = {chr(0x2460 + i): str(i + 1) for i in range(20)}
_SENTENCE_PUNCT = re.compile(r"[。；;！？]")
_HEADING_TRIM = "：:，,；; "


@dataclass
class Marker:
    level: int
    number: str          # bare numeral: 一, 1
    rest: str            # the paragraph after the marker
    lost: bool = False   # numeral lost in the markup, inferred from neighbours


def cn_to_int(numeral: str) -> int | None:
    if numeral.isdigit():
        return int(numeral)
    if not numeral or any(ch not in CN_NUM for ch in numeral):
        return None
    if "十" not in numeral:
        return CN_NUM.index(numeral) + 1 if len(numeral) == 1 else None
    tens, _, units = numeral.partition("十")
    return (CN_NUM.index(tens) + 1 if tens else 1) * 10 + (CN_NUM.index(units) + 1 if units else 0)


def int_to_cn(value: int) -> str:
    if value <= 10:
        return CN_NUM[value - 1]
    tens, units = divmod(value, 10)
    return (CN_NUM[tens - 1] if tens > 1 else "") + "十" + (CN_NUM[units - 1] if units else "")


def find_marker(line: str) -> Marker | None:
    for level, rx in SECTION_MARKERS:
        match = rx.match(line)
        if match:
            number = _CIRCLED.get(match.group(1), match.group(1))
            return Marker(level, number, line[match.end():])
    lost = LOST_NUMERAL_RX.match(line)
    if lost and len(line) <= HEADING_MAX_CHARS:
        return Marker(1, "", line[lost.end():], lost=True)
    return None


def categorize(heading: str) -> str | list[str] | None:
    """Every category whose words the heading contains; thematic headings default to measures."""
    cats = []
    for cat, rx in CATEGORY_RX:
        heading, matched = rx.subn("\0", heading)    # a match is used up (see CATEGORY_RX)
        if matched:
            cats.append(cat)
    cats = cats or [DEFAULT_CATEGORY]
    return cats[0] if len(cats) == 1 else cats


def _heading(marker: Marker, bold: set[str], line: str) -> tuple[str, str]:
    """(heading, run-in body text) of a marker paragraph."""
    rest = marker.rest.strip()
    head, sep, body = rest.partition(HEADING_END)
    if sep:
        return head.strip(_HEADING_TRIM), body.strip()
    # No 。: a bold run at the start ("<strong>（一）坚持……</strong>正文") is the heading.
    prefix = _bold_prefix(line, bold)
    if prefix is not None:
        inner = find_marker(prefix)
        heading = inner.rest if inner else prefix
        if letter_count(heading) >= BOLD_HEADING_MIN_LETTERS:
            return heading.strip(_HEADING_TRIM), line[len(prefix):].strip()
    return rest[:HEADING_MAX_CHARS].strip(_HEADING_TRIM), rest[HEADING_MAX_CHARS:].strip()


def _bold_prefix(line: str, bold: set[str]) -> str | None:
    candidates = [b for b in bold if len(b) >= 4 and line.startswith(b) and len(b) < len(line)]
    return max(candidates, key=len) if candidates else None


def _is_bare(marker: Marker) -> bool:
    """A marker with nothing after it (第一部分, 一、, （一）, 1.)."""
    return not has_letters(marker.rest, 1)     # (a prefix is counted, not a long paragraph)


def _continues_heading(line: str, nxt: str, after: str | None, bold: set[str]) -> bool:
    """Is `nxt` the second half of a heading broken over two lines? ``after``: the line
    after `nxt`, if any."""
    if _SENTENCE_PUNCT.search(line) or find_marker(nxt) or len(line) > HEADING_MAX_CHARS:
        return False
    if len(nxt) > SPLIT_HEADING_MAX_CHARS or _SENTENCE_PUNCT.search(nxt) or nxt.endswith("："):
        return False
    return (line.endswith(tuple(SPLIT_HEADING_TAIL_CHARS)) or (line in bold and nxt in bold)
            or _completes_bare(line, nxt, after))


def _completes_bare(line: str, nxt: str, after: str | None) -> bool:
    """'四、下一步工作' + '思路和措施', then the next heading: two unpunctuated halves, the
    second no 'nothing to report' line, with no body of the heading's own after them."""
    own = find_marker(line)             # the marker's own 、 or （） is no punctuation here
    return (after is not None and find_marker(after) is not None
            and not SPLIT_HEADING_BARE_PUNCT_RX.search((own.rest if own else line) + nxt)
            and letter_count(nxt) >= SPLIT_HEADING_BARE_MIN_LETTERS
            and not SPLIT_HEADING_NOTHING_RX.match(nxt))


def _heading_lines(lines: list[str], i: int, marker: Marker, bold: set[str]
                   ) -> tuple[int, str, Marker, bool]:
    """The line(s) of the heading that starts at lines[i]: (index of its last line, its text,
    its marker, whether two lines were joined). A bare marker ("第一部分<br>2022年…") takes the
    next line as its heading; a heading broken over two lines is one heading."""
    line = lines[i]
    if _is_bare(marker) and i + 1 < len(lines) and find_marker(lines[i + 1]) is None:
        i += 1
        line = lines[i]
        marker = Marker(marker.level, marker.number, line, marker.lost)
    after = lines[i + 2] if i + 2 < len(lines) else None
    joined = i + 1 < len(lines) and _continues_heading(line, lines[i + 1], after, bold)
    if joined:
        line = line + lines[i + 1]
        marker.rest += lines[i + 1]
        i += 1
    return i, line, marker, joined


def split(lines: list[str], bold: set[str] | None = None) -> list[Section]:
    bold = bold or set()
    sections: list[Section] = []
    body: list[str] = []
    i = 0
    while i < len(lines):
        line, marker = lines[i], find_marker(lines[i])
        if marker is None:
            body.append(line)
            i += 1
            continue
        if sections:
            sections[-1].text = "\n".join(body)
        i, line, marker, joined = _heading_lines(lines, i, marker, bold)
        # a joined heading is whole: its first half's bold run is not a run-in heading
        heading, run_in = _heading(marker, set() if joined else bold, line)
        sections.append(Section(marker.level, marker.number, heading))
        body = [run_in] if run_in else []
        i += 1
    if sections:
        sections[-1].text = "\n".join(body)
    _infer_lost_numerals(sections)
    for section in sections:
        if section.level == 1:
            section.category = categorize(section.heading)
    return sections


def _infer_lost_numerals(sections: list[Section]) -> None:
    top = [s for s in sections if s.level == 1]
    for index, section in enumerate(top):
        if section.number:
            continue
        before = cn_to_int(top[index - 1].number) if index > 0 else None
        after = next((cn_to_int(s.number) for s in top[index + 1:] if s.number), None)
        if before:
            section.number = int_to_cn(before + 1)
        elif after and after > 1:
            section.number = int_to_cn(after - 1)
        else:
            section.number = "一"
