"""Stage 2b: the container subtree → text lines (paragraphs).

trafilatura runs on the (pruned) container subtree, handed over as a parsed tree; when it keeps
too little of the container's text we walk the subtree ourselves. Tables become one line per row
(cells joined by a separator), <br>-separated runs become separate lines.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field

import lxml.html
import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.settings import Extractor

from cleaning import (
    captions,
    head_furniture,
    heading_blocks,
    image_alt,
    link_lists,
    lists,
    stoplist,
    tables,
    tickers,
    walk_checks,
)
from cleaning.families import Container
from cleaning.htmlparser import HTML_PARSER
from cleaning.patterns import (
    BLOCK_TAGS,
    BODY_HEADING_TAGS,
    BOLD_TAGS,
    CELL_TAGS,
    LIST_BULLET_RX,
    MIN_TRAFILATURA_LINE_SHARE,
    MIN_TRAFILATURA_SHARE,
    NOISE_NODE_RX,
    NOISE_TAGS,
    PAGE_NOISE_BOX_MAX_SHARE,
    PAGE_NOISE_NODE_RX,
    TABLE_CELL_SEPARATOR,
    TRAFILATURA_MAX_LINES,
)
from cleaning.textutil import letter_count, normalise_space

_XML_SPACE = " \t\r\n"      # the whitespace XPath's normalize-space() strips
ARTICLE_FRAME = "<html><body><article></article></body></html>"
_ARTICLE_FRAME = lxml.html.fromstring(ARTICLE_FRAME, parser=HTML_PARSER)


@dataclass
class Extracted:
    lines: list[str]
    bold: set[str] = field(default_factory=set)     # texts of <b>/<strong> runs, normalised
    method: str = "trafilatura"
    letters: int | None = None     # letter_count of the lines joined, when already counted


def extract(tree: HtmlElement, container: Container) -> Extracted:
    if container.node is None:
        return _extract_page(tree)
    node = image_alt.with_alt_headings(_joined_copy(container.node, container.more))
    _prune(node)
    captions.drop_image_captions(node)
    lists.number_ordered_lists(node)   # an <ol>'s numbers are drawn, not in its text
    node.tag = "div" if node.tag in CELL_TAGS else node.tag   # a layout-table cell as container
    tables.flatten(node)
    _headings_as_paragraphs(node)
    heading_blocks.drop_decorations(node)
    heading_blocks.join_badge_banners(node)
    bold = _bold_runs(node)
    walked = _walk(node)
    if len(walked) > TRAFILATURA_MAX_LINES:
        return Extracted(walked, bold, "walk")
    # An <article> frame: trafilatura's main pass takes it; a bare <div> fails that pass, and its
    # recovery pass drops headings and paragraphs repeating part of an earlier one.
    wrapper = copy.deepcopy(_ARTICLE_FRAME)       # (a copy, not a parse: ~0.04 ms less)
    wrapper.find("body/article").append(node)
    lines = _trafilatura_lines(wrapper, fast=True)
    walked_letters = letter_count("".join(walked))
    if lines == walked:     # most pages: nothing dropped, nothing to check, one count
        return Extracted(lines, bold, "trafilatura", walked_letters)
    kept = letter_count("".join(lines))
    closing = walk_checks.walked_closing(walked)
    # trafilatura at times runs a body's paragraphs into one line (WeChat <section>s around
    # <p>s): the lines are the structure the sections are read from, so the walk is used.
    if (kept < MIN_TRAFILATURA_SHARE * walked_letters
            or len(lines) < MIN_TRAFILATURA_LINE_SHARE * len(walked)
            or walk_checks.drops_prose(walked, lines) or walk_checks.drops_closing(closing, lines)
            or heading_blocks.drops_heading(walked, lines)):
        return Extracted(walked, bold, "walk", walked_letters)
    lines = walk_checks.with_salutation(walked, walk_checks.with_closing(closing, lines))
    return Extracted(lines, bold, "trafilatura", kept)


def _joined_copy(container: HtmlElement, more: tuple[HtmlElement, ...]) -> HtmlElement:
    """A copy of the container, with copies of the body's later parts (Container.more) after
    its own content. A deep copy keeps the tail: text that follows the element on the page."""
    node = copy.deepcopy(container)
    for part in more:
        node.append(copy.deepcopy(part))
    for element in (node, *node[len(node) - len(more):]):
        element.tail = None
    return node


def _extract_page(tree: HtmlElement) -> Extracted:
    """The whole page, when no container was found: its furniture dropped, trafilatura with
    its fallbacks; our walk when it keeps nothing or the page is a long run of paragraphs."""
    page = image_alt.with_alt_headings(copy.deepcopy(tree))
    for hidden in list(page.iter(*HIDDEN_NODES)):
        hidden.drop_tree()
    tickers.drop_tickers(page)
    _drop_noise_boxes(page)
    _labels_as_text(page)
    link_lists.drop_link_lists(page)
    head_furniture.drop_nav_lists(page)
    captions.drop_image_captions(page)
    heading_blocks.drop_decorations(page)
    lists.number_ordered_lists(page)
    tables.flatten(page)        # layout tables as blocks, not one "| … |" row per page row
    if sum(1 for _ in page.iter("p")) > TRAFILATURA_MAX_LINES:
        return Extracted(_walk(page), set(), "page")
    walked = _walk(page)
    lines = _trafilatura_lines(page, fast=False)
    if not lines:
        return Extracted(walked, set(), "page")
    return Extracted(walk_checks.with_closing(walk_checks.walked_closing(walked), lines), set(),
                     "page")


def _headings_as_paragraphs(node: HtmlElement) -> None:
    """Section headings in the body are body lines: trafilatura keeps them only as paragraphs.
    A heading with no text after it labels furniture left behind ("往年报告" over a dropped
    link list): it is dropped."""
    headings = list(node.iter(*BODY_HEADING_TAGS))
    if not headings:
        return
    ends_before_last = _ends_before_last_text(node)
    for heading in headings:
        if ends_before_last(heading):
            heading.tag = "p"
        else:
            heading.drop_tree()


def _ends_before_last_text(node: HtmlElement) -> Callable[[HtmlElement], bool]:
    """A test: does the element end before the last non-blank text node under `node` (XPath's
    `following::text()[normalize-space()]` is not empty)? One walk in document order for all
    headings: the XPath per heading scanned the rest of the tree each time (2,000 headings took
    18.8 s). Comments are walked too: their tails are text nodes."""
    position, last = 0, -1
    ends: dict[HtmlElement, int] = {}
    stack: list[tuple[HtmlElement, bool]] = [(node, False)]
    while stack:
        el, closing = stack.pop()
        position += 1
        if closing:
            ends[el] = position
            if el is not node and el.tail and el.tail.strip(_XML_SPACE):
                position += 1
                last = position
            continue
        if isinstance(el.tag, str) and el.text and el.text.strip(_XML_SPACE):
            position += 1
            last = position
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(el))
    return lambda heading: ends[heading] < last


def _bold_runs(node: HtmlElement) -> set[str]:
    """Texts of <b>/<strong> runs; a run broken by <br> ("<strong>（一）<br/>加强领导</strong>")
    also gives each of its lines, as the lines of the body show it."""
    runs = set()
    for tag in BOLD_TAGS:
        for run in node.iter(tag):
            runs.add(normalise_space(run.text_content()))
            if run.find(".//br") is not None:
                runs.update(map(normalise_space, _br_lines(run)))
    runs.discard("")
    return runs


def _br_lines(run: HtmlElement) -> list[str]:
    copied = copy.deepcopy(run)
    copied.tail = None
    for br in copied.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return copied.text_content().split("\n")


# trafilatura's options, made once: building them per call (settings read, today's date
# formatted) took ~0.25 ms, a twentieth of cleaning a small page. ``fast`` skips its fallbacks
# (readability, justext), about half its time. On a container they never won: the same text on
# all 727 bench, held-out, dev, Traditional and sample-portal pages; on a whole page they do (a
# listing's heading), so they stay there.
_EXTRACTORS = {fast: Extractor(fast=fast, recall=True, tables=True, comments=False, dedup=False)
               for fast in (True, False)}


def _trafilatura_lines(tree: HtmlElement, *, fast: bool) -> list[str]:
    with stoplist.hashed_once():
        text = trafilatura.extract(tree, options=_EXTRACTORS[fast])
    lines = (LIST_BULLET_RX.sub("", normalise_space(line)) for line in (text or "").split("\n"))
    return [line for line in lines if line]


# Comments and processing instructions: trafilatura, given a tree, reads a comment's text
# among <br>-separated lines as a line of the body ("<!-- template note -->" became text).
# drop_tree keeps their tails, which are page text.
HIDDEN_NODES = (etree.Comment, etree.ProcessingInstruction)


def _prune(node: HtmlElement) -> None:
    """Drop scripts, forms and boxes whose class/id says they are furniture (QR, share, related):
    found in C (a Python loop over every element took 3 times as long), dropped in any order."""
    named = (el for el in _named_elements(node) if el is not node and NOISE_NODE_RX.search(
        "{} {}".format(el.get("class", ""), el.get("id", ""))))
    tickers.drop_tickers(node)     # with their labels, before NOISE_TAGS would leave those
    doomed = [*node.iter(*NOISE_TAGS, *HIDDEN_NODES), *named]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    link_lists.drop_link_lists(node)
    _labels_as_text(node)


def _labels_as_text(node: HtmlElement) -> None:
    """<label> elements as plain inline text: trafilatura drops them (form furniture), which
    left a metadata block's values (<label>索引号</label><div>K-1</div>) in the text without
    the labels that tell the noise stage they are values. Forms themselves are pruned."""
    for label in node.iter("label"):
        label.tag = "span"


# Only an element with a class or id has a name to match (XPath, in C): the Python loop over
# every element of a 100 KB page was ~3 ms. The owners of those attributes, in document order:
# the attribute axis is walked faster than an element test (~0.35 vs 0.6 ms).
_NAMES = etree.XPath("descendant-or-self::*/@class | descendant-or-self::*/@id")


def _named_elements(page: HtmlElement) -> list[HtmlElement]:
    return list(dict.fromkeys(name.getparent() for name in _NAMES(page)))


def _drop_noise_boxes(page: HtmlElement) -> None:
    """With no container, the furniture boxes the class/id names (a 【相关信息】 box, a share
    bar) go before the whole page is extracted; a big element is a page wrapper whatever its
    name, and stays."""
    named = [el for el in _named_elements(page)
             if PAGE_NOISE_NODE_RX.search("{} {}".format(el.get("class", ""), el.get("id", "")))]
    if not named:       # the page's letters (a regex over all its text, ~2 ms) are not needed
        return
    most = PAGE_NOISE_BOX_MAX_SHARE * letter_count(page.text_content())
    doomed = [el for el in named if letter_count(el.text_content()) < most]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def _walk(node: HtmlElement) -> list[str]:
    """Our own text walk: a line break around every block element and <br>. lxml's iterwalk
    (in C: a third less time than a Python stack of elements) and no recursion: a page nested
    thousands of levels deep (the parser's huge_tree keeps them) would exhaust Python's limit.
    A comment or a noise element gives its tail only."""
    parts: list[str] = []
    walker = etree.iterwalk(node, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if event == "end":
            if tag in BLOCK_TAGS:
                parts.append("\n")
            parts.append(el.tail or "")
        elif not isinstance(tag, str) or tag in NOISE_TAGS:
            walker.skip_subtree()       # its "end" comes next
        else:
            if tag in BLOCK_TAGS:
                parts.append("\n")
            if tag in CELL_TAGS:
                parts.append(TABLE_CELL_SEPARATOR)
            parts.append(el.text or "")
    return [line for line in map(normalise_space, "".join(parts).split("\n")) if line]
