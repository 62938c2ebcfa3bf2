"""Reports published only as a file: the "page" the crawler fetched is itself a PDF or DOCX.

The file's text is sectioned like a page body; its first line that reads as a report title is
the title (report PDFs open with it), else the file name.
"""

from __future__ import annotations

import posixpath
from urllib.parse import unquote, urlsplit

from cleaning import attachments as attach
from cleaning import noise, report, script
from cleaning.document import Attachment, Document
from cleaning.errors import CleaningError
from cleaning.patterns import EXTRACTABLE_EXTS

FILE_MAGIC = {b"%PDF-": ".pdf", b"PK\x03\x04": ".docx"}
FILE_CONTENT_TYPES = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/msword": ".doc", "application/ofd": ".ofd", "application/kswps": ".wps",
}
TITLE_SCAN_LINES = 5   # the title sits in the first lines of a report file
TITLE_END = "报告"


def file_kind(data: bytes, url: str, content_type: str | None) -> str | None:
    """'.pdf', '.docx', '.doc'… when the bytes are a document file rather than an HTML page."""
    ext = attach.extension(url)
    for magic, magic_ext in FILE_MAGIC.items():
        if data.startswith(magic):
            # A zip is a DOCX unless the URL names another zip-based format (.xlsx, .zip).
            return ext if magic_ext == ".docx" and ext not in ("", ".docx") else magic_ext
    media = (content_type or "").split(";")[0].strip().lower()
    if media in FILE_CONTENT_TYPES or ext in attach.NOT_EXTRACTABLE_REASONS:
        return FILE_CONTENT_TYPES.get(media, ext)
    return None


def from_file(data: bytes, url: str, kind: str) -> tuple[Document, list[str]]:
    """A Document (title, script, attachment) and the body lines of a report file."""
    name = posixpath.basename(unquote(urlsplit(url).path)) or url
    att = Attachment(url=url, name=name)
    lines = attach.extract_text(att, data) if kind in EXTRACTABLE_EXTS else []
    if not lines:
        reason = att.reason or attach.NOT_EXTRACTABLE_REASONS.get(kind, f"{kind} file")
        raise CleaningError(f"report file not extracted: {reason}")
    doc = Document(attachments=[att], family="file")
    doc.original_script = script.detect("".join(lines))
    if doc.original_script == "traditional":
        lines = [script.to_simplified(line) for line in lines]
    title_index = _title_line(lines)
    if title_index is None:
        doc.title, body = posixpath.splitext(name)[0], lines
    else:
        doc.title, rest = _split_title(lines[title_index])
        body = [rest, *lines[title_index + 1:]] if rest else lines[title_index + 1:]
    doc.warnings.append(f"body taken from the {kind} file itself")
    return doc, noise.clean_lines(body, doc.title)


def _split_title(line: str) -> tuple[str, str]:
    """PDF text joins the title with the salutation after it ("…情况报告区委："): cut at 报告."""
    end = line.rfind(TITLE_END)
    if end < 0 or end + len(TITLE_END) == len(line):
        return line, ""
    return line[:end + len(TITLE_END)], line[end + len(TITLE_END):].strip()


def _title_line(lines: list[str]) -> int | None:
    for index, line in enumerate(lines[:TITLE_SCAN_LINES]):
        if report.classify_title(line).is_report:
            return index
    return None
