"""The paging a listing page declares: pure functions of a response's text and URL.

`read_paging(text, url)` → `Paging(declared_pages, declared_records, next_requests)`, from every
pager a Chinese government portal writes (patterns are data, below):
- script pagers (crawler/paging_script.py): `createPageHTML(...)` / `createPage(...)` read by
  their values' shapes, `var countPage = N` beside a `currentPage`;
- rendered pagers: 共N页 / 共N条 / 第1/N页, and the 下一页 / 尾页 / numbered links of a pager
  block; from a 尾页 link the pages in between are filled in (`index_N.html`, `list_N.shtml`,
  `?uid=…&pageNum=N`, `?page=N`);
- a listing inside an `<iframe>`;
- a JSON listing API called by the page's script (`$.ajax({url, type, data})`, `$.post`,
  `$.get`/`$.getJSON`), and its answers: `json_paging(data, request)`.
Hanweb's jpage data proxy and gkmlpt's API are read by their family spiders with the counting
helpers here (`pages_for`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector
from w3lib.html import get_base_url

from crawler.hosts import site_host
from crawler.tracking_params import link_identity

# --- patterns (data) ----------------------------------------------------------------------------
NEXT_TEXTS = ("下一页", "下页", "下一頁", "后页", "后一页", ">", ">>", "›", "»", "next", "Next")
LAST_TEXTS = ("尾页", "末页", "最后一页", "尾頁", "last", "Last")
PAGER_BLOCK_XPATH = ('//*[contains(@class, "page") or contains(@id, "page")'
                     ' or contains(@class, "pag") or contains(@class, "fenye")'
                     ' or contains(@id, "fenye")]')
PAGE_COUNT_RES = (re.compile(r"共\s*(\d+)\s*页"), re.compile(r"第\s*\d+\s*/\s*(\d+)\s*页"),
                  re.compile(r"页次\s*[:：]?\s*\d+\s*/\s*(\d+)"),
                  re.compile(r"(?<![\d/])\d+\s*/\s*(\d+)\s*页"))   # 共12条 1/3页
RECORD_COUNT_RES = (re.compile(r"共\s*(\d+)\s*条"), re.compile(r"共\s*(\d+)\s*篇"),
                    re.compile(r"共有?\s*(\d+)\s*条记录"))
PAGE_EXTS = ("html", "shtml", "htm", "jhtml", "jsp", "php", "aspx")
PAGED_NAME_RE = re.compile(r"^(?P<stem>.*?)(?:_(?P<n>\d+))?\.(?P<ext>\w+)$")
PAGE_PARAMS = ("pageNum", "pageNo", "page", "pageIndex", "curPage", "currentPage", "pageNumber",
               "currpage", "p", "currentPageNum", "cur_page", "page_no", "pageindex", "current",
               "currentPageIndex")
MAX_FILLED_PAGES = 500   # never invent more listing pages than this from one pager
BASE_TAG_RE = re.compile(r"<base[\s/>]", re.IGNORECASE)   # a page that may declare a base
# "更多" links: a section page shows a column's newest items and links the full column.
MORE_TEXTS = ("更多", "查看更多", "更多信息", "more", "MORE", "More")
MORE_DECORATION = ">»＞+＋›》 \u3000"
MORE_BLOCK_LEVELS = 4    # ancestors searched for the block of items a 更多 link closes
# A 更多 block headed by one of these leads to the report column (followed whatever it lists).
REPORT_COLUMN_WORDS = ("法治政府建设", "法治建设", "依法行政", "法治政府")


@dataclass(frozen=True)
class PageRequest:
    """One further listing request: a page, a POST window or an API page."""

    url: str
    method: str = "GET"
    formdata: tuple[tuple[str, str], ...] = ()
    answer: str = "html"            # html | json: how the answer is read
    page_field: str | None = None   # the form field / query parameter that numbers pages
    frame: bool = False             # an iframe's page: the listing, on any host of the portal's
    first: int = 1                  # the page_field's first page: 0 for an API counted from 0
    json: bool = False              # a POST whose form is sent as a JSON body
    literals: tuple[tuple[str, str], ...] = ()   # its pairs written as a number, true…


@dataclass
class Paging:
    declared_pages: int | None = None
    declared_records: int | None = None
    next_requests: list[PageRequest] = field(default_factory=list)

    def add(self, other: Paging) -> Paging:
        """Both pagings: the larger declarations, every request once."""
        return Paging(_larger(self.declared_pages, other.declared_pages),
                      _larger(self.declared_records, other.declared_records),
                      list(dict.fromkeys([*self.next_requests, *other.next_requests])))


def _larger(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)


def read_paging(text: str, url: str) -> Paging:
    """Everything an HTML listing page declares about its further pages."""
    if (text or "").lstrip()[:1] in ("{", "["):   # a JSON answer: its reader counts it
        return Paging()
    selector = Selector(text=text or "<html></html>", type="html")
    paging = Paging()
    from crawler.paging_api import ajax_paging  # the JSON half, which needs PageRequest
    from crawler.paging_jump import jump_paging  # page functions and jumpers
    from crawler.paging_options import plugin_paging  # a pager plugin's script options
    from crawler.paging_script import script_paging  # createPageHTML(…), var countPage = N
    from crawler.paging_select import select_paging  # a select jumper's onchange handler
    from crawler.paging_template import template_paging  # data-page links, a data-url template

    plugin_pages, plugin_urls = plugin_paging(text, url)
    for part in (script_paging(text, url), rendered_paging(selector, url),
                 Paging(plugin_pages, None, [PageRequest(u) for u in plugin_urls]),
                 iframe_paging(selector, url), ajax_paging(text, url),
                 jump_paging(selector, text, url), template_paging(selector, url),
                 select_paging(selector, text, url)):
        paging = paging.add(part)
    paging.next_requests = [r for r in paging.next_requests
                            if (same_site(r.url, url) or r.frame)   # a frame: the spider says
                            and (r.url != url or r.method != "GET")]   # a POST to itself
    return paging


def absolute_url(base_url: str, href: str | None) -> str | None:
    """The absolute http(s) URL of a link without its fragment; None for script links."""
    href = (href or "").strip()
    if not href or href.lower().startswith(("javascript:", "mailto:", "#")):
        return None
    url = link_identity(urljoin(base_url, href).split("#", 1)[0])
    return url if urlsplit(url).scheme in ("http", "https") else None


def page_base(page: Selector | str, url: str) -> str:
    """The URL a page's relative links resolve against, as in a browser: its first
    `<base href>` (itself relative to the page's URL), else the page's URL. Rows
    `fzzf/ndbg/202501/t1.html` under `<base href="/xxgk/">` are /xxgk/fzzf/ndbg/…, whatever
    folder the listing page sits in. `page` is the page's text or its HTML selector."""
    if isinstance(page, str):
        return get_base_url(page, url) if BASE_TAG_RE.search(page) else url
    if page.type != "html":   # a JSON or XML answer: its own URL
        return url
    href = page.xpath("(//base[@href])[1]/@href").get("").strip()
    return urljoin(url, href) if href else url


def same_site(url: str, base: str) -> bool:
    """On the page's host, or its `www.` twin (a pager linking page 2 on the bare domain)."""
    return site_host(urlsplit(url).hostname or "") == site_host(urlsplit(base).hostname or "")


def numbered_pages(url: str, total: int, *, prefix: str | None = None,
                   ext: str | None = None, first: int = 1) -> list[PageRequest]:
    """Pages 2..total of a static listing: `<prefix>_1.<ext>` … `<prefix>_<total-1>.<ext>`
    (first=2, numbered from 1: `<prefix>_2.<ext>` … `<prefix>_<total>.<ext>`)."""
    name = urlsplit(url).path.rsplit("/", 1)[-1] or "index.html"
    match = PAGED_NAME_RE.match(name)
    stem, own_ext = (match["stem"], match["ext"]) if match else ("index", "html")
    prefix, ext = prefix or stem, (ext or own_ext).lstrip(".")
    if ext not in PAGE_EXTS:
        return []
    return [PageRequest(urljoin(url, f"{prefix}_{k}.{ext}"))
            for k in range(first, min(total + first - 1, MAX_FILLED_PAGES))]


# --- rendered pagers ----------------------------------------------------------------------------

def rendered_paging(selector: Selector, url: str) -> Paging:
    visible = " ".join(selector.xpath("//body//text()[not(ancestor::script)]").getall())
    pages = _first_count(PAGE_COUNT_RES, visible)
    records = _first_count(RECORD_COUNT_RES, visible)
    links = pager_links(selector, url)
    filled = fill_between(url, links, pages=pages)
    requests = [PageRequest(link) for link in [*links, *filled]]
    return Paging(pages, records, requests)


def _first_count(patterns: tuple[re.Pattern[str], ...], text: str) -> int | None:
    counts = [int(m.group(1)) for rx in patterns for m in rx.finditer(text)]
    return max(counts) if counts else None


def pager_links(selector: Selector, url: str) -> list[str]:
    """下一页 / 尾页 links anywhere, numbered links inside a pager block."""
    texts = NEXT_TEXTS + LAST_TEXTS
    hrefs = [a.attrib.get("href") for a in selector.css("a[href]")
             if " ".join(a.xpath(".//text()").getall()).strip() in texts]
    for block in selector.xpath(PAGER_BLOCK_XPATH):
        hrefs += [a.attrib.get("href") for a in block.css("a[href]")
                  if " ".join(a.xpath(".//text()").getall()).strip().isdigit()]
    base = page_base(selector, url)
    urls = [absolute_url(base, href) for href in hrefs]
    return list(dict.fromkeys(u for u in urls if u and u != url))


def fill_between(url: str, links: list[str], *, pages: int | None = None) -> list[str]:
    """The pages between the lowest- and highest-numbered pager links of one shape (a pager
    shows 1 2 3 … 9 尾页: pages 4..8 are declared too). A 末页 link numbered as the declared
    page count (`list_3.shtml`, 共3页) starts its shape at 2; one short of it (TRS
    `index_2.html`) at 1: page 1 is the unnumbered name."""
    numbers: dict[str, list[int]] = {}
    for link in links:
        shape = page_number_shape(link)
        if shape is not None:
            numbers.setdefault(shape[0], []).append(shape[1])
    # The page's own number counts in its shape: the last page `?page=3` whose 上一页 links
    # `?page=2` numbers its pages as they are counted (no `?page=1`), unlike TRS's 末页 `_2`.
    own = page_number_shape(url)
    if own is not None and own[0] in numbers:
        numbers[own[0]].append(own[1])
    filled = [template.format(n) for template, seen in numbers.items()
              for n in range(_lowest(seen, pages),
                             min(max(seen), min(seen) + MAX_FILLED_PAGES) + 1)]
    return [u for u in dict.fromkeys(filled) if u != url]


def _lowest(seen: list[int], pages: int | None) -> int:
    if pages and max(seen) == pages:
        return min(2, *seen)
    if pages and max(seen) == pages - 1:
        return min(1, *seen)
    return min(seen)


def page_number_shape(url: str) -> tuple[str, int] | None:
    """(template with {} for the page number, the number) of a page URL, or None."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    for i, (key, value) in enumerate(query):
        if key in PAGE_PARAMS and value.isdigit():
            marked = [*query[:i], (key, "\x00"), *query[i + 1:]]
            encoded = urlencode(marked).replace("%00", "{}")
            return urlunsplit(parts._replace(query=encoded)), int(value)
    head, _, name = parts.path.rpartition("/")
    match = re.fullmatch(r"(.+)_(\d+)\.(\w+)", name)
    if match and match[3] in PAGE_EXTS:
        path = f"{head}/{match[1]}_{{}}.{match[3]}"
        return urlunsplit(parts._replace(path=path.replace("{{", "{"))), int(match[2])
    return None


def iframe_paging(selector: Selector, url: str) -> Paging:
    """A listing drawn in an iframe, or in a `<frameset>`'s frames: the frame is the listing
    (on another host too: the spider decides whether that host is the portal's)."""
    base = page_base(selector, url)
    srcs = [absolute_url(base, src)
            for src in selector.css("iframe::attr(src), frame::attr(src)").getall()]
    return Paging(next_requests=[PageRequest(src, frame=True) for src in srcs if src])


# --- "更多" links -----------------------------------------------------------------------------

@dataclass(frozen=True)
class MoreLink:
    """A 更多 link and the block of items it closes: its heading words and its item titles."""

    url: str
    heading: str                  # the block's text outside its item links (and its title attr)
    titles: tuple[str, ...]       # the block's other link texts (or title attributes)


def more_links(text: str, url: str) -> list[MoreLink]:
    """Every 更多 / more link of a page with the block of items it belongs to: the nearest
    ancestor holding other links (a section page's 政策文件 / 法治政府建设年度报告 … boxes)."""
    selector = Selector(text=text or "<html></html>", type="html")
    found: dict[str, MoreLink] = {}
    base = page_base(selector, url)
    for link in selector.css("a[href]"):
        label = " ".join(link.xpath(".//text()").getall()).strip(MORE_DECORATION)
        target = absolute_url(base, link.attrib.get("href"))
        if label not in MORE_TEXTS or not target or target == url or target in found:
            continue
        block = _item_block(link)
        items = [a for a in block.css("a[href]") if a.root is not link.root] if block else []
        titles = tuple(a.attrib.get("title") or " ".join(a.xpath(".//text()").getall()).strip()
                       for a in items)
        outside = block.xpath(".//text()[not(ancestor::a)]").getall() if block else []
        heading = " ".join([*outside, link.attrib.get("title", "")]).strip()
        found[target] = MoreLink(target, " ".join(heading.split()), titles)
    return list(found.values())


def _item_block(link: Selector) -> Selector | None:
    for level in range(1, MORE_BLOCK_LEVELS + 1):
        ancestor = link.xpath(f"ancestor::*[{level}]")
        if ancestor and len(ancestor[0].css("a[href]")) > 1:
            return ancestor[0]
    return None
