"""Tiny writers for the government file formats the cleaner reads: a Word 97 document in an
OLE2 compound file (what .doc and WPS Office's .wps are), and an OFD (a zip of XML)."""

from __future__ import annotations

import io
import struct
import zipfile

SECTOR = 512
FREE, END, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
TEXT_OFFSET = 0x800


def word97(paragraphs: list[str]) -> bytes:
    """A Word 97 binary document: FIB, one uncompressed (UTF-16) piece, paragraphs ended by \\r."""
    text = "".join(p + "\r" for p in paragraphs)
    word = bytearray(max(4096, TEXT_OFFSET + 2 * len(text) + 16))
    struct.pack_into("<HH", word, 0, 0xA5EC, 0x00C1)
    struct.pack_into("<H", word, 0x0A, 0x0200)                 # fWhichTblStm: 1Table
    struct.pack_into("<i", word, 0x4C, len(text))              # ccpText
    word[TEXT_OFFSET:TEXT_OFFSET + 2 * len(text)] = text.encode("utf-16-le")
    plc = struct.pack("<II", 0, len(text)) + struct.pack("<HIH", 0, TEXT_OFFSET, 0)
    clx = b"\x02" + struct.pack("<I", len(plc)) + plc
    table = bytearray(4096)
    table[:len(clx)] = clx
    struct.pack_into("<II", word, 0x01A2, 0, len(clx))         # fcClx, lcbClx
    return compound_file({"1Table": bytes(table), "WordDocument": bytes(word)})


def compound_file(streams: dict[str, bytes]) -> bytes:
    """An OLE2 (CFB v3) file: sector 0 the FAT, sector 1 the directory, then each stream in
    whole sectors (streams of 4096 bytes or more: no mini stream needed)."""
    fat, body, entries = [FAT_SECTOR, END], b"", [_entry("Root Entry", 5, END, 0)]
    names = sorted(streams, key=lambda n: (len(n), n.upper()))
    for index, name in enumerate(names):
        data = streams[name].ljust(-(-len(streams[name]) // SECTOR) * SECTOR, b"\0")
        first, count = len(fat), len(data) // SECTOR
        fat += [first + i + 1 for i in range(count - 1)] + [END]
        body += data
        right = index + 2 if index + 1 < len(names) else NO_STREAM
        entries.append(_entry(name, 2, first, len(streams[name]), right=right))
    entries[0] = _entry("Root Entry", 5, END, 0, child=1)
    directory = b"".join(entries).ljust(SECTOR, b"\0")
    fat_sector = struct.pack(f"<{SECTOR // 4}I", *(fat + [FREE] * (SECTOR // 4 - len(fat))))
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END, 0, END, 0)
              + struct.pack("<109I", 0, *[FREE] * 108))
    return header + fat_sector + directory + body


def _entry(name: str, kind: int, start: int, size: int, *, child: int = NO_STREAM,
           right: int = NO_STREAM) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", NO_STREAM, right, child) + b"\0" * 36
            + struct.pack("<IQ", start, size))


def ofd(lines: list[tuple[float, float, str]], title: str = "") -> bytes:
    """An OFD with one page: (left, font size, text) lines placed top to bottom."""
    objects = "".join(
        f'<ofd:TextObject ID="{i + 10}" Boundary="{x:.2f} {30 + 10 * i:.2f} 150 8" Font="3" '
        f'Size="{size:.2f}"><ofd:TextCode X="0" Y="{size}">{text}</ofd:TextCode></ofd:TextObject>'
        for i, (x, size, text) in enumerate(lines))
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    files = {
        "OFD.xml": f'<ofd:OFD {ns}><ofd:DocBody><ofd:DocInfo><ofd:Title>{title}</ofd:Title>'
                   "</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody>"
                   "</ofd:OFD>",
        "Doc_0/Document.xml": f'<ofd:Document {ns}><ofd:Pages><ofd:Page ID="1" '
                              'BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>',
        "Doc_0/Pages/Page_0/Content.xml": f'<ofd:Page {ns}><ofd:Content><ofd:Layer ID="2">'
                                          f"{objects}</ofd:Layer></ofd:Content></ofd:Page>",
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8"?>' + text)
    return buffer.getvalue()
