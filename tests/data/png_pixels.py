"""Pixels of a PNG file with the standard library only (8-bit RGB or RGBA, not interlaced: what
Chromium writes), to check that a screenshot shows something."""

from __future__ import annotations

import struct
import zlib
from collections import Counter
from pathlib import Path

SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHANNELS = {2: 3, 6: 4}     # PNG colour type → bytes per pixel (RGB, RGBA)


def read_png(path: Path) -> tuple[int, int, int, list[bytes]]:
    """(width, height, bytes per pixel, unfiltered rows)."""
    data = path.read_bytes()
    assert data.startswith(SIGNATURE), f"{path} is not a PNG"
    position, idat, header = len(SIGNATURE), b"", None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        chunk = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        position += 12 + length
    assert header is not None
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in CHANNELS and not interlace, header
    pixel = CHANNELS[colour]
    return width, height, pixel, _unfilter(zlib.decompress(idat), width * pixel, height, pixel)


def _unfilter(raw: bytes, stride: int, height: int, pixel: int) -> list[bytes]:
    rows, previous = [], bytes(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for x in range(stride) if kind else ():
            left = line[x - pixel] if x >= pixel else 0
            up, corner = previous[x], previous[x - pixel] if x >= pixel else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            else:
                estimate = left + up - corner
                nearest = min((abs(estimate - left), 0, left), (abs(estimate - up), 1, up),
                              (abs(estimate - corner), 2, corner))[2]
                line[x] = (line[x] + nearest) & 0xFF
        rows.append(bytes(line))
        previous = rows[-1]
    return rows


def colour_counts(path: Path, *, step: int = 2) -> Counter[bytes]:
    """How many sampled pixels (every ``step``-th in both directions) have each colour."""
    width, height, pixel, rows = read_png(path)
    return Counter(rows[y][x * pixel:x * pixel + 3]
                   for y in range(0, height, step) for x in range(0, width, step))
