"""The raw archive: every fetched response kept forever (store), article grouping, WARC, merge."""

from db.archive.store import Archive, ArchiveError

__all__ = ["Archive", "ArchiveError"]
