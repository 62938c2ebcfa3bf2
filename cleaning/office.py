"""Text of the government file formats: DOCX in reading order, Word 97-2003 .doc and .wps, and
OFD (a PDF's paragraphs: `cleaning.pdf_text`).

.doc and the .wps of WPS Office are OLE2 compound files holding a Word 97 `WordDocument`
stream; olefile (maintained, BSD, pure Python) opens the container and the piece table is read
here ([MS-DOC] 2.8.35 Clx / 2.9.177 Pcd: a few fixed offsets, which the text-extraction packages
on PyPI either wrap a C binary for or do not read at all). OFD (GB/T 33190) is a zip of XML: the
OFD readers on PyPI are young, one-maintainer packages pulling in PDF renderers, while the text is
the TextCode elements of each page's Content.xml, read here with zipfile and lxml under the same
zip-bomb caps as DOCX.
"""

from __future__ import annotations

import io
import posixpath
import re
import struct
import zipfile
from collections.abc import Iterator
from typing import TYPE_CHECKING

from lxml import etree

from cleaning.docx_numbering import Numbering
from cleaning.patterns import (
    LAYOUT_CELL_BREAKS,
    LAYOUT_CELL_LETTERS,
    MAX_DOCX_MEMBERS,
    MAX_DOCX_UNCOMPRESSED,
    OFD_INDENT_CHARS,
    OFD_LINE_TOLERANCE,
    PAGE_NUMBER_LINE_RX,
    TABLE_CELL_SEPARATOR,
)
from cleaning.textutil import letter_count, normalise_space

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.table import Table, _Cell

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WORD_IDENT = 0xA5EC
_FIB_FLAGS, _FIB_CCP_TEXT, _FIB_FC_CLX = 0x0A, 0x4C, 0x01A2
_PCD_SIZE = 8
# Word's special characters: paragraph/cell/row ends and breaks end a line; field codes
# (\x13 code \x14 result \x15) keep their result only; drawing/footnote anchors go.
_FIELD_CODE_RX = re.compile(r"\x13[^\x13\x14\x15]*(?:\x14|(?=\x15))")
_LINE_BREAKS_RX = re.compile(r"[\r\x07\x0b\x0c]")
_ANCHORS_RX = re.compile(r"[\x00-\x08\x0e-\x1f]")
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def docx_lines(data: bytes) -> list[str]:
    """Paragraphs of a DOCX in reading order: paragraphs and tables as they come in the body. A
    data table's row is one line (cells joined); a layout table (a cell holding several
    paragraphs or a table: the body set in a frame) gives its paragraphs line by line. A soft
    line break ends a line, as <br> does in a page."""
    _check_zip(data)
    import docx  # lazy: python-docx is only needed for report files

    document = docx.Document(io.BytesIO(data))
    return [line for line in _block_lines(document, Numbering(document)) if line]


