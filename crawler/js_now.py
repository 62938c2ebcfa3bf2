"""A script's "now" values: an API call's form field the page fills with the current time in
milliseconds (`timestamp: new Date().getTime()`, `_t: Date.now()`, `t: +new Date`,
`_: $.now()`), a cache-buster some list APIs require (they refuse a request without a numeric
one, 403). Read without running the script: such a field is sent with the crawl's own "now",
as the browser would (crawler/js_values.js_object fills it)."""

from __future__ import annotations

import re
import time

# The ways a script writes the current time in ms. Each alternative starts with a mark or a
# word and its spaces sit between fixed marks: linear on any text (issue 13).
NOW_EXPR = (r"(?:new\s++Date\s*+\(\s*+\)\s*+\.\s*+(?:getTime|valueOf)\s*+\(\s*+\)"
            r"|Date\s*+\.\s*+now\s*+\(\s*+\)"
            r"|\+\s*+new\s++Date(?:\s*+\(\s*+\))?+"
            r"|(?:\$|jQuery)\s*+\.\s*+now\s*+\(\s*+\))")
# A pair of an object literal whose value is "now" (keys as crawler/js_values.JS_PAIR_RE).
NOW_PAIR_RE = re.compile(r"""(?:'([^']+)'|"([^"]+)"|(?<![\w$])([\w$]++))\s*+:\s*+"""
                         + NOW_EXPR)


def now_ms() -> str:
    """The current time in milliseconds since the epoch, as a script's `Date.now()`."""
    return str(time.time_ns() // 1_000_000)


def now_fields(pairs: str) -> dict[str, str]:
    """The keys of an object literal's pairs whose value is the current time, each with the
    crawl's now in ms."""
    stamp = now_ms()
    return {single or double or word: stamp
            for single, double, word in NOW_PAIR_RE.findall(pairs)}
