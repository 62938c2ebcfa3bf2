"""A minimal text PDF writer for Chinese attachments, with no third-party dependency.

Text uses the Adobe-GB1 font STSong-Light with the UniGB-UCS2-H encoding (PDF viewers supply the
font, as for many real government PDFs) plus a ToUnicode map so text extractors (pypdf) read
the characters back exactly.
"""

from __future__ import annotations

PAGE_W, PAGE_H, MARGIN, SIZE, LEADING = 595, 842, 64, 12, 20
CHARS_PER_LINE = (PAGE_W - 2 * MARGIN) // SIZE
LINES_PER_PAGE = (PAGE_H - 2 * MARGIN) // LEADING


def wrap(paragraphs: list[str], title: str) -> list[tuple[str, int]]:
    """(text, indent) lines: the title centred-ish, paragraphs indented two characters."""
    lines = [(title, max(0, (CHARS_PER_LINE - len(title)) // 2)), ("", 0)]
    for para in paragraphs:
        first, rest = para[: CHARS_PER_LINE - 2], para[CHARS_PER_LINE - 2:]
        lines.append((first, 2))
        lines += [(rest[i:i + CHARS_PER_LINE], 0) for i in range(0, len(rest), CHARS_PER_LINE)]
    return lines


def hex_text(text: str) -> str:
    return "".join(f"{ord(ch):04X}" for ch in text if ord(ch) <= 0xFFFF)


def page_stream(lines: list[tuple[str, int]]) -> bytes:
    ops = ["BT", f"/F1 {SIZE} Tf", f"{LEADING} TL"]
    y = PAGE_H - MARGIN
    for text, indent in lines:
        ops.append(f"1 0 0 1 {MARGIN + indent * SIZE} {y} Tm <{hex_text(text)}> Tj")
        y -= LEADING
    ops.append("ET")
    return "\n".join(ops).encode("ascii")


def to_unicode_cmap(text: str) -> bytes:
    codes = sorted({ord(ch) for ch in text if ord(ch) <= 0xFFFF})
    body = []
    for start in range(0, len(codes), 100):  # beginbfchar blocks hold at most 100 entries
        chunk = codes[start:start + 100]
        body.append(f"{len(chunk)} beginbfchar")
        body += [f"<{code:04X}> <{code:04X}>" for code in chunk]
        body.append("endbfchar")
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            + "\n".join(body) + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
            ).encode("ascii")


def stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def make_pdf(title: str, paragraphs: list[str], author: str, created: str) -> bytes:
    """A PDF of ``paragraphs`` under ``title``; ``created`` is YYYYMMDDHHMMSS."""
    lines = wrap(paragraphs, title)
    pages = [lines[i:i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]
    first_page = 7
    kids = " ".join(f"{first_page + 2 * n} 0 R" for n in range(len(pages)))
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
        b"/DescendantFonts [4 0 R] /ToUnicode 6 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 >>",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
        b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
        stream(to_unicode_cmap(title + "".join(paragraphs))),
    ]
    for page in pages:
        number = len(objects) + 1
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
                       f"/Resources << /Font << /F1 3 0 R >> >> /Contents {number + 1} 0 R >>"
                       .encode())
        objects.append(stream(page_stream(page)))
    info = (f"<< /Title <FEFF{hex_text(title)}> /Author <FEFF{hex_text(author)}> "
            f"/CreationDate (D:{created}+08'00') /Producer (WPS Office) >>").encode()
    objects.append(info)
    return serialise(objects)


def serialise(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, len(objects), xref))
    return bytes(out)
