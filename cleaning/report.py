"""Stage 6: is this page a 法治政府建设 annual report? Also used by the crawler on link texts."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from cleaning.patterns import (
    DISCLOSURE_REPORT_RX,
    INTERPRETATION_RX,
    NOT_REPORT_RX,
    REPORT_BODY_WORDS,
    REPORT_REQUIRED_PARTS,
    REPORT_TITLE_RX,
)
from cleaning.script import detect, to_simplified
from cleaning.textutil import year_in_title


class TitleVerdict(NamedTuple):
    is_report: bool
    report_year: int | None
    reason: str     # report | interpretation | disclosure_report | not_a_report


def _normalise(title: str) -> str:
    text = unicodedata.normalize("NFKC", title or "")
    text = re.sub(r"\s+", "", text)
    return to_simplified(text) if detect(text) == "traditional" else text


def classify_title(title: str) -> TitleVerdict:
    """Classify a title or listing link text.

    >>> classify_title("海州区2024年度法治政府建设情况报告")
    TitleVerdict(is_report=True, report_year=2024, reason='report')
    """
    text = _normalise(title)
    year = year_in_title(text)
    if INTERPRETATION_RX.search(text):
        return TitleVerdict(False, year, "interpretation")
    if DISCLOSURE_REPORT_RX.search(text):
        return TitleVerdict(False, year, "disclosure_report")
    if not REPORT_TITLE_RX.search(text) or NOT_REPORT_RX.search(_without_report_name(text)):
        return TitleVerdict(False, year, "not_a_report")
    return TitleVerdict(True, year, "report")


def _without_report_name(text: str) -> str:
    # "…法治政府建设工作报告" contains 工作 words; only judge what surrounds the report name.
    return REPORT_TITLE_RX.sub("", text)


def has_negative_words(title: str) -> bool:
    text = _normalise(title)
    return bool(INTERPRETATION_RX.search(text) or DISCLOSURE_REPORT_RX.search(text)
                or NOT_REPORT_RX.search(_without_report_name(text)))


def body_looks_like_report(text: str, categories: list[set[str]]) -> bool:
    """A report body names 法治政府建设 and its level-1 headings cover the required parts:
    achievements plus at least one of leadership / shortcomings / plans."""
    if not any(word in text for word in REPORT_BODY_WORDS):
        return False
    covered = set().union(*categories) if categories else set()
    return len(covered & REPORT_REQUIRED_PARTS) >= 2


def is_report(title: str | None, text: str, categories: list[set[str]] | None = None) -> bool:
    """Title first; a title with no verdict either way (no report name, no negative words)
    falls back to the body's structure."""
    if title:
        verdict = classify_title(title)
        if verdict.is_report or has_negative_words(title):
            return verdict.is_report
    return body_looks_like_report(text, categories or [])
