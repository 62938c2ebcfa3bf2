"""Stage 6: is this page a 法治政府建设 annual report? Also used by the crawler on link texts."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from cleaning.patterns import (
    DISCLOSURE_REPORT_RX,
    FORMAL_REPORT_TITLE_RX,
    INTERPRETATION_RX,
    NOT_REPORT_NAME_RX,
    NOT_REPORT_RX,
    OTHER_REPORT_KIND_RX,
    OTHER_WORK_FRAMING_RX,
    OTHER_WORK_REPORT_RX,
    OWN_SUBMISSION_WORDS,
    QUOTED_REPORT_NOTICE_RX,
    REPORT_BODY_WORDS,
    REPORT_REQUIRED_PARTS,
    REPORT_TITLE_END_RX,
    REPORT_TITLE_RX,
    RULE_OF_LAW_TITLE_WORDS,
    TRUNCATED_TITLE_RX,
    VOICE_SCAN_LINES,
    WORK_REPORT_TITLE_END_RX,
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
    if OTHER_REPORT_KIND_RX.search(text):
        return TitleVerdict(False, year, "not_a_report")
    name = REPORT_TITLE_RX.search(text) or FORMAL_REPORT_TITLE_RX.search(text)
    if name is None and OTHER_WORK_REPORT_RX.search(text):
        return TitleVerdict(False, year, "disclosure_report")
    # No report name: not_a_report, another work's report (_names_other_work_report) too.
    if name is None or _refuses(text, name.start(), name.end()):
        return TitleVerdict(False, year, "not_a_report")
    return TitleVerdict(True, year, "report")


def is_report_title(title: str, *, needs_year: bool = True) -> bool:
    """The title rule, as the crawler asks it: is this (link or page) title a report's, with
    the year it is about (unless needs_year=False)?"""
    verdict = classify_title(title)
    return verdict.is_report and (verdict.report_year is not None or not needs_year)


def _names_other_work_report(text: str) -> bool:
    """A title ending in a work or situation report (…公平竞争审查工作情况报告) that names no
    rule-of-law work (法治, 依法): a report on another kind of work, however report-shaped its
    body and though it mentions 法治政府建设 in passing. Asked when no report name is found."""
    return (bool(WORK_REPORT_TITLE_END_RX.search(text))
            and not any(word in text for word in RULE_OF_LAW_TITLE_WORDS))


def _refuses(text: str, start: int, end: int) -> bool:
    """Words of a non-report: in the report's name (督察…整改情况的报告) or around it (召开,
    通知, 报告的函), or a notice's kind after the name quoted in 《》 (《…报告》的更正说明).
    Around it, 报送 is a government sending its own report when the title ends in 报告;
    "…法治政府建设工作报告" holds 工作 words that are only judged so."""
    if QUOTED_REPORT_NOTICE_RX.search(text[end:]):
        return True
    around = text[:start] + " " + text[end:]
    if REPORT_TITLE_END_RX.search(text):
        around = _without_own_submission(around)
    return bool(NOT_REPORT_NAME_RX.search(text[start:end]) or NOT_REPORT_RX.search(around))


def _without_own_submission(text: str) -> str:
    for word in OWN_SUBMISSION_WORDS:
        text = text.replace(word, "")
    return text


def has_negative_words(title: str) -> bool:
    """Does the title name a non-report (解读, 政府信息公开 report, 通知, 督察…)? A title cut
    short (…) may yet end in 报告: its 报送 rules nothing out."""
    text = _normalise(title)
    if (INTERPRETATION_RX.search(text) or DISCLOSURE_REPORT_RX.search(text)
            or OTHER_REPORT_KIND_RX.search(text)):
        return True
    if TRUNCATED_TITLE_RX.search(text):
        text = _without_own_submission(text)
    name = REPORT_TITLE_RX.search(text) or FORMAL_REPORT_TITLE_RX.search(text)
    if name is None and (OTHER_WORK_REPORT_RX.search(text) or _names_other_work_report(text)):
        return True
    return _refuses(text, *(name.span() if name else (0, 0)))


def body_looks_like_report(text: str, categories: list[set[str]]) -> bool:
    """A report body names 法治政府建设 and its level-1 headings cover the required parts:
    achievements plus at least one of leadership / shortcomings / plans."""
    if not any(word in text for word in REPORT_BODY_WORDS) or frames_other_work_report(text):
        return False
    covered = set().union(*categories) if categories else set()
    return len(covered & REPORT_REQUIRED_PARTS) >= 2


def frames_other_work_report(text: str) -> bool:
    """Does the body's opening say it reports on another kind of work (现将政务公开工作总结如下),
    not naming 法治政府建设 in the same breath?"""
    head = "\n".join(text.split("\n", VOICE_SCAN_LINES)[:VOICE_SCAN_LINES])
    framing = OTHER_WORK_FRAMING_RX.search(head)
    return framing is not None and not any(word in framing.group() for word in REPORT_BODY_WORDS)


def is_report(title: str | None, text: str, categories: list[set[str]] | None = None) -> bool:
    """Title first; a title with no verdict either way (no report name, no negative words)
    falls back to the body's structure."""
    if title:
        verdict = classify_title(title)
        if verdict.is_report or has_negative_words(title):
            return verdict.is_report
    return body_looks_like_report(text, categories or [])