def _check_zip(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
        if len(members) > MAX_DOCX_MEMBERS:
            raise ValueError("too many zip members")
        if sum(m.file_size for m in members) > MAX_DOCX_UNCOMPRESSED:
            raise ValueError("zip bomb guard: uncompressed size too large")


def _block_lines(container: DocxDocument | _Cell, numbering: Numbering) -> Iterator[str]:
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            yield from _table_lines(block, numbering)
        else:   # a list number Word draws (一、 from numbering.xml) is text to a reader
            text = numbering.label(block) + block.text
            yield from map(normalise_space, text.split("\n"))


def _table_lines(table: Table, numbering: Numbering) -> Iterator[str]:
    """Each cell once (python-docx repeats a merged cell in every grid column and row it
    spans): a row of data cells is one line, a row holding a layout cell its paragraphs."""
    seen: set[object] = set()
    for row in table.rows:
        cells = [cell for cell in row.cells if cell._tc not in seen]
        seen.update(cell._tc for cell in cells)
        if any(map(_is_layout_cell, cells)):
            for cell in cells:
                yield from _block_lines(cell, numbering)
        elif cells:
            yield TABLE_CELL_SEPARATOR.join(normalise_space(cell.text) for cell in cells)


def _is_layout_cell(cell: _Cell) -> bool:
    """A cell holding a table, LAYOUT_CELL_BREAKS paragraphs or a page of text is layout."""
    paragraphs = [p for p in cell.paragraphs if p.text.strip()]
    return bool(cell.tables) or len(paragraphs) >= LAYOUT_CELL_BREAKS or (
        letter_count(cell.text) > LAYOUT_CELL_LETTERS)


def word97_lines(data: bytes) -> list[str]:
    """Paragraphs of a Word 97 binary document (.doc, .wps) in an OLE2 container."""
    import olefile  # lazy: only file-only reports need it

    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        if not ole.exists("WordDocument"):
            raise ValueError("no WordDocument stream (not a Word 97 file)")
        word = ole.openstream("WordDocument").read()
        ident, flags = struct.unpack_from("<H", word, 0)[0], struct.unpack_from("<H", word,
                                                                                 _FIB_FLAGS)[0]
        if ident != _WORD_IDENT:
            raise ValueError("not a Word 97 FIB")
        if flags & 0x0100:
            raise ValueError("encrypted document")
        table_name = "1Table" if flags & 0x0200 else "0Table"
        table = ole.openstream(table_name).read()
    ccp_text = struct.unpack_from("<i", word, _FIB_CCP_TEXT)[0]
    fc_clx, lcb_clx = struct.unpack_from("<II", word, _FIB_FC_CLX)
    text = "".join(_pieces(word, table[fc_clx:fc_clx + lcb_clx]))[:max(ccp_text, 0)]
    text = _ANCHORS_RX.sub("", _LINE_BREAKS_RX.sub("\n", _FIELD_CODE_RX.sub("", text)))
    return [line for line in map(normalise_space, text.split("\n")) if line]


def _pieces(word: bytes, clx: bytes):
    """The text of each piece of the piece table, in character order."""
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:           # Prc: property modifiers, skipped
        pos += 3 + struct.unpack_from("<H", clx, pos + 1)[0]
    if pos >= len(clx) or clx[pos] != 0x02:
        raise ValueError("no piece table")
    size = struct.unpack_from("<I", clx, pos + 1)[0]
    plc = clx[pos + 5:pos + 5 + size]
    count = (size - 4) // (4 + _PCD_SIZE)
    cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
    for index in range(count):
        fc = struct.unpack_from("<I", plc, 4 * (count + 1) + index * _PCD_SIZE + 2)[0]
        chars = cps[index + 1] - cps[index]
        if fc & 0x40000000:                                 # compressed: one byte a character
            start = (fc & 0x3FFFFFFF) // 2
            yield word[start:start + chars].decode("cp1252", "replace")
        else:
            yield word[fc:fc + 2 * chars].decode("utf-16-le", "replace")


def is_ofd(archive: zipfile.ZipFile) -> bool:
    return "OFD.xml" in archive.namelist()


def ofd_paragraphs(data: bytes) -> list[str]:
    """Paragraphs of an OFD file in reading order. OFD places each line of text by its
    boundary: a paragraph starts where the font size changes or a line is indented past the
    left margin (first-line indent, centred and right-aligned lines); page numbers go."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
        if len(members) > MAX_DOCX_MEMBERS or sum(m.file_size for m in members) > (
                MAX_DOCX_UNCOMPRESSED):
            raise ValueError("zip bomb guard: too many or too large members")
        root = etree.fromstring(archive.read("OFD.xml"), _XML_PARSER)
        lines: list[tuple[float, float, str]] = []
        for doc_root in root.iterfind(".//{*}DocRoot"):
            doc_path = (doc_root.text or "").strip().lstrip("/")
            document = etree.fromstring(archive.read(doc_path), _XML_PARSER)
            for page in document.iterfind(".//{*}Pages/{*}Page"):
                page_path = posixpath.join(posixpath.dirname(doc_path),
                                           page.get("BaseLoc", "").lstrip("/"))
                lines += _page_lines(etree.fromstring(archive.read(page_path), _XML_PARSER))
    return _paragraphs([line for line in lines if not PAGE_NUMBER_LINE_RX.fullmatch(line[2])])


def _paragraphs(lines: list[tuple[float, float, str]]) -> list[str]:
    margins: dict[float, float] = {}
    for x, size, _ in lines:
        margins[size] = min(x, margins.get(size, x))
    paragraphs: list[str] = []
    previous_size = None
    for x, size, text in lines:
        starts = size != previous_size or x > margins[size] + OFD_INDENT_CHARS * size
        if starts or not paragraphs:
            paragraphs.append(text)
        else:
            paragraphs[-1] += text
        previous_size = size
    return paragraphs


def _page_lines(page: etree._Element) -> list[tuple[float, float, str]]:
    """(left, font size, text) of each line, top to bottom: text objects whose tops differ by
    at most OFD_LINE_TOLERANCE make one line, read left to right."""
    placed = []
    for obj in page.iterfind(".//{*}TextObject"):
        x, y = (float(v) for v in (obj.get("Boundary") or "0 0").split()[:2])
        text = "".join(code.text or "" for code in obj.iterfind("{*}TextCode"))
        if text.strip():
            placed.append((y, x, float(obj.get("Size") or 0), text))
    placed.sort()
    rows: list[list[tuple[float, float, float, str]]] = []
    for item in placed:
        if rows and abs(rows[-1][0][0] - item[0]) <= OFD_LINE_TOLERANCE:
            rows[-1].append(item)
        else:
            rows.append([item])
    return [(row[0][1], max(i[2] for i in row),
             normalise_space("".join(i[3] for i in sorted(row, key=lambda i: i[1]))))
            for row in rows]
