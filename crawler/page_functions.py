"""A page function's body (`function goPage(n) {…}`) read: the URL of page N it builds from
its parameter (`'list_' + n + '.shtml'`, `u += '&pageIndex=' + n`), and the number it adds to
the page number first (`n - 1`: a 0-based parameter). crawler/paging_jump.py reads the links
calling it, crawler/paging_select.py the `<select>` jumpers handing it their value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from crawler.js_values import JS_EXPR, js_string
from crawler.paging import page_base
from crawler.paging_form import FUNCTION_BODY_CHARS, FUNCTION_HEAD

# --- patterns (data) ----------------------------------------------------------------------------
LITERAL_RE = re.compile(r"""'([^'\n]*)'|"([^"\n]*)\"""")
QUERY_PIECE_RE = re.compile(r"^[?&]?(?P<key>[\w.\[\]-]+)=$")
# A function body sending the browser somewhere: location(.href) = …, location.assign/replace.
NAVIGATION_RE = re.compile(r"\blocation(?:\.href)?\s*=(?!=)|\blocation\.(?:assign|replace)\s*\(")
# A page function's parameter that already holds a select's value (goPage(this.value) → n - 1),
# read as crawler/paging_select.py's SELECTION_RE reads the select: maybe made a number, offset.
BARE_SELECTION = (r"(?:(?P<num>parseInt|parseFloat|Number)\s*+\(\s*+)?+(?<![\w$.]){name}"
                  r"(?![\w$])(?!\s*+[.(\[])(?:\s*+,\s*+\d++)?+(?(num)\s*+\))"
                  r"(?:\s*+(?P<op>[-+])\s*+(?P<k>\d++)(?![\w$.]))?+")


def function_template(fn: str, text: str, url: str) -> str | None:
    """From the page function's body: the literal joined to its parameter (`'&pageIndex=' + n`
    onto the URL literal before it, or `'list_' + n + '.shtml'`)."""
    return next((found for body, param in function_bodies(fn, text)
                 if (found := body_template(body, param, text, url))), None)


def navigating_template(fn: str, text: str, url: str) -> str | None:
    """`function_template` of a page function that sends the browser to the page
    (`location.href = …`), not one that asks an API for it (the JSON readers do that)."""
    return next((found for body, param in function_bodies(fn, text)
                 if NAVIGATION_RE.search(body)
                 and (found := body_template(body, param, text, url))), None)


def function_bodies(fn: str, text: str) -> Iterator[tuple[str, str]]:
    """(the first FUNCTION_BODY_CHARS of its body, its parameter) of each way `text` may
    define the function `fn` (FUNCTION_HEAD)."""
    name = re.escape(fn.split(".")[-1])
    for head in FUNCTION_HEAD:
        found = re.search(head.format(fn=name), text)
        if found:
            yield own_body(text[found.end():found.end() + FUNCTION_BODY_CHARS]), found["param"]


def own_body(code: str) -> str:
    """`code` (what follows a function's head) up to the brace closing the function's body,
    so the next function's statements are not read as this one's."""
    depth = 0
    for at, char in enumerate(code):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth <= 0:
                return code[:at + 1]
    return code


def body_template(body: str, param: str, text: str, url: str) -> str | None:
    """Page N's URL (`{}` for N) a function body builds from its parameter `param`, the
    page's names read in `text`; None when no URL in it holds the parameter."""
    name = re.escape(param)
    joined = (re.search(rf"""(['"])([^'"\n]*)\1\s*\+\s*\(?\s*{name}\b\s*\)?"""
                        rf"""(?:\s*\+\s*(['"])([^'"\n]*)\3)?""", body)
              # a template literal: `/detail.html?id=${id}`
              or re.search(rf"(`)([^`$\n]*)\$\{{\s*{name}\s*\}}()([^`$\n]*)`", body))
    if not joined:
        return None
    base = page_base(text, url)   # a script's relative URL: the page's <base> first
    whole = _whole_url(body, joined.start(), param, text, base)
    if whole:
        return whole
    before, tail = joined[2], joined[4] or ""
    piece = QUERY_PIECE_RE.match(before)
    if piece and before[:1] in "?&" and not tail:   # a piece onto a URL, else the page's own
        literal = _url_literal(body[:joined.start()])
        return with_page_param(urljoin(base, literal) if literal else url, piece["key"])
    return marked_url(urljoin(base, before + "\x00" + tail))


def _whole_url(body: str, at: int, param: str, text: str, url: str) -> str | None:
    """The page URL of the whole JS string expression around `at` in a page function's
    body, the names in it read from the page (`'index.html?uid=' + uid + '&pageNum=' + n`,
    `var uid = "380055"`), when it is a URL of its own (not a piece added to another)."""
    expr = next((m[0] for m in re.finditer(JS_EXPR, body) if m.start() <= at < m.end()), "")
    value = js_string(expr, text, {param: "\x00"}) if expr else ""
    if "\x00" not in value or value[:1] in "?&" or re.search(r"[\s'\"+]", value):
        return None   # a piece, or a name read wrongly (`uid=' + uid` inside a literal)
    return marked_url(urljoin(url, value))


def _url_literal(code: str) -> str | None:
    """The last string literal in `code` that looks like a page URL (a path or a file)."""
    literals = [single or double for single, double in LITERAL_RE.findall(code)]
    return next((lit for lit in reversed(literals)
                 if lit and " " not in lit and ("/" in lit or "." in lit)), None)


def with_page_param(url: str, key: str) -> str:
    """`url` with query parameter `key` set to `{}` (kept in place, or appended)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != key]
    return marked_url(urlunsplit(parts._replace(query=urlencode([*query, (key, "\x00")]))))


def marked_url(url: str) -> str:
    """A URL with the page number's place marked by NUL (raw or percent-encoded) as `{}`
    (other braces escaped for str.format)."""
    url = url.replace("{", "{{").replace("}", "}}")
    return url.replace("%00", "{}").replace("\x00", "{}")


def function_offset(fn: str, text: str, url: str) -> int:
    """The number a page function adds to its page number before building the URL from it
    (`'…&pageNumber=' + (n - 1)`: -1, a 0-based parameter), in the body its URL template
    comes from (function_template): `- k`, or `+ k` onto a number made one
    (parseInt(n) + 1) or in parentheses (n + 1; unbracketed, `'…' + n + 1` joins strings)."""
    for body, param in function_bodies(fn, text):
        if not body_template(body, param, text, url):
            continue
        for use in re.finditer(BARE_SELECTION.format(name=re.escape(param)), body):
            before = body[:use.start()].rstrip()
            bracketed = before.endswith("(")
            joined = before.rstrip("(").rstrip().endswith(("+", "${"))   # into the URL
            if joined and (use["op"] == "-" or (use["op"] == "+" and (use["num"] or bracketed))):
                return int(use["k"]) * (-1 if use["op"] == "-" else 1)
        return 0
    return 0
