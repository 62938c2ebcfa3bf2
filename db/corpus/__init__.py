"""The corpus, derived from the archive: schema, writer, full-text index, search, export, stats,
rebuild."""

from db.corpus.store import Corpus, CorpusError

__all__ = ["Corpus", "CorpusError"]
