"""Script pagers: `createPageHTML(...)` / `createPage(...)` calls in their 2-, 4-, 5- and
6-argument forms, read by their values' shapes (a leading element id, the page count, the
current page, the name prefix `index`/`list`/…, the extension, a trailing record count), and
`var countPage = N` beside a `currentPage`. The fourth part of crawler/paging.py (same
`Paging`; static page names by `numbered_pages`).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from crawler.paging import PAGE_EXTS, PAGED_NAME_RE, Paging, numbered_pages

# --- patterns (data) ----------------------------------------------------------------------------
SCRIPT_PAGER_RE = re.compile(r"\bcreatePage(?:HTML)?\s*\(([^()]*)\)")
SCRIPT_ARG_RE = re.compile(r"""'([^']*)'|"([^"]*)"|([\w.$]+)""")
PAGE_COUNT_VARS = ("countPage", "pageCount", "totalPage", "totalPages", "page_count", "maxPage")
# `var countPage = 3` (var, let, const or none): the number a name is set to. The name opens
# the pattern and its word boundary is checked behind it, so the engine skips to the name's
# first letter; an optional `var\s*` or a `\b` first read every run of spaces again from each
# of its characters (20 KB of spaces took 4.6 s, issue 13), for the same first match.
VAR_RE = r"{name}(?<=\b{name})\s*=\s*['\"]?(\d+)"


def js_number(text: str, name: str) -> int | None:
    match = re.search(VAR_RE.format(name=re.escape(name)), text)
    return int(match.group(1)) if match else None


def script_paging(text: str, url: str) -> Paging:
    paging = Paging()
    for args in SCRIPT_PAGER_RE.findall(text):
        paging = paging.add(create_page_paging(args, text, url))
    for name in PAGE_COUNT_VARS:
        total = js_number(text, name)
        if total and total > 1:
            paging = paging.add(Paging(total, None, numbered_pages(url, total)))
    return paging


def create_page_paging(args: str, text: str, url: str) -> Paging:
    """createPageHTML([elementId,] pages, current[, prefix, ext[, records …]]), read by its
    values' shapes: the extension is the string naming a page type (PAGE_EXTS), the prefix the
    other; the current page on a column's unnumbered first page is 0 (TRS: page k+1 is
    `<prefix>_<k>`) or 1 (page k is `<prefix>_<k>`, `list.shtml`, `list_2.shtml`)."""
    numbers, strings = script_pager_args(args, text)
    if not numbers:
        return Paging()
    total = numbers[0]
    records = numbers[2] if len(numbers) >= 3 else None
    prefix, ext = pager_names(strings)
    one_based = len(numbers) >= 2 and numbers[1] == 1 and is_first_page(url)
    return Paging(total, records, numbered_pages(url, total, prefix=prefix, ext=ext,
                                                 first=2 if one_based else 1))


def pager_names(strings: list[str]) -> tuple[str | None, str | None]:
    """(prefix, extension) among a pager call's strings, whatever their order: the extension
    is the one naming a page type ('shtml', '.html'), the prefix the first other name."""
    ext = next((s for s in strings if s.lstrip(".").lower() in PAGE_EXTS), None)
    prefix = next((s for s in strings if s != ext and re.fullmatch(r"[\w.-]+", s)), None)
    return prefix, ext


def is_first_page(url: str) -> bool:
    """A listing URL that is no `<name>_<k>.<ext>` page: a column's first page."""
    name = urlsplit(url).path.rsplit("/", 1)[-1]
    match = PAGED_NAME_RE.match(name)
    return not (match and match["n"])


def script_pager_args(args: str, text: str) -> tuple[list[int], list[str]]:
    """A pager call's numbers (names resolved from `var x = N` in `text`: TRS writes
    createPageHTML(_nPageCount, _nCurrIndex, …)) and the strings after the first number."""
    numbers: list[int] = []
    strings: list[str] = []
    for single, double, word in SCRIPT_ARG_RE.findall(args):
        quoted = single or double
        if quoted.isdigit():   # createPageHTML('2', '0', …): a number in quotes
            numbers.append(int(quoted))
        elif word:
            value = int(word) if word.isdigit() else js_number(text, word.split(".")[-1])
            if value is not None:
                numbers.append(value)
        elif numbers:   # strings before the first number are element ids
            strings.append(quoted)
    return numbers, strings


def first_page_pager_urls(text: str, url: str) -> list[str]:
    """Pages 2.. a script pager announces on its first page (current index 0, or 1 on an
    unnumbered page): a later page announces nothing new (pages of a split article, of a
    static listing)."""
    urls: list[str] = []
    for args in SCRIPT_PAGER_RE.findall(text):
        numbers, _ = script_pager_args(args, text)
        if len(numbers) >= 2 and (numbers[1] == 0 or numbers[1] == 1 and is_first_page(url)):
            urls += [request.url for request in create_page_paging(args, text, url).next_requests]
    return list(dict.fromkeys(urls))
