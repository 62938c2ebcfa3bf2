"""ASP.NET WebForms pagers: page links that only post the page's form back
(`javascript:__doPostBack('ctl00$ContentPlaceHolder1$AspNetPager1','2')`, a GridView's
`__doPostBack('ctl00$Main$gvList','Page$2')`). Page N is no URL: it is the answer to POSTing the
page's `<form>` (its hidden `__VIEWSTATE`, `__VIEWSTATEGENERATOR`, `__EVENTVALIDATION`) with
`__EVENTTARGET` the pager and `__EVENTARGUMENT` the link's argument, which is what the
`__doPostBack` function ASP.NET writes into every such page does. A page shows only the links of
its pager window, so each answer is read for its own: page 12 comes from page 10's answer, posted
with that answer's view state (the server checks the state it handed out).

Pure functions of a page; the spider side (Scrapy's FormRequest.from_response builds the POST)
is crawler/families/postbacks.py.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from parsel import Selector

# --- patterns (data) ----------------------------------------------------------------------------
POSTBACK_RE = re.compile(r"""__doPostBack\(\s*(['"])(?P<target>[^'"]+)\1\s*,\s*"""
                         r"""(['"])(?P<arg>[^'"]*)\3\s*\)""")
# A pager's argument: AspNetPager's page number, a GridView's Page$N.
PAGE_ARG_RE = re.compile(r"^(?:Page\$)?(?P<n>\d+)$")
# The form a postback posts: the one holding the view state, as ASP.NET writes it.
POSTBACK_FORM_XPATH = "//form[.//input[@name='__VIEWSTATE' or @name='__EVENTTARGET']]"
MAX_POSTBACK_PAGES = 500   # pages of one pager asked, over all its answers


@dataclass(frozen=True)
class PostbackPage:
    """One page of a postback pager: the event its link raises, and the page number."""

    target: str      # __EVENTTARGET: the pager control's unique id
    argument: str    # __EVENTARGUMENT: '2', 'Page$2'
    number: int

    @property
    def formdata(self) -> dict[str, str]:
        return {"__EVENTTARGET": self.target, "__EVENTARGUMENT": self.argument}


def postback_pages(selector: Selector) -> list[PostbackPage]:
    """The page links of the page's postback pagers (a number or Page$N argument), once each,
    when the page has the form they post; [] otherwise."""
    if not selector.xpath(POSTBACK_FORM_XPATH):
        return []
    found: dict[tuple[str, str], PostbackPage] = {}
    for link in selector.css("a[href*='__doPostBack'], a[onclick*='__doPostBack']"):
        code = html.unescape(f"{link.attrib.get('href', '')} {link.attrib.get('onclick', '')}")
        match = POSTBACK_RE.search(code)
        number = PAGE_ARG_RE.match(match["arg"]) if match else None
        if match and number:
            found.setdefault((match["target"], match["arg"]),
                             PostbackPage(match["target"], match["arg"], int(number["n"])))
    return list(found.values())


def first_page_of(page: PostbackPage) -> PostbackPage:
    """Page 1 of `page`'s pager, as its links would raise it (the page a GET shows)."""
    argument = "Page$1" if page.argument.startswith("Page$") else "1"
    return PostbackPage(page.target, argument, 1)
