"""Full-text search over report sections, every match ranked.

The query language is ``db.corpus.query``'s. Each term is a phrase: ``行政执法`` finds that
exact string, not 行政 and 执法 apart (see db/corpus/fts.py for how it is matched through the
bigram index).

Ranking (best first) is BM25 over the segmented heading and text of EVERY matching section
(a Han term of three or more characters scored as one n-gram or by four-character grams),
computed by the tantivy index beside the corpus (``db.corpus.textindex``, brought up to date
before each search and built again once when damaged: ``db.corpus.indexsearch``; the query
built by ``db.corpus.indexquery``): its top-k collection does not score each match the way
FTS5 did (5–70× over the 20 ms goal at 100k sections). Filters
(year, portal, province, level, category) are required terms of the same query, so a filtered
search ranks only the filtered matches. ``search`` returns the best ``limit`` hits and, in
``Hits.total``, how many sections match in all. When the index cannot be used (another process
is building it, a read-only corpus with changes not yet indexed), the FTS5 bigram index answers
the same query, slower.

A term that is a single Han character (``复``) cannot go through the bigram index; then the
whole query is evaluated as SQL with a substring test (``instr``) for such terms and the FTS5
bigram index for the others — a full scan of the sections, still exact, but unranked (newest
reports first).
Documents marked as duplicates (``duplicate_of`` set) are never returned.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cleaning.document import CATEGORIES
from db.corpus.fts import BODY_COLUMN, FTS_TABLE, filter_query, segment_query
from db.corpus.indexquery import index_query
from db.corpus.indexsearch import ranked_sections
from db.corpus.query import QuerySyntaxError, Token, parse_query, positive_terms, render
from db.corpus.schema import CORPUS_MIGRATIONS

__all__ = ["Hit", "Hits", "SearchError", "parse_query", "search", "snippet"]

SNIPPET_BEFORE, SNIPPET_AFTER = 30, 60      # characters of context around the first hit
HIT_MARKS = ("【", "】")
KNOWN_LISTED = 20        # values named by an "unknown portal/province" error
BUSY_TIMEOUT_SECONDS = 30.0   # a rebuild or crawl may be writing: wait, as db.migrations does
RANK = f"bm25({FTS_TABLE}, 1.0, 0.0)"     # body only: the tags column weighs nothing

HIT_COLUMNS = """s.id AS section_id, s.document_id, s.heading, s.part AS category, s.text,
       d.title, d.portal, d.report_year, d.url"""
RANKED_SQL = f"""
SELECT {HIT_COLUMNS}, m.rank
FROM (SELECT rowid AS id, {RANK} AS rank FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match
      ORDER BY rank, rowid DESC LIMIT :limit) m
JOIN sections s ON s.id = m.id JOIN documents d ON d.id = s.document_id
ORDER BY m.rank, m.id DESC"""
HITS_BY_ID_SQL = f"""SELECT {HIT_COLUMNS}
FROM sections s JOIN documents d ON d.id = s.document_id WHERE s.id IN ({{marks}})"""
COUNT_SQL = f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match"
SCAN_FROM = """sections s JOIN documents d ON d.id = s.document_id
LEFT JOIN portals p ON p.slug = d.portal
WHERE ({match}) AND d.duplicate_of IS NULL {filters}"""
SCAN_SQL = f"""SELECT {HIT_COLUMNS}, 0.0 AS rank FROM {SCAN_FROM}
ORDER BY d.report_year DESC, d.id, s.ordinal LIMIT :limit"""
SCAN_FILTERS = {
    "year": "d.report_year = :year",
    "portal": "d.portal = :portal",
    "province": "p.province = :province",
    "level": "p.level = :level",
    "category": "instr(',' || s.part || ',', ',' || :category || ',') > 0",
}


class SearchError(QuerySyntaxError):
    """A query that cannot be searched: bad syntax, or a filter value the corpus lacks."""


@dataclass
class Hit:
    document_id: int
    section_id: int
    title: str | None
    portal: str | None
    report_year: int | None
    heading: str | None
    category: str | None  # of the level-1 part the section is in ("shortcomings,plans" for two)
    snippet: str          # the section text around the first hit, hits marked 【…】
    rank: float           # FTS5's bm25(): lower is better (0.0 for substring scans)
    url: str | None = None


class Hits(list[Hit]):
    """The best hits, best first; ``total`` is the number of matching sections."""

    total: int = 0


def search(corpus_path: str | Path, query: str, *, year: int | None = None,
           portal: str | None = None, province: str | None = None, level: str | None = None,
           category: str | None = None, limit: int = 20) -> Hits:
    """Sections matching ``query`` (best first), filtered by report year, portal, the portal's
    province and level (from the ``portals`` table) and the section's category."""
    try:
        tokens = parse_query(query)
    except QuerySyntaxError as exc:
        raise SearchError(str(exc)) from exc
    filters = {name: value for name, value in (
        ("year", year), ("portal", portal), ("province", province), ("level", level),
        ("category", category)) if value is not None}
    with reading(corpus_path) as conn:
        check_filters(conn, filters)
        ranked = index_query(tokens, filters)
        found = None if ranked is None else ranked_sections(corpus_path, conn, ranked,
                                                            max(1, int(limit)))
        if found is not None:
            rows, total = _ranked(conn, *found)
        else:
            rows, total = _run(conn, tokens, filters, max(1, int(limit)))
    terms = positive_terms(tokens)
    hits = Hits(_hit(row, terms) for row in rows)
    hits.total = total
    return hits


