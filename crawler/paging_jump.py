"""Pagers a browser runs: links that only call a page function (`javascript:goPage(3)`,
`onclick="turnPage(3)"`) and `<select>` page jumpers (`<option value="list_2.shtml">`, or
`<option value="2">` handed to a page function). The third part of crawler/paging.py.

A page function's links give page numbers, not URLs. The URL of page N is read from what the
page shows of it, in this order (patterns are data, below):
- the function's own body (crawler/page_functions.py): `u += '&pageIndex=' + n` after
  `var u = '/list.html?topic=x'`, or `location.href = 'list_' + n + '.shtml'`;
- a GET form carrying a page field (`<input name="pageIndex">`);
- a POST form the page's script submits (crawler/paging_form.py): page N is that form sent
  with its page field set to N;
- the page's own URL, when it carries a page parameter;
- a page parameter named in the page's script (`…&pageNo=`): set on the page's URL.
Nothing is guessed beyond that: a pager whose URL shape is nowhere on the page declares its
page count only (the ledger then says the listing is incomplete).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector

from crawler.json_answers import JSON_PAGE_SIZE_KEYS
from crawler.page_functions import (
    function_offset,
    function_template,
    marked_url,
    with_page_param,
)
from crawler.paging import (
    LAST_TEXTS,
    MAX_FILLED_PAGES,
    NEXT_TEXTS,
    PAGE_PARAMS,
    PAGER_BLOCK_XPATH,
    PageRequest,
    Paging,
    absolute_url,
    page_base,
    rendered_paging,
)
from crawler.paging_api import api_page, pages_for
from crawler.paging_form import (
    numbered_submit,
    page_field,
    posted_form,
)

# --- patterns (data) ----------------------------------------------------------------------------
# A link's whole action: one call whose first argument is a page number (`javascript:goPage(2)`,
# `turn('2'); return false;`, `toPage(2, 15)` with a page size after it); `javascript:void(0)`
# does nothing (the page call is in its onclick).
PAGE_CALL_RE = re.compile(r"^\s*(?:javascript:\s*)?(?!void\b)(?P<fn>[\w$.]+)\s*\("
                          r"\s*['\"]?(?P<n>\d+)['\"]?\s*(?:,\s*['\"]?[\w.]*['\"]?\s*){0,3}\)"
                          r"\s*;?\s*(?:return\s+false\s*;?)?\s*$", re.I)
# A jumper handing its option's value to a page function: onchange="goPage(this.value)".
# The name from its run's start, possessive: a 100 KB run is read once (issue 13).
JUMPER_CALL_RE = re.compile(r"(?<![\w$.])(?P<fn>[\w$.]++)\s*+\(\s*this\.(?:value|options)")
# A jumper's option label: 第2页, 2, 2/5.
PAGE_LABEL_RE = re.compile(r"^(?:第\s*)?\d+\s*(?:页|/\s*\d+\s*页?)?$")
FIRST_TEXTS = ("首页", "第一页", "上一页", "上页", "前页", "first", "First")
PAGER_TEXTS = FIRST_TEXTS + NEXT_TEXTS + LAST_TEXTS


def jump_paging(selector: Selector, text: str, url: str) -> Paging:
    """The pages a page-function pager or a `<select>` jumper leads to (2.. of each), and
    those of links that fill a form's page field and submit it."""
    urls = jumper_urls(selector, url)
    posts = submitted_pages(selector, url)
    for fn, numbers in page_calls(selector).items():
        template = page_template(fn, selector, text, url)
        last = min(max(numbers), MAX_FILLED_PAGES)
        if isinstance(template, PageRequest):   # a POST form: its page field set to N
            posts += [api_page(template, n) for n in range(2, last + 1)]
        elif template:   # a body building the URL from n - 1 (a 0-based parameter): its offset
            offset = function_offset(fn, text, url)   # 0 unless the template is the body's
            urls += [template.format(n + offset) for n in range(2, last + 1)]
    requests = [PageRequest(u) for u in dict.fromkeys(urls) if u != url]
    return Paging(next_requests=requests + list(dict.fromkeys(posts)))


def submitted_pages(selector: Selector, url: str) -> list[PageRequest]:
    """Pages 2.. of a pager whose links each set a form's page field to a number and submit
    the form (`document.pageForm.pageNo.value=3; document.pageForm.submit();`)."""
    last: dict[PageRequest, int] = {}
    for link in selector.css("a[onclick], a[href^='javascript:']"):
        action = f"{link.attrib.get('href', '')};{link.attrib.get('onclick', '')}"
        found = numbered_submit(selector, action, url) if ".submit(" in action else None
        if found:
            last[found[0]] = max(last.get(found[0], 1), found[1])
    return [api_page(page, n) for page, top in last.items()
            for n in range(2, min(top, MAX_FILLED_PAGES) + 1)]


def form_answer_pages(page: PageRequest, selector: Selector, url: str) -> list[PageRequest]:
    """Pages 2.. of a listing form or API page answered in HTML: the page numbers its pager's
    page functions call (`onclick="goPage(3)"`), else the page count it declares (第1/3页, or
    共14条 at the form's page size), each asked for in the request's page field."""
    if not page.page_field:
        return []
    declared = rendered_paging(selector, url)
    size = next((int(v) for k, v in page.formdata if k in JSON_PAGE_SIZE_KEYS and v.isdigit()
                 and int(v) > 0), None)
    numbers = [n for calls in page_calls(selector).values() for n in calls]
    last = max([*numbers, declared.declared_pages or 1,
                pages_for(declared.declared_records, size) or 1])
    return [api_page(page, n) for n in range(2, min(last, MAX_FILLED_PAGES) + 1)]


