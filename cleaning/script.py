"""Stage 4: Traditional → Simplified. Only pages detected as Traditional are converted."""

from __future__ import annotations

import operator
import re
from collections import deque
from collections.abc import Iterator
from functools import lru_cache

import opencc

from cleaning.patterns import (
    ONE_ZHU_CONFIG,
    SCRIPT_SAMPLE_CHARS,
    TRADITIONAL_CONFIG,
    TRADITIONAL_MIN_RATIO,
    ZHE,
    ZHU,
)


@lru_cache(maxsize=2)
def _converter(config: str = TRADITIONAL_CONFIG) -> opencc.OpenCC:
    # Building the converter loads its dictionaries: do it once per process.
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    return _T2S(text)


def to_simplified_many(texts: list[str]) -> list[str]:
    return _T2S.many(texts)


# Joins the texts of one OpenCC call: a character in no dictionary entry, so no phrase spans it.
_JOINER = "\ue000"


class Simplifier:
    """Traditional → Simplified with one OpenCC config (a page's: see ``simplifier``)."""

    def __init__(self, config: str = TRADITIONAL_CONFIG) -> None:
        self.config = config

    def __call__(self, text: str) -> str:
        if text.isascii():      # nothing to convert (saves an OpenCC call on a Traditional page)
            return text
        return _converter(self.config).convert(text)

    def many(self, texts: list[str]) -> list[str]:
        """``[self(text) for text in texts]`` in one OpenCC call: a Traditional page has
        hundreds of short texts to convert (label cells, menu links), ~3 µs a call."""
        if len(texts) < 2 or any(_JOINER in text for text in texts):
            return [self(text) for text in texts]
        converted = _converter(self.config).convert(_JOINER.join(texts)).split(_JOINER)
        if len(converted) != len(texts):        # (never seen: the joiner converted)
            return [self(text) for text in texts]
        return converted


_T2S = Simplifier()


def simplifier(text: str) -> Simplifier:
    """The converter for a Traditional text: Taiwan's config when it writes zhe as 著 (著 and
    never 着: Taiwan's standard, Big5), t2s otherwise."""
    one_zhu = ZHU in text and ZHE not in text
    return Simplifier(ONE_ZHU_CONFIG if one_zhu else TRADITIONAL_CONFIG)


_NOT_HAN_RX = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff]+")
# The sample's characters are compared this many at a time: a Traditional page is told after
# the first few hundred (the whole sample compared in Python was ~0.15 ms a page).
_COMPARED_CHARS = 500


def _running_ratios(text: str) -> Iterator[float]:
    """The share of Han characters that t2s changes, counted a part of the sample at a time:
    the share so far after each part (it only grows; the last is the whole sample's)."""
    sample = _han_sample(text)
    converted = to_simplified(sample) if sample else sample
    if converted == sample:     # Simplified text, most pages: no pairwise count (in Python)
        yield 0.0
        return
    changed = 0
    for start in range(0, len(sample), _COMPARED_CHARS):
        end = start + _COMPARED_CHARS     # pairs up to the shorter, like zip
        changed += sum(map(operator.ne, sample[start:end], converted[start:end]))
        yield changed / len(sample)


def _han_sample(text: str) -> str:
    """The first SCRIPT_SAMPLE_CHARS Han characters among the text's first four times as many
    characters. Looked for in a shorter prefix first: removing what is not Han keeps the order,
    so a prefix holding enough of them gives the same sample (~0.05 ms less on a report)."""
    for end in (SCRIPT_SAMPLE_CHARS * 3 // 2, SCRIPT_SAMPLE_CHARS * 4):
        han = _NOT_HAN_RX.sub("", text[:end])
        if len(han) >= SCRIPT_SAMPLE_CHARS or end >= len(text):
            break
    return han[:SCRIPT_SAMPLE_CHARS]


def traditional_ratio(text: str) -> float:
    """Share of Han characters that t2s changes (0 for Simplified text)."""
    return deque(_running_ratios(text), maxlen=1)[0]


def detect(text: str) -> str:
    """"traditional" or "simplified"."""
    if any(ratio >= TRADITIONAL_MIN_RATIO for ratio in _running_ratios(text)):
        return "traditional"
    return "simplified"
