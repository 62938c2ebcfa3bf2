"""Labelled fields with more fields found on the page only when they are looked up.

The dates found outside the disclosure block (a bare byline date, an element named for the
publication time, a time assigned in an inline script) each walk the page (together ~2.5 ms of a
100 KB page), and `fields.pick_published` reads them last: the disclosure block or a <meta>
date dates nine pages in ten (74 of the bench's 81 realistic pages), so they are not looked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _collections_abc import dict_items, dict_keys, dict_values

Finder = Callable[[], "str | None"]


class LazyFields(dict[str, str]):
    """The labelled fields, and a field per finder, found when first looked up. A found field
    never replaces a labelled one (as dict.setdefault); a finder that finds nothing adds none.
    Anything that reads the whole mapping (iteration, size, views) runs the waiting finders."""

    def __init__(self, labelled: dict[str, str], finders: dict[str, Finder]) -> None:
        super().__init__(labelled)
        self._finders = {name: find for name, find in finders.items() if name not in labelled}

    def _find(self, name: object) -> None:
        if not isinstance(name, str) or name not in self._finders:
            return
        value = self._finders.pop(name)()
        if value:
            super().__setitem__(name, value)

    def _find_all(self) -> None:
        for name in list(self._finders):
            self._find(name)

    def get(self, name: str, default: str | None = None) -> str | None:  # type: ignore[override]
        self._find(name)
        return super().get(name, default)

    def __missing__(self, name: str) -> str:
        self._find(name)
        if super().__contains__(name):
            return super().__getitem__(name)
        raise KeyError(name)

    def __contains__(self, name: object) -> bool:
        self._find(name)
        return super().__contains__(name)

    def __iter__(self) -> Iterator[str]:
        self._find_all()
        return super().__iter__()

    def __len__(self) -> int:
        self._find_all()
        return super().__len__()

    def keys(self) -> dict_keys[str, str]:
        self._find_all()
        return super().keys()

    def values(self) -> dict_values[str, str]:
        self._find_all()
        return super().values()

    def items(self) -> dict_items[str, str]:
        self._find_all()
        return super().items()

    def __eq__(self, other: object) -> bool:
        self._find_all()
        return super().__eq__(other)

    def __ne__(self, other: object) -> bool:
        return not self == other
