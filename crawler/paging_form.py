"""Listing forms a page's script sends: `$.ajax({url, type: 'POST', data: $('#pageForm')
.serialize()})`, `$.post(url, $('#pageForm').serialize())`, or the form itself submitted by a
page function (`<form id="pageForm" method="post" action="/list.do">` + `goPage(n)` setting its
page field and calling `.submit()`). The form's inputs are the request's body; its page field is
the input a script sets from a variable (`$('#pageForm input[name=pageNo]').val(n)`), else the
input named as a page parameter (PAGE_PARAMS). Pure functions of a page's text (patterns are
data, below); crawler/paging_api.py and crawler/paging_jump.py build the requests.
"""

from __future__ import annotations

import json
import re
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

from cssselect import SelectorError
from parsel import Selector

from crawler.hash_route import address_query, hash_fed_text
from crawler.paging import PAGE_PARAMS, PageRequest, page_base

# --- patterns (data) ----------------------------------------------------------------------------
# (A selector in quotes is read up to 200 characters: a quote left open costs no more.)
# A form's fields as a request body: jQuery's serialize()/serializeArray() of a selector, or
# new FormData(document.getElementById('x') | document.forms['x'] | document.x | $('#x')[0]).
SERIALIZED_FORM_RE = re.compile(
    r"""(?:\$|jQuery)\(\s*(?P<q>['"])(?P<css>(?:(?!(?P=q))[^\n]){1,200}+)(?P=q)\s*\)"""
    r"""\s*\.serialize(?:Array)?\(\s*\)"""
    r"""|new\s+FormData\(\s*(?:document\.getElementById\(\s*['"](?P<id>[\w-]+)['"]\s*\)"""
    r"""|document\.forms\[\s*['"](?P<forms>[\w-]+)['"]\s*\]|document\.(?P<name>\w+)"""
    r"""|(?:\$|jQuery)\(\s*['"](?P<css2>[^'"]+)['"]\s*\)\[0\])\s*\)""")
# A call's data given by name (`data: params`), and its answer's declared type (`dataType:
# 'html'`: an HTML fragment, read as a listing page).
DATA_NAME_RE = re.compile(r"\bdata\s*:\s*(?P<name>[A-Za-z_$][\w$]*+)\s*[,}]")
HTML_ANSWER_RE = re.compile(r"""\bdataType\s*:\s*['"](?:html|text)['"]""", re.I)
XML_ANSWER_RE = re.compile(r"""\bdataType\s*:\s*['"]xml['"]""", re.I)   # a feed or XML data
# A name holding such a body (`var params = $('#f').serialize();`): group `name`.
SERIALIZED_NAME_RE = r"(?<![\w$]){name}\s*=(?!=)\s*(?={form})"
# A script setting a field from a variable: [name=pageNo]').val(n), #pageNo').val(n),
# .pageNo.value = n, getElementById('pageNo').value = n (group `field`).
# The optional quotes, bracket and parenthesis after the field, and the spaces between them,
# possessive: four runs of spaces split a long run every way before `.val(` fails (issue 13).
FIELD_REF = (r"""(?:name\s*=\s*['"]?|#|\.|\(\s*['"]|\[\s*['"])(?P<field>[\w-]+)['"]?+\s*+\]?+"""
             r"""['"]?+\s*+\)?+\s*+(?:\.val\(\s*|\.value\s*=\s*|\.attr\(\s*['"]value['"]\s*,\s*)""")
FIELD_SET_RE = re.compile(FIELD_REF + r"(?P<value>[A-Za-z_$][\w$]*)\s*[),;]")
# A link setting it to a number before submitting the form itself (an old JSP pager:
# onclick="document.pageForm.pageNo.value=3; document.pageForm.submit();").
FIELD_NUMBER_RE = re.compile(FIELD_REF + r"""['"]?(?P<n>\d+)['"]?\s*[),;]""")
# A one-parameter function (`function goPage(n) {`, `turn = function (n) {`, `(n) => {`).
# Possessive, from a word's start: a 100 KB run of word characters is read once. `function`
# is a whole JavaScript word (`$function` is a name), and an arrow's parameter starts the match
# (or its `(`) rather than the spaces before it: a run of spaces is not scanned from each of
# its characters (issue 13). Callers read the groups and the end, which stay the same.
PAGE_FUNCTION_RE = re.compile(r"(?:(?<![\w$])function(?![\w$])\s*+[\w$]*+\s*+\(\s*+"
                              r"(?P<param>[\w$]++)\s*+\)"
                              r"|(?<![\w$])(?:\(\s*+)?+(?P<arrow>[\w$]++)\s*+\)?+\s*+=>)\s*+\{")
