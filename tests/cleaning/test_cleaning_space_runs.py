"""Patterns whose space runs could split a long run of spaces between two quantifiers (the
start of a match, then 100 KB of ideographic spaces and no end): each now reads it once
(possessive runs, an atomic date), under a second. Found by sweeping every pattern with
half a match followed by a long run (5,000 spaces took 0.1-1.2 s, growing with its square)."""

from __future__ import annotations

import time

import pytest

from cleaning.patterns import BADGE_LINE_RX, GLUED_BADGE_RX, SCRIPT_SHELL_RX, TITLE_DATE_RX

RUN = "\u3000" * 100_000
CASES = {
    "glued badge": (GLUED_BADGE_RX, "SECTION\t" + RUN + "x"),
    "badge line": (BADGE_LINE_RX, "PART " + RUN + "x"),
    "title date": (TITLE_DATE_RX, "发布时间：2025-03-21" + RUN + "x"),
    "script shell": (SCRIPT_SHELL_RX, "页面正在载入，，" + RUN + "x"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_long_run_of_spaces_is_read_once(name: str) -> None:
    pattern, text = CASES[name]
    started = time.process_time()
    sum(1 for _ in pattern.finditer(text))
    assert time.process_time() - started < 1.0, name


def test_the_patterns_still_read_what_they_are_for() -> None:
    assert GLUED_BADGE_RX.sub("", "PART 01 一、总体情况", count=1) == "一、总体情况"
    assert TITLE_DATE_RX.match("【发布时间：2025-03-21 10:20】").group(2) == "2025-03-21 10:20"
    assert TITLE_DATE_RX.match("2025年3月21日　") is not None
    assert SCRIPT_SHELL_RX.search("页面正在加载中，请稍候…") is not None
