"""Full-text indexing of Chinese text with FTS5 + unicode61, by overlapping Han bigrams.

unicode61 makes a whole run of Han characters one token, so ``复议`` inside ``行政复议`` would not
be found; the trigram tokenizer needs three characters. We index a *segmented copy* instead:
every Han run becomes its overlapping bigrams (``行政复议`` → ``行政 政复 复议``), other text stays
as unicode61 words. A query term is segmented the same way and searched as an FTS5 phrase, so
any Han term of two or more characters matches exactly the sections that contain it, through the
index, with no dictionary.

Run boundaries: two Han runs with no letter or digit between them (``复复 复复``, ``法治。政府``,
a heading and its text) are kept apart by a boundary token, ``RUN_BOUNDARY``, on both sides, so
a term's bigrams never join across them (``复复复`` does not match ``复复 复复``); a term that spans
such a gap (``"行政 执法"``) gets the same token and matches across any gap.

Edges: where a Han run touches a letter or digit (``2024年度``), its edge character is also emitted
alone (``2024 年 年度``), so mixed terms like ``2024年`` or ``第1`` work as phrases too. A term
that needs a lone Han character *not* next to a letter/digit (``复``, ``复，议``) cannot be matched
through bigrams: ``segment_query`` returns None and the search falls back to a substring scan.
Non-Han words match as whole unicode61 words (``2024`` finds ``2024年`` but ``024`` does not),
case-insensitively. Both sides are NFKC-normalised (full-width ``２０２４`` = ``2024``).

Filters live in the index too: a second column, ``tags``, holds words for the section's report
year, portal, province, level, categories and a ``dup`` mark (``filter_query`` spells them), so
FTS5 intersects the postings of the words and the filters in one query, and its cost follows
the filtered matches. Strings are hex-encoded (unicode61 would split ``xi-an``). Rows get their
tags when indexed (``index_segmented``); triggers of migration v3 follow later changes of a
document's year or portal and of a portal's province or level. A copy (a document with a
``duplicate_of``) has no rows (migration v9: searches leave copies out, so tokenizing them was
wasted): a trigger deletes a new copy's rows, and ``index_documents`` gives a document that stops
being one its rows again. The ``dup`` tag stays in the query for rows of older corpora.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from db.corpus.schema import SECTION_TAGS_FROM_V3, SECTION_TAGS_V3

if TYPE_CHECKING:   # search reads with plain sqlite3: no sqlite-utils (and numpy) to import
    from sqlite_utils import Database

# CJK ideographs: 〇, Extension A, Unified, Compatibility, Extensions B and later.
HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HAN_RUN = re.compile(f"[{HAN}]+")
# A private-use character: unicode61 keeps it as a token (category Co); report texts lack it.
RUN_BOUNDARY = "\ue000"
WORD_CHAR = re.compile(r"[^\W_]")   # str.isalnum() as a regex: \w is isalnum() and "_"
FTS_TABLE = "sections_fts"
BODY_COLUMN, TAGS_COLUMN = "body", "tags"
DUPLICATE_TAG = "dup"
TAG_PREFIXES = {"year": "y", "portal": "p", "province": "r", "level": "l", "category": "c"}
PLAIN_TAGS = ("year", "category")    # digits and the category words: not hex-encoded


# What NFKC makes of full-width ASCII and the ideographic space, the only characters of most
# Chinese text it changes: mapped first by str.translate, the text is then usually NFKC
# already and skips unicodedata.normalize (45 → 25 µs of the ~190 µs that segmenting a bench
# section takes, at load 6).
FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
# The same as a table indexed by code point (str.translate leaves a character past its end, an
# IndexError, as it is): ~30 % cheaper than the dict (0.36 -> 0.25 s for 40,000 sections).
# Built on first use: ~9 ms at import, paid by every CLI process that never segments a section.
@cache
def full_width_table() -> str:
    return "".join(chr(FULL_WIDTH.get(code, code)) for code in range(0x10000))


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, faster on typical Chinese text."""
    text = text.translate(full_width_table())
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


def _is_word_char(char: str) -> bool:
    """A letter or digit outside the Han run: unicode61 would glue it into a token."""
    return char.isalnum()


def _run_tokens(run: str, before: str, after: str) -> list[str]:
    if len(run) == 1:
        return [run]
    tokens = [run[i:i + 2] for i in range(len(run) - 1)]
    if _is_word_char(before):
        tokens.insert(0, run[0])
    if _is_word_char(after):
        tokens.append(run[-1])
    return tokens


def _between(text: str, position: int, start: int) -> list[str]:
    """The text between two Han runs (or before the first, ``position`` 0) as pieces, with
    RUN_BOUNDARY after it when it has no letter or digit to keep the runs apart."""
    pieces = [text[position:start]] if start > position else []
    if position and not WORD_CHAR.search(text, position, start):
        pieces.append(RUN_BOUNDARY)
    return pieces


def _segments(text: str) -> Iterable[tuple[str, bool]]:
    """(piece, is_han_token) in order: Han runs as tokens, the text between them as is."""
    text = nfkc(text)
    position = 0
    for match in HAN_RUN.finditer(text):
        start, end = match.span()
        for piece in _between(text, position, start):
            yield piece, False
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        for token in _run_tokens(match.group(), before, after):
            yield token, True
        position = end
    if position < len(text):
        yield text[position:], False


