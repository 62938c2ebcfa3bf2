"""JSON bodies with a nested object: `{page: {current: n, size: 6}, query: {siteCode: …}}`
(a MyBatis-Plus page API behind a `@RequestBody`; a flat body gets 400).

The body readers (crawler/json_body.py) take an object literal's pairs, no nesting. An object
whose values are objects one level down is read here as flat pairs with dotted quoted keys
(`"page.current": n, "page.size": 6, "query.siteCode": SITE_CODE`): the page field is found
by its last name (`current`), and crawler/paging_api.json_body sends the dotted keys nested
again. Deeper nesting, or a value that is an array or a call, is left unread as before.
"""

from __future__ import annotations

import re

from crawler.js_values import JS_PAIR_RE

# --- patterns (data) ----------------------------------------------------------------------------
# One nested object's `key: {pairs}` (its key quoted or a word, read from the word's start).
NESTED_PAIR_RE = re.compile(r"""(?:'([^']+)'|"([^"]+)"|(?<![\w$])([\w$]++))\s*+:\s*+"""
                            r"""\{([^{}]*+)\}""")
MAX_OBJECT_CHARS = 2000   # how far an object literal's closing brace is looked for
NESTED_KEY_SEPARATOR = "."


def balanced_object(text: str, open_at: int) -> str | None:
    """The text inside the `{…}` opening at `open_at` (nested braces kept), or None when it
    does not close within MAX_OBJECT_CHARS."""
    depth = 0
    for at in range(open_at, min(len(text), open_at + MAX_OBJECT_CHARS)):
        char = text[at]
        depth += (char == "{") - (char == "}")
        if depth == 0:
            return text[open_at + 1:at]
    return None


def flattened(inner: str) -> str | None:
    """An object literal's pairs text with each nested `key: {a: 1, b: n}` written as
    `"key.a": 1, "key.b": n`; None when it has no nested object or nesting deeper than one."""
    def spread(match: re.Match[str]) -> str:
        outer = match[1] or match[2] or match[3]
        return ", ".join(   # the inner pairs as the flat readers take them, values as written
            f'"{outer}{NESTED_KEY_SEPARATOR}{k1 or k2 or k3}": '
            + (f"'{single}'" if single else f'"{double}"' if double else word or '""')
            for k1, k2, k3, single, double, word in JS_PAIR_RE.findall(match[4]))

    flat, count = NESTED_PAIR_RE.subn(spread, inner)
    return flat if count and "{" not in flat and "[" not in flat else None


def nested_object_at(text: str, open_at: int) -> str | None:
    """`flattened` of the object literal opening at `open_at`."""
    inner = balanced_object(text, open_at)
    return flattened(inner) if inner is not None else None


def nested(key: str) -> list[str]:
    """A flattened key's path (`page.current` → ['page', 'current'])."""
    return key.split(NESTED_KEY_SEPARATOR)