FUNCTION_BODY_CHARS = 800      # how much of a page function's body is read
# How a script opens a function named {fn}, up to its parameters: `function fn(`, `fn = function (`
# or an object's `fn: function (` (crawler/paging_start.py reads the openings of any name).
FUNCTION_OPENINGS = (r"(?<![\w$])function\s+{fn}\s*\(", r"(?<![\w$]){fn}\s*[:=]\s*function\s*\(")
# The head of the page function named {fn}, its parameter in group `param`. The arrow's runs
# of spaces possessive: two runs around an optional bracket split a long run every way
# (`goPage = ` + 20 KB of spaces took 4 s, issue 13); a space is no bracket, `=` or name.
FUNCTION_HEAD = (*(opening + r"\s*(?P<param>[\w$]+)" for opening in FUNCTION_OPENINGS),
                 r"\b{fn}\s*+=\s*+\(?+\s*+(?P<param>[\w$]++)\s*+\)?+\s*+=>")
# A script submitting a form: $('#pageForm').submit(), $("form[name=f]").submit(),
# document.pageForm.submit(), document.getElementById('pageForm').submit(),
# document.forms['pageForm'].submit(), document.forms[0].submit().
FORM_REF = (r"""(?:\(\s*(?P<q>['"])(?P<css>(?:(?!(?P=q))[^\n]){1,200}+)(?P=q)\s*\)"""
            r"""|document\.forms\[\s*(?:['"](?P<forms>[\w-]+)['"]|(?P<index>\d+))\s*\]"""
            r"""|document\.(?P<name>\w+))""")
FORM_SUBMIT_RE = re.compile(FORM_REF + r"\s*\.submit\(\s*\)")
# A script giving the form its action before submitting it: f.action = 'list.jsp?…',
# $('#f').attr('action', '…').
FORM_ACTION_SET_RE = re.compile(
    FORM_REF + r"""\s*(?:\.action\s*=(?!=)\s*|\.attr\(\s*['"]action['"]\s*,\s*)"""
    r"""(?P<aq>['"])(?P<action>[^'"\n]+)(?P=aq)""")
# A name a page function gives the form before submitting it (`var f = document.pageForm;
# f.cur_page.value = n; f.submit();`): `alias`, and the form as FORM_SUBMIT_RE reads it in
# `form` (a jQuery object's element, `$('#f')[0]`, as the jQuery object).
FORM_ALIAS_RE = re.compile(
    r"""(?<![\w$.])(?P<alias>[A-Za-z_$][\w$]*)\s*=\s*(?P<form>"""
    r"""document\.forms\[\s*(?:['"][\w-]+['"]|\d+)\s*\]"""
    r"""|document\.getElementById\(\s*['"][\w-]+['"]\s*\)|document\.\w+"""
    r"""|(?:\$|jQuery)\(\s*['"][^'"\n]{1,200}['"]\s*\))(?:\[0\]|\.get\(\s*0\s*\))?\s*[;,\n]""")
# A form's action as a call's URL: $('#f').attr('action'), document.getElementById('f').action.
# An input's value in a call's data: $('#catId').val(), document.getElementById('catId').value.
ELEMENT_RE = (r"""(?:(?:\$|jQuery)\(\s*(?P<q>['"])(?P<css>(?:(?!(?P=q))[^\n]){1,200}+)(?P=q)\s*\)"""
              r"""(?:\[0\])?"""
              r"""|document\.getElementById\(\s*['"](?P<id>[\w-]+)['"]\s*\))""")
ACTION_RE = re.compile(ELEMENT_RE + r"""\s*(?:\.attr\(\s*['"]action['"]\s*\)|\.action\b)""")
VALUE_RE = re.compile(ELEMENT_RE + r"\s*(?:\.val\(\s*\)|\.value\b(?!\s*=[^=]))")
SKIPPED_INPUT_TYPES = ("submit", "button", "reset", "image", "file")
# A read of the page's own address (`getQueryString('channelid')`, `$.getUrlParam('cid')`,
# `new URLSearchParams(location.search).get('cid')`, `params.get('cid')`): the reader's call
# in group `call` (a reader's name says query/param/search/hash …), the query key in `key`.
# The reader's name from its dotted run's start (or just after a dot that follows no name:
# `).get(`), possessive: a 100 KB word or dotted run (`a.a.a…`) is read once, not from each
# name after a dot in it (issue 13).
QUERY_CALL_RE = re.compile(r"""(?P<call>new\s+URLSearchParams\s*\([^;\n()]{0,80}\)\s*\.\s*get"""
                           r"""|(?:(?<![\w$.])|(?<=\.)(?<![\w$.]\.))[A-Za-z_$][\w$.]*+)"""
                           r"""\s*\(\s*['"](?P<key>[\w.-]+)['"]\s*\)""")
LOCATION_SEARCH_RE = re.compile(r"\b(?:window\.|document\.)?location\.search\b(?!\s*\.)")
QUERY_READER_RE = re.compile(r"query|param|search|hash|urlarg|getarg|\.\s*get$", re.I)


