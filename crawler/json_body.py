"""List API calls that send their query as a JSON body, not a form: what a modern portal's
list API (a Spring `@RequestBody`, an Epoint rest endpoint) takes.

    $.ajax({type: "POST", url: "/api/cms/content/pageList",
            contentType: "application/json;charset=utf-8", data: JSON.stringify(param)})
    axios.post("/api/list", {pageNum: 1, pageSize: 10, columnId: 66})   // axios sends JSON
    axios({method: "post", url: "/api/list", data: {pageNum: 1, …}})
    fetch(url, {method: "POST", headers: {"content-type": "application/json"},
                body: JSON.stringify({siteGuid: …, currentPageIndex: 0, pageSize: 10})})

jQuery sends a string `data` as it is: `data: JSON.stringify(…)` is a JSON body whatever the
contentType says. Public spiders of such sites (ccgp-guangxi's `portal/category`, sczwfw's
`getInteractCaseInfoListByCondition`) post the same object with `Content-Type:
application/json`. crawler/paging_api.py reads the rest of the call (URL, the object's pairs,
its page field) and the spider sends it as a JSON request (crawler/families/pagers.py).
"""

from __future__ import annotations

import re

from crawler.js_values import JS_PAIR_RE
from crawler.nested_body import nested_object_at
from crawler.paging_start import enclosing_function

# --- patterns (data) ----------------------------------------------------------------------------
# `data: JSON.stringify(param)` / `body: JSON.stringify({…})`: the object by name or inline
# (pairs only, no nesting, as the form readers take them).
STRINGIFIED = (r"JSON\.stringify\(\s*+(?:(?P<name>[A-Za-z_$][\w$]*+)|\{(?P<pairs>[^{}]*+)\})"
               r"\s*+\)")
JSON_BODY_RE = re.compile(rf"(?<![\w$])(?:data|body)\s*+:\s*+{STRINGIFIED}")
# axios.post(url, JSON.stringify(…)): a string sent as it is.
STRINGIFIED_ARGUMENT_RE = re.compile(rf",\s*+{STRINGIFIED}")
# A JSON body whatever it holds (a function's result, a nested object): seen, maybe unread.
JSON_BODY_OPEN_RE = re.compile(r"(?<![\w$])(?:data|body)\s*+:\s*+JSON\.stringify\(")
# axios({method: "post", data: {…}}): axios sends an object as JSON.
AXIOS_DATA_RE = re.compile(r"(?<![\w$])data\s*+:\s*+\{(?P<pairs>[^{}]*+)\}")
AXIOS_POST_RE = re.compile(r"""(?<![\w$])method\s*+:\s*+['"]post['"]""", re.I)
# axios.post(url, params): the object sent by name (group `name`).
NAMED_ARGUMENT_RE = re.compile(r",\s*+(?P<name>[A-Za-z_$][\w$]*+)\s*+[,)]")
JSON_BODY_KEYS = ("data", "body")   # the option naming a call's whole body
# A call handing an object literal as its first argument, `query({pageNum: page, …})`: a
# template for the function's name.
FIRST_ARGUMENT = r"(?<![\w$.]){name}\s*+\(\s*+\{{([^{{}}]*+)\}}"
# The object literal a name is assigned, `var params = {…}` / `params = {…}` (pairs only, no
# nesting): a template for the name.
ASSIGNED_OBJECT = r"(?<![\w$.]){name}\s*+=\s*+\{{([^{{}}]*+)\}}"
# Where an object literal assigned to a name opens (one with nested objects, crawler/
# nested_body.py): a template for the name.
ASSIGNED_OPEN = r"(?<![\w$.]){name}\s*+=\s*+(?=\{{)"
# A property the script sets on the object it sends, `param.pageNum = page;`: a template for
# the object's name (groups: the key, the value as written).
PROPERTY_SET = (r"""(?<![\w$.]){name}\.([A-Za-z_$][\w$]*+)\s*+=(?!=)\s*+"""
                r"""('[^']*'|"[^"]*"|[\w.$]++)""")
# A value written as a JSON literal (`columnId: 66`, `isTop: false`): sent as one, not "66".
JSON_LITERAL_RE = re.compile(r"\d++(?:\.\d++)?|true|false|null")
FETCH_REACH = 1500   # how far after `fetch(url,` its options object is looked for
FETCH_OPEN = "fetch("


