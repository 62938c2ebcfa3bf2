"""Stage 1: bytes → text. HTTP charset vs <meta charset> vs the bytes themselves."""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from charset_normalizer import from_bytes

from cleaning.errors import CleaningError
from cleaning.patterns import (
    BINARY_CONTROL_RATIO,
    BINARY_MAGIC,
    CHARSET_ALIASES,
    COMMON_HAN,
    DECLARED_MAX_BAD_SHARE,
    FALLBACK_CODECS,
    HEADER_CHARSET_RX,
    META_CHARSET_RX,
    META_SNIFF_BYTES,
)

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
# Control bytes (NUL..BS, SO..US): counted with bytes.translate, in C (a Python loop over 8 KB
# per page was a measurable share of cleaning time).
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)
# COMMON_HAN removed by a regex (in C): the count of common Han characters is the length lost.
_COMMON_HAN_RX = re.compile("[{}]".format(re.escape("".join(sorted(COMMON_HAN)))))


def codec_for(charset: str | None) -> str | None:
    """The codec we decode a declared charset with (GB2312/GBK → GB18030), None if unknown."""
    if not charset:
        return None
    name = charset.strip().lower()
    name = CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    match = HEADER_CHARSET_RX.search(content_type or "")
    return match.group(1) if match else None


def meta_charset(data: bytes) -> str | None:
    match = META_CHARSET_RX.search(data[:META_SNIFF_BYTES])
    return match.group(1).decode("ascii", "ignore") if match else None


def check_readable(data: bytes) -> None:
    """Raise CleaningError for input that is no text page at all (empty, binary)."""
    if not data or data.isspace():      # (bytes.strip would copy the whole page)
        raise CleaningError("empty input")
    if data.startswith(BINARY_MAGIC):
        raise CleaningError(f"binary input (file signature {data[:4]!r})")
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls / len(head) > BINARY_CONTROL_RATIO:
        raise CleaningError(f"binary input ({controls} control bytes in the first {len(head)})")


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


class Decoded(NamedTuple):
    text: str
    codec: str
    replaced: int = 0      # undecodable bytes replaced by U+FFFD (a few stray bytes)


def decode(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode page bytes; return (text, codec used). See decode_page."""
    decoded = decode_page(data, content_type)
    return decoded.text, decoded.codec


def decode_page(data: bytes, content_type: str | None = None) -> Decoded:
    """Decode page bytes.

    Valid UTF-8 with non-ASCII bytes is practically never another encoding, so it wins over any
    declaration. Otherwise the candidates are the declared charsets (header first, then <meta>)
    and the fallbacks that decode without error, and the declared charsets (or UTF-8) that
    decode with a few stray bytes (a cp1252 quote, a character cut at a buffer edge: still the
    page's charset, the bytes replaced and counted in `replaced`); the most plausible wins.
    With none, charset-normalizer's guess; finally GB18030 with replacement characters.
    """
    check_readable(data)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(codec, "replace"), codec)
    text = _strict(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8")
    declared = [codec_for(header_charset(content_type)), codec_for(meta_charset(data))]
    candidates = [Decoded(text, codec) for text, codec
                  in _strict_candidates(data, [*declared, *FALLBACK_CODECS])]
    # A codec that decoded strictly has no bad byte to tolerate: not decoded again.
    strict = {decoded.codec for decoded in candidates}
    candidates += _tolerant(data, [c for c in [*declared, "utf-8"] if c not in strict])
    if not candidates:
        candidates = [Decoded(text, codec) for text, codec
                      in _strict_candidates(data, [_guessed_codec(data)])]
    if candidates:
        return _most_plausible(candidates)
    # Chinese portals: GB18030 is by far the likeliest non-UTF-8 encoding.
    return _as_replaced(data.decode("gb18030", "surrogateescape"), "gb18030")


_ESCAPED_RX = re.compile("[\udc80-\udcff]")


def _as_replaced(escaped: str, codec: str) -> Decoded:
    """A text decoded with surrogateescape: each undecodable byte becomes U+FFFD, counted."""
    text, count = _ESCAPED_RX.subn("\ufffd", escaped)
    return Decoded(text, codec, count)


def _tolerant(data: bytes, codecs_: list[str | None]) -> list[Decoded]:
    """The codecs that decode with only a few bad bytes: at most DECLARED_MAX_BAD_SHARE of the
    non-ASCII bytes (a page in another encoding fails on most of them)."""
    non_ascii = len(data) - len(data.translate(None, _NON_ASCII_BYTES))
    most = DECLARED_MAX_BAD_SHARE * non_ascii
    found = []
    for codec in dict.fromkeys(c for c in codecs_ if c):
        if _fails_early(data, codec, most):
            continue
        try:
            escaped = data.decode(codec, "surrogateescape")
        except (LookupError, UnicodeDecodeError):
            # surrogateescape cannot stand in for a cut-off UTF-16 unit: not this codec, then
            continue
        if 0 < _escaped_count(escaped) <= most:
            found.append(_as_replaced(escaped, codec))
    return found


# A GBK page read as UTF-8 fails on most of its bytes, and its start shows it: the bad bytes of
# a prefix are bad in the whole page, but for the last few (a character cut at the prefix's end).
_PREFIX_BYTES, _CUT_BYTES = 8192, 4


def _fails_early(data: bytes, codec: str, most: float) -> bool:
    """Has the page's prefix alone more than ``most`` bad bytes in the codec? Then the whole
    page has, and is not decoded (~1 ms a 100 KB page)."""
    if len(data) <= 2 * _PREFIX_BYTES:
        return False
    try:
        prefix = data[:_PREFIX_BYTES].decode(codec, "surrogateescape")
    except (LookupError, UnicodeDecodeError):
        return False        # decided on the whole page
    return _escaped_count(prefix) - _CUT_BYTES > most


def _escaped_count(escaped: str) -> int:
    """The undecodable bytes of a surrogateescape decode, counted in C: its only surrogates,
    which a UTF-8 encode drops. Replacing them first (a regex over the whole page) took half
    of decoding a GBK page, on a codec that then failed on most of its bytes anyway."""
    return len(escaped) - len(escaped.encode("utf-8", "ignore").decode("utf-8"))


_NON_ASCII_BYTES = bytes(range(128, 256))


def _strict_candidates(data: bytes, codecs_: list[str | None]) -> list[tuple[str, str]]:
    seen: set[str] = set()
    found = []
    for codec in codecs_:
        if not codec or codec in seen or codec == "utf-8":
            continue
        seen.add(codec)
        text = _strict(data, codec)
        if text is not None:
            found.append((text, codec))
    return found


def _most_plausible(candidates: list[Decoded]) -> Decoded:
    """A wrong codec may decode without error (GBK bytes as Big5, UTF-8 bytes with one stray
    byte as GB18030): the candidate with the most common Han characters wins; ties keep the
    order (declared, then fallbacks, then a declared charset with a few bad bytes). Counting
    them is a regex over the whole text (~2 ms a 100 KB page), so it is done only among the
    candidates holding one at all (a search that stops at the first): usually one is left."""
    holding = [decoded for decoded in candidates if _COMMON_HAN_RX.search(decoded.text)]
    if len(holding) <= 1:
        return holding[0] if holding else candidates[0]
    return max(holding, key=lambda decoded: _plausibility(decoded.text))


def _plausibility(text: str) -> int:
    return len(text) - len(_COMMON_HAN_RX.sub("", text))


def _guessed_codec(data: bytes) -> str | None:
    best = from_bytes(data[:65536]).best()
    return codec_for(best.encoding) if best else None
