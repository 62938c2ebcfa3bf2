"""One page's bytes → a Page: decoded (stage 1), parsed once (lxml), its container found by CMS
family (2) or in a script (2c), its text extracted (2b), and what the parser lost checked.
The pipeline reads every page of a document with read_page, then runs the later stages.
"""

from __future__ import annotations

from dataclasses import dataclass

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from cleaning import encoding, families, head_furniture, lazy_bodies, loss, noise, scripted
from cleaning.errors import CleaningError
from cleaning.extract import Extracted, extract
from cleaning.htmlparser import (
    HTML_PARSER,
    document_from_text,
    refuses_control_characters,
    without_control_characters,
)
from cleaning.patterns import EMPTY_BODY_LETTERS, SHORT_BODY_RAW_LETTERS
from cleaning.textutil import letter_count, ordinary_punctuation


@dataclass
class Page:
    text: str
    codec: str
    replaced: int       # undecodable bytes replaced (a few stray bytes in the declared charset)
    lost: str | None    # the parser-loss warning (loss.parse_loss): text the tree lacks
    tree: HtmlElement
    tree_text: str      # its text_content(), read by the loss check and the label walk
    parts: loss.TreeParts   # the loss check's count, script/style places, inline scripts
    container: families.Container
    lines: list[str]
    bold: set[str]
    method: str


def parse(data: bytes, content_type: str | None) -> tuple[encoding.Decoded, HtmlElement]:
    decoded = encoding.decode_page(data, content_type)
    utf8 = decoded.codec == "utf-8" and not decoded.replaced     # text is data decoded
    # Punctuation in compatibility forms (︰ ﹑ of Big5 and Taiwan pages) read as the ordinary.
    text = ordinary_punctuation(decoded.text, utf8=data if utf8 else None)
    strict_utf8 = utf8 and text is decoded.text     # (and nothing in it changed)
    return decoded._replace(text=text), _tree(text, data if strict_utf8 else None)


def _tree(text: str, utf8: bytes | None) -> HtmlElement:
    try:
        return document_from_text(text, utf8=utf8)
    except (ValueError, etree.ParserError) as exc:
        # lxml refuses str input with an XML encoding declaration; parse the bytes instead.
        try:
            return lxml.html.document_fromstring(text.encode("utf-8"), parser=HTML_PARSER)
        except (ValueError, etree.ParserError):
            raise CleaningError(f"unparseable page: {exc}") from exc


def read_page(data: bytes, content_type: str | None) -> Page:
    decoded, tree = parse(data, content_type)
    try:
        return _read_tree(decoded, tree)
    except ValueError as exc:
        if not refuses_control_characters(exc):
            raise
    decoded = decoded._replace(text=without_control_characters(decoded.text))
    return _read_tree(decoded, _tree(decoded.text, None))


def _read_tree(decoded: encoding.Decoded, tree: HtmlElement) -> Page:
    lazy_bodies.unfold(tree)   # a body a lazy loader holds in a <textarea>: back in the page
    container = families.locate(tree)
    extracted = extract(tree, container)
    # A JS shell: the article div is empty (or none was found: the whole page stands in), the
    # report is an HTML string in a script — used only when it holds more text. The body's
    # letters are counted only when a script may hold one.
    if not _long_body(extracted, container) and scripted.may_hold_body(tree):
        body_letters = _body_letters(extracted.lines)
        if body_letters < EMPTY_BODY_LETTERS or container.node is None:
            held = scripted.locate(tree, more_than=body_letters)
            if held is not None:
                container, extracted = held, extract(tree, held)
    tree_text = tree.text_content()
    parts = loss.tree_parts(tree, tree_text)
    lost = loss.parse_loss(decoded.text, tree, kept=parts.chars)
    return Page(decoded.text, decoded.codec, decoded.replaced, lost, tree, tree_text, parts,
                container, extracted.lines, extracted.bold, extracted.method)


def _raw_letters(extracted: Extracted) -> int:
    letters = extracted.letters
    return letter_count("".join(extracted.lines)) if letters is None else letters


def _long_body(extracted: Extracted, container: families.Container) -> bool:
    """A long body found in a container is never short: no script body is looked for."""
    return container.node is not None and _raw_letters(extracted) >= SHORT_BODY_RAW_LETTERS


def _body_letters(lines: list[str]) -> int:
    """Letters of a body that is not long (_long_body) once the furniture is removed."""
    return letter_count("".join(noise.clean_lines(lines)))


def joined_lines(read: list[Page]) -> list[str]:
    """The pages' lines in order. A page after the first repeats the frame above its part of the
    body (nav, title, a 时间：… 来源：… 阅读：… byline): its leading lines that are a head byline
    or a line of the first page are furniture as the first page's are, which the head's own
    check drops; a later page's, in mid-body, would be kept."""
    lines = list(read[0].lines) if read else []
    first = set(lines)
    for page in read[1:]:
        start = 0
        while start < len(page.lines) and (page.lines[start] in first
                                           or head_furniture.is_head_byline(page.lines[start])):
            start += 1
        lines += page.lines[start:]
    return lines
