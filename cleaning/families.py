"""Stage 2: find the content container by CMS family before any extraction.

Rules (selectors) are data in the family table (settings/families.py, read at each call so a
family added there is used at once); a family whose body is HTML inside the JSON of an inline
script (the Guangdong gkmlpt platform's `window._CONFIG = {...}`) names that script there and
is handled here.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, cast

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from cleaning import tables
from cleaning.htmlparser import HTML_PARSER
from cleaning.patterns import (
    HEAD_SIGNATURE_RX,
    MIN_CONTAINER_LETTERS,
    MIN_FAMILY_CONTAINER_LETTERS,
    MIN_SPLIT_PART_LETTERS,
    SOURCE_CONTAINER_RULES,
)
from cleaning.textutil import has_letters, letter_count
from settings.families import FALLBACK_FAMILY, config_scripts, container_rules


@dataclass
class Container:
    family: str          # trs | hanweb | ucap | nfcms | gkmlpt | generic | layout | page
    node: HtmlElement | None         # the content subtree (None: use the whole page)
    rule: str = ""                   # which rule matched, for debugging
    fields: dict[str, str] = field(default_factory=dict)   # metadata carried by gkmlpt JSON
    # The body's later parts: sibling containers of the same tag and class as ``node`` (a
    # body split around a photo and its caption), read after it as one body.
    more: tuple[HtmlElement, ...] = ()


def locate(tree: HtmlElement) -> Container:
    """The first container rule that matches with enough text, else the whole page.

    A CMS family container that is there but empty (a report published only as an attachment)
    is the body all the same: the page around it is furniture, never the fallback. Only a
    container with text elsewhere on the page (not a wrapper around the empty one) beats it.
    """
    parts = _PageParts(tree)
    config = _config_script(parts.tagged("script"))
    if config is not None:
        return config
    empty: Container | None = None
    for family, kind, value in container_rules(between=SOURCE_CONTAINER_RULES):
        node, letters, more = _match(kind, value, parts)
        if node is None:
            continue
        generic = family == FALLBACK_FAMILY
        least = MIN_CONTAINER_LETTERS if generic else MIN_FAMILY_CONTAINER_LETTERS
        if _big_enough(node, letters, least):
            if empty is None or not _is_ancestor(node, empty.node):
                return Container(family, node, f"{kind}:{value}", more=more)
        elif not generic and empty is None:
            empty = Container(family, node, f"{kind}:{value} (empty)")
    if empty is not None:
        return empty
    cell = tables.body_cell(tree)
    if cell is not None:
        return Container("layout", cell, "layout-table cell")
    return Container("page", None, "whole page")


def _is_ancestor(node: HtmlElement, inner: HtmlElement | None) -> bool:
    return inner is not None and any(a is node for a in inner.iterancestors())


def _big_enough(node: HtmlElement, letters: int | None, least: int) -> bool:
    """Has the node ``least`` letters (``letters``: its count, when known)? An attachment-only
    body is a link: it counts as MIN_CONTAINER_LETTERS letters, so the container is still used.
    Not known, the letters are counted on a prefix (has_letters): only whether there are
    enough is asked (~0.05 ms a page less than counting a report's text)."""
    text = node.text_content() if letters is None else ""

    def has(count: int) -> bool:
        return count <= 0 or (has_letters(text, count) if letters is None else letters >= count)

    return has(least) or (node.find(".//a[@href]") is not None
                          and has(least - MIN_CONTAINER_LETTERS))


class _PageParts:
    """What the rules look for on a page, each found once, when a rule first asks. The scripts,
    <meta>s and comments in one walk of the tree: a walk of a 100 KB page's tree is ~0.04 ms
    whatever it looks for, and each kind had its own. The elements with a class or id in one
    XPath (one per rule walked the whole tree each time). Matching is XPath's: the class
    attribute with XML whitespace normalised holds " value " (a class token), the id equals
    the value."""

    _TAGS = ("script", "meta", etree.Comment)

    def __init__(self, tree: HtmlElement) -> None:
        self.tree = tree
        self._tagged: dict[object, list[HtmlElement]] | None = None
        self._rows: list[tuple[HtmlElement, str, str | None]] | None = None

    def tagged(self, tag: object) -> list[HtmlElement]:
        """The page's elements of one of _TAGS (a tag name, or etree.Comment), in order."""
        if self._tagged is None:
            self._tagged = {tag: [] for tag in self._TAGS}
            for el in self.tree.iter(*self._TAGS):
                self._tagged[el.tag].append(el)
        return self._tagged[tag]

    def _all(self) -> list[tuple[HtmlElement, str, str | None]]:
        if self._rows is None:
            # The owners of the class and id attributes: the attribute axis is walked faster
            # than //*[@class or @id] (~0.35 vs 0.6 ms a 100 KB page), same elements in order.
            # A class is normalised only when it may hold the name asked for (with_class).
            owners = dict.fromkeys(attr.getparent() for attr in _CLASS_AND_ID(self.tree))
            self._rows = [(el, el.get("class", ""), el.get("id")) for el in owners]
        return self._rows

    def with_class(self, name: object) -> list[HtmlElement]:
        token = f" {name} "
        # A name without XML whitespace is a token of the class only if written in it as it is.
        written = str(name) if not _XML_SPACE_RX.search(str(name)) else ""
        return [el for el, classes, _ in self._all()
                if written in classes and token in _padded_classes(classes)]

    def with_id(self, value: object) -> list[HtmlElement]:
        return [el for el, _, id_ in self._all() if id_ == value]


def _padded_classes(classes: str) -> str:
    return " {} ".format(_XML_SPACE_RX.sub(" ", classes).strip(" "))


_CLASS_AND_ID = etree.XPath("//@class | //@id")
_XML_SPACE_RX = re.compile(r"[ \t\r\n]+")     # XPath normalize-space() whitespace


_Match = tuple[HtmlElement | None, int | None, tuple[HtmlElement, ...]]


def _match(kind: str, value: object, parts: _PageParts) -> _Match:
    """The rule's node, with its letter count when that was needed to choose it, and the
    later parts of a body split over sibling containers."""
    if kind == "class":
        return _split_body(_counted(parts.with_class(value)))
    if kind == "id":
        return (*_largest(_counted(parts.with_id(value))), ())
    if kind == "meta_range":
        start, end = cast(tuple[str, str], value)
        metas = parts.tagged("meta")
        return _range([m for m in metas if m.get("name") == start],
                      [m for m in metas if m.get("name") == end]), None, ()
    if kind == "comment_range":
        start, end = cast(tuple[str, str], value)
        comments = parts.tagged(etree.Comment)
        return _range([c for c in comments if start in (c.text or "")],
                      [c for c in comments if end in (c.text or "")]), None, ()
    raise ValueError(f"unknown container rule kind: {kind}")


def _split_body(counted: list[tuple[HtmlElement, int | None]]) -> _Match:
    """A body split over sibling containers (TRS_Editor, a photo and caption div, TRS_Editor):
    the siblings of the chosen one with its tag and class, each holding text, are one body,
    read from the first. (The photo between them is not: it is no part.) Each node's letters
    are counted once (_counted), for the choice and for the parts."""
    node, letters = _largest(counted)
    if node is None or len(counted) < 2:
        return node, letters, ()
    parent, key = node.getparent(), (node.tag, node.get("class"))
    split = [(el, count or 0) for el, count in counted
             if el.getparent() is parent and (el.tag, el.get("class")) == key
             and _is_split_part(el, count or 0)]
    if len(split) < 2 or node not in [el for el, _ in split]:
        return node, letters, ()
    return split[0][0], sum(count for _, count in split), tuple(el for el, _ in split[1:])


def _is_split_part(node: HtmlElement, letters: int) -> bool:
    """A part of a split body: enough text, or the body's closing alone in the last part
    (特此报告, the signer, its date: fewer letters than a part, but a line of it is the
    signature's date). A share box or a blank editor div holds no such line."""
    return (letters >= MIN_SPLIT_PART_LETTERS
            or any(HEAD_SIGNATURE_RX.match(text.strip()) for text in node.itertext()))


def _counted(nodes: list[HtmlElement]) -> list[tuple[HtmlElement, int | None]]:
    """The nodes with their letters, counted only when there are several to choose from (one
    node is not counted: _big_enough asks only whether it holds enough)."""
    if len(nodes) <= 1:
        return [(node, None) for node in nodes]
    return [(node, letter_count(node.text_content())) for node in nodes]


def _largest(counted: list[tuple[HtmlElement, int | None]]
             ) -> tuple[HtmlElement | None, int | None]:
    # Nested matches (TRS_Editor inside TRS_Editor) or a summary box: the body is the biggest.
    if not counted:
        return None, None
    return max(counted, key=lambda pair: pair[1] or 0)


def _range(starts: list, ends: list) -> HtmlElement | None:
    """A new <div> holding copies of what lies between a start and an end marker."""
    if not starts:
        return None
    start = starts[0]
    parent = start.getparent()
    end = next((e for e in ends if e.getparent() is parent), None)
    if parent is None:
        return None
    holder = HTML_PARSER.makeelement("div")
    holder.text = start.tail
    for sibling in start.itersiblings():
        if sibling is end:
            break
        holder.append(copy.deepcopy(sibling))
    return holder


# ------------------------------------------------------------------- body JSON in a script
_CONTENT_KEYS = ("content", "contents", "body", "html", "text")


def _config_script(page_scripts: list[HtmlElement]) -> Container | None:
    """The body carried in the JSON of a family's config script (gkmlpt's window._CONFIG)."""
    scripts = [(family, _compiled(rx)) for family, rx in config_scripts()]
    for script in page_scripts if scripts else ():
        source = script.text or ""
        for family, rx in scripts:
            match = rx.search(source)
            config = _parse_config(source[match.end():]) if match else None
            if config is not None:
                return _config_container(config, family)
    return None


@lru_cache(maxsize=16)
def _compiled(rx: str) -> re.Pattern[str]:
    return re.compile(rx)


def _parse_config(source: str) -> object | None:
    try:
        value, _ = json.JSONDecoder().raw_decode(source)
        return value
    except ValueError:
        pass
    # Not strict JSON (unquoted keys, single quotes): pick out quoted "key": "value" strings.
    # A name only where its word run starts, possessive runs: no retry from each character of a
    # long word run, no backtracking into a long string (both were quadratic).
    pairs = re.findall(r"[\"']?(?<!\w)(\w++)[\"']?\s*+:\s*+(\"(?:[^\"\\]++|\\.)*+\")", source)
    found: dict[str, Any] = {}
    for key, literal in pairs:
        try:
            found.setdefault(key, json.loads(literal))
        except ValueError:
            continue
    return found or None


def flatten_json(value: object, prefix: str = "") -> dict[str, str]:
    """Nested JSON → {"a.b.0.c": "text"}: every string or number, by its path."""
    flat: dict[str, str] = {}
    if isinstance(value, dict):
        for key, item in value.items():
            flat.update(flatten_json(item, f"{prefix}.{key}" if prefix else str(key)))
    elif isinstance(value, list):
        for index, item in enumerate(value[:50]):
            flat.update(flatten_json(item, f"{prefix}.{index}"))
    elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
        flat[prefix] = str(value)
    return flat


def _config_container(config: object, family: str) -> Container | None:
    flat = flatten_json(config)
    html_values = [(k, v) for k, v in flat.items()
                   if k.rsplit(".", 1)[-1].lower() in _CONTENT_KEYS and "<" in v]
    if not html_values:
        html_values = [(k, v) for k, v in flat.items() if re.search(r"<(p|div|br)\b", v)]
    if not html_values:
        return None
    key, html = max(html_values, key=lambda kv: letter_count(kv[1]))
    node = lxml.html.fragment_fromstring(html, create_parent="div",
                                          parser=HTML_PARSER)
    fields = {k: v for k, v in flat.items() if k != key and len(v) < 300}
    fields["__content_key__"] = key
    return Container(family, node, "config script:" + key, fields)