class SentForm(NamedTuple):
    fields: dict[str, str]     # what a browser sends for its inputs
    page_field: str | None     # the field that numbers pages
    action: str                # its action attribute ("" when none)


def call_form(code: str, text: str) -> SentForm | None:
    """The form an API call sends (its `$.ajax({…})` body or its data argument), as
    `serialized_form`; None when it sends no form."""
    if not SERIALIZED_FORM_RE.search(code) and not re.fullmatch(r"\s*[\w$]+\s*", code):
        named = DATA_NAME_RE.search(code)
        code = named["name"] if named else ""
    return serialized_form(code, text) if code else None


def call_action(code: str, text: str) -> str:
    """The form action an API call is sent to (`url: $('#f').attr('action')`), or ""."""
    match = ACTION_RE.search(code)
    form = _element(Selector(text=text or "<html></html>"), match) if match else None
    return form.attrib.get("action", "") if form is not None else ""


def with_input_values(code: str, text: str) -> str:
    """`code` with each input value it reads (`$('#catId').val()`) written as that input's
    value in the page `text` (a string literal; "" for an input the page does not hold)."""
    if not VALUE_RE.search(code):
        return code
    selector = Selector(text=text or "<html></html>")

    def literal(match: re.Match[str]) -> str:
        found = _element(selector, match)
        value = found.attrib.get("value", "") if found is not None else ""
        return "'" + value.replace("'", "") + "'"
    return VALUE_RE.sub(literal, code)


def answer_kind(code: str) -> str:
    """How an API call's answer is read: "html" when the call asks for HTML, "xml" for XML
    (crawler/feeds.py), else "json"."""
    return ("html" if HTML_ANSWER_RE.search(code) else "xml" if XML_ANSWER_RE.search(code)
            else "json")


def serialized_form(code: str, text: str) -> SentForm | None:
    """The fields and page field of the form `code` (a call's data argument) serializes —
    itself or a name assigned one — looked up in the page `text`; None when it names none."""
    match = SERIALIZED_FORM_RE.search(code)
    word = re.fullmatch(r"\s*([A-Za-z_$][\w$]*)\s*", code)
    if not match and word:
        pattern = SERIALIZED_NAME_RE.format(name=re.escape(word[1]),
                                            form=SERIALIZED_FORM_RE.pattern)
        assigned = re.search(pattern, text)
        match = SERIALIZED_FORM_RE.match(text, assigned.end()) if assigned else None
    if not match:
        return None
    css = match["css"] or match["css2"] or (
        f"form#{match['id']}, form[name={match['forms'] or match['name']}]"
        if not match["id"] else f"#{match['id']}")
    form = _first(Selector(text=text or "<html></html>"), css)
    if form is None:
        return None
    fields = form_fields(form)
    return SentForm(fields, page_field(fields, form, text), form.attrib.get("action", ""))


def submitted_forms(selector: Selector, text: str, method: str | None = "post"
                    ) -> list[Selector]:
    """The forms of `method` (None: any) a page's script submits (by selector, id, name or
    index)."""
    found = []
    for match in FORM_SUBMIT_RE.finditer(unaliased(text)):
        form = referred_form(selector, match)
        if form is not None and method in (None, (form.attrib.get("method") or "get").lower()):
            found.append(form)
    return list({id(form.root): form for form in found}.values())


def referred_form(selector: Selector, match: re.Match[str]) -> Selector | None:
    """The form a FORM_REF match names (by selector, id, name or index), or None."""
    if match["index"]:
        forms = selector.css("form")
        form = forms[int(match["index"])] if int(match["index"]) < len(forms) else None
    else:
        key = match["css"] or match["forms"] or match["name"]
        form = _first(selector, f"form#{key}, form[name={key}]" + (
            ", form" if key == "form" else "") if re.fullmatch(r"[\w-]+", key) else key)
    return form if form is not None and form.root.tag == "form" else None


def script_action(selector: Selector, form: Selector, text: str) -> str | None:
    """The action the page's script gives `form` before submitting it (FORM_ACTION_SET_RE)."""
    for match in FORM_ACTION_SET_RE.finditer(unaliased(text)):
        named = referred_form(selector, match)
        if named is not None and named.root is form.root:
            return match["action"]
    return None


def unaliased(text: str) -> str:
    """`text` with each use of a name given a form (FORM_ALIAS_RE: `f.submit()`,
    `f.action = …`) written as that form's own (`document.pageForm.submit()`)."""
    if ".submit(" not in text:
        return text
    for alias in FORM_ALIAS_RE.finditer(text):
        own = (alias["form"] + ".").replace("\\", "\\\\")   # a literal replacement
        text = re.sub(rf"(?<![\w$.]){re.escape(alias['alias'])}\s*\.(?=\s*(?:submit|action)\b)",
                      own, text)
    return text