def sent_json(match: re.Match[str], text: str) -> tuple[str, str] | None:
    """(the pairs of the object literal, or the name it is sent by) of the JSON body the API
    call `match` (a paging_api.AJAX_RES match in `text`) sends; ("", "") for a JSON body
    that cannot be read from the script; None when the call sends no JSON body."""
    head, groups = match.group(0), match.groupdict()
    if groups.get("body") is not None:   # $.ajax({…}) / axios({…}): the whole call
        found = _stringified(text, match.start(), match.end())
        if found is None and head.startswith("axios") and AXIOS_POST_RE.search(groups["body"]):
            data = AXIOS_DATA_RE.search(groups["body"])
            return (data["pairs"], "") if data else ("", "")
        return found
    if head.startswith("axios.") and (groups.get("verb") or "").lower() == "post":
        if groups.get("data") is not None:   # axios.post(url, {…}): a JSON body
            return groups["data"], ""
        argument = (STRINGIFIED_ARGUMENT_RE.match(text, match.end())   # (url, JSON.stringify(…))
                    or NAMED_ARGUMENT_RE.match(text, match.end()))   # (url, params)
        if argument is None:
            return "", ""
        return argument.groupdict().get("pairs") or "", argument["name"] or ""
    if head.startswith(FETCH_OPEN[:-1]):
        reach = match.end() + FETCH_REACH
        later = text.find(FETCH_OPEN, match.end(), reach)   # the next call's options are its own
        return _stringified(text, match.end(), reach if later < 0 else later)
    return None


def json_literals(pairs: str) -> tuple[tuple[str, str], ...]:
    """The pairs of an object literal's text whose value is written as a JSON literal (a
    number, true, false, null), as written: an API typing its fields takes 66, not "66"."""
    return tuple((key_s or key_d or key_w, word) for key_s, key_d, key_w, _, _, word
                 in JS_PAIR_RE.findall(pairs) if JSON_LITERAL_RE.fullmatch(word))


def argument_object(name: str, text: str, at: int) -> str:
    """The pairs of the object literal handed as `name` when `name` is the first parameter of
    the function the call at `at` sits in — a wrapper, `function query(params) { return
    fetch(url, {…, body: JSON.stringify(params)}); }` called `query({pageNum: page, …})`
    (the first such call) — else "" (the parameter shadows any `params = {…}` elsewhere)."""
    enclosing = enclosing_function(text, at)
    if not name or enclosing is None or enclosing[1][:1] != [name]:
        return ""
    found = re.search(FIRST_ARGUMENT.format(name=re.escape(enclosing[0])), text)
    return found[1] if found else ""


def assigned_object(name: str, text: str, before: int) -> str | None:
    """The pairs of the last object literal `text` assigns to `name` before `before` (where
    the call sending it is: its function builds the object just before; another function's
    `params = {…}` earlier is not it), else of the first anywhere; None when none is."""
    rx = re.compile(ASSIGNED_OBJECT.format(name=re.escape(name)))
    found = list(rx.finditer(text, 0, before)) or list(rx.finditer(text))
    if found:
        return found[-1][1]
    opens = re.compile(ASSIGNED_OPEN.format(name=re.escape(name)))
    at = list(opens.finditer(text, 0, before)) or list(opens.finditer(text))
    return nested_object_at(text, at[-1].end()) if at else None   # {page: {current: n}}


def property_sets(name: str, text: str) -> str:
    """The `name.key = value` statements of the script as object-literal pairs (`key: value,
    …`): what it sets on the object it sends (`var param = {}; param.pageNum = page;`)."""
    rx = re.compile(PROPERTY_SET.format(name=re.escape(name)))
    return ", ".join(f"{key}: {value}" for key, value in rx.findall(text))


def options_after(text: str, match: re.Match[str]) -> str:
    """What follows a `$.ajax({…})` match cut short by its inline `JSON.stringify({…})`
    (the options written after the body: `url`, `type`), up to the next `})`."""
    reach = match.end() + FETCH_REACH
    close = text.find("})", match.end(), reach)
    return text[match.end():reach if close < 0 else close]


def _stringified(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The `data:`/`body:` JSON.stringify(…) between `start` and `end`, as `sent_json`."""
    found = JSON_BODY_RE.search(text, start, end)
    if found is not None:
        return found["pairs"] or "", found["name"] or ""
    opened = JSON_BODY_OPEN_RE.search(text, start, end)
    if opened is None:
        return None
    inline = text[opened.end():opened.end() + 1] == "{"   # JSON.stringify({page: {…}, …})
    return (nested_object_at(text, opened.end()) if inline else None) or "", ""
