"""Tabs whose click asks the server for their rows: `<li tips="2024"><a href="javascript:void(0);"
onclick="getYearList('2024')">2024年</a></li>` with

    function getYearList(year) {
      $.ajax({type: "POST", url: "/c/yearList.do", data: {"year": year, "channelId": "3307"},
              dataType: "html", success: function (data) { $("#showContent").html(data); }});
    }

and the first tab's list loaded on ready: the column page holds no row, each tab's rows only
come back from its own request (an HTML fragment, or JSON). Each tab labelled by a year or a
scope (crawler/year_tabs.py's labels) whose click calls a function with one literal argument
is asked once: the API call in that function's body (crawler/paging_api.py reads it), the
function's parameter standing for the tab's argument (a POST form body, or the GET's query).
A call the argument does not feed (a counter's, a menu's) is not the tab's.

Pure functions of a page's selector, text and URL (patterns are data, below); the spider side
is crawler/families/tab_requests.py.
"""

from __future__ import annotations

import re

from parsel import Selector

from crawler.page_functions import function_bodies
from crawler.paging import PageRequest, same_site
from crawler.paging_api import api_calls
from crawler.year_tabs import MAX_YEAR_TABS, is_tab_label, label_of

# --- patterns (data) ----------------------------------------------------------------------------
# Where a tab names its handler: the click attributes, or a script link.
TAB_CLICK_XPATH = ("//*[@onclick or @*[name()='@click'] or @*[name()='v-on:click']"
                   " or starts-with(normalize-space(@href), 'javascript:')]")
CLICK_SOURCES = ("onclick", "@click", "v-on:click", "href")
# The handler's one call with one literal argument: getYearList('2024'), showTab(2024).
# The tail's runs of spaces are read possessively: spaces around an optional `;` or
# `return false` split a long run every way before `$` fails (issue 13).
TAB_CALL_RE = re.compile(r"^\s*(?:javascript:\s*)?(?P<fn>[A-Za-z_$][\w$.]*)\s*\(\s*"
                         r"""(?:'(?P<s>[^'\n]*)'|"(?P<d>[^"\n]*)"|(?P<n>\d+))\s*\)\s*+;?+"""
                         r"(?:\s*+return\s+false\s*+;?+)?+\s*+$")


def tab_calls(selector: Selector, text: str, url: str) -> list[PageRequest]:
    """The request each tab's click makes for its rows, in the tabs' order."""
    if selector.type != "html":
        return []
    found: list[PageRequest] = []
    for element in selector.xpath(TAB_CLICK_XPATH):
        call = _tab_call(element)
        if call is None or not is_tab_label(label_of(element)):
            continue
        fn, argument = call
        found += [request for request in _function_calls(fn, argument, text, url)
                  if same_site(request.url, url)]
    return list(dict.fromkeys(found))[:MAX_YEAR_TABS]


def _tab_call(element: Selector) -> tuple[str, str] | None:
    for source in CLICK_SOURCES:
        match = TAB_CALL_RE.match(element.attrib.get(source, ""))
        if match and match["fn"] != "void":
            value = next(g for g in (match["s"], match["d"], match["n"]) if g is not None)
            return match["fn"], value
    return None


def _function_calls(fn: str, argument: str, text: str, url: str) -> list[PageRequest]:
    """The API calls of `fn`'s body that its parameter, standing for `argument`, feeds."""
    calls = []
    for body, param in function_bodies(fn, text):
        calls += [call for call in api_calls(body, url, known={param: argument})
                  if argument and fed_by(call, argument)]
    return calls


def fed_by(call: PageRequest, value: str) -> bool:
    """Whether `value` (a tab's argument, a select's year) reaches the call: a form field's
    value or a part of its URL (a counter's or a menu's call it does not feed is not its)."""
    return any(field == value for _, field in call.formdata) or value in call.url
