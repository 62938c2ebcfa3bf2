"""What the search index (``db.corpus.textindex``) holds for each section, and the words a query
term is looked up by.

``body`` holds the section's segmented text (``db.corpus.fts.segment``: Han bigrams, other words;
split into words as unicode61 does, with positions, so a query term is a phrase of the same
words). A bigram phrase of common words reads the positions of every section holding all its
bigrams (行政执法 at 100k sections: 20 ms CPU), so pure Han terms of three or more characters
are looked up in two more fields:

- ``ngrams``: every substring of three to six characters of each Han run (tantivy's n-gram
  tokenizer, one value per run; counts, no positions). Such a term is one term there
  (行政执法: 0.6 ms; 法治政府建设: 0.5 ms, where a phrase of two grams took 4.3 ms).
- ``grams``: the overlapping four-character grams of each Han run, with positions. A longer
  term is a phrase of grams up to GRAM apart (``行政规范性文件``: 行政规范 at 0, 范性文件 at 3).
  Runs are GRAM_GAP empty positions apart, so such a phrase never joins two runs.

``year``, ``portal``, ``province``, ``level`` and ``category`` hold the filter values as raw
terms (a set of 60 portal slugs for a province measured 5x slower than one term).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import tantivy

from db.corpus.fts import HAN_RUN, RUN_BOUNDARY, nfkc, section_text, segment_with_runs

# A section's segmented body (db.corpus.fts.segment), its Han runs and their grams text (None:
# not made yet, section_document makes them).
IndexTexts = tuple[str, list[str] | None, str | None]
TOKENIZER = "fazhi_words"
GRAMS_TOKENIZER = "fazhi_grams"
NGRAMS_TOKENIZER = "fazhi_ngrams"
# Filter values as raw terms of each section (a portal's province and level too: corpus
# migration v6 queues a portal's documents when its row changes).
FILTER_FIELDS = ("year", "portal", "province", "level", "category")
# tantivy's simple tokenizer (runs of alphanumeric characters, lowercased) splits as unicode61
# does, 2.5x cheaper than a regex tokenizer (~100 vs ~250 us of CPU a section at load 9); it
# drops RUN_BOUNDARY (private use), which is spelled BOUNDARY_WORD for it: three Han
# characters, a token no text makes (Han runs become tokens of one or two characters).
BOUNDARY_WORD = "〇〇〇"
GRAM = 4                # characters of a gram
NGRAM_SIZES = (3, 6)    # the shortest and longest substrings in ngrams
# Between two runs' grams: GRAM_GAP words the grams analyzer drops, leaving their positions
# empty (a phrase's grams are at most GRAM apart: see han_lookup).
GAP_WORD = "x"
GRAM_GAP = GRAM
GAP = " " + " ".join([GAP_WORD] * GRAM_GAP) + " "


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_unsigned_field("section_id", fast=True)
    builder.add_text_field("body", tokenizer_name=TOKENIZER, index_option="position")
    builder.add_text_field("grams", tokenizer_name=GRAMS_TOKENIZER, index_option="position")
    builder.add_text_field("ngrams", tokenizer_name=NGRAMS_TOKENIZER, index_option="freq")
    # Raw terms; document_id too: delete_documents_by_term takes a Python int as i64, not u64.
    for name in ("document_id", *FILTER_FIELDS):
        builder.add_text_field(name, tokenizer_name="raw", index_option="basic")
    return builder.build()


SCHEMA = _schema()
ANALYZERS = {
    TOKENIZER: (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
                .filter(tantivy.Filter.lowercase()).build()),
    GRAMS_TOKENIZER: (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
                      .filter(tantivy.Filter.custom_stopword([GAP_WORD])).build()),
    NGRAMS_TOKENIZER: tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.ngram(
        min_gram=NGRAM_SIZES[0], max_gram=NGRAM_SIZES[1], prefix_only=False)).build(),
}
ANALYZER = ANALYZERS[TOKENIZER]


def register_tokenizers(index: tantivy.Index) -> None:
    for name, analyzer in ANALYZERS.items():
        index.register_tokenizer(name, analyzer)


def indexed_text(segmented: str) -> str:
    """A segmented text (db.corpus.fts.segment) as the index's body field takes it."""
    return segmented.replace(RUN_BOUNDARY, f" {BOUNDARY_WORD} ")


def words(segmented: str) -> list[str]:
    """The index words of a segmented text (what a phrase query is made of)."""
    return list(ANALYZER.analyze(indexed_text(segmented)))


def gram_text(runs: list[str]) -> str:
    """The grams field of a text's Han runs: each run's grams, runs GAP apart (~70 us a
    section, half of segmenting it)."""
    return GAP.join(" ".join([run[i:i + GRAM] for i in range(len(run) - GRAM + 1)])
                    for run in runs if len(run) >= GRAM)


def han_lookup(term: str) -> tuple[str, list[tuple[int, str]]] | None:
    """For a term that is one Han run of three or more characters: the field and the
    (position, word) phrase that find it — the term itself in ngrams, or grams GRAM apart and
    the last one, so they cover every character. None for any other term (the body's words
    find it)."""
    term = nfkc(term)
    if len(term) < NGRAM_SIZES[0] or HAN_RUN.fullmatch(term) is None:
        return None
    if len(term) <= NGRAM_SIZES[1]:
        return "ngrams", [(0, term)]
    starts = [*range(0, len(term) - GRAM, GRAM), len(term) - GRAM]
    return "grams", [(start, term[start:start + GRAM]) for start in starts]


def index_texts(rows: Iterable[Sequence[Any]]) -> list[IndexTexts]:
    """The text work of each section's index document (``row[1]`` its heading, ``row[2]`` its
    text): what a rebuild's workers send back for the sections the parent indexes."""
    texts: list[IndexTexts] = []
    for row in rows:
        body, runs = segment_with_runs(section_text(row[1], row[2]))
        texts.append((body, runs, gram_text(runs)))
    return texts


def section_document(row: Sequence[Any], body: str, runs: list[str] | None = None,
                     grams: str | None = None) -> tantivy.Document:
    """The index document of a section: ``row`` in textindex.SECTIONS_SQL's columns, ``body``
    its segmented text, ``runs`` its Han runs and ``grams`` their grams text if known
    (``index_texts``). Made from one dict: a third cheaper than ~20 add_* calls a section."""
    if runs is None:
        runs = HAN_RUN.findall(nfkc(section_text(row[1], row[2])))
    values: dict[str, Any] = {
        "section_id": row[0], "document_id": str(row[7]), "body": indexed_text(body),
        "grams": gram_text(runs) if grams is None else grams,
        # a value each: no substring spans two runs
        "ngrams": [run for run in runs if len(run) >= NGRAM_SIZES[0]]}
    if row[4] is not None:
        values["year"] = str(row[4])
    for name, value in (("portal", row[6]), ("province", row[8]), ("level", row[9])):
        if value is not None:
            values[name] = value
    categories = [category for category in (row[3] or "").split(",") if category]
    if categories:
        values["category"] = categories
    return tantivy.Document.from_dict(values, SCHEMA)
