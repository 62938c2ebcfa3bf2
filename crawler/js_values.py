"""JavaScript values a page's script writes, read without running it: a string expression
(`'/api/list?id=' + id`), the value a name is assigned (`var uid = "380055"`, a config
object's key), an object literal's simple pairs. The listing readers (crawler/paging_api.py,
crawler/paging_jump.py, crawler/paging_options.py, crawler/families/onclick_rows.py) resolve
the names of API calls, page functions, pager options and row openers with them."""

from __future__ import annotations

import re
from collections.abc import Mapping

from crawler.js_now import now_fields
from crawler.page_values import element_assigned, meta_assigned

# A JS string expression: quoted pieces and names joined by `+` ('/api/list?id=' + id + …).
JS_EXPR = r"""(?:'[^']*'|"[^"]*"|[\w.$]+)(?:\s*\+\s*(?:'[^']*'|"[^"]*"|[\w.$]+))*"""
JS_EXPR_PART_RE = re.compile(r"""'([^']*)'|"([^"]*)"|([\w.$]+)""")
# A pair of a JS object literal; a quoted key may hold any mark (jQuery arrays: "webSiteCode[]").
# A bare key from a word's start, possessive: a start inside a word only repeats that word's
# match, and a 100 KB word run is read once (issue 13).
JS_PAIR_RE = re.compile(r"""(?:'([^']+)'|"([^"]+)"|(?<![\w$])([\w$]++))\s*:\s*"""
                        r"""(?:'([^']*)'|"([^"]*)"|([\w.$]+))""")


def js_string(expr: str, text: str, known: Mapping[str, str] | None = None) -> str:
    """The value of a JS string expression, its names resolved from `known`, else from
    `var x = "…"` in `text` (a name with no such assignment, a function's parameter, counts
    as empty)."""
    parts = []
    for single, double, word in JS_EXPR_PART_RE.findall(expr):
        parts.append(single or double or (js_value(word, text, known) if word else ""))
    return "".join(parts)


JS_LITERAL = r"""(?:'([^']*)'|"([^"]*)"|(\d+))"""


def js_value(word: str, text: str, known: Mapping[str, str] | None = None) -> str:
    """A literal number, or the first value `word` is assigned in `text` ("" when none); a
    member (`cfg.listApi`) unassigned as a whole is looked up as a key of an object literal
    (a page's config, `window.__CONFIG__ = {"listApi": "/api/list"}`)."""
    if word.isdigit():
        return word
    if known and word in known:
        return known[word]
    # Not a URL's query pair (`href="#/list?cid=2001"`, `&cid=2001`): a hash router's menu
    # names other columns' ids before the script assigns the page's own.
    found = re.search(rf"(?<![\w$?&]){re.escape(word)}\s*=(?!=)\s*{JS_LITERAL}", text)
    member = word.rpartition(".")[2]
    if not found and member != word:
        found = re.search(rf"""(?<![\w$])['"]?{re.escape(member)}['"]?\s*:\s*{JS_LITERAL}""",
                          text)
    if not found:   # read from the page: a CSRF token's <meta>, a page-size <select>
        return meta_assigned(word, text) or element_assigned(word, text) or ""
    return next((g for g in found.groups() if g is not None), "")


def js_object(pairs: str, text: str, known: Mapping[str, str] | None = None) -> dict[str, str]:
    """A JS object literal's simple pairs; identifiers resolved from `known`, else from
    `var x = "…"` in `text`; a value written as the current time (crawler/js_now.py) is the
    crawl's now in ms."""
    form: dict[str, str] = {}
    for key_single, key_double, key_word, single, double, word in JS_PAIR_RE.findall(pairs):
        key = key_single or key_double or key_word
        form[key] = single or double or (js_value(word, text, known) if word else "")
    form.update(now_fields(pairs))   # `timestamp: new Date().getTime()`: the crawl's now
    return form
