"""JSON listing APIs a page's script calls, and their answers' paging: the second half of
crawler/paging.py (same `Paging` / `PageRequest`); crawler/json_answers.py reads the answers."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from crawler.js_values import JS_EXPR, js_object, js_string
from crawler.json_answers import DEFAULT_JSON_KEYS, JSON_PAGE_SIZE_KEYS, JsonKeys, json_number
from crawler.json_body import (
    argument_object,
    assigned_object,
    json_literals,
    options_after,
    property_sets,
    sent_json,
)
from crawler.mark_chain import Finder, MarkChain
from crawler.nested_body import nested
from crawler.paging import MAX_FILLED_PAGES, PAGE_PARAMS, PageRequest, Paging, page_base
from crawler.paging_form import (
    DATA_NAME_RE,
    answer_kind,
    call_action,
    call_form,
    query_fed_text,
    with_input_values,
)
from crawler.paging_start import MAX_UNDECLARED_PAGES, first_page
from crawler.script_tags import SCRIPT_SRC

# JSON listing APIs named in a page's script: jQuery's $.ajax({…}) and axios({…}) with `url`,
# `type`/`method`, `data`/`params`; $.post/$.get/$.getJSON(url, {…}); axios.get(url,
# {params: {…}}) / axios.post(url, {…}); fetch(url); an XMLHttpRequest's open(verb, url).
# The two calls with a body read it to its first `})`, each mark searched once (a lazy regex
# read to the page's end from each call no `})` follows: quadratic, issue 13).
AJAX_RES: tuple[Finder, ...] = (
    MarkChain((r"(?:\$|jQuery)\.ajax\s*\(\s*\{", r"\}\s*+\)"), ("body",)),
    MarkChain((r"\baxios\s*\(\s*\{", r"\}\s*+\)"), ("body",)),
    re.compile(rf"\$\.(?P<verb>post|get|getJSON)\s*\(\s*(?P<url>{JS_EXPR})\s*,"
               r"\s*(?:\{(?P<data>[^{}]*)\}|(?P<form>(?:\$|jQuery)\([^()]*\)\s*\.serialize"
               r"(?:Array)?\(\s*\)|[A-Za-z_$][\w$]*+(?=\s*[,)])))?", re.S),
    re.compile(rf"\baxios\.(?P<verb>get|post)\s*\(\s*(?P<url>{JS_EXPR})\s*"
               r"(?:,\s*\{\s*(?:params\s*:\s*\{)?(?P<data>[^{}]*)\})?", re.S),
    re.compile(rf"\bfetch\s*\(\s*(?P<url>{JS_EXPR})\s*[,)]"),
    # XMLHttpRequest: xhr.open("GET", "/c/list.xml", true)
    re.compile(rf"\.open\s*\(\s*['\"](?P<verb>GET|POST)['\"]\s*,\s*(?P<url>{JS_EXPR})\s*[,)]",
               re.I),
    SCRIPT_SRC,   # a <script> tag the script adds (JSONP): crawler/script_tags.py
)
AJAX_URL_RE = re.compile(rf"\burl\s*:\s*({JS_EXPR})")
AJAX_METHOD_RE = re.compile(r"\b(?:type|method)\s*:\s*['\"](\w+)['\"]")
AJAX_DATA_RE = re.compile(r"\b(?:data|params)\s*:\s*\{([^{}]*)\}", re.S)
# Keys a JSON query takes as a number (its other values stay strings: a categoryNum
# "002005003" keeps its zeros).
JSON_NUMBER_KEYS = (*PAGE_PARAMS, *JSON_PAGE_SIZE_KEYS)


# --- JSON listing APIs --------------------------------------------------------------------------

def ajax_paging(text: str, url: str) -> Paging:
    """The first page of each JSON listing API the page's script calls with a page number."""
    text = query_fed_text(text, url)   # what the page reads from its own address
    return Paging(next_requests=[api_page(call, call.first) for call in api_calls(text, url)
                                 if call.page_field])


