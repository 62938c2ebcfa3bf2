"""Script values read from the page's own elements, as the script would read them at load.

A `<meta>` tag's content: Spring Security pages write the CSRF
token as `<meta name="_csrf" content="…">` (and its header's name as `_csrf_header`), and the
script reads it (`var token = $("meta[name='_csrf']").attr("content")`,
`document.querySelector('meta[name="_csrf"]').getAttribute('content')`, `….content`) to send it
with every POST (`data: {…, _csrf: token}`). A page request without it is refused (403): the
crawl sends what the page's script would.
"""

from __future__ import annotations

import re

from parsel import Selector

# --- data ---------------------------------------------------------------------------------------
# The meta tag a script reads: $('meta[name="X"]') / jQuery(…) / document.querySelector(…),
# then .attr('content'), .getAttribute('content') or .content.
META_READ = (r"""(?:\$|jQuery|document\.querySelector)\(\s*(['"])meta\[name=['"]?([\w.:-]+)"""
             r"""['"]?\]\1\s*\)\s*\.(?:attr\(\s*['"]content['"]\s*\)|"""
             r"""getAttribute\(\s*['"]content['"]\s*\)|content\b)""")
META_NAME_RE = re.compile(r"<meta\b", re.I)   # cheap test: no meta tag, no parse


def meta_assigned(word: str, text: str) -> str | None:
    """The content of the `<meta name=…>` that `word` is assigned from in `text`'s script, or
    None when `word` is not assigned from a meta tag (or the page has no such tag)."""
    found = re.search(rf"(?<![\w$.]){re.escape(word)}\s*=(?!=)\s*{META_READ}", text)
    if not found or not META_NAME_RE.search(text):
        return None
    content = Selector(text=text).xpath("//meta[@name=$name]/@content", name=found[2]).get()
    return content.strip() if content is not None else None