def numbered_submit(selector: Selector, action: str, url: str) -> tuple[PageRequest, int] | None:
    """A link's action that sets a form field to a page number and submits that form: the
    form's page 1 request (its page field that field) and the number."""
    number = FIELD_NUMBER_RE.search(action)
    forms = submitted_forms(selector, action, method=None) if number else []
    if not number or not forms:
        return None
    fields = form_fields(forms[0])
    ids = {field.attrib.get("id"): field.attrib["name"] for field in forms[0].css("[name]")}
    name = number["field"] if number["field"] in fields else ids.get(number["field"])
    if not name:
        return None
    method = (forms[0].attrib.get("method") or "get").upper()
    target = urljoin(page_base(selector, url), forms[0].attrib.get("action") or url)
    return PageRequest(target, "POST" if method == "POST" else "GET", tuple(fields.items()),
                       "html", name), int(number["n"])


def posted_form(selector: Selector, text: str, url: str) -> PageRequest | None:
    """Page 1 of the POST form with a page field that the page's script submits (its page
    function sets the field, then `.submit()`s): its action, its inputs as the body."""
    for form in submitted_forms(selector, text):
        fields = form_fields(form)
        field = page_field(fields, form, text)
        if field:   # the action the script gives it wins over the attribute's
            action = script_action(selector, form, text) or form.attrib.get("action") or url
            return PageRequest(urljoin(page_base(selector, url), action), "POST",
                               tuple(fields.items()), "html", field)
    return None


def form_fields(form: Selector) -> dict[str, str]:
    """The values a browser sends for a form's inputs (text, hidden; first of each name)."""
    fields: dict[str, str] = {}
    for field in form.css("input[name], select[name], textarea[name]"):
        kind = (field.attrib.get("type") or "text").lower()
        if kind in SKIPPED_INPUT_TYPES or (kind in ("checkbox", "radio")
                                           and "checked" not in field.attrib):
            continue
        value = field.attrib.get("value", "")
        if field.root.tag == "select":
            value = (field.css("option[selected]::attr(value)").get()
                     or field.css("option::attr(value)").get() or "")
        fields.setdefault(field.attrib["name"], value)
    return fields


def page_field(fields: dict[str, str], form: Selector, text: str,
               fn: str | None = None) -> str | None:
    """The form field that numbers pages: one named as a page parameter, else one a page
    function (any, or the one named `fn`) sets to its parameter (by the field's name or its
    input's id)."""
    named = next((name for name in fields if name in PAGE_PARAMS), None)
    if named:
        return named
    ids = {field.attrib.get("id"): field.attrib["name"] for field in form.css("[name]")}
    heads = ([re.compile(head.format(fn=re.escape(fn.split(".")[-1]))) for head in FUNCTION_HEAD]
             if fn else [PAGE_FUNCTION_RE])
    for function in (found for head in heads for found in head.finditer(text)):
        param = function["param"] or function.groupdict().get("arrow")
        body = text[function.end():function.end() + FUNCTION_BODY_CHARS]
        for match in FIELD_SET_RE.finditer(body):
            name = match["field"] if match["field"] in fields else ids.get(match["field"])
            if name and match["value"] == param:
                return name
    return None


def _element(selector: Selector, match: re.Match[str]) -> Selector | None:
    """The element an ELEMENT_RE match names (by CSS selector or id)."""
    return _first(selector, match["css"] or f"#{match['id']}")


def _first(selector: Selector, css: str) -> Selector | None:
    try:
        found = selector.css(css)
    except (SelectorError, ValueError):   # a selector cssselect cannot read: no form
        return None
    return found[0] if found else None


def query_fed_text(text: str, url: str) -> str:
    """`text` with each read of the page's own query written as its value from `url`
    (`getQueryString('channelid')` → `'1452'` for `…?channelid=1452`, a bare
    `location.search` → `'?channelid=1452'`): an API call's names then resolve as literals.
    Unchanged when `url` has no query. A hash-routed page's fragment query counts as its
    query (`#/list?channelCode=x` as `?channelCode=x`: crawler/hash_route.py)."""
    text = hash_fed_text(text, url)
    query = address_query(url)
    if not query:
        return text

    def value(match: re.Match[str]) -> str:
        if match["key"] in query and QUERY_READER_RE.search(match["call"]):
            return json.dumps(query[match["key"]], ensure_ascii=False)
        return match[0]

    text = QUERY_CALL_RE.sub(value, text)
    if not urlsplit(url).query:   # the values only in the fragment: location.search is ""
        return text
    search = json.dumps("?" + urlsplit(url).query)
    return LOCATION_SEARCH_RE.sub(lambda _: search, text)
