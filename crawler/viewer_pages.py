"""Report rows that open a viewer page, and report pages that hold nothing to store.

A listing row may link a document viewer rather than the file: pdf.js's
`…/web/viewer.html?file=%2Fuploadfiles%2F2024%2F…pdf`, a preview service's `?url=…`. The viewer
page's HTML names no file (its script reads `location.search`), so the file is the one its own
query names: fetched as the article's attachment, as the file a page frames or embeds (a
kkFileView preview's `<iframe src=…pdf>`, a viewer iframe's `?file=`) is: cleaning reads both
(`cleaning.attachments.find_embedded`, whose parameter names these are).

A report page fetched with no text at all (no letters in its body, scripts included), no
further page and no file, is stored as nothing: the crawl says so (`Ledger.report_empty`)
rather than counting it collected.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urldefrag, urljoin, urlsplit

from parsel import Selector
from scrapy.http import TextResponse

from cleaning.attachments import VIEWER_FILE_PARAMS, find_embedded
from cleaning.document_file import file_kind
from cleaning.encoding import decode_page
from cleaning.errors import CleaningError
from cleaning.textutil import han_count

# A page whose body (script text included: a page a script writes is not empty) has fewer
# Chinese characters than this holds no report text: a viewer's toolbar (打印 下载), a blank shell.
BLANK_PAGE_HAN = 20


def viewer_file(url: str, extensions: tuple[str, ...]) -> str | None:
    """The file a viewer page's own query names (`viewer.html?file=/a/b.pdf`), absolute;
    None when no viewer parameter names a file with one of `extensions`."""
    query = parse_qs(urlsplit(url).query)
    inner = next((query[key][0].strip() for key in VIEWER_FILE_PARAMS if query.get(key)), "")
    if not inner:
        return None
    target = urldefrag(urljoin(url, inner))[0]
    return target if urlsplit(target).path.lower().endswith(extensions) else None


def embedded_files(response: TextResponse, extensions: tuple[str, ...]) -> list[str]:
    """The files an HTML page embeds or opens in a viewer frame (`<iframe src=…pdf>`, a pdf.js
    `viewer.html?file=` frame, `<embed>`, `<object data>`: cleaning's `find_embedded`, which
    reads them as the page's attachments), then the file its own viewer query names."""
    if response.selector.type != "html":
        return []
    found = [att.url for att in find_embedded(response.selector.root, response.url)]
    own = viewer_file(response.url, extensions)
    return [url for url in dict.fromkeys([*found, *([own] if own else [])])
            if urlsplit(url).path.lower().endswith(extensions)]


def blank_page(response: TextResponse) -> bool:
    """Whether a fetched HTML page (not a document file: cleaning's `file_kind`) holds next to
    no Chinese text in its body, scripts included."""
    content_type = (response.headers.get("Content-Type") or b"").decode("latin-1")
    if (response.selector.type != "html"
            or file_kind(response.body, response.url, content_type)):
        return False
    if _body_han(response.selector) >= BLANK_PAGE_HAN:
        return False
    # Scrapy decodes by the declared charset: a GBK page served as utf-8 is mojibake to it and
    # text to cleaning, which decodes by what the bytes are. Count what cleaning will read.
    try:
        text = decode_page(response.body, content_type).text
    except CleaningError:   # binary: nothing cleaning can read either
        return True
    return _body_han(Selector(text=text)) < BLANK_PAGE_HAN


def _body_han(selector: Selector) -> int:
    return han_count("".join(selector.xpath("//body//text()").getall()))