def segment(text: str) -> str:
    """The indexed form of ``text``: Han bigrams, other text kept, separated by spaces.

    Same output as joining ``_segments`` (which queries use), built with C-level string
    operations: indexing is the costliest part of writing a section."""
    return _segment(text, None)


def segment_with_runs(text: str) -> tuple[str, list[str]]:
    """``segment(text)`` and the Han runs of NFKC ``text`` (``HAN_RUN.findall``), which the
    search index's n-gram fields take: one normalization and one scan for both."""
    runs: list[str] = []
    return _segment(text, runs), runs


def _segment(text: str, runs: list[str] | None) -> str:
    text = nfkc(text)
    pieces: list[str] = []
    position = 0
    for match in HAN_RUN.finditer(text):
        start, end = match.span()
        if start > position:        # _between, inlined: this loop is the hot one
            pieces.append(text[position:start])
        if position and not WORD_CHAR.search(text, position, start):
            pieces.append(RUN_BOUNDARY)
        run = match.group()
        if runs is not None:
            runs.append(run)
        if len(run) == 1:
            pieces.append(run)
        else:
            if start and _is_word_char(text[start - 1]):
                pieces.append(run[0])
            pieces.append(" ".join(map(str.__add__, run[:-1], run[1:])))
            if end < len(text) and _is_word_char(text[end]):
                pieces.append(run[-1])
        position = end
    if position < len(text):
        pieces.append(text[position:])
    return " ".join(pieces)


def segment_query(term: str) -> str | None:
    """One query term as an FTS5 phrase of the same bigrams, or None when only a substring
    scan can find it (a lone Han character not next to a letter/digit, or no word at all)."""
    words = query_words(term)
    return None if words is None else '"' + words.replace('"', '""') + '"'


def query_words(term: str) -> str | None:
    """One query term segmented as the index is (its words in order, space-separated), or
    None when only a substring scan can find it (see ``segment_query``)."""
    pieces = list(_segments(term))
    if not any(is_han or any(c.isalnum() for c in piece) for piece, is_han in pieces):
        return None
    if not _lone_chars_are_edges(term):
        return None
    return " ".join(piece for piece, _ in pieces)


def _lone_chars_are_edges(term: str) -> bool:
    """True when every single-character Han run of the term touches a letter/digit (those
    characters are indexed alone too); longer runs only emit edges, which the index also has."""
    text = nfkc(term)
    for match in HAN_RUN.finditer(text):
        start, end = match.span()
        if end - start == 1:
            before = text[start - 1] if start else ""
            after = text[end] if end < len(text) else ""
            if not (_is_word_char(before) or _is_word_char(after)):
                return False
    return True


def section_text(heading: str | None, text: str | None) -> str:
    """What a section's index entries are made of: its heading and text, one line apart."""
    return f"{heading or ''}\n{text or ''}"


def segment_section(heading: str | None, text: str | None) -> str:
    """The indexed form of one section (heading and text)."""
    return segment(section_text(heading, text))


def index_sections(db: Database, sections: Iterable[tuple[int, str | None, str | None]]) -> None:
    """Add (section id, heading, text) rows to the bigram index, rowid = sections.id."""
    index_segmented(db, ((section_id, segment_section(heading, text))
                         for section_id, heading, text in sections))


def index_documents(db: Database, document_ids: Iterable[int]) -> None:
    """Add the bigram rows of these documents' sections (documents that stopped being copies:
    their rows are segmented here, in the writing process)."""
    ids = json.dumps(sorted(document_ids))
    index_sections(db, db.execute("SELECT id, heading, text FROM sections WHERE document_id IN "
                                  "(SELECT value FROM json_each(?)) ORDER BY id",
                                  [ids]).fetchall())


def index_segmented(db: Database, rows: Iterable[tuple[int, str]]) -> None:
    """Add (section id, already segmented body) rows, tagged from the section's row, its
    document and portal (written before): a rebuild segments in its workers."""
    db.conn.executemany(
        f"INSERT INTO {FTS_TABLE} (rowid, body, tags) SELECT :id, :body, {SECTION_TAGS_V3} "
        f"FROM {SECTION_TAGS_FROM_V3} WHERE s.id = :id",
        ({"id": section_id, "body": body} for section_id, body in rows))


def filter_tag(name: str, value: str | int) -> str:
    """The tags-column word for one filter value (``year=2024`` → ``y2024``)."""
    text = str(value)
    if name not in PLAIN_TAGS or not text.isalnum():   # "2024 OR 1=1" stays one word
        text = text.encode().hex()
    return TAG_PREFIXES[name] + text


def filter_query(filters: dict[str, str | int]) -> str:
    """The FTS5 condition on the tags column for these filters, duplicates excluded: appended
    to a body query as ``(body query) AND tags:… NOT tags:dup``."""
    words = [filter_tag(name, value) for name, value in filters.items()]
    wanted = f" AND {TAGS_COLUMN}:({' AND '.join(words)})" if words else ""
    return f"{wanted} NOT {TAGS_COLUMN}:{DUPLICATE_TAG}"


def unindex_document(db: Database, document_id: int) -> None:
    db.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN "
               "(SELECT id FROM sections WHERE document_id = ?)", [document_id])
