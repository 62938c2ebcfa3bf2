"""The lxml parser every cleaning tree is built with.

lxml.html's own parser looks element classes up with a Python call for every element proxy
(hundreds of thousands per rebuild), only to give form controls special classes that cleaning
never uses; this one does the lookup in C and gives every element lxml.html's HtmlElement.
"""

from __future__ import annotations

import lxml.html
from lxml import etree


def _html_parser() -> lxml.html.HTMLParser:
    parser = lxml.html.HTMLParser(huge_tree=True)
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
    return parser


HTML_PARSER = _html_parser()
