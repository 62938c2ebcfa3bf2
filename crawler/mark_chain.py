"""Patterns of marks joined by lazy gaps (`<script\\b(.*?)>(.*?)</script\\s*>`,
`$.ajax({(.*?)})`), read in one pass over a page (issue 13).

As one regex such a pattern reads from each opening to the page's end when its closing mark
never follows, then again from the next opening: quadratic on a page of unclosed openings.
Here each mark is searched for from where the last one ended, as the lazy gap would find it;
when a mark follows nowhere, it follows no later opening either, so the scan stops. A call so
found is then matched by the whole pattern inside its own span, so callers get a real
`re.Match` with the span and groups the single regex gives.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Protocol


class Finder(Protocol):
    """What callers of a compiled pattern's finditer need: a `MarkChain` or an `re.Pattern`."""

    def finditer(self, string: str, /) -> Iterator[re.Match[str]]: ...


class MarkChain:
    """`marks[0](?P<gaps[0]>.*?)marks[1]…(?P<gaps[-1]>.*?)marks[-1]` (DOTALL), with a compiled
    pattern's finditer and sub (the same matches), linear in the text. Each mark matches text
    of its own that no later match of it overlaps (a literal, a tag), so the first one found
    after a later start never ends sooner."""

    def __init__(self, marks: Sequence[str], gaps: Sequence[str], flags: int = 0) -> None:
        if len(gaps) != len(marks) - 1:
            raise ValueError("a gap between each two marks")
        self.marks = tuple(re.compile(mark, flags) for mark in marks)
        self.whole = re.compile(marks[0] + "".join(
            f"(?P<{gap}>.*?){mark}" for gap, mark in zip(gaps, marks[1:], strict=True)),
            flags | re.DOTALL)
        self.pattern = self.whole.pattern   # what the speed test's adversary spells
        self.flags = self.whole.flags

    def finditer(self, string: str, /) -> Iterator[re.Match[str]]:
        """Each match, left to right, as `self.whole.finditer` gives them."""
        pos = 0
        while opening := self.marks[0].search(string, pos):
            end = opening.end()
            for mark in self.marks[1:]:
                found = mark.search(string, end)
                if found is None:
                    return   # no later opening is followed by this mark either
                end = found.end()
            match = self.whole.match(string, opening.start(), end)
            if match is not None:   # always: the gaps reach the marks found
                yield match
            pos = end

    def sub(self, repl: Callable[[re.Match[str]], str], string: str) -> str:
        """`string` with each match replaced by what `repl` makes of it."""
        parts, pos = [], 0
        for match in self.finditer(string):
            parts += [string[pos:match.start()], repl(match)]
            pos = match.end()
        return "".join(parts) + string[pos:]
