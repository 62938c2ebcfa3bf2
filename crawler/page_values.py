"""Script values read from the page's own elements, as the script would read them at load.

A `<meta>` tag's content: Spring Security pages write the CSRF
token as `<meta name="_csrf" content="…">` (and its header's name as `_csrf_header`), and the
script reads it (`var token = $("meta[name='_csrf']").attr("content")`,
`document.querySelector('meta[name="_csrf"]').getAttribute('content')`, `….content`) to send it
with every POST (`data: {…, _csrf: token}`). A page request without it is refused (403): the
crawl sends what the page's script would.

A form element's value: a JSP pager's page function reads the page-size `<select>` beside it
(`var pageSize = document.getElementById("pageSize").value`, `$("#pageSize").val()`) into the
URL of page N (`list.jsp?…&pageSize=" + pageSize + "&pageNo=" + n`): the value is the select's
selected option (else its first), an input's value attribute.
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
# A form element's value read by id or name: getElementById("X").value, $("#X").val(),
# getElementsByName("X")[0].value, $("[name=X]").val() / $("select[name='X']").val().
ELEMENT_READS = (
    ("id", r"""document\.getElementById\(\s*(['"])([\w.:-]+)\1\s*\)\.value\b"""),
    ("id", r"""(?:\$|jQuery)\(\s*(['"])#([\w.:-]+)\1\s*\)\.val\(\s*\)"""),
    ("name", r"""document\.getElementsByName\(\s*(['"])([\w.:-]+)\1\s*\)\[0\]\.value\b"""),
    ("name", r"""(?:\$|jQuery)\(\s*(['"])(?:input|select)?\[name=['"]?([\w.:-]+)['"]?\]\1\s*\)"""
             r"""\.val\(\s*\)"""),
)
# The value an element holds at load: a select's selected option (else its first), an input's.
ELEMENT_VALUE_XPATHS = ("./option[@selected][1]", "./option[1]", "./optgroup/option[1]")


def assignment_rx(word: str, read: str) -> re.Pattern[str]:
    """`word = <read>` in a script (not `==`), `read` one of META_READ and ELEMENT_READS'
    (built per name at call time, so the regex speed test builds them here too)."""
    return re.compile(rf"(?<![\w$.]){re.escape(word)}\s*=(?!=)\s*{read}")


def meta_assigned(word: str, text: str) -> str | None:
    """The content of the `<meta name=…>` that `word` is assigned from in `text`'s script, or
    None when `word` is not assigned from a meta tag (or the page has no such tag)."""
    found = assignment_rx(word, META_READ).search(text)
    if not found or not META_NAME_RE.search(text):
        return None
    content = Selector(text=text).xpath("//meta[@name=$name]/@content", name=found[2]).get()
    return content.strip() if content is not None else None


def element_assigned(word: str, text: str) -> str | None:
    """The value at load of the form element `word` is assigned from in `text`'s script
    (by id or name), or None when `word` is not so assigned or the element is not there."""
    for by, read in ELEMENT_READS:
        found = assignment_rx(word, read).search(text)
        if found:
            element = Selector(text=text).xpath(f"//*[@{by}=$key][1]", key=found[2])
            return element_value(element[0]) if element else None
    return None


def element_value(element: Selector) -> str | None:
    """A select's selected (else first) option's value (its text without one); an input's or
    other element's value attribute."""
    if element.root.tag != "select":
        return element.attrib.get("value")
    option = next((found[0] for xpath in ELEMENT_VALUE_XPATHS
                   if (found := element.xpath(xpath))), None)
    if option is None:
        return None
    value = option.attrib.get("value")
    return (value if value is not None else option.xpath("string()").get() or "").strip()
