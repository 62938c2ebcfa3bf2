"""Stage 4: Traditional → Simplified. Only pages detected as Traditional are converted."""

from __future__ import annotations

import operator
import re
from functools import lru_cache

import opencc

from cleaning.patterns import SCRIPT_SAMPLE_CHARS, TRADITIONAL_MIN_RATIO


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    # Building the converter loads its dictionaries: do it once per process.
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    if text.isascii():      # nothing to convert (saves an OpenCC call on a Traditional page)
        return text
    return _converter().convert(text)


# Joins the texts of one OpenCC call: a character in no dictionary entry, so no phrase spans it.
_JOINER = "\ue000"


def to_simplified_many(texts: list[str]) -> list[str]:
    """``[to_simplified(text) for text in texts]`` in one OpenCC call: a Traditional page has
    hundreds of short texts to convert (label cells, menu links), ~3 µs a call."""
    if len(texts) < 2 or any(_JOINER in text for text in texts):
        return [to_simplified(text) for text in texts]
    converted = _converter().convert(_JOINER.join(texts)).split(_JOINER)
    if len(converted) != len(texts):        # (never seen: the joiner converted)
        return [to_simplified(text) for text in texts]
    return converted


_NOT_HAN_RX = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff]+")


def traditional_ratio(text: str) -> float:
    """Share of Han characters that t2s changes (0 for Simplified text)."""
    sample = _NOT_HAN_RX.sub("", text[:SCRIPT_SAMPLE_CHARS * 4])[:SCRIPT_SAMPLE_CHARS]
    if not sample:
        return 0.0
    converted = to_simplified(sample)
    if converted == sample:     # Simplified text, most pages: no pairwise count (in Python)
        return 0.0
    changed = sum(map(operator.ne, sample, converted))     # pairs up to the shorter, like zip
    return changed / len(sample)


def detect(text: str) -> str:
    """"traditional" or "simplified"."""
    return "traditional" if traditional_ratio(text) >= TRADITIONAL_MIN_RATIO else "simplified"