def api_calls(text: str, url: str, *, known: Mapping[str, str] | None = None
              ) -> list[PageRequest]:
    """Every JSON API call of a page's script (`$.ajax({…})`, `$.post(…)`, axios, fetch) as a
    request; `page_field` names its page number when its form or its URL's query carries one
    (PAGE_PARAMS). Names are resolved from `known` first, then from `text`."""
    base = page_base(text, url)   # a script's relative URL: the page's <base> first
    calls = [api_call(match, text, base, known or {}) for rx in AJAX_RES
             for match in rx.finditer(text)]
    return list(dict.fromkeys(call for call in calls if call is not None))


def api_call(match: re.Match[str], text: str, base: str,
             known: Mapping[str, str]) -> PageRequest | None:
    """The API call of one `$.ajax({…})` / `$.post(…)` / `$.get(…)` / axios / fetch match
    (its URL relative to `base`, the page's base URL)."""
    groups = match.groupdict()
    code = groups.get("body") or groups.get("form") or ""   # where a sent form is named
    json_sent = sent_json(match, text)   # a JSON body (crawler/json_body.py): its object
    if groups.get("body") is not None:
        body = groups["body"]
        api = AJAX_URL_RE.search(body) or (   # written after an inline JSON body's `})`
            AJAX_URL_RE.search(options_after(text, match)) if json_sent else None)
        method = AJAX_METHOD_RE.search(body)
        data = AJAX_DATA_RE.search(body)
        api_expr, verb = (api.group(1) if api else None), (method.group(1) if method else "GET")
        pairs = data.group(1) if data else named_object(body, text, match.start())
    else:
        api_expr, verb = groups["url"], groups.get("verb") or "GET"
        pairs = groups.get("data") or named_object(code, text, match.start())
    if json_sent is not None:
        pairs, verb = json_pairs(json_sent, text, match.start()), "POST"
    sent = call_form(code, text) if code else None   # $('#pageForm').serialize()
    api_url = ((js_string(api_expr, text, known) if api_expr else "")
               or call_action(code, text) or (sent.action if sent else ""))
    if not api_url or urlsplit(api_url).path.endswith((".js", ".css")):
        return None
    http_method = "POST" if verb.upper() == "POST" else "GET"
    query = dict(parse_qsl(urlsplit(api_url).query, keep_blank_values=True))
    # A GET's page number may sit in the URL itself ('…&pageIndex=' + pageIndex); a sent
    # form's page field is the one its page function sets.
    form = {**(query if http_method == "GET" else {}), **(sent.fields if sent else {}),
            **js_object(with_input_values(pairs, text), text, known)}
    page_field = (sent and sent.page_field) or next(
        (k for k in form if nested(k)[-1] in PAGE_PARAMS), None)   # page.current: its last name
    return PageRequest(urljoin(base, api_url), http_method, tuple(form.items()),
                       answer_kind(code), page_field,
                       first=first_page(text, pairs, page_field, match.start()),
                       json=json_sent is not None,
                       literals=json_literals(pairs) if json_sent is not None else ())


def json_body(request: PageRequest) -> dict[str, Any]:
    """The object a JSON-body request sends: its pairs, a page or size number as a JSON
    number and a value the script writes as a literal (`columnId: 66`, `isTop: false`) as
    that literal, as the page's script sends them (an API checking types refuses "2")."""
    literals, body = dict(request.literals), dict[str, Any]()
    for key, value in request.formdata:
        *outer, name = nested(key)   # a nested object's key (crawler/nested_body.py)
        held = body
        for part in outer:   # (a flat key of the same name gives way to the object)
            held[part] = held[part] if isinstance(held.get(part), dict) else {}
            held = held[part]
        if value.isdigit() and (name in JSON_NUMBER_KEYS or key == request.page_field):
            held[name] = int(value)
        elif key in literals and key != request.page_field:
            held[name] = json.loads(literals[key])
        else:
            held[name] = value
    return body


def json_pairs(sent: tuple[str, str], text: str, at: int) -> str:
    """The pairs a JSON body (crawler/json_body.py's `sent_json`) of the call at `at` sends:
    its literal's; for an object sent by name, the pairs of the one its wrapper's caller hands
    it or the script assigns it, and the properties the script sets on it after."""
    pairs, name = sent
    if pairs or not name:
        return pairs
    held = argument_object(name, text, at) or named_object(name, text, at)
    return ", ".join(part for part in (held, property_sets(name, text)) if part)


