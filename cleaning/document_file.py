"""Reports published only as a file: the "page" the crawler fetched is itself a PDF, DOCX, DOC,
WPS or OFD file. Such a document lists no attachments: the file is the page, not its attachment.

The file's text is sectioned like a page body; its first line that reads as a report title is
the title (report PDFs open with it), else the file name.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import unquote, urlsplit

from cleaning import attachments as attach
from cleaning import noise, report, script
from cleaning.document import Attachment, Document
from cleaning.errors import CleaningError
from cleaning.listing import ListingHint, file_title
from cleaning.metadata import clean_value, labelled_lines
from cleaning.office import OLE_MAGIC
from cleaning.patterns import (
    DOC_NUMBER_RX,
    EXTRACTABLE_EXTS,
    FILE_TITLE_SPLIT_TAIL_RX,
    META_LINE_RX,
    ORG_SUFFIX_RX,
    RED_HEADER_ISSUER_MAX_CHARS,
    RED_HEADER_RX,
    SCANNED_PDF_WARNING,
    TITLE_WITHOUT_ISSUER_RX,
)
from cleaning.textutil import ordinary_punctuation

# Magic → the kind assumed when the URL names none: a zip is a DOCX unless the URL says .ofd
# (or .xlsx…), an OLE2 file a .doc unless the URL says .wps (or .xls…).
FILE_MAGIC = {b"%PDF-": ".pdf", b"PK\x03\x04": ".docx", OLE_MAGIC: ".doc"}
FILE_CONTENT_TYPES = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/msword": ".doc", "application/ofd": ".ofd", "application/kswps": ".wps",
}
# A URL naming one of these is a file whatever its bytes look like (a .pdf or .docx URL may be a
# viewer page; a .doc, .wps or .ofd URL never is).
NEVER_HTML_EXTS = (".doc", ".wps", ".ofd")
TITLE_SCAN_LINES = 5   # the title sits in the first lines of a report file
COVER_SCAN_LINES = 12  # a cover's label：value rows (索引号, 文号, 签发人) sit among these
ISSUER_MAX_CHARS = 30  # an issuer line above a 关于… title
TITLE_END = "报告"


def file_kind(data: bytes, url: str, content_type: str | None) -> str | None:
    """'.pdf', '.docx', '.doc'… when the bytes are a document file rather than an HTML page."""
    ext = attach.extension(url)
    for magic, magic_ext in FILE_MAGIC.items():
        if data.startswith(magic):
            return ext if magic_ext != ".pdf" and ext in attach.ATTACHMENT_EXTS else magic_ext
    media = (content_type or "").split(";")[0].strip().lower()
    if (media in FILE_CONTENT_TYPES or ext in attach.NOT_EXTRACTABLE_REASONS
            or ext in NEVER_HTML_EXTS):
        return FILE_CONTENT_TYPES.get(media, ext)
    return None


def from_file(data: bytes, url: str, kind: str, hint: ListingHint | None = None
              ) -> tuple[Document, list[str], dict[str, str]]:
    """A Document (title, script), the body lines of a report file and its cover's fields
    (a publisher row, the red header's issuer as red_header); with no title in the file's
    text, the listing's link text, else the file name, is its title. The file is the
    document, not an attachment of it (its extraction is told by the warnings)."""
    name = posixpath.basename(unquote(urlsplit(url).path)) or url
    stem = posixpath.splitext(name)[0]
    att = Attachment(url=url, name=name)
    lines = attach.extract_text(att, data) if kind in EXTRACTABLE_EXTS else []
    if not lines and att.reason == SCANNED_PDF_WARNING:
        # A scan: recorded as what it is, titled by its listing or file name, with the warning.
        doc = Document(family="file", title=file_title(None, stem, hint))
        doc.warnings.append(SCANNED_PDF_WARNING)
        return doc, [], {}
    if not lines:
        reason = att.reason or attach.NOT_EXTRACTABLE_REASONS.get(kind, f"{kind} file")
        raise CleaningError(f"report file not extracted: {reason}")
    doc = Document(family="file")
    lines = [ordinary_punctuation(line) for line in lines]      # 一﹑ is 一、, as on a page
    doc.original_script = script.detect("".join(lines))
    if doc.original_script == "traditional":
        lines = script.simplifier("".join(lines)).many(lines)
    issuer = red_header_issuer(lines[:COVER_SCAN_LINES])
    cover, lines = _split_cover(lines)
    if issuer:
        cover["red_header"] = issuer
    doc.doc_number = clean_value(cover.get("doc_number"))
    doc.index_number = clean_value(cover.get("index_number"))
    found, body = title_and_body(lines)
    doc.title = found or file_title(None, stem, hint)
    doc.warnings.append(f"body taken from the {kind} file itself")
    return doc, noise.clean_lines(body, doc.title), cover


def title_and_body(lines: list[str]) -> tuple[str | None, list[str]]:
    """A report file's title, from its opening lines, and the lines after it (None and the
    lines unchanged when no opening line is a report title)."""
    span = _title_span(lines)
    if span is None:
        return None, lines
    title, rest = _split_title("".join(lines[span[0]:span[1]]))
    return title, [rest, *lines[span[1]:]] if rest else lines[span[1]:]


def red_header_issuer(head: list[str]) -> str | None:
    """The organisation a cover's red header names (某市人民政府文件 → 某市人民政府). Of joint
    issuers (中共某县委 某县人民政府文件) the government, else the first."""
    for line in head:
        match = RED_HEADER_RX.match(line.strip())
        if not match:
            continue
        parts = match.group(1).split()
        if len(parts) > 1 and all(len(p) >= 3 and ORG_SUFFIX_RX.search(p) for p in parts):
            issuer = next((p for p in parts if "政府" in p), parts[0])
        else:
            issuer = "".join(parts)
        if len(issuer) <= RED_HEADER_ISSUER_MAX_CHARS and ORG_SUFFIX_RX.search(issuer):
            return issuer
    return None


def _split_cover(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """A cover's label：value rows and its bare 文号 line (英政文〔2025〕12号: in the red header
    above the title, centred under it, or in a column beside it) read as fields and taken out
    of the lines: in a two-column cover they come interleaved with the title's lines, which
    then join again. A 文号 row (文号：…) wins over a bare 文号 line."""
    head = lines[:COVER_SCAN_LINES]
    rows = [line for line in head if META_LINE_RX.match(line)]
    numbers = [number for number in map(_doc_number, head) if number]
    if not rows and not numbers:
        return {}, lines
    rest = [line for line in head if not META_LINE_RX.match(line) and not _doc_number(line)]
    fields = labelled_lines(rows)
    if numbers:
        fields.setdefault("doc_number", numbers[0])
    return fields, rest + lines[COVER_SCAN_LINES:]


def _doc_number(line: str) -> str | None:
    """A line that is a 文号 and nothing else (a body line citing one says more)."""
    compact = "".join(line.split())
    return compact if DOC_NUMBER_RX.match(compact) else None


def _split_title(line: str) -> tuple[str, str]:
    """PDF text joins the title with the salutation after it ("…情况报告区委："): cut at 报告."""
    # The first 报告 that ends a report title: the paragraph after it may say 报告 too
    # ("现将有关情况报告如下").
    ends = [m.end() for m in re.finditer(TITLE_END, line)]
    end = next((e for e in ends if report.classify_title(line[:e]).is_report),
               ends[-1] if ends else len(line))
    return line[:end], line[end:].strip()


def _title_span(lines: list[str]) -> tuple[int, int] | None:
    """The lines [start, end) holding the report title: one line, or a title broken over two
    (…关于 / 2024年度…报告; …法治政府 / 建设情况的报告), never taking in a red-header or
    doc-number line."""
    head = lines[:TITLE_SCAN_LINES]
    titles = [report.classify_title(line).is_report for line in head]
    for index, line in enumerate(head):
        if titles[index]:
            joined = index > 0 and FILE_TITLE_SPLIT_TAIL_RX.search(head[index - 1])
            return _with_issuer(head, (index - 1 if joined else index), index + 1)
        if (index + 1 < len(head) and not titles[index + 1]
                and not DOC_NUMBER_RX.match("".join(line.split()))
                and report.classify_title(line + head[index + 1]).is_report):
            return _with_issuer(head, index, index + 2)
    return None


def _with_issuer(head: list[str], start: int, end: int) -> tuple[int, int]:
    """A title opening with 关于 or its year names its issuer on the line above (某县人民政府 /
    关于…的报告, 某区市场监督管理局 / 2024年度…报告: a title centred on two lines)."""
    above = head[start - 1].strip() if start else ""
    if (TITLE_WITHOUT_ISSUER_RX.match(head[start]) and 0 < len(above) <= ISSUER_MAX_CHARS
            and ORG_SUFFIX_RX.search(above) and not any(ch.isdigit() for ch in above)):
        return start - 1, end
    return start, end
