"""A column's year selector that reloads the page with the year in its query:

    年份：<select id="yearSel"><option value="2026" selected>2026年</option>
                              <option value="2025">2025年</option>…</select>
    $("#yearSel").change(function () {
      var params = new URLSearchParams(window.location.search);
      params.set("year", this.value); window.location.href = location.pathname + "?" + params;
    });

The page shows one year; the others are `index.html?year=2025`… only. The query key is read from
the code that runs on change — the select's onchange, the functions it calls, the statements
naming the select by its id or name, inline or in a script file — when it loads a page, as
`params.set('<key>', v)`, `'?<key>=' + v`, `` `?<key>=${v}` `` or `location.search = '<key>=' +
v`; a select in a GET form submitting to the page itself sets its own name. Each option
labelled by a year alone is then the column's page with `?<key>=<the option's value>`. Change
code that asks an API for the year's rows instead (`$.post('/c/yearList.do', {year:
$(this).val()}, draw)`) has that call made per year (`year_calls`, crawler/paging_api.py reads
the call, the chosen value standing for each year).

A year selector this cannot read — a year `<select>` whose change neither navigates to its
options' URLs (crawler/year_tabs.py) nor sets a key found here, or a row of year tabs that are no
links — is named by `unread_year_selectors`, so that a crawl that saw it is `listing_incomplete`,
never `ok` (crawler/families/year_queries.py).

Pure functions of a page's selector, scripts and URL; patterns are data, below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from parsel import Selector

from crawler.load_more import HANDLER_CHARS  # code read after a script names the control
from crawler.page_functions import function_bodies, own_body
from crawler.paging import PageRequest, absolute_url, page_base, same_site
from crawler.paging_api import api_calls
from crawler.tab_calls import fed_by
from crawler.year_tabs import MAX_YEAR_TABS, SELECT_NAVIGATION_RE, YEAR_TAB_RE, label_of

# --- patterns (data) ----------------------------------------------------------------------------
# How change code puts the chosen value under a key of the page's query.
KEY_RES = (
    # URLSearchParams: params.set("year", this.value) (not a literal value: page = 1)
    re.compile(r"""\.(?:set|append)\(\s*["'](?P<key>[\w.-]+)["']\s*,(?!\s*["'`\d])"""),
    # string building: "?year=" + v, '&nd=' + $(this).val()
    re.compile(r"""[?&](?P<key>[\w.-]+)=["']\s*\+"""),
    # a template literal: `?year=${v}`
    re.compile(r"""[?&](?P<key>[\w.-]+)=\$\{"""),
    # location.search = "year=" + v
    re.compile(r"""\.search\s*=\s*["']\??(?P<key>[\w.-]+)=["']\s*\+"""),
)
# A name assigned the chosen value in change code: `var y = $(this).val()`, `nd = this.value`,
# `year = sel.options[sel.selectedIndex].value`.
CHOSEN_NAME_RE = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*=\s*(?:this\.value|\$\(\s*this\s*\)"
                            r"\.val\(\s*\)|[\w$]+\.options\[[^\]]+\]\.value)")
# Change code that loads another page (a key in an API call's URL is no page's: year_calls).
RELOAD_RE = re.compile(r"\blocation\b|\bhref\b|\bopen\s*\(")
# A select's form sent on change: this.form.submit(), $('#f').submit(), form.submit().
FORM_SUBMIT_RE = re.compile(r"\bsubmit\s*\(")
# The calls an onchange makes (their bodies are its code too).
CALL_RE = re.compile(r"(?<![\w$.])(?P<fn>[A-Za-z_$][\w$]*)\s*\(")
NOT_FUNCTIONS = frozenset({"function", "if", "for", "while", "return", "switch", "alert",
                           "confirm", "encodeURIComponent", "parseInt", "String", "$", "jQuery"})
# A tab row of years: an element with at least two children labelled by a year alone.
YEAR_TAB_ROW_XPATH = ("//*[not(self::select) and not(self::tr)][count(*[not(self::td)"
                      r" and not(self::th) and re:test(normalize-space(.),"
                      r" '^(19|20)\d{2}\s*(年度?)?$')]) >= 2]")
NO_LINK_RE = re.compile(r"^\s*(?:#|javascript:|$)", re.IGNORECASE)


@dataclass(frozen=True)
class YearSelect:
    """A `<select>` whose options are (mostly) years: (label, value) of its year options."""
    node: Selector
    years: tuple[tuple[str, str], ...]
    selected: str


def year_selects(selector: Selector, url: str) -> list[YearSelect]:
    """The column's selects whose valued options are mostly years (two at least); not a
    search form's filter (a form sent to another page) nor a date picker's (years to come)."""
    found = []
    for select in selector.css("select"):
        options = [(label_of(option), (option.attrib.get("value") or label_of(option)).strip(),
                    "selected" in option.attrib) for option in select.css("option")]
        valued = [option for option in options if option[1]]
        years = [option for option in valued if YEAR_TAB_RE.fullmatch(option[0])]
        if (len(years) < 2 or 2 * len(years) < len(valued) or elsewhere_form(select, url)
                or max(int(label[:4]) for label, _, _ in years) > date.today().year + 1):
            continue
        selected = next((value for _, value, chosen in valued if chosen), "")
        found.append(YearSelect(select, tuple((label, value) for label, value, _ in years),
                                selected))
    return found


def elsewhere_form(select: Selector, url: str) -> bool:
    """In a form sent to another page than this one (a site search's year filter)."""
    form = select.xpath("ancestor::form[1]")
    if not form or not form[0].attrib.get("action", "").strip():
        return False
    action = absolute_url(page_base(form[0], url), form[0].attrib["action"])
    return not action or urlsplit(action).path != urlsplit(url).path


def navigates(select: YearSelect) -> bool:
    """Its change sends the browser to its options' URLs (crawler/year_tabs.py reads it)."""
    return bool(SELECT_NAVIGATION_RE.search(select.node.attrib.get("onchange", ""))
                and any(not value.isdigit() for _, value in select.years))


def change_code(select: YearSelect, scripts: str) -> str:
    """The code run when `select` changes: its onchange, the statements after each mention of
    its id or name in `scripts`, and the bodies of the functions either calls."""
    return "\n".join(code for code, _ in change_parts(select, scripts))


def change_handlers(select: Selector, scripts: str) -> list[str]:
    """`select`'s onchange, and the handler after each mention of its id or name in `scripts`
    (`$('#sel').change(function () {…})`, to its body's close); crawler/paging_select.py reads
    a page jumper's with it."""
    code = [select.attrib.get("onchange", "")]
    for name in filter(None, (select.attrib.get("id"), select.attrib.get("name"))):
        for mention in re.finditer(rf"""[#'"=\s]{re.escape(name)}\b""", scripts):
            code.append(own_body(scripts[mention.end():mention.end() + HANDLER_CHARS]))
    return code


def change_parts(select: YearSelect, scripts: str) -> list[tuple[str, str]]:
    """(code, the parameter it is called with: "" for the handler's own) of what runs when
    `select` changes (change_code)."""
    code = [(handler, "") for handler in change_handlers(select.node, scripts)]
    joined = "\n".join(part for part, _ in code)
    for fn in dict.fromkeys(CALL_RE.findall(joined)):
        if fn not in NOT_FUNCTIONS:
            code += list(function_bodies(fn, scripts))
    return code


def year_calls(select: YearSelect, scripts: str, url: str) -> list[PageRequest]:
    """The request the select's change makes for each year instead of reloading (a $.ajax,
    $.post, fetch … its chosen value feeds: `this.value`, a name assigned it, or the parameter
    of a function the handler calls), in the options' order."""
    parts = change_parts(select, scripts)
    code = "\n".join(part for part, _ in parts)
    names = {"this.value", *CHOSEN_NAME_RE.findall(code), *(param for _, param in parts if param)}
    found: list[PageRequest] = []
    for _, value in select.years[:MAX_YEAR_TABS]:
        found += [call for call in api_calls(code, url, known=dict.fromkeys(names, value))
                  if fed_by(call, value)]
    return [as_asked(call) for call in dict.fromkeys(found) if same_site(call.url, url)]


def as_asked(call: PageRequest) -> PageRequest:
    """A GET call with its data in its URL's query, as the browser sends it."""
    if call.method != "GET" or not call.formdata:
        return call
    parts = urlsplit(call.url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k not in dict(call.formdata)]
    return replace(call, url=urlunsplit(parts._replace(query=urlencode(
        [*query, *call.formdata]))))


def query_key(select: YearSelect, scripts: str, url: str) -> str | None:
    """The query key the select's change sets, or None when none is read."""
    code = change_code(select, scripts)
    for pattern in KEY_RES if RELOAD_RE.search(code) else ():
        match = pattern.search(code)
        if match:
            return match["key"]
    return form_key(select, code, url)


def form_key(select: YearSelect, code: str, url: str) -> str | None:
    """A select in a GET form sent to this page (on change, or by its button): its name."""
    name = select.node.attrib.get("name")
    form = select.node.xpath("ancestor::form[1]")
    if not (name and form) or form[0].attrib.get("method", "get").lower() != "get":
        return None
    action = absolute_url(page_base(form[0], url), form[0].attrib.get("action") or url)
    own_page = bool(action) and urlsplit(action).path == urlsplit(url).path
    sent = FORM_SUBMIT_RE.search(code) or form[0].css("[type=submit], button")
    return name if own_page and sent else None


def year_query_url(url: str, key: str, value: str) -> str:
    """`url` with `key` set to `value` in its query (its other keys kept)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != key]
    return urlunsplit(parts._replace(query=urlencode([*query, (key, value)]), fragment=""))


def year_query_links(select: YearSelect, key: str, url: str) -> list[str]:
    """The column's page for each year option but the one this page shows."""
    shown = dict(parse_qsl(urlsplit(url).query)).get(key, select.selected)
    return [year_query_url(url, key, value) for _, value in select.years
            if value != shown][:MAX_YEAR_TABS]


def unlinked_year_tabs(selector: Selector) -> list[str]:
    """Rows of year tabs some of which are no link (a script shows their year): their
    labels, one string a row."""
    rows = []
    for row in selector.xpath(YEAR_TAB_ROW_XPATH):
        tabs = [tab for tab in row.xpath("*") if YEAR_TAB_RE.fullmatch(label_of(tab))]
        if any(not [href for href in tab.xpath("descendant-or-self::a/@href").getall()
                    if not NO_LINK_RE.match(href)] for tab in tabs):
            rows.append(" ".join(label_of(tab) for tab in tabs))
    return rows
