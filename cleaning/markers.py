"""Does a line open with a section marker (一、 （一） 1. 第一部分 …)? One regex over every
marker of patterns.SECTION_MARKERS, matched in C: noise, captions, heading blocks and the post
tail all ask it of many lines."""

from __future__ import annotations

import re

from cleaning.patterns import SECTION_MARKERS

_ANY_MARKER_RX = re.compile("|".join(f"(?:{rx.pattern})" for _, rx in SECTION_MARKERS))


def starts_with_marker(line: str) -> bool:
    return _ANY_MARKER_RX.match(line) is not None
