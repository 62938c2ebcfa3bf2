"""trafilatura's justext fallback with its stoplist hashed once, not on every call.

trafilatura 2.3 hands justext all of justext's stoplists as one tuple of ~150,000 words
(`trafilatura.external.JT_STOPLIST`); justext's `define_stoplist` is an lru_cache keyed on that
tuple, and CPython never caches a tuple's hash, so every fallback call re-hashed 150,000 strings
(~5 ms: more than the rest of cleaning a short page). During our own extract calls the global
holds an equal tuple whose hash is computed once: the same words, the same cache entry, the same
output. Other users of trafilatura in the process are left untouched.

Kept because it measures worth its cost (issue 11 asked): on 115 pages (the 73 held-out and dev
pages as they are, 9 of the bench's realistic pages, 20 held-out pages inflated to 80–120 KB),
4 interleaved rounds of CPU time, cleaning took 1.76 s with the swap and 1.86 s without: 0.9 ms
a page, 5 % (2025-12-03, load 9 on 2 cores; CPU time, so the load hardly counts).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_external: Any
try:
    from trafilatura import external as _external
except ImportError:      # another trafilatura layout: nothing to speed up
    _external = None


class _HashedOnce(tuple):
    """A tuple whose hash is computed once, at creation (equal to the plain tuple's hash)."""

    _hash: int

    def __new__(cls, words: tuple[str, ...]) -> _HashedOnce:
        made = super().__new__(cls, words)
        made._hash = tuple.__hash__(made)
        return made

    def __hash__(self) -> int:
        return self._hash


_stoplist: _HashedOnce | None = None


def _hashed_stoplist() -> _HashedOnce | None:
    global _stoplist
    init = getattr(_external, "jt_stoplist_init", None)
    if _stoplist is None and init is not None and hasattr(_external, "JT_STOPLIST"):
        words = _external.JT_STOPLIST or init()
        if isinstance(words, tuple):
            _stoplist = _HashedOnce(words)
    return _stoplist


def load() -> None:
    """Read justext's stoplists now (cleaning.load), not during the first page."""
    _hashed_stoplist()


@contextmanager
def hashed_once() -> Iterator[None]:
    """Within the block, trafilatura's justext fallback uses the once-hashed stoplist."""
    stoplist = _hashed_stoplist()
    if stoplist is None:
        yield
        return
    previous = _external.JT_STOPLIST
    _external.JT_STOPLIST = stoplist
    try:
        yield
    finally:
        _external.JT_STOPLIST = previous
