"""A minimal text PDF in Chinese: the non-embedded STSong-Light CID font (UniGB-UCS2-H) with a
ToUnicode map, so pypdf and pdfminer extract the text. Deterministic (no dates, no ids)."""

from __future__ import annotations

LINE_CHARS = 34
LINES_PER_PAGE = 40


def _wrap(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        while len(line) > LINE_CHARS:
            out.append(line[:LINE_CHARS])
            line = line[LINE_CHARS:]
        out.append(line)
    return out


def _tounicode() -> bytes:
    ranges = [f"<{hi:02X}00> <{hi:02X}FF> <{hi:02X}00>" for hi in range(256)]
    blocks = []
    for i in range(0, 256, 100):
        chunk = ranges[i:i + 100]
        blocks.append(f"{len(chunk)} beginbfrange\n" + "\n".join(chunk) + "\nendbfrange")
    text = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            + "\n".join(blocks) + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
    return text.encode("ascii")


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def make_pdf(lines: list[str], title: str = "") -> bytes:
    """A PDF whose pages show `lines` (wrapped), 12 pt, one font."""
    wrapped = _wrap(lines)
    pages = [wrapped[i:i + LINES_PER_PAGE] for i in range(0, len(wrapped), LINES_PER_PAGE)] or [[]]
    objs: list[bytes] = []
    n_pages = len(pages)
    first_page = 6
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H"
                b" /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>")
    objs.append(b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo"
                b" << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor"
                b" << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox"
                b" [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880"
                b" /StemV 93 >> /DW 1000 >>")
    objs.append(_stream(_tounicode()))
    for i, page in enumerate(pages):
        ops = ["BT", "/F1 12 Tf", "14 TL", "60 790 Td"]
        for line in page:
            ops.append("<" + line.encode("utf-16-be").hex().upper() + "> Tj T*")
        ops.append("ET")
        content = "\n".join(ops).encode("ascii")
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources"
                    f" << /Font << /F1 3 0 R >> >> /Contents {first_page + 2 * i + 1} 0 R >>".encode())
        objs.append(_stream(content))
    info_no = len(objs) + 1
    objs.append(b"<< /Title <FEFF" + title.encode("utf-16-be").hex().upper().encode() + b"> >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for no, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{no} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{off:010d} 00000 n \n" for off in offsets).encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {info_no} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)