def undefined_page_functions(selector: Selector, text: str, url: str) -> list[str]:
    """The page functions the page's pager calls whose page URL nothing on the page shows
    (defined in a script file, `/js/page.js`)."""
    return [fn for fn in page_calls(selector) if not page_template(fn, selector, text, url)]


def jumper_urls(selector: Selector, url: str) -> list[str]:
    """The option values of a page jumper that are page URLs (`list_2.shtml`, `?page=2`)."""
    found, base = [], page_base(selector, url)
    for select in page_jumpers(selector):
        for value in select.css("option::attr(value)").getall():
            value = value.strip()
            if value and not value.isdigit() and (target := absolute_url(base, value)):
                found.append(target)
    return found


def page_jumpers(selector: Selector) -> list[Selector]:
    """`<select>`s that turn pages: one with an onchange or inside a pager block whose
    options are labelled as pages (第2页, 2) — not a menu of sites or columns."""
    if not selector.css("select"):   # most pages: no pager block is looked for (3 calls a page)
        return []
    in_blocks = [s for block in selector.xpath(PAGER_BLOCK_XPATH) for s in block.css("select")]
    found = {id(s.root): s for s in [*selector.css("select[onchange]"), *in_blocks]}
    return [select for select in found.values() if _page_labels(select)]


def _page_labels(select: Selector) -> bool:
    labels = [option_label(option) for option in select.css("option")]
    pages = sum(bool(PAGE_LABEL_RE.match(label)) for label in labels)
    return pages > 0 and 2 * pages >= len(labels)


def option_label(option: Selector) -> str:
    """An option's label as a jumper shows it (第2页, 2/5), its text pieces joined."""
    return " ".join(option.xpath(".//text()").getall()).strip()


def page_calls(selector: Selector) -> dict[str, list[int]]:
    """Page function → the page numbers its pager links (and number jumpers) call it with;
    only functions one of whose links says 下一页/尾页/首页 … or is a number in a pager block
    (not a tab switcher's showTab(2) in a page-wide wrapper)."""
    calls: dict[str, list[int]] = {}
    pager_fns: set[str] = set()
    in_blocks = {id(a.root) for block in selector.xpath(PAGER_BLOCK_XPATH)
                 for a in block.css("a")}
    for link in selector.css("a[href], a[onclick]"):
        for action in (link.attrib.get("href", ""), link.attrib.get("onclick", "")):
            match = PAGE_CALL_RE.match(action)
            if match:
                calls.setdefault(match["fn"], []).append(int(match["n"]))
                label = " ".join(link.xpath(".//text()").getall()).strip()
                if label in PAGER_TEXTS or (label.isdigit() and id(link.root) in in_blocks):
                    pager_fns.add(match["fn"])
                break
    for select in page_jumpers(selector):
        match = JUMPER_CALL_RE.search(select.attrib.get("onchange", ""))
        values = [v.strip() for v in select.css("option::attr(value)").getall()]
        if match:
            calls.setdefault(match["fn"], []).extend(int(v) for v in values if v.isdigit())
            pager_fns.add(match["fn"])
    return {fn: numbers for fn, numbers in calls.items() if fn in pager_fns and numbers}


def page_template(fn: str, selector: Selector, text: str, url: str) -> str | PageRequest | None:
    """Page N's URL with `{}` for N, from the first place on the page that shows it; or the
    POST form the page's script submits, for its page field."""
    return (function_template(fn, text, url) or form_template(fn, selector, text, url)
            or posted_form(selector, text, url) or own_url_template(url)
            or script_param_template(text, url))


def form_template(fn: str, selector: Selector, text: str, url: str) -> str | None:
    """A GET form carrying a page field (named as a page parameter, or set by the page
    function `fn`): its action with its fields and the page's number."""
    for form in selector.css("form"):
        if (form.attrib.get("method") or "get").lower() != "get":
            continue
        fields = [(i.attrib["name"], i.attrib.get("value", "")) for i in form.css("input[name]")
                  if i.attrib.get("type", "text").lower() not in ("submit", "button")]
        key = page_field(dict(fields), form, text, fn)
        if key:
            action = urljoin(page_base(selector, url), form.attrib.get("action") or url)
            query = [(k, "\x00" if k == key else v) for k, v in fields]
            return marked_url(urlunsplit(urlsplit(action)._replace(query=urlencode(query))))
    return None


def own_url_template(url: str) -> str | None:
    """The page's own URL numbers its page (`…&pageIndex=1`)."""
    key = next((k for k, _ in parse_qsl(urlsplit(url).query) if k in PAGE_PARAMS), None)
    return with_page_param(url, key) if key else None


def script_param_template(text: str, url: str) -> str | None:
    """A page parameter the page's script writes into a URL (`'&pageNo=' + n`)."""
    for key in PAGE_PARAMS:
        if re.search(rf"[?&]{re.escape(key)}=['\"]", text):
            return with_page_param(url, key)
    return None


