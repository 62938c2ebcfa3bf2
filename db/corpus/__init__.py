"""The corpus, derived from the archive: schema, writer, full-text index, search, export, stats,
rebuild.

``Corpus`` and ``CorpusError`` load on first use (PEP 562): ``fazhi search`` imports
``db.corpus.search``, which reads the file with plain sqlite3, and should not pay for
sqlite-utils (which imports numpy) and the writer on every call.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.corpus.store import Corpus, CorpusError

__all__ = ["Corpus", "CorpusError"]


def __getattr__(name: str) -> object:
    if name in __all__:
        return getattr(importlib.import_module("db.corpus.store"), name)
    raise AttributeError(f"module 'db.corpus' has no attribute {name!r}")