def named_object(code: str, text: str, at: int) -> str:
    """The pairs of the object literal a call (at `at`) sends by name — `$.ajax`'s `data:
    xxgkParam` or `$.post(url, xxgkParam, …)`, a Hanweb 信息公开 search.jsp form — as `text`
    assigns it to that name (`var xxgkParam = {"infotypeId": …, "currpage": 1}`; the last
    assignment before the call, as json_body.assigned_object reads it); "" when the data is
    no name, or its object is not written."""
    word = re.fullmatch(r"\s*([A-Za-z_$][\w$]*)\s*", code)
    named = DATA_NAME_RE.search(code)
    name = word[1] if word else named["name"] if named else ""
    if name in ("", "null", "undefined"):
        return ""
    return assigned_object(name, text, at) or ""


def api_page(request: PageRequest, page: int) -> PageRequest:
    """`request` asking for page `page` (in its form for a POST, its query for a GET)."""
    form = [(k, str(page) if k == request.page_field else v) for k, v in request.formdata]
    if request.method == "POST":
        return replace(request, formdata=tuple(form))
    parts = urlsplit(request.url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k not in dict(form)] + form
    return replace(request, url=urlunsplit(parts._replace(query=urlencode(query))),
                   formdata=tuple(form))


def pages_for(records: int | None, per_page: int | None) -> int | None:
    """How many pages `records` records make at `per_page` a page."""
    if not records or not per_page:
        return None
    return math.ceil(records / per_page)


def json_paging(data: Any, request: PageRequest, *, shown: int,
                keys: JsonKeys = DEFAULT_JSON_KEYS) -> Paging:
    """Declared totals of a JSON listing answer and, on its page 1, the requests for the rest."""
    first = str(request.first)
    current = dict(request.formdata).get(request.page_field or "", first)
    records = json_number(data, keys.total)
    # Records shown per page: only page 1 tells (the last page may hold fewer).
    per_page = json_number(data, keys.page_size) or (shown if current == first else None)
    pages = json_number(data, keys.pages) or pages_for(records, per_page)
    further = []
    if pages and current == first:
        further = [api_page(request, k) for k in
                   range(request.first + 1, request.first + min(pages, MAX_FILLED_PAGES))]
    elif not pages and (following := undeclared_next(request, shown=shown)) and (
            not past_cap(following)):
        further = [following]
    return Paging(pages, records, further)


def undeclared_next(request: PageRequest, *, shown: int) -> PageRequest | None:
    """The page after `request` of an API that declares no total (counted from 0 or 1), paged
    on until a page shows no rows (None once one shows none) or, read by the spider, none new:
    with no total, only the next page's answer tells a full page from the last."""
    current = dict(request.formdata).get(request.page_field or "", str(request.first))
    if not shown or not request.page_field or not current.isdigit():
        return None
    return api_page(request, int(current) + 1)


def past_cap(page: PageRequest) -> bool:
    """Whether `page` (from `undeclared_next`) lies past the pages an API with no total is
    asked for: not asked, it is what the listing leaves unread while pages bring rows."""
    number = dict(page.formdata).get(page.page_field or "", "")
    return number.isdigit() and int(number) >= page.first + MAX_UNDECLARED_PAGES


PAGE_MARK = "{page}"   # where a portal entry's listing API template puts the page number


def named_api(template: str, form: Mapping[str, str], base_url: str) -> PageRequest:
    """Page 1 of a JSON listing API a portal entry names: a GET URL with `{page}` in its
    query (`/api/list?col=6&pageNum={page}`), or a URL and a POST form one of whose values
    is `{page}`; relative to `base_url`. ValueError when nothing says where the page goes."""
    url = urljoin(base_url, template)
    if form:
        pairs, method = [(str(k), str(v)) for k, v in form.items()], "POST"
    else:
        pairs, method = parse_qsl(urlsplit(url).query, keep_blank_values=True), "GET"
    page_field = next((key for key, value in pairs if value == PAGE_MARK), None)
    if page_field is None:
        raise ValueError(f"listing API {template!r}: no parameter is {PAGE_MARK}")
    request = PageRequest(url if form else urlunsplit(urlsplit(url)._replace(query="")),
                          method, tuple(pairs), "json", page_field)
    return api_page(request, 1)
