"""Stage 2c: a body held only by an inline script (Vue/React shells).

The page's article div is empty (`v-html="content"`) and the report is an HTML string in a script:
`var content = "<p>…<\\/p>"`, `content: '…'` in an object literal, or a value inside
`window.__INITIAL_STATE__ = {…}`. String literals are decoded as JSON (JS-only escapes rewritten
first), never evaluated. The HTML string richest in Chinese prose becomes the container; the
other strings (var title, var pubDate, "source": …) are its fields (patterns.SCRIPT_FIELD_KEYS).
Only called when the body found on the page is (almost) empty: ordinary pages never pay for it.

Markup a script writes into the page (`document.write('<th>索引号：</th><td>' + info.indexNo +
'</td>')`, `.innerHTML = …`, jQuery's `.html(…)`/`.append(…)`) is what a reader sees there:
`written_markup` puts it together from the calls' string literals and the names they concatenate
(looked up among the scripts' string assignments), for the label reader.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from cleaning.families import Container, flatten_json
from cleaning.htmlparser import HTML_PARSER
from cleaning.patterns import (
    EMPTY_BODY_LETTERS,
    SCRIPT_BODY_MIN_HAN_SHARE,
    SCRIPT_HTML_RX,
    SCRIPT_JSON_RX,
    SCRIPT_STRING_RX,
)
from cleaning.textutil import han_count, letter_count, strip_tags

_JS_ESCAPE_RX = re.compile(r"\\x([0-9a-fA-F]{2})|\\([\s\S])|(\")")
_JSON_ESCAPES = frozenset('"\\/bfnrtu')
_LESS_THAN_RX = re.compile(r"<|\\u003c|\\x3c", re.I)     # as written, or escaped (JSON, JS)
_FIELD_MAX_CHARS = 300
# The characters a page's scripts may put together (written and built strings, all steps): a
# metadata block is short, and a string added to itself doubles at each step.
WRITTEN_MAX_CHARS = 1_000_000
# A call writing markup into the page, up to its argument (or the right side of innerHTML =).
_WRITE_CALL = (r"\bdocument\s*+\.\s*+write(?:ln)?\s*+\(|\.innerHTML\s*+\+?=(?!=)|"
               r"\.(?:html|append)\s*+\(")
_WRITE_CALL_RX = re.compile(_WRITE_CALL)
# What every such call is written with: a script holding none (most: menu data, statistics) is
# passed over after a few searches in C, before the caller's label test runs its regex over it.
_WRITE_WORDS = ("write", ".innerHTML", ".append")
_HTML_CALL_RX = re.compile(r"\.html\s*+\(")
# A step of a script writing markup: such a call, or a string being built (html = …, html += …).
# The name is tried only where its run of [\w$.] starts (linear on a long run).
_WRITE_STEP_RX = re.compile(rf"(?:{_WRITE_CALL})|(?<![\w$.])(?P<name>[A-Za-z_$][\w$.]*+)\s*+"
                            r"(?P<op>\+?=)(?!=)")
# One term of the written expression, a string or template literal or a name (a.b.c); terms
# are joined by +. Spaces are skipped apart: a leading \s*+ is quadratic when searched over a
# run of spaces. A literal left unclosed is matched too (the third group, to the end of its
# line, or of the text for a template): failing there instead would have every later quote
# scan the same run again (a run of 100 KB of \" took 16 s searched).
_WRITE_TERM_RX = re.compile(
    r"""("[^"\\\n]*+(?:\\[\s\S][^"\\\n]*+)*+"|'[^'\\\n]*+(?:\\[\s\S][^'\\\n]*+)*+'|"""
    r"""`[^`\\]*+(?:\\[\s\S][^`\\]*+)*+`)|"""
    r"""([A-Za-z_$][\w$.]*+)|"""
    r"""(["'][^\n]*+|`[\s\S]*+)""")
_SPACES_RX = re.compile(r"\s++")
_SUBSTITUTION_RX = re.compile(r"\$\{\s*+([A-Za-z_$][\w$.]*+)\s*+\}")


def _inline_sources(tree: HtmlElement) -> list[str]:
    return [script.text for script in tree.iter("script") if script.text and not script.get("src")]


def may_hold_body(tree: HtmlElement) -> bool:
    """Could a script of the page hold a body (locate's first check at its lowest bar)? When
    none can, locate finds nothing whatever its `more_than`: the caller need not count the
    letters of its own body, once denoised (~1 ms, most pages) to learn it."""
    return any(_may_hold_body(source, EMPTY_BODY_LETTERS - 1) for source in _inline_sources(tree))


def locate(tree: HtmlElement, more_than: int = 0) -> Container | None:
    """A container parsed from the script-held HTML body (with more than `more_than` letters),
    or None when no script holds one."""
    sources = _inline_sources(tree)
    least = max(EMPTY_BODY_LETTERS - 1, more_than)
    if not any(_may_hold_body(source, least) for source in sources):
        return None
    values: dict[str, str] = {}
    for source in sources:
        for key, value in assignments(source).items():
            values.setdefault(key, value)
    body_key = _body_key(values, more_than)
    if body_key is None:
        return None
    try:
        node = lxml.html.fragment_fromstring(values[body_key], create_parent="div",
                                              parser=HTML_PARSER)
    except (ValueError, etree.ParserError):
        return None
    fields = {k: v for k, v in values.items() if k != body_key and len(v) < _FIELD_MAX_CHARS}
    fields["__content_key__"] = body_key
    return Container("script", node, f"script:{body_key}", fields)


def assignments(source: str) -> dict[str, str]:
    """String values a script assigns: JSON objects by path (`state.article.content`), then
    every `name = "…"` / `name: '…'` / `"name": "…"` literal by its name."""
    found: dict[str, str] = {}
    for name, value in _json_assignments(source):
        for key, text in flatten_json(value, name).items():
            found.setdefault(key, text)
    for match in SCRIPT_STRING_RX.finditer(source):
        decoded = decode_js_string(match.group(2))
        if decoded is not None:
            found.setdefault(match.group(1), decoded)
    return found


def _may_hold_body(source: str, least: int) -> bool:
    """Could one of the script's strings be a body of more than `least` letters? Checked before
    decoding anything: with no container found the whole page's text is the bar, and a portal's
    menu data and statistics code (tens of KB of short strings) never reach it. A body needs a
    `<` (written out or escaped) and one string longer than `least` in the source, as decoding
    only ever shortens a string."""
    if len(source) <= least or not _LESS_THAN_RX.search(source):
        return False
    if any(len(match.group(2)) - 2 > least for match in SCRIPT_STRING_RX.finditer(source)):
        return True
    return any(_longest_string(value) > least for _, value in _json_assignments(source))


def _json_assignments(source: str) -> Iterator[tuple[str, Any]]:
    """Each JSON object a script assigns, with the name it is assigned to."""
    decoder = json.JSONDecoder(strict=False)
    for match in SCRIPT_JSON_RX.finditer(source):
        try:
            value, _ = decoder.raw_decode(source, match.end())
        except ValueError:
            continue
        yield match.group(1), value


def _longest_string(value: object) -> int:
    """Length of the longest string in a JSON value (a number is never a body)."""
    longest, todo = 0, [value]
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            todo.extend(item.values())
        elif isinstance(item, list):
            todo.extend(item)
        elif isinstance(item, str):
            longest = max(longest, len(item))
    return longest


def decode_js_string(literal: str) -> str | None:
    """The value of a quoted JS string literal ("…", '…' or `…`), or None if it cannot be read
    (a template literal with ${…} substitutions, a broken escape)."""
    quote, inner = literal[0], literal[1:-1]
    if quote == "`" and "${" in inner:
        return None
    try:
        return json.loads('"' + _JS_ESCAPE_RX.sub(_json_escape, inner) + '"', strict=False)
    except ValueError:
        return None


def _json_escape(match: re.Match[str]) -> str:
    hex_code, escaped, bare_quote = match.groups()
    if hex_code:
        return "\\u00" + hex_code               # \x3C → \u003C
    if bare_quote:
        return '\\"'                            # a " inside a '…' or `…` literal
    if escaped in _JSON_ESCAPES:
        return match.group(0)
    # \' \` \< and line continuations: JS drops the backslash (and the escaped newline)
    return "" if escaped in "\r\n" else json.dumps(escaped)[1:-1]


def _body_key(values: dict[str, str], more_than: int) -> str | None:
    """The key of the longest HTML string of Chinese prose (<p>/<br>/<div> markup)."""
    best, best_letters = None, max(EMPTY_BODY_LETTERS - 1, more_than)
    for key, value in values.items():
        if len(value) < EMPTY_BODY_LETTERS or not SCRIPT_HTML_RX.search(value):
            continue
        text = strip_tags(value)
        letters = letter_count(text)
        if letters > best_letters and han_count(text) >= (
                SCRIPT_BODY_MIN_HAN_SHARE * letters):
            best, best_letters = key, letters
    return best


def written_markup(tree: HtmlElement, has_label: Callable[[str], object],
                   sources: list[str] | None = None) -> str:
    """The markup the page's inline scripts write into it, put together in order, from the
    scripts where ``has_label`` finds a field label (the others are never read). A string may
    be built first (html = '<tr>…' + info.syh; html += '…'; $("#x").html(html)). A term that
    is neither a string literal nor a name ends an expression (what came before it is kept); a
    name no script assigns a string to writes nothing. ``sources``: the inline scripts'
    texts in order, when at hand."""
    if sources is None:
        sources = _inline_sources(tree)
    writing = [source for source in sources if _may_write(source) and has_label(source)
               and _WRITE_CALL_RX.search(source)]
    if not writing:
        return ""
    writer = _Writer(sources)
    for source in writing:
        end = 0
        for step in _WRITE_STEP_RX.finditer(source):
            if writer.budget <= 0:
                break
            if step.start() < end:      # inside the last expression's strings
                continue
            terms, end = _written_terms(source, step.end())
            writer.step(step.group("name"), step.group("op"), terms)
    return "".join(writer.parts)


def _may_write(source: str) -> bool:
    return (any(word in source for word in _WRITE_WORDS)
            or _HTML_CALL_RX.search(source) is not None)


class _Writer:
    """The strings a script builds and the markup it writes, step by step."""

    def __init__(self, sources: list[str]) -> None:
        self.sources = sources
        self.parts: list[str] = []
        self.budget = WRITTEN_MAX_CHARS     # characters the steps may still put together
        self.built: dict[str, str] = {}
        self.values: dict[str, str] | None = None

    def step(self, name: str | None, op: str | None,
             terms: list[tuple[str | None, str]]) -> None:
        # Every piece is charged to the budget: joining copies it (html += '' too).
        pieces = [self.built.get(name, "")] if name is not None and op == "+=" else []
        pieces.extend(self.term_value(literal, term) for literal, term in terms)
        for index, piece in enumerate(pieces):
            pieces[index] = piece[:max(self.budget, 0)]
            self.budget -= len(pieces[index])
        text = "".join(pieces)
        if name is None or name.endswith(".innerHTML"):     # el.innerHTML = … writes too
            self.parts.append(text)
        elif terms:
            self.built[name] = text

    def term_value(self, literal: str | None, name: str) -> str:
        if literal is not None and literal.startswith("`") and "${" in literal:
            return self.template_value(literal[1:-1])
        if literal is not None:
            return decode_js_string(literal) or ""
        if name in self.built:
            return self.built[name]
        if self.values is None:     # the scripts' assignments, read once and only if needed
            self.values = {}
            for source in self.sources:
                for key, value in assignments(source).items():
                    self.values.setdefault(key, value)
        return self.values.get(name, "")

    def template_value(self, inner: str) -> str:
        """A template literal's text with its ${name} substitutions (any other expression in
        ${…} leaves its piece unread)."""
        parts, size = [], 0
        for index, piece in enumerate(_SUBSTITUTION_RX.split(inner)):    # text, name, text…
            value = self.term_value(None, piece) if index % 2 else decode_js_string(f"`{piece}`")
            parts.append((value or "")[:max(self.budget - size, 0)])    # ${h}${h}… stays bound
            size += len(parts[-1])
        return "".join(parts)


def _written_terms(source: str, at: int) -> tuple[list[tuple[str | None, str]], int]:
    """The string literals and names ((literal, "") / (None, name)) of the expression written
    from ``at``, and where it ends."""
    terms: list[tuple[str | None, str]] = []
    while True:
        term = _WRITE_TERM_RX.match(source, _after_spaces(source, at))
        if term is None or term.group(3) is not None:     # nothing, or an unclosed literal
            return terms, at
        literal, name, _ = term.groups()
        terms.append((literal, "") if literal is not None else (None, name))
        at = _after_spaces(source, term.end())
        if not source.startswith("+", at):
            return terms, at
        at += 1


def _after_spaces(source: str, at: int) -> int:
    spaces = _SPACES_RX.match(source, at)
    return spaces.end() if spaces else at
