"""The numbers a browser draws before the items of an <ol>, written into the text.

An <ol>'s numbers are not in its text: a report whose `1.` subsections are <li>s would lose
them (and with them its sections). The item gets its marker as a reader sees it (`1.`, `a.`,
`一、`) unless the list hides its markers or one of its items already opens with a number (the
site wrote the numbers, a body of paragraphs as items, and hides the drawn ones by CSS).
"""
from __future__ import annotations

import re

from lxml.html import HtmlElement

CJK_DIGITS = "〇一二三四五六七八九"
# list-style-type (CSS) and the type attribute (HTML) → the counter style drawn
LIST_STYLES = {
    "1": "decimal", "a": "lower-alpha", "A": "upper-alpha", "i": "lower-roman", "I": "upper-roman",
}
HIDDEN_STYLES = {"none", "disc", "circle", "square"}
ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
         (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_STYLE_RX = re.compile(r"list-style(?:-type)?\s*:\s*([a-z-]+)", re.I)
# an item's text already carries a number (the site wrote them): no second one
_NUMBERED_RX = re.compile(r"^\s*(?:[（(]?[0-9０-９一二三四五六七八九十]+[）)]|"
                          r"[0-9０-９一二三四五六七八九十]+\s*[.．、,，])")


def cjk_counting(value: int) -> str:
    """1 → 一, 10 → 十, 21 → 二十一 (the counting a Chinese list style draws, up to 99)."""
    if value < 10:
        return CJK_DIGITS[value]
    tens, ones = divmod(value, 10)
    head = "" if tens == 1 else CJK_DIGITS[tens]
    return head + "十" + (CJK_DIGITS[ones] if ones else "")


def marker(value: int, style: str) -> str:
    """The marker a browser draws for item `value` in the counter style `style`."""
    if style in {"cjk-ideographic", "simp-chinese-informal", "cjk-decimal"} and 0 < value < 100:
        return cjk_counting(value) + "、"
    if style in {"lower-alpha", "upper-alpha", "lower-latin", "upper-latin"} and 0 < value <= 26:
        letter = chr(ord("a") + value - 1)
        return (letter.upper() if style.startswith("upper") else letter) + "."
    if style in {"lower-roman", "upper-roman"} and 0 < value < 4000:
        numeral = _roman(value)
        return (numeral.upper() if style == "upper-roman" else numeral) + "."
    return f"{value}."


def _roman(value: int) -> str:
    out = []
    for size, numeral in ROMAN:
        count, value = divmod(value, size)
        out.append(numeral * count)
    return "".join(out)


def number_ordered_lists(node: HtmlElement) -> None:
    """Write each <ol> item's marker at the head of its text (type, start, reversed, value)."""
    for lst in node.iter("ol"):
        style = _style(lst)
        if style in HIDDEN_STYLES:
            continue
        items = [li for li in lst if li.tag == "li"]
        if any(_NUMBERED_RX.match(li.text_content()) for li in items):
            continue
        step = -1 if lst.get("reversed") is not None else 1
        value = _int(lst.get("start"), len(items) if step < 0 else 1)
        for li in items:
            value = _int(li.get("value"), value)
            li.text = marker(value, _style(li, default=style)) + (li.text or "")
            value += step


def _style(el: HtmlElement, *, default: str = "decimal") -> str:
    found = _STYLE_RX.search(el.get("style", ""))
    if found:
        return found.group(1).lower()
    return LIST_STYLES.get(el.get("type", ""), default)


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default
