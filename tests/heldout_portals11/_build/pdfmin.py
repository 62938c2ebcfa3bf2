"""A minimal text PDF for Chinese lines: the STSong-Light CID font (not embedded, as many
government PDFs), UTF-16 codes (UniGB-UCS2-H) and a ToUnicode map so text extractors read it."""
from __future__ import annotations

LINE_CHARS = 36
LINES_PER_PAGE = 40


def _wrap(paragraphs: list[str]) -> list[str]:
    lines: list[str] = []
    for text in paragraphs:
        lines += [text[i:i + LINE_CHARS] for i in range(0, len(text), LINE_CHARS)] or [""]
    return lines


def _to_unicode() -> bytes:
    ranges = "".join(f"<{b:02X}00> <{b:02X}FF> <{b:02X}00>\n" for b in range(256) if b not in range(0xD8, 0xE0))
    count = 256 - 8
    body = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            f"{count} beginbfrange\n{ranges}endbfrange\nendcmap\n"
            "CMapName currentdict /CMap defineresource pop\nend\nend\n")
    return body.encode("ascii")


def _content(lines: list[str]) -> bytes:
    ops = ["BT", "/F1 12 Tf", "16 TL", "60 790 Td"]
    for line in lines:
        ops.append(f"<{line.encode('utf-16-be').hex().upper()}> Tj T*")
    ops.append("ET")
    return "\n".join(ops).encode("ascii")


def make_pdf(paragraphs: list[str], title: str) -> bytes:
    """PDF bytes: each paragraph starts a new line, long ones wrap at LINE_CHARS."""
    lines = _wrap(paragraphs)
    pages = [lines[i:i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]
    objs: list[bytes] = []
    kids = " ".join(f"{6 + 2 * i} 0 R" for i in range(len(pages)))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
                b"/DescendantFonts [4 0 R] /ToUnicode 5 0 R >>")
    objs.append(b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
                b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
                b"/FontDescriptor 99 0 R /DW 1000 >>")
    cmap = _to_unicode()
    objs.append(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    for i, chunk in enumerate(pages):
        data = _content(chunk)
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    f"/Resources << /Font << /F1 3 0 R >> >> /Contents {7 + 2 * i} 0 R >>".encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
    info_title = title.encode("utf-16-be").hex().upper()
    objs.append(f"<< /Title <FEFF{info_title}> /Producer (WPS Office) >>".encode())
    descriptor = (b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 "
                  b"/FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 "
                  b"/CapHeight 880 /StemV 93 >>")
    return _assemble(objs, descriptor)


def _assemble(objs: list[bytes], descriptor: bytes) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    numbered = list(enumerate(objs, 1)) + [(99, descriptor)]
    for num, obj in numbered:
        offsets.append((num, len(out)))
        out += b"%d 0 obj\n" % num + obj + b"\nendobj\n"
    info = len(objs)
    size = 100
    table = {num: off for num, off in offsets}
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        out += (b"%010d 00000 n \n" % table[num]) if num in table else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, info, xref)
    return bytes(out)
