"""The page number a script's listing API call starts from: 1 unless its own script shows it
sends 0 first (`pageNum: 0`, `var page = 0` for the name it sends, or the page function it is
called from first called with 0: `loadPage(0)`). A client asking 1.. of an API counted from 0
misses the newest page. Pure functions of the script text."""

from __future__ import annotations

import re

from crawler.paging_form import FUNCTION_OPENINGS

# Pages asked, one after another, of an API counted from 0 that declares no total.
MAX_UNDECLARED_PAGES = 50
ZERO = r"\s*0(?![\w.])"   # the number 0 (not 0.5, not 0x…)
# The function a call sits in: `function loadPage(p) {` or `loadPage = function (p) {` (its
# name and its parameters).
FUNCTION_RES = tuple(re.compile(opening.format(fn=r"([\w$]+)") + r"([^()]*)\)")
                     for opening in FUNCTION_OPENINGS)


def first_page(text: str, pairs: str, field: str | None, at: int) -> int:
    """0 or 1: the first page number the call at `at` in `text` sends in `field`, whose
    object literal of sent pairs is `pairs`."""
    if not field:
        return 1
    sent = re.search(rf"""(?:^|[{{,\s'"]){re.escape(field)}['"]?\s*:\s*([\w$]+)""", pairs)
    value = sent.group(1) if sent else field
    if value == "0":
        return 0
    if re.fullmatch(r"[A-Za-z_$][\w$]*", value) is None:
        return 1
    if re.search(rf"\b(?:var|let)\s+{re.escape(value)}\s*={ZERO}", text):
        return 0
    enclosing = enclosing_function(text, at)
    if enclosing and value in enclosing[1] and re.search(
            rf"(?<![\w$.]){re.escape(enclosing[0])}\s*\({ZERO}\s*\)", text):
        return 0
    return 1


def enclosing_function(text: str, at: int) -> tuple[str, list[str]] | None:
    """(name, parameters) of the nearest named function defined before `at`."""
    best: tuple[int, str, list[str]] | None = None
    for rx in FUNCTION_RES:
        for match in rx.finditer(text, 0, at):
            if best is None or match.start() > best[0]:
                params = [p.strip() for p in match.group(2).split(",") if p.strip()]
                best = (match.start(), match.group(1), params)
    return (best[1], best[2]) if best else None
