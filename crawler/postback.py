"""ASP.NET WebForms pagers: page links that only post the page's form back
(`javascript:__doPostBack('ctl00$ContentPlaceHolder1$AspNetPager1','2')`, a GridView's
`__doPostBack('ctl00$Main$gvList','Page$2')`). Page N is no URL: it is the answer to POSTing the
page's `<form>` (its hidden `__VIEWSTATE`, `__VIEWSTATEGENERATOR`, `__EVENTVALIDATION`) with
`__EVENTTARGET` the pager and `__EVENTARGUMENT` the link's argument, which is what the
`__doPostBack` function ASP.NET writes into every such page does. A page shows only the links of
its pager window, so each answer is read for its own: page 12 comes from page 10's answer, posted
with that answer's view state (the server checks the state it handed out). A DataPager raises an
event per link (`ctl00$Main$DataPager1$ctl01$ctl02`, argument ''): its page is the link's
number; a pager of 上一页/下一页 only (GridView's `Page$Next`) is followed from answer to answer.

Pure functions of a page; the spider side (Scrapy's FormRequest.from_response builds the POST)
is crawler/families/postbacks.py.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from parsel import Selector

from crawler.paging import NEXT_TEXTS

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
    """One link of a postback pager: the event it raises (or the submit button it clicks),
    and the page number it shows (0 for a 下一页 with no number: the page after this one)."""

    target: str      # __EVENTTARGET: the pager control's unique id
    argument: str    # __EVENTARGUMENT: '2', 'Page$2', '' (a DataPager's numeric link)
    number: int
    button: str = ""   # a submit button's name (<input type=submit name=…$btnNext value=下一页>)

    @property
    def formdata(self) -> dict[str, str]:
        if self.button:
            return {}
        return {"__EVENTTARGET": self.target, "__EVENTARGUMENT": self.argument}


def postback_pages(selector: Selector) -> list[PostbackPage]:
    """The page links of the page's postback pagers, when the page has the form they post
    ([] otherwise): numbered ones (the argument N or Page$N, else the link's own number: a
    DataPager's links raise an event per link, argument ''), once per number; a 下一页
    link (Page$Next) or submit button only where nothing is numbered."""
    forms = selector.xpath(POSTBACK_FORM_XPATH)
    if not forms:
        return []
    numbered: dict[int, PostbackPage] = {}
    following: list[PostbackPage] = []
    for link in selector.css("[href*='__doPostBack'], [onclick*='__doPostBack']"):
        code = html.unescape(f"{link.attrib.get('href', '')} {link.attrib.get('onclick', '')}")
        match = POSTBACK_RE.search(code)
        if not match:
            continue
        label = re.sub(r"\s+", "", link.xpath("string(.)").get() or link.attrib.get("value", ""))
        number = PAGE_ARG_RE.match(match["arg"]) or (
            PAGE_ARG_RE.match(label) if not match["arg"] else None)
        if number:
            numbered.setdefault(int(number["n"]), PostbackPage(
                match["target"], match["arg"], int(number["n"])))
        elif match["arg"] == "Page$Next" or label in NEXT_TEXTS and not match["arg"]:
            following.append(PostbackPage(match["target"], match["arg"], 0))
    following += [PostbackPage("", "", 0, button.attrib["name"]) for button in forms[0].css(
        "input[type=submit][name], input[type=image][name], button[type=submit][name]")
        if re.sub(r"\s+", "", button.attrib.get("value") or button.xpath("string(.)").get()
                  or button.attrib.get("alt", "")) in NEXT_TEXTS
        and "disabled" not in button.attrib]
    return list(numbered.values()) or following[:1]
