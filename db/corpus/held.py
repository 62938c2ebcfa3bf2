"""A rebuild's held sections (``CorpusWriter.hold_bigram_rows``): once the duplicates are linked,
the sections of documents that are not copies are read back a range of ids at a time, get their
index texts (``db.corpus.indexschema.index_texts``: segmented once for both search indexes) —
in this process (``segmented_here``) or in the rebuild's idle cleaning workers
(``db.corpus.pool.Preparation.segmenter``) — and are fed to tantivy and FTS5
(``CorpusWriter.index_held_sections``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING

from db.corpus.indexschema import IndexTexts, index_texts
from db.corpus.schema import SECTION_TAGS_FROM_V3, SECTION_TAGS_V3

if TYPE_CHECKING:
    from sqlite_utils import Database

    from db.corpus.textindex import IndexFeeder

# Section ids per step of indexing the held sections (~1,000 sections of documents that are not
# copies, ~0.1 s of segmenting: small steps keep the pool's workers and this process busy at
# once); a step ends where a document begins (the feeder replaces one whole).
HELD_CHUNK = 2_000
NEXT_DOCUMENT_SQL = "SELECT min(id) FROM sections WHERE id >= ? AND ordinal = 1"
# The held sections the search indexes get (not copies'): textindex.SECTIONS_SQL's columns,
# then the bigram row's tags. In id order: document by document, ordinal by ordinal
# (_reserve_section_ids; ORDER BY d.id, s.ordinal sorted every row, texts included).
HELD_INDEX_SQL = (f"SELECT s.id, s.heading, s.text, s.part, d.report_year, d.duplicate_of, "
                  f"d.portal, d.id, p.province, p.level, {SECTION_TAGS_V3} "
                  f"FROM {SECTION_TAGS_FROM_V3} WHERE d.duplicate_of IS NULL "
                  "AND s.id >= ? AND s.id < ? ORDER BY s.id")
COPIES_SQL = "SELECT id FROM documents WHERE duplicate_of IS NOT NULL"
# Ranges of held section rows → each with its sections' index texts, in order (segmented_here,
# or db.corpus.pool's segmenter in the rebuild's workers).
Segmenter = Callable[[Iterable[list[tuple]]], Iterator[tuple[list[tuple], list[IndexTexts]]]]


def segmented_here(ranges: Iterable[list[tuple]]
                   ) -> Iterator[tuple[list[tuple], list[IndexTexts]]]:
    """Each range of held section rows with its sections' index texts, made in this process."""
    for rows in ranges:
        yield rows, index_texts(rows)


def held_ranges(db: Database, first: int, end: int) -> Iterator[list[tuple]]:
    """The held sections from id ``first`` to ``end`` - 1 to index (HELD_INDEX_SQL rows), a
    range of ids at a time, each ending where a document begins."""
    while first < end:
        stop = db.execute(NEXT_DOCUMENT_SQL, [first + HELD_CHUNK]).fetchone()[0] or end
        yield db.execute(HELD_INDEX_SQL, [first, stop]).fetchall()
        first = stop


def feed_held(feeder: IndexFeeder, rows: list[tuple], texts: list[IndexTexts]) -> list[tuple]:
    """Feed tantivy a range of held sections, document by document, with their index texts;
    their bigram rows."""
    start = 0
    for document_id, group in groupby(rows, key=itemgetter(7)):
        section_rows = [row[:10] for row in group]
        stop = start + len(section_rows)
        feeder.replace(document_id, None, section_rows, texts[start:stop])
        start = stop
    return [(row[0], body, row[10]) for row, (body, _, _) in zip(rows, texts, strict=True)]
