"""Epoint WebBuilder list APIs: one form field holding a JSON string of the query.

    function loadList(pageIndex) {
      var params = {siteGuid: siteGuid, categoryNum: categoryNum, kw: "", startDate: "",
                    endDate: "", pageIndex: pageIndex, pageSize: pageSize};
      $.ajax({type: "POST", url: "/EpointWebBuilder/rest/frontAppCustomAction/getPageInfoListNew",
              data: {params: JSON.stringify(params)}, dataType: "json", success: … });
    }
    $(function () { loadList(0); });

answered `{"custom": {"count": 14, "infodata": [{infoid, title, infodate, infourl}]}}`. Public
spiders of Epoint sites (公共资源交易 of zibo, weihai, henan, heilongjiang…) send the same
`params` JSON, by POST form or in the GET query, `pageIndex` from 0. The page number is a key
of the JSON, not a form field, so the generic API pager (crawler/paging_api.py), which sets a
form field, cannot page it: this module reads the call and builds each page's request.

Pure functions of a page's inline script and URL (patterns are data, below); the spider side
is crawler/families/epoint_lists.py.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urljoin

from crawler import paging_api  # its call patterns by module: no second copy of them here
from crawler.config_shell import inline_scripts
from crawler.js_values import js_object, js_string
from crawler.json_answers import JSON_PAGE_SIZE_KEYS
from crawler.json_body import JSON_BODY_KEYS, STRINGIFIED, assigned_object
from crawler.paging import PAGE_PARAMS, page_base, same_site
from crawler.paging_api import JSON_NUMBER_KEYS
from crawler.paging_start import first_page

# --- patterns (data) ----------------------------------------------------------------------------
# A sent field whose value is a JSON string of an object: `params: JSON.stringify(params)` or
# `"params": JSON.stringify({…})`. The object's pairs hold no nested object (Epoint's do not).
JSON_FIELD_RE = re.compile(r"""(?:'(?P<s>[\w$]+)'|"(?P<d>[\w$]+)"|(?<![\w$])(?P<w>[\w$]++))"""
                           rf"\s*+:\s*+{STRINGIFIED}")
# A token every call JSON_FIELD_RE reads holds: a page and script files without it are not
# parsed at all (most listing pages; the reader ran on each, and on each script of a shell).
JSON_FIELD_TOKEN = "JSON.stringify"


@dataclass(frozen=True)
class JsonFieldCall:
    """A list API call sending its query as a JSON string in one field."""

    url: str
    method: str                         # POST: the field in the form body; GET: in the query
    field: str                          # the field's name ("params")
    query: tuple[tuple[str, str], ...]  # the JSON's pairs, in the script's order
    page_key: str | None                # the JSON key numbering pages (pageIndex)
    first: int = 1                      # the page_key's first page: 0 for pageIndex

    @property
    def page_size(self) -> int | None:
        size = next((v for k, v in self.query if k in JSON_PAGE_SIZE_KEYS), "")
        return int(size) if size.isdigit() and int(size) > 0 else None

    def page(self, number: int) -> tuple[str, str]:
        """(field, JSON string) asking for page `number`."""
        data: dict[str, str | int] = {}
        for key, value in self.query:
            data[key] = value
            if key in JSON_NUMBER_KEYS and value.isdigit():
                data[key] = int(value)
        if self.page_key:
            data[self.page_key] = number
        return self.field, json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def json_field_calls(text: str, url: str, scripts: str = "") -> list[JsonFieldCall]:
    """Every API call of the page's inline script (and of `scripts`, its script files' text)
    whose sent data holds a field that is a JSON string of an object, on the page's site. The
    names a call uses are read over both (a script file's call, the page's `var categoryNum`)."""
    if JSON_FIELD_TOKEN not in text and JSON_FIELD_TOKEN not in scripts:
        return []
    code = f"{inline_scripts(text)}\n{scripts}"
    base = page_base(text, url)
    found: list[JsonFieldCall] = []
    for rx in paging_api.AJAX_RES[:3]:   # $.ajax({…}), axios({…}), $.post/$.get(url, {…})
        for match in rx.finditer(code):
            call = _call(match, code, base)
            if call is not None and same_site(call.url, url):
                found.append(call)
    return list(dict.fromkeys(found))


def _call(match: re.Match[str], code: str, base: str) -> JsonFieldCall | None:
    groups = match.groupdict()
    body = groups.get("body")
    if body is not None:   # the whole call: its body stops at an inline object's `})`
        field = JSON_FIELD_RE.search(code, match.start(), match.end())
    else:   # $.post(url, {params: JSON.stringify(…)}): the field opens the data object
        opening = _data_opening(code, match.end("url"))
        field = JSON_FIELD_RE.match(code, opening) if opening else None
    if field is None or (body is not None and (field["w"] or field["d"] or field["s"])
                         in JSON_BODY_KEYS):
        return None   # `data: JSON.stringify(…)`: the whole body, a JSON one (paging_api)
    if body is not None:
        api, verb = paging_api.AJAX_URL_RE.search(body), paging_api.AJAX_METHOD_RE.search(body)
        api_expr, method = (api[1] if api else ""), (verb[1] if verb else "GET")
    else:
        api_expr, method = groups.get("url") or "", groups.get("verb") or "GET"
    api_url = js_string(api_expr, code) if api_expr else ""
    pairs = field["pairs"] if field["pairs"] is not None else assigned_object(
        field["name"], code, match.start())
    if not api_url or pairs is None:
        return None
    query = js_object(pairs, code)
    page_key = next((key for key in query if key in PAGE_PARAMS), None)
    return JsonFieldCall(
        urljoin(base, api_url), "POST" if method.upper() == "POST" else "GET",
        field["s"] or field["d"] or field["w"], tuple(query.items()), page_key,
        first_page(code, pairs, page_key, match.start()) if page_key else 1)


def _data_opening(code: str, at: int) -> int | None:
    """Where the pairs of `$.post(url, {…})`'s data object start, its URL ending at `at`
    (string steps, not a pattern: a run of spaces is read once)."""
    rest = code[at:].lstrip()
    if not rest.startswith(","):
        return None
    rest = rest[1:].lstrip()
    return len(code) - len(rest[1:].lstrip()) if rest.startswith("{") else None

