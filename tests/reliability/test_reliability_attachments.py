"""Attachment extraction (through `cleaning.clean`) against zip bombs and malformed files.

Every case is an attachment-only report page whose attachment is hostile: the result is a
Document whose attachment is `not_extracted` with a reason, never an exception or a blow-up.
"""

from __future__ import annotations

import io
import resource
import zipfile
import zlib

import docx
import pytest

from cleaning import clean
from cleaning.patterns import MAX_ATTACHMENT_BYTES, MAX_DOCX_MEMBERS, MAX_DOCX_UNCOMPRESSED

URL = "http://sfj.anquan.gov.cn/zwgk/fzzfjs/202403/t20240301_1.html"
BOMB_BYTES = 100 * 1024 * 1024      # inflates past the DOCX guard (60 MB)
PDF_BOMB_BYTES = 4 * 1024 ** 3      # 4 GB of content stream: only a limit keeps it out of memory
PEAK_MEMORY_GROWTH = 512 * 1024     # KiB (ru_maxrss): what one hostile attachment may add
LINES = ["安全县2023年度法治政府建设情况报告", "一、主要举措和成效", "全面落实行政执法三项制度。",
         "二、存在的不足", "执法力量不足。", "三、下一年度工作安排", "持续深化法治领域改革。"]


def attachment_page(name: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>安全县司法局2023年度法治政府建设情况报告"
            "</title></head><body><div class='TRS_Editor'><p>附件：<a href='./" + name + "'>"
            + name + "</a></p></div></body></html>").encode()


def clean_attachment(name: str, data: bytes):
    url = URL.rsplit("/", 1)[0] + "/" + name
    doc = clean([attachment_page(name)], URL, attachments={url: data})
    (attachment,) = [a for a in doc.attachments if a.url == url]
    return doc, attachment


def good_docx() -> bytes:
    document = docx.Document()
    for line in LINES:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def rezip(source: bytes, replace: dict[str, bytes] | None = None, add: int = 0,
          big_member: int = 0) -> bytes:
    """A copy of a DOCX with members replaced, `add` empty members added, or one member of
    `big_member` zero bytes (written in chunks: the bomb is never in memory whole)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as old, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            new.writestr(item.filename, (replace or {}).get(item.filename, old.read(item)))
        for number in range(add):
            new.writestr(f"padding/item{number}.xml", b"")
        if big_member:
            with new.open("word/media/image1.bin", "w", force_zip64=True) as member:
                chunk = bytes(1024 * 1024)
                for _ in range(big_member // len(chunk)):
                    member.write(chunk)
    return out.getvalue()


BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "lollollollollol">'
                  + b"".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'
                             .encode() for i in range(8))
                  + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                  b'2006/main"><w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body>'
                  b"</w:document>")


def pdf(stream: bytes, pages: int = 1, flate: bool = False) -> bytes:
    """A hand-written PDF: `pages` pages sharing one content stream (FlateDecode if `flate`:
    `stream` is then already deflated)."""
    kids = " ".join(f"{4 + i} 0 R" for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
               (f"<< /Length {len(stream)}" + (" /Filter /FlateDecode" if flate else "")
                + " >>\nstream\n").encode() + stream + b"\nendstream"]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>"
                ] * pages
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            ).encode()
    return bytes(out)


def deflate_bomb(size: int) -> bytes:
    """A zlib stream inflating to `size` bytes of spaces, built without holding them: after a
    full flush the compressor starts afresh, so every further megabyte deflates the same."""
    compressor, megabyte = zlib.compressobj(9), b" " * 1024 * 1024
    first = compressor.compress(megabyte) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(megabyte) + compressor.flush(zlib.Z_FULL_FLUSH)
    return first + block * (size // len(megabyte) - 1) + compressor.flush()


HOSTILE = {
    "bomb.docx": lambda: rezip(good_docx(), big_member=BOMB_BYTES),
    "members.docx": lambda: rezip(good_docx(), add=MAX_DOCX_MEMBERS + 1),
    "laughs.docx": lambda: rezip(good_docx(), replace={"word/document.xml": BILLION_LAUGHS}),
    "truncated.docx": lambda: good_docx()[: len(good_docx()) // 2],
    "nodocument.docx": lambda: rezip(good_docx(), replace={"[Content_Types].xml": b"<x/>"}),
    "garbage.pdf": lambda: b"%PDF-1.7\n" + bytes(range(256)) * 40,
    "truncated.pdf": lambda: pdf(b"BT /F1 12 Tf (x) Tj ET")[:60],
    "pages.pdf": lambda: pdf(b"BT ET", pages=301),
    "flatebomb.pdf": lambda: pdf(deflate_bomb(PDF_BOMB_BYTES), flate=True),
    "huge.pdf": lambda: b"%PDF-1.4\n" + bytes(MAX_ATTACHMENT_BYTES),
}


def test_the_bombs_are_bombs() -> None:
    """The DOCX bomb is small on the wire and declares more than the guard allows."""
    bomb = HOSTILE["bomb.docx"]()
    with zipfile.ZipFile(io.BytesIO(bomb)) as archive:
        declared = sum(item.file_size for item in archive.infolist())
    assert len(bomb) < 1024 * 1024 < MAX_DOCX_UNCOMPRESSED < declared


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_attachments_are_refused_with_a_reason(name: str) -> None:
    data = HOSTILE[name]()
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    doc, attachment = clean_attachment(name, data)
    assert attachment.status == "not_extracted", (name, attachment.reason)
    assert attachment.reason
    assert "lollol" * 100 not in doc.text
    growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before
    assert growth < PEAK_MEMORY_GROWTH, f"{name}: peak memory grew by {growth} KiB"


def test_a_sound_docx_is_still_extracted() -> None:
    """The control: the same path extracts a sound file, so the refusals above are real."""
    doc, attachment = clean_attachment("ok.docx", good_docx())
    assert attachment.status == "extracted"
    assert "全面落实行政执法三项制度" in doc.text
