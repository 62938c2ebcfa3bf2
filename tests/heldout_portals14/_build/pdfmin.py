"""A minimal text PDF writer for Chinese text (no PDF library in the venv writes CJK).

The text is set in the non-embedded Adobe font STSong-Light (Adobe-GB1, encoding
UniGB-UCS2-H: two bytes per character, its UCS-2 code), with a ToUnicode map so that text
extractors (pypdf) read it back. Fixed dates keep the bytes deterministic.
"""

from __future__ import annotations

CHARS_PER_LINE = 36
LINES_PER_PAGE = 46
FONT_SIZE = 12


def _wrap(paras: list[str]) -> list[str]:
    lines: list[str] = []
    for p in paras:
        while len(p) > CHARS_PER_LINE:
            lines.append(p[:CHARS_PER_LINE])
            p = p[CHARS_PER_LINE:]
        lines.append(p)
    return lines


def _to_unicode() -> bytes:
    ranges = "".join(f"<{h:02X}00> <{h:02X}FF> <{h:02X}00>\n" for h in range(256))
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        f"256 beginbfrange\n{ranges}endbfrange\nendcmap\n"
        "CMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode("ascii")


def _page_stream(lines: list[str]) -> bytes:
    ops = ["BT", f"/F1 {FONT_SIZE} Tf", f"{FONT_SIZE + 6} TL", "60 780 Td"]
    for line in lines:
        hexed = line.encode("utf-16-be").hex().upper()
        ops.append(f"<{hexed}> Tj T*")
    ops.append("ET")
    return "\n".join(ops).encode("ascii")


def pdf_bytes(paras: list[str], title: str) -> bytes:
    """A PDF whose pages hold `paras` (wrapped) and whose Info names `title`."""
    lines = _wrap(paras)
    pages = [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]
    objs: list[bytes] = []
    n_pages = len(pages)
    first_page = 7
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
        b"/DescendantFonts [4 0 R] /ToUnicode 6 0 R >>"
    )
    objs.append(
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
        b"/FontDescriptor 5 0 R /DW 1000 >>"
    )
    objs.append(
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
        b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"
    )
    cmap = _to_unicode()
    objs.append(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    for i, page in enumerate(pages):
        objs.append(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0"
            " 595 842] /Resources << /Font << /F1 3 0 R "
            f">> >> /Contents {first_page + 2 * i + 1} 0 R >>".encode()
        )
        stream = _page_stream(page)
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    info_no = len(objs) + 1
    title_hex = ("FEFF" + title.encode("utf-16-be").hex()).upper()
    objs.append(f"<< /Title <{title_hex}> /CreationDate (D:20250101000000+08'00') >>".encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1,
        info_no,
        xref,
    )
    return bytes(out)
