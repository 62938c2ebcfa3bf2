"""Tabs that carry their value in a `data-*` attribute, read by a handler bound in the page's
script: `<li data-year="2024"><a href="javascript:;">2024年</a></li>` with

    function loadYear(year) {
      $("#yearList").load("/c/getList.jsp?year=" + year + "&columnId=4312");
    }
    $("#yearTabs li").on("click", function () { loadYear($(this).data("year")); });
    loadYear($("#yearTabs li.on").data("year"));   // the first tab's list on ready

The column page holds no row and no URL in an attribute: each tab's rows come from the request
the handler builds from the tab's value. For each `fn(<element>.data("key"))` call of the script
(or `.attr("data-key")`, `.getAttribute("data-key")`, `.dataset.key`), every element carrying
`data-key` whose label is a tab's (a year or a scope, crawler/year_tabs.py) is asked once: the
calls of `fn`'s body its parameter feeds (crawler/tab_calls.py's rule), jQuery's
`$(…).load(url)` (a GET answering an HTML fragment) as well as the JSON API calls.

Pure functions of a page's selector, text and URL (patterns are data, below); the spider side is
crawler/families/tab_requests.py.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from parsel import Selector

from crawler.js_values import JS_EXPR, js_string
from crawler.page_functions import function_bodies
from crawler.paging import PageRequest, page_base, same_site
from crawler.paging_api import api_calls
from crawler.tab_calls import fed_by, tab_calls
from crawler.year_tabs import MAX_YEAR_TABS, is_tab_label, label_of

# --- patterns (data) ----------------------------------------------------------------------------
# A call handing a function the value of an element's data attribute: fn($(this).data("year")),
# fn($("#tabs li.on").data("year")), fn($(this).attr("data-year")), fn(this.dataset.year),
# fn(el.getAttribute("data-year")). The receiver: a jQuery selection or a name.
DATA_CALL_RE = re.compile(
    r"(?<![\w$])(?P<fn>[A-Za-z_$][\w$]*+)\s*\(\s*"
    r"(?:(?:\$|jQuery)\(\s*[^()\n]{0,80}\)|[\w$.]{1,40})\s*\."
    r"\s*(?:data\(\s*['\"](?P<data>[\w-]+)['\"]|attr\(\s*['\"]data-(?P<attr>[\w-]+)['\"]"
    r"|getAttribute\(\s*['\"]data-(?P<get>[\w-]+)['\"]|dataset\.(?P<set>\w+))")
# jQuery's load of an HTML fragment into an element: $("#list").load(url) (a GET: no data
# object follows; with one jQuery POSTs, not read here).
LOAD_RE = re.compile(rf"\.load\s*\(\s*(?P<url>{JS_EXPR})\s*(?=\)|,\s*function\b)")
CAMEL_RE = re.compile(r"[A-Z]")
NOT_HANDLERS = ("if", "for", "while", "switch", "return", "function")


def every_tab_call(selector: Selector, text: str, url: str) -> list[PageRequest]:
    """Every tab's request for its rows: tabs calling a function with their value
    (crawler/tab_calls.py), then tabs whose data attribute a bound handler reads."""
    return list(dict.fromkeys([*tab_calls(selector, text, url),
                               *data_tab_calls(selector, text, url)]))


def data_tab_calls(selector: Selector, text: str, url: str) -> list[PageRequest]:
    """The request each data-attribute tab's handler makes for its rows, in the tabs' order."""
    if selector.type != "html":
        return []
    found: list[PageRequest] = []
    for fn, key in _handlers(text):
        for element in selector.xpath(f"//*[@data-{key}]"):
            value = element.attrib.get(f"data-{key}", "").strip()
            if value and is_tab_label(label_of(element)):
                found += [call for call in tab_function_calls(fn, value, text, url)
                          if same_site(call.url, url)]
    return list(dict.fromkeys(found))[:MAX_YEAR_TABS]


def _handlers(text: str) -> list[tuple[str, str]]:
    """(function, data attribute name) of each call handing a function a data attribute."""
    found = []
    for match in DATA_CALL_RE.finditer(text):
        key = next(g for g in (match["data"], match["attr"], match["get"], match["set"]) if g)
        if match["fn"] not in NOT_HANDLERS:   # dataset.camelCase is data-camel-case
            found.append((match["fn"], CAMEL_RE.sub(lambda m: "-" + m[0].lower(), key)))
    return list(dict.fromkeys(found))


def tab_function_calls(fn: str, value: str, text: str, url: str) -> list[PageRequest]:
    """The calls of `fn`'s body that its parameter, standing for `value`, feeds: its JSON API
    calls and its `.load(url)` GETs."""
    calls = []
    base = page_base(text, url)
    for body, param in function_bodies(fn, text):
        known = {param: value}
        loads = [PageRequest(urljoin(base, target)) for m in LOAD_RE.finditer(body)
                 if (target := js_string(m["url"], text, known).strip())]
        calls += [call for call in [*api_calls(body, url, known=known), *loads]
                  if call.url and fed_by(call, value)]
    return calls

