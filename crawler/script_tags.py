"""List APIs a page's script calls by a `<script>` tag it adds (JSONP): `var s =
document.createElement("script"); s.src = "/api/list.jsp?pageNo=" + pageNo + "&callback=
renderList"; document.body.appendChild(s)` — the answer, `renderList({...});`, is read as a
JSON answer (crawler/json_answers.py strips the callback). crawler/paging_api.py reads the URL
as it reads a `$.getJSON` call's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from crawler.js_values import JS_EXPR

# `s.src = <expr>` or `s.setAttribute("src", <expr>)`: the element's name and the URL expression.
SRC_SET_RE = re.compile(
    rf"""(?<![\w$.])(?P<element>[A-Za-z_$][\w$]*+)\s*(?:\.src\s*=(?!=)\s*|\.setAttribute\s*\(\s*"""
    rf"""['"]src['"]\s*,\s*)(?P<url>{JS_EXPR})""")
# `s = document.createElement("script")`: the name a created <script> element is held by.
SCRIPT_ELEMENT_RE = re.compile(r"""(?<![\w$.])([A-Za-z_$][\w$]*+)\s*=\s*document\s*\."""
                               r"""createElement\s*\(\s*['"]script['"]\s*\)""")


class ScriptSrcFinder:
    """A Finder (crawler/mark_chain.py) of the URLs a script sets as the `src` of a `<script>`
    element it creates (an image's or a frame's `src` is no list API)."""

    def finditer(self, string: str, /) -> Iterator[re.Match[str]]:
        created = set(SCRIPT_ELEMENT_RE.findall(string)) if "createElement" in string else set()
        for match in SRC_SET_RE.finditer(string) if created else ():
            if match["element"] in created:
                yield match


SCRIPT_SRC = ScriptSrcFinder()
