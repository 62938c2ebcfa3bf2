"""The lxml parser every cleaning tree is built with.

lxml.html's own parser looks element classes up with a Python call for every element proxy
(hundreds of thousands per rebuild), only to give form controls special classes that cleaning
never uses; this one does the lookup in C and gives every element lxml.html's HtmlElement.

A page's text is parsed as UTF-8 bytes: lxml hands libxml2 a str in its internal form (UTF-16
for a Chinese page), which libxml2 converts as it reads; the UTF-8 encode and a parser told the
encoding give the same tree in about two thirds of the time.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree
from lxml.html import HtmlElement


def _html_parser(encoding: str | None = None) -> lxml.html.HTMLParser:
    parser = lxml.html.HTMLParser(huge_tree=True, encoding=encoding)
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
    return parser


# C0 controls but tab, newline and carriage return: XML 1.0 has no place for them. libxml2's HTML
# parser keeps one in a text node (a broken CMS's \x01), and lxml then refuses to set a text
# holding it (drop_tree joins a tail to its neighbour's text): "All strings must be XML
# compatible". They are no text; a page whose tree refuses them is parsed again without them.
CONTROL_CHARACTERS_RX = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
XML_REFUSAL = "must be XML compatible"

HTML_PARSER = _html_parser()
_UTF8_PARSER = _html_parser("utf-8")


def document_from_text(text: str, *, utf8: bytes | None = None) -> HtmlElement:
    """The page's tree, as ``lxml.html.document_fromstring(text, parser=HTML_PARSER)`` builds
    it (which refuses a str opening with an XML declaration: ValueError, left to the caller).
    ``utf8``: the page's bytes when ``text`` is their strict UTF-8 decode (they are its
    encoding, parsed as they are: not encoded again)."""
    if not text.startswith("<?xml"):
        try:
            encoded = text.encode("utf-8") if utf8 is None else utf8
            return lxml.html.document_fromstring(encoded, parser=_UTF8_PARSER)
        except UnicodeEncodeError:      # a lone surrogate: lxml reads the str as it is
            pass
    return lxml.html.document_fromstring(text, parser=HTML_PARSER)


def refuses_control_characters(exc: ValueError) -> bool:
    """True when lxml refused to write a text holding a control character (see above)."""
    return XML_REFUSAL in str(exc)


def without_control_characters(text: str) -> str:
    return CONTROL_CHARACTERS_RX.sub("", text)