@contextmanager
def reading(corpus_path: str | Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection to an up-to-date corpus: ``Corpus`` (sqlite-utils, numpy,
    the writer) is loaded only to apply pending migrations, so a search starts fast."""
    if not Path(corpus_path).is_file():
        from db.corpus.store import CorpusError
        raise CorpusError(f"no corpus at {corpus_path}")
    with closing(sqlite3.connect(str(corpus_path), timeout=BUSY_TIMEOUT_SECONDS)) as conn:
        if conn.execute("PRAGMA user_version").fetchone()[0] != len(CORPUS_MIGRATIONS):
            from db.corpus.store import Corpus
            Corpus(corpus_path).close()     # migrates, or says the file is too new
        conn.row_factory = sqlite3.Row
        yield conn


def _ranked(conn: sqlite3.Connection, pairs: list[tuple[int, float]],
            total: int) -> tuple[list[dict[str, Any]], int]:
    """The tantivy index's best hits ((section id, score), best first) and the total, joined
    back to their corpus rows by section id."""
    ids = [i for i, _ in pairs]
    found = {row["section_id"]: dict(row) for row in conn.execute(
        HITS_BY_ID_SQL.format(marks=", ".join("?" * len(ids))), ids)}
    return [{**found[i], "rank": -score} for i, score in pairs if i in found], total


def _run(conn: sqlite3.Connection, tokens: list[Token], filters: dict[str, Any],
         limit: int) -> tuple[list[dict[str, Any]], int]:
    phrases = {i: segment_query(t.text) for i, t in enumerate(tokens) if t.kind == "term"}
    match = index_match(tokens, filters)
    if match is not None:
        params = {"match": match, "limit": limit}
        queries = (RANKED_SQL, COUNT_SQL)
    else:
        params = {**filters, "limit": limit}
        condition = render(tokens, lambda i, t: _scan_term(i, t, phrases[i], params),
                           not_op="AND NOT")
        scan = {"match": condition,
                "filters": "".join(f" AND {SCAN_FILTERS[name]}" for name in filters)}
        queries = (SCAN_SQL.format(**scan),
                   "SELECT count(*) FROM " + SCAN_FROM.format(**scan))
    try:
        rows = [dict(row) for row in conn.execute(queries[0], params)]
        total = conn.execute(queries[1], params).fetchone()[0]
    except sqlite3.OperationalError as exc:     # not expected after parse_query's checks
        raise SearchError(f"cannot search this query: {exc}") from exc
    return rows, total


def index_match(tokens: list[Token], filters: dict[str, Any] | None = None) -> str | None:
    """The FTS5 MATCH expression of a parsed query and its filters, or None when a term needs a
    substring scan (a lone Han character). Datasette's canned search uses it too."""
    phrases = {i: segment_query(t.text) for i, t in enumerate(tokens) if t.kind == "term"}
    if None in phrases.values():
        return None
    body = render(tokens, lambda i, _: phrases[i] or "", not_op="NOT")
    return f"{BODY_COLUMN}:({body}){filter_query(filters or {})}"


def _scan_term(index: int, token: Token, phrase: str | None, params: dict[str, Any]) -> str:
    """Per term an index lookup, or a substring test where the index cannot help."""
    name = f"t{index}"
    params[name] = phrase or token.text
    if phrase:
        return f"s.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :{name})"
    return f"instr(coalesce(s.heading, '') || char(10) || coalesce(s.text, ''), :{name}) > 0"


def check_filters(conn: sqlite3.Connection, filters: dict[str, Any]) -> None:
    """A category, portal or province the corpus does not know is a mistake, not 0 hits."""
    check_category(filters.get("category"))
    for name, column in (("portal", "slug"), ("province", "province")):
        value = filters.get(name)
        if value is None or _known(conn, name, column, value):
            continue
        known = sorted(set(_values(conn, column)) | (
            set(_values(conn, "portal", "documents")) if name == "portal" else set()))
        listed = ", ".join(known[:KNOWN_LISTED]) or "(none)"
        more = f", … ({len(known)} in all)" if len(known) > KNOWN_LISTED else ""
        raise SearchError(f"unknown {name} {value!r}; known: {listed}{more}")


def check_category(category: str | None) -> None:
    """The one check of a --category value (search and export word it alike)."""
    if category is not None and category not in CATEGORIES:
        raise SearchError(f"unknown category {category!r}; known: {', '.join(CATEGORIES)}")


def _known(conn: sqlite3.Connection, name: str, column: str, value: str) -> bool:
    sql = f"SELECT 1 FROM portals WHERE {column} = ? LIMIT 1"
    if conn.execute(sql, [value]).fetchone() is not None:
        return True
    return name == "portal" and conn.execute(    # documents of an unregistered portal
        "SELECT 1 FROM documents WHERE portal = ? LIMIT 1", [value]).fetchone() is not None


def _values(conn: sqlite3.Connection, column: str, table: str = "portals") -> list[str]:
    return [row[0] for row in conn.execute(
        f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL")]


def _hit(row: dict[str, Any], terms: list[str]) -> Hit:
    return Hit(document_id=row["document_id"], section_id=row["section_id"],
               title=row["title"], portal=row["portal"], report_year=row["report_year"],
               heading=row["heading"], category=row["category"],
               snippet=section_snippet(row["heading"], row["text"], terms),
               rank=float(row["rank"]), url=row["url"])


def section_snippet(heading: str | None, text: str | None, terms: list[str]) -> str:
    """The snippet of a section's text, or of heading and text when only the heading has a
    hit (a one-character query often hits a heading first)."""
    text = text or ""
    if not _find(text, terms) and _find(heading or "", terms):
        text = f"{heading} {text}"
    return snippet(text, terms)


def _pattern(terms: list[str]) -> re.Pattern[str] | None:
    ordered = sorted((t for t in terms if t), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ordered)), re.IGNORECASE) if ordered else None


def _find(text: str, terms: list[str]) -> bool:
    pattern = _pattern(terms)
    return bool(pattern and pattern.search(" ".join(text.split())))


def snippet(text: str, terms: list[str]) -> str:
    """The text around the first occurrence of any term, every occurrence marked 【…】."""
    text = " ".join(text.split())
    pattern = _pattern(terms)
    match = pattern.search(text) if pattern else None
    if match is None or pattern is None:
        width = SNIPPET_BEFORE + SNIPPET_AFTER
        return text[:width] + ("…" if len(text) > width else "")
    start = max(0, match.start() - SNIPPET_BEFORE)
    end = min(len(text), match.end() + SNIPPET_AFTER)
    marked = pattern.sub(lambda m: f"{HIT_MARKS[0]}{m.group()}{HIT_MARKS[1]}", text[start:end])
    return ("…" if start else "") + marked + ("…" if end < len(text) else "")
