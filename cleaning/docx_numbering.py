"""A DOCX paragraph's automatic list number (一、 （一） 1.) as a reader sees it.

Word draws a numbered heading's number from numbering.xml (w:numPr on the paragraph or its
style); python-docx gives the paragraph's text without it, and the sections are read from those
numbers. Counters run per list (w:numId) and level; a level restarts after a higher one.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cleaning.lists import cjk_counting, marker

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# w:numFmt → the counter style cleaning.lists draws (decimal when not listed)
NUMBER_FORMATS = {
    "chineseCounting": "cjk", "chineseCountingThousand": "cjk", "ideographTraditional": "cjk",
    "japaneseCounting": "cjk", "taiwaneseCounting": "cjk", "lowerLetter": "lower-alpha",
    "upperLetter": "upper-alpha", "lowerRoman": "lower-roman", "upperRoman": "upper-roman",
}
UNDRAWN_FORMATS = {"bullet", "none"}


@dataclass
class Level:
    start: int = 1
    number_format: str = "decimal"
    text: str = ""


class Numbering:
    """The list levels of one document and the counters reached so far, in reading order."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, Level]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (AttributeError, KeyError, NotImplementedError):
            return
        abstract = {a.get(W + "abstractNumId"): _levels(a) for a in root.iter(W + "abstractNum")}
        for num in root.iter(W + "num"):
            ref = num.find(W + "abstractNumId")
            if ref is not None:
                self.levels[num.get(W + "numId")] = abstract.get(ref.get(W + "val"), {})

    def label(self, paragraph: Any) -> str:
        """The number drawn before `paragraph` ('' for none), counting it."""
        found = _num_pr(paragraph)
        if found is None or found[0] not in self.levels:
            return ""
        num_id, depth = found
        levels, counters = self.levels[num_id], self.counters.setdefault(num_id, {})
        if depth not in levels or levels[depth].number_format in UNDRAWN_FORMATS:
            return ""
        counters[depth] = counters.get(depth, levels[depth].start - 1) + 1
        for deeper in [d for d in counters if d > depth]:
            del counters[deeper]
        text = levels[depth].text
        for d, level in levels.items():
            if f"%{d + 1}" in text:
                value = counters.get(d, level.start)
                text = text.replace(f"%{d + 1}", _counter(value, level.number_format))
        return text


def _counter(value: int, number_format: str) -> str:
    style = NUMBER_FORMATS.get(number_format, "decimal")
    if style == "cjk":
        return cjk_counting(value) if 0 < value < 100 else str(value)
    return marker(value, style).rstrip(".")


def _levels(abstract: Any) -> dict[int, Level]:
    levels = {}
    for lvl in abstract.iter(W + "lvl"):
        level = Level()
        for tag, name in (("start", "start"), ("numFmt", "number_format"), ("lvlText", "text")):
            el = lvl.find(W + tag)
            if el is not None and el.get(W + "val") is not None:
                value = el.get(W + "val")
                setattr(level, name, int(value) if name == "start" and value.isdigit() else value)
        levels[int(lvl.get(W + "ilvl", "0"))] = level
    return levels


def _num_pr(paragraph: Any) -> tuple[str, int] | None:
    """(numId, level) from the paragraph's own w:numPr, else from its style's (chain)."""
    holders = [paragraph._p.pPr]
    style = getattr(paragraph, "style", None)
    while style is not None:
        holders.append(style.element.pPr)
        style = style.base_style
    num_id = depth = None
    for ppr in holders:
        num_pr = ppr.find(W + "numPr") if ppr is not None else None
        if num_pr is None:
            continue
        ilvl, nid = num_pr.find(W + "ilvl"), num_pr.find(W + "numId")
        depth = depth if depth is not None or ilvl is None else int(ilvl.get(W + "val"))
        num_id = num_id if num_id is not None or nid is None else nid.get(W + "val")
    if num_id is None or num_id == "0":
        return None
    return num_id, depth or 0
