"""`<select>` page jumpers whose change handler computes the page from the chosen option
(an EWCMS list template):

    <select name="pageSelect" onchange="jumpPage(this)"><option selected>1</option>
      <option>2</option><option>3</option></select>
    function jumpPage(obj) {
      var page = obj.options[obj.selectedIndex].text - 1;
      window.location = '/list/index.do?channelId=1027&pageNumber=' + page; }

The handler is the select's onchange itself (`location.href = 'list.jsp?page=' + this.value`)
or the function it hands `this`, `this.value` or the chosen option's text to. What is read of
it: the chosen option's text, value or index (an option without a value attribute has its text
as its value, as in a browser), a number offset (`- 1`, `+ 1` after parseInt/Number; `+` onto
a bare string joins, as JavaScript does), the variable that holds the result, and the URL the
handler sends the browser to with it (a string concatenation or a template literal, read by
crawler/paging_jump.body_template). Each option after the chosen one is one further page.

A jumper seen but not read still declares its highest page label, so the listing counts as
incomplete (crawler/families/completeness.py) rather than `ok`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from parsel import Selector

from crawler.load_more import inline_scripts
from crawler.page_functions import (
    BARE_SELECTION,
    NAVIGATION_RE,
    body_template,
    function_bodies,
    own_body,
)
from crawler.paging import MAX_FILLED_PAGES, PageRequest, Paging, same_site
from crawler.paging_form import FUNCTION_BODY_CHARS, FUNCTION_OPENINGS
from crawler.paging_jump import PAGE_LABEL_RE, option_label, page_jumpers
from crawler.year_query import change_handlers, year_selects

# --- patterns (data) ----------------------------------------------------------------------------
# A change handler handing the select (or its value, or its chosen option) to a function:
# jumpPage(this), goPage(this.value), go(this.options[this.selectedIndex].text).
# jumpPage(), a function finding the select itself (BOUND_RE).
HANDLER_CALL_RE = re.compile(r"(?<![\w$.])(?P<fn>[\w$.]++)\s*+\(\s*+(?P<arg>this(?![\w$])"
                             r"[\w$.\[\]]*+|\$\(\s*+this\s*+\)\.val\(\s*+\)|)\s*+[,)]")
# A name the code binds the select to by its id or name: `var s =
# document.getElementById('pageSel')`, `document.getElementsByName('pageSelect')[0]`.
BOUND_RE = re.compile(r"(?<![\w$.])(?P<obj>[\w$]++)\s*+=(?!=)\s*+document\.(?:getElementById"
                      r"""\(\s*+['"](?P<id>[\w-]++)['"]\s*+\)|getElementsByName\(\s*+['"]"""
                      r"""(?P<name>[\w-]++)['"]\s*+\)\s*+\[\s*+0\s*+\])""")
# Change code sending the browser on: paging_jump's NAVIGATION_RE, or setting its query.
SEARCH_SET_RE = re.compile(r"\blocation\.search\s*+=(?!=)")
# What of the select a handler reads, on the object `obj`: its chosen option's text or value
# (`obj.options[obj.selectedIndex].text`, `obj[obj.selectedIndex].value`), its value
# (`obj.value`, `$(obj).val()`) or its chosen index; optionally made a number
# (parseInt/Number/parseFloat) and offset by a number (`- 1`, `+ 1`).
OPTION_PART = r"(?P<part>text|value|innerText|innerHTML|textContent|label)"
SELECTION_RE = re.compile(
    r"(?:(?P<num>parseInt|parseFloat|Number)\s*+\(\s*+)?+"
    r"(?:(?<![\w$.])(?P<obj>[\w$]++)(?:(?:\.options)?+\[\s*+(?P=obj)(?:\.options)?+"
    r"\.selectedIndex\s*+\]\." + OPTION_PART + r"(?![\w$])|\.(?P<own>value|selectedIndex)"
    r"(?![\w$]))|\$\(\s*+(?P<jq>[\w$]++)\s*+\)\.val\(\s*+\))"
    r"(?:\s*+,\s*+\d++)?+(?(num)\s*+\))(?:\s*+(?P<op>[-+])\s*+(?P<k>\d++)(?![\w$.]))?+")
# What the handler's argument reads of the select itself (this.value, this.options[…].text).
ARG_PART_RE = re.compile(r"^(?:this(?:\.options)?+(?:\[\s*+this(?:\.options)?+\.selectedIndex"
                         r"\s*+\]\." + OPTION_PART + r"|\.(?P<own>value|selectedIndex))"
                         r"|\$\(\s*+this\s*+\)\.(?P<jq>val)\(\s*+\))$")
VALUE_NAME = "fzSelectedPage"   # stands in for the read value in the handler's code
# The variable the value is put in: `var page = fzSelectedPage;`.
HELD_RE = re.compile(r"(?<![\w$.])(?P<name>[\w$]++)\s*+=(?!=)\s*+" + VALUE_NAME + r"\s*+[;\n,]")
FIRST_NUMBER_RE = re.compile(r"\d++")


def select_paging(selector: Selector, text: str, url: str) -> Paging:
    """The pages a select jumper's change handler leads to (options after the chosen one),
    and the highest page its options name; not a year selector's (2024, 2025: years, read by
    crawler/year_query.py)."""
    jumpers = page_jumpers(selector)
    if not jumpers:   # most pages: their scripts and year selects are not read for nothing
        return Paging()
    urls: list[str] = []
    declared = None
    scripts = "\n".join(inline_scripts(selector))
    years = [choice.node.root for choice in year_selects(selector, url)]   # held: one proxy
    for select in [s for s in jumpers if all(s.root is not y for y in years)]:
        numbers = _page_numbers(select)
        if not numbers:   # 10 20 50: a page size chooser, not a jumper
            continue
        declared = max(declared or 0, *numbers)
        names = tuple(filter(None, (select.attrib.get("id"), select.attrib.get("name"))))
        codes = [code for code in change_handlers(select, scripts) if code]
        template, reading = _handler_template(codes, names, text, url)
        if template and reading:
            urls += [template.format(value) for value in _values(select, reading)]
    requests = [PageRequest(u) for u in dict.fromkeys(urls) if u != url and same_site(u, url)]
    return Paging(declared_pages=declared, next_requests=requests)


def _page_numbers(select: Selector) -> list[int]:
    """The page numbers a jumper's options are labelled with (第2页, 2, 2/5), when they run
    one after another (1 2 3, or a window 11 12 13); none for other numbers (10 20 50 a page)."""
    labels = [option_label(option) for option in select.css("option")]
    numbers = [int(m[0]) for label in labels
               if PAGE_LABEL_RE.match(label) and (m := FIRST_NUMBER_RE.search(label))]
    if not numbers or sorted(numbers) != list(range(min(numbers), min(numbers) + len(numbers))):
        return []
    return numbers


@dataclass(frozen=True)
class Reading:
    """How a handler reads the page from the select: `part` (text, value, selectedIndex …),
    made a number or not, and the offset joined to it (`op`, `k`)."""

    part: str
    numeric: bool = False
    op: str = ""
    k: int = 0


def _handler_template(codes: list[str], names: tuple[str, ...], text: str, url: str
                      ) -> tuple[str | None, Reading | None]:
    """Page URL with `{}` for the value, and how the value is read: the first place a
    handler that navigates reads the select's value into a URL."""
    readings = (found for handler in codes
                for found in _handler_readings(handler, text, names))
    for code, reader, part in readings:
        if not (NAVIGATION_RE.search(code) or SEARCH_SET_RE.search(code)):
            continue
        code = code[:reader.start()] + VALUE_NAME + code[reader.end():]
        held = HELD_RE.search(code)
        template = body_template(code, held["name"] if held else VALUE_NAME, text, url)
        if template:   # an index is a number; a text or value is a string until made one
            numeric = bool(reader["num"]) or reader["op"] == "-" or part == "selectedIndex"
            return template, Reading(part, numeric, reader["op"] or "", int(reader["k"] or 0))
    return None, None


def _handler_readings(handler: str, text: str, names: tuple[str, ...]
                      ) -> Iterator[tuple[str, re.Match[str], str]]:
    """(code, a place it reads the select's value, what of it) in a change handler itself and
    in each function it hands the select or its value to (defined in `text`), or calls to
    find the select by its id or name (`names`)."""
    yield from _object_readings(handler, "this")
    for call in HANDLER_CALL_RE.finditer(handler):
        arg = ARG_PART_RE.match(call["arg"])
        if not call["arg"]:
            yield from _bound_readings(_called_bodies(call["fn"], text), names)
        for body, param in function_bodies(call["fn"], text):
            if call["arg"] == "this":
                yield from _object_readings(body, param)
            elif arg:
                part = arg["part"] or arg["own"] or "value"
                for bare in re.finditer(BARE_SELECTION.format(name=re.escape(param)), body):
                    yield body, bare, part


def _called_bodies(fn: str, text: str) -> list[str]:
    """The bodies of the functions named `fn` in `text`, whatever their parameters."""
    name = re.escape(fn.split(".")[-1])
    return [own_body(text[found.end():found.end() + FUNCTION_BODY_CHARS])
            for opening in FUNCTION_OPENINGS if (found := re.search(opening.format(fn=name), text))]


def _bound_readings(codes: list[str], names: tuple[str, ...]
                    ) -> Iterator[tuple[str, re.Match[str], str]]:
    """The places each of `codes` reads the select it binds by its id or name (BOUND_RE)."""
    for code in codes:
        for bound in BOUND_RE.finditer(code):
            if (bound["id"] or bound["name"]) in names:
                yield from _object_readings(code, bound["obj"])


def _object_readings(code: str, obj: str) -> Iterator[tuple[str, re.Match[str], str]]:
    """The places `code` reads the select `obj`'s value (SELECTION_RE)."""
    for reader in SELECTION_RE.finditer(code):
        if obj in (reader["obj"], reader["jq"]):
            yield code, reader, reader["part"] or reader["own"] or "value"


def _values(select: Selector, reading: Reading) -> list[str]:
    """The value the handler computes for each option after the chosen one."""
    options = select.css("option")
    chosen = next((at for at, option in enumerate(options) if "selected" in option.attrib), 0)
    values = []
    for at in range(chosen + 1, min(len(options), chosen + MAX_FILLED_PAGES)):
        value = _computed(_raw(options[at], at, reading.part), reading)
        if value is not None:
            values.append(value)
    return values


def _raw(option: Selector, at: int, part: str) -> str:
    """What of `option` the handler reads: its index, its value (its text when it has no
    value attribute, as a browser gives) or its text."""
    if part == "selectedIndex":
        return str(at)
    if part == "value" and "value" in option.attrib:
        return option.attrib["value"].strip()
    return option_label(option)


def _computed(raw: str, reading: Reading) -> str | None:
    """The value after the handler's arithmetic: a number offset (None when the option is no
    number), or a string join (`'2' + 1` is '21' in JavaScript)."""
    if not reading.numeric:
        return raw + (str(reading.k) if reading.op else "")
    if not re.fullmatch(r"-?\d+", raw):
        return None
    return str(int(raw) + (reading.k if reading.op == "+" else -reading.k))
