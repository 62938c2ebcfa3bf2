"""Stage 8: attachment links near the body, and the text of PDF/DOCX/DOC/WPS/OFD attachments.

Extraction is guarded: size caps, page caps, a zip-bomb check before python-docx opens a DOCX,
and every library exception caught — a malformed file becomes status "not_extracted".
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from urllib.parse import parse_qs, unquote, urldefrag, urljoin, urlsplit

from lxml.html import HtmlElement

from cleaning import office, pdf_text
from cleaning.document import Attachment
from cleaning.patterns import (
    ATTACHMENT_EXTS,
    ATTACHMENT_FOLLOWING_SIBLINGS,
    ATTACHMENT_SEARCH_LEVELS,
    MAX_ATTACHMENT_BYTES,
    MAX_PDF_PAGES,
    NOT_EXTRACTABLE_REASONS,
    RELATED_LABEL_LEVELS,
    RELATED_LINKS_LABEL_RX,
    SCANNED_PDF_WARNING,
)
from cleaning.textutil import normalise_space

# Characters URL parsing drops wherever they stand (WHATWG: ASCII tab and newlines); removed
# here, before anything else reads the URL, so what follows need not know what urlsplit drops.
_URL_IGNORED = str.maketrans("", "", "\t\r\n")
# A necessary condition for extension() to be one of ATTACHMENT_EXTS, checked in C first: the
# extension written out, or a %-escape that unquote decodes (urlsplit only cuts the text into
# parts). Mega-menus carry hundreds of links per page; most fail this and are never split.
_MAY_BE_FILE_RX = re.compile(
    r"%|(?:{})".format("|".join(map(re.escape, ATTACHMENT_EXTS))), re.I)


def extension(url_or_name: str) -> str:
    return _extension(url_or_name.translate(_URL_IGNORED))


def _extension(text: str) -> str:
    path = unquote(urlsplit(text).path or text).lower()
    return posixpath.splitext(path)[1]


def _search_roots(tree: HtmlElement, node: HtmlElement | None) -> list[HtmlElement]:
    """The container's ancestors up to a few levels; when the container sits right under <body>,
    the few elements after it too (an attachment box beside the body, not inside a wrapper)."""
    if node is None or node.getroottree().getroot() is not tree:
        return [tree]
    root = node
    for _ in range(ATTACHMENT_SEARCH_LEVELS):
        parent = root.getparent()
        if parent is None or parent.tag in ("body", "html"):
            following = [el for el in root.itersiblings() if isinstance(el.tag, str)]
            return [root, *following[:ATTACHMENT_FOLLOWING_SIBLINGS]]
        root = parent
    return [root]


def find_links(tree: HtmlElement, node: HtmlElement | None, base_url: str) -> list[Attachment]:
    """Links to document files in or near the body, absolute URLs, named by link text."""
    found: dict[str, Attachment] = {}
    links = [link for root in _search_roots(tree, node) for link in root.iter("a")]
    if not _may_link_files(links):
        return []
    for link in links:
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        # The text is normalised only when the pre-filter lets it through (the filter's matches
        # hold no spaces, so normalising cannot make or break one).
        raw = _link_text(link)
        if not (is_file(href) or (_MAY_BE_FILE_RX.search(raw)
                                   and is_file(normalise_space(raw)))):
            continue
        if _under_related_label(link):
            continue
        text = normalise_space(raw)
        url = urldefrag(urljoin(base_url, href))[0]
        name = text or posixpath.basename(unquote(urlsplit(url).path))
        found.setdefault(url, Attachment(url=url, name=name))
    return list(found.values())


def _under_related_label(link: HtmlElement) -> bool:
    """Is the link under a 相关文件/相关链接/相关解读 label: the first text before it in its
    parent, a few ancestors up, is the label alone? Such links are other documents."""
    el = link
    for _ in range(RELATED_LABEL_LEVELS):
        parent = el.getparent()
        if parent is None:
            return False
        first = _first_text_before(parent, el)
        if first and RELATED_LINKS_LABEL_RX.match(first):
            return True
        el = parent
    return False


def _first_text_before(parent: HtmlElement, child: HtmlElement) -> str:
    """The first non-blank text of parent before child (its text, earlier children's texts and
    tails), stripped; '' when there is none."""
    if (parent.text or "").strip():
        return normalise_space(parent.text or "")
    for sibling in parent:
        if sibling is child:
            break
        for text in ((sibling.text_content() if isinstance(sibling.tag, str) else ""),
                     sibling.tail or ""):
            if text.strip():
                return normalise_space(text)
    return ""


def _may_link_files(links: list[HtmlElement]) -> bool:
    """Could a link be a file? The pre-filter is run once, in C, over every href and every
    link text joined, not per link (a mega-menu's hundreds of links, on most pages none a file:
    ~0.15 ms a 100 KB page less). A link's match is one in the joined text too: the characters
    the translate drops are in no match."""
    hrefs = " ".join([link.get("href") or "" for link in links]).translate(_URL_IGNORED)
    return bool(_MAY_BE_FILE_RX.search(hrefs)
                or _MAY_BE_FILE_RX.search(" ".join([_link_text(link) for link in links])))


def _link_text(link: HtmlElement) -> str:
    # A leaf link's text is its .text: no XPath string() (~5 µs) for most menu links.
    return (link.text or "") if len(link) == 0 else link.text_content()


# Report files shown through a viewer rather than linked: a pdf.js viewer.html?file=… iframe,
# <embed src>, <object data>. Looked for on the whole page (only file URLs count, so maps and
# video frames never do), in one walk of the tree by tag (in C; the XPath union of four `//`
# walks, compiled at each call, was ~0.5 ms of a 100 KB page).
_EMBEDDING_ATTRIBUTE = {"iframe": "src", "frame": "src", "embed": "src", "object": "data"}
VIEWER_FILE_PARAMS = ("file", "url", "src", "path")


def find_embedded(tree: HtmlElement, base_url: str) -> list[Attachment]:
    """Files embedded in the page or opened in a viewer frame, absolute, named by file name."""
    found: dict[str, Attachment] = {}
    for el in tree.iter(*_EMBEDDING_ATTRIBUTE):
        if el.get(_EMBEDDING_ATTRIBUTE[el.tag]) is None:
            continue
        source = urljoin(base_url, (el.get("src") or el.get("data") or "").strip())
        query = parse_qs(urlsplit(source).query)
        inner = next((query[key][0] for key in VIEWER_FILE_PARAMS if query.get(key)), None)
        url = urldefrag(urljoin(source, inner) if inner else source)[0]
        if is_file(url):
            name = posixpath.basename(unquote(urlsplit(url).path))
            found.setdefault(url, Attachment(url=url, name=el.get("title") or name))
    return list(found.values())


def is_file(url_or_name: str) -> bool:
    text = url_or_name.translate(_URL_IGNORED)
    return bool(_MAY_BE_FILE_RX.search(text)) and _extension(text) in ATTACHMENT_EXTS


def extract_text(att: Attachment, data: bytes) -> list[str]:
    """Paragraphs of an attachment; sets att.status/att.reason."""
    ext = extension(att.url) or extension(att.name)
    if ext in NOT_EXTRACTABLE_REASONS:
        return _fail(att, NOT_EXTRACTABLE_REASONS[ext])
    if len(data) > MAX_ATTACHMENT_BYTES:
        return _fail(att, f"attachment larger than {MAX_ATTACHMENT_BYTES} bytes")
    try:
        if data.startswith(b"%PDF"):
            lines = _pdf_lines(data)
        elif data.startswith(office.OLE_MAGIC):
            lines = office.word97_lines(data)     # paragraphs already, never wrapped
        elif data.startswith(b"PK\x03\x04"):
            lines = _zip_lines(data)
        else:
            return _fail(att, "unrecognised attachment format (%s)" % (ext or "no extension"))
    except Exception as exc:  # noqa: BLE001 - malformed files raise anything; never crash
        return _fail(att, f"extraction failed: {type(exc).__name__}: {str(exc)[:80]}")
    if not lines:
        return _fail(att, SCANNED_PDF_WARNING if data.startswith(b"%PDF") else "no text")
    att.status, att.reason = "extracted", None
    return lines


def _fail(att: Attachment, reason: str) -> list[str]:
    att.status, att.reason = "not_extracted", reason
    return []


def _pdf_lines(data: bytes) -> list[str]:
    from pypdf import PdfReader  # lazy: only attachment-only reports need it

    reader = PdfReader(io.BytesIO(data))
    if len(reader.pages) > MAX_PDF_PAGES:
        raise ValueError("too many pages")
    return pdf_text.pdf_paragraphs([page.extract_text() or "" for page in reader.pages])


def _zip_lines(data: bytes) -> list[str]:
    """A zip-based document: OFD (OFD.xml at its root) or DOCX."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        ofd = office.is_ofd(archive)
    return office.ofd_paragraphs(data) if ofd else office.docx_lines(data)
