"""Full-text search over report sections.

Query language: whitespace-separated terms must all occur (AND); ``OR`` between terms, ``NOT``
before a term (or ``-term``) and parentheses work as in FTS5 (precedence NOT > AND > OR);
``"a b"`` quotes a term containing spaces. Each term is a phrase: ``行政执法`` finds that exact
string, not 行政 and 执法 apart (see db/corpus/fts.py for how it is matched through the bigram
index).

A term that is a single Han character (``复``) cannot go through the bigram index; then the
whole query is evaluated as SQL with a substring test (``instr``) for such terms — a full scan
of the sections, still exact, but unranked (newest reports first).
Documents marked as duplicates (``duplicate_of`` set) are never returned.

Ranking (best first) is BM25 over the section's heading and text, computed here rather than by
FTS5's ``bm25()``: that function counts, for every query, all the sections containing each
phrase (its IDF), and a common phrase (行政执法 is in half the sections) then costs a scan of
the whole index per query. Instead the index yields the matching sections newest first (highest
id: the latest archived), and at most ``max(RANK_WINDOW, limit)`` of them are ranked, with the
IDF taken over those. A query matching more sections than that is ranked among its newest
matches only — so any query answers in about the same time on a corpus of any size — and asking
for a ``limit`` of every section (an export) still returns every match.
"""

from __future__ import annotations

import math
import re
import sqlite3
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.corpus.fts import FTS_TABLE, HAN_RUN, segment_query
from db.corpus.store import Corpus, CorpusError

QUERY_TOKEN = re.compile(r'"[^"]*"|[()]|[^\s()]+')
OPERATORS = ("AND", "OR", "NOT")
SNIPPET_BEFORE, SNIPPET_AFTER = 30, 60      # characters of context around the first hit
RANK_WINDOW = 500           # matching sections ranked per query at least (see the docstring)
BM25_K1, BM25_B = 1.2, 0.75  # the usual BM25 constants (FTS5 uses the same)
HIT_MARKS = ("【", "】")

SELECT = """
SELECT s.id AS section_id, s.document_id, s.heading, s.part AS category, s.text, d.title, d.portal,
       d.report_year, d.url, {rank} AS rank
FROM {source}
JOIN documents d ON d.id = s.document_id
LEFT JOIN portals p ON p.slug = d.portal
WHERE {match} AND d.duplicate_of IS NULL {filters}
ORDER BY {order} LIMIT {limit}
"""
FILTERS = {
    "year": "d.report_year = :year",
    "portal": "d.portal = :portal",
    "province": "p.province = :province",
    "level": "p.level = :level",
    "category": "instr(',' || s.part || ',', ',' || :category || ',') > 0",
}


class SearchError(ValueError):
    """A query that cannot be searched (empty, only negations, bad syntax)."""


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
    rank: float           # minus the BM25 score: lower is better (0.0 for substring scans)
    url: str | None = None


@dataclass(frozen=True)
class Token:
    kind: str             # term | op | paren
    text: str


def search(corpus_path: str | Path, query: str, *, year: int | None = None,
           portal: str | None = None, province: str | None = None, level: str | None = None,
           category: str | None = None, limit: int = 20) -> list[Hit]:
    """Sections matching ``query`` (best first), filtered by report year, portal, the portal's
    province and level (from the ``portals`` table) and the section's category."""
    if not Path(corpus_path).is_file():
        raise CorpusError(f"no corpus at {corpus_path}")
    tokens = parse_query(query)
    filters = {"year": year, "portal": portal, "province": province, "level": level,
               "category": category}
    params: dict[str, Any] = {k: v for k, v in filters.items() if v is not None}
    params["limit"] = max(1, int(limit))
    params["window"] = max(RANK_WINDOW, params["limit"])
    sql = _compile(tokens, params)
    with Corpus(corpus_path) as corpus:
        try:
            rows = list(corpus.db.query(sql, params))
        except sqlite3.OperationalError as exc:
            raise SearchError(f"cannot search {query!r}: {exc}") from exc
    terms = [t.text for i, t in enumerate(tokens) if t.kind == "term" and not _negated(tokens, i)]
    if "match" in params:   # index candidates, newest first: rank them
        rows = rank_rows(rows, terms)[:params["limit"]]
    return [_hit(row, terms) for row in rows]


def rank_rows(rows: list[dict[str, Any]], terms: list[str]) -> list[dict[str, Any]]:
    """The rows best first by BM25 of the terms (IDF over these rows), ``rank`` set to minus
    the score like FTS5's bm25() — every row is a hit, so its rank is below 0; ties: newest."""
    if not rows:
        return rows
    wanted = [unicodedata.normalize("NFKC", term).casefold() for term in terms]
    texts = [f"{r['heading'] or ''}\n{r['text'] or ''}".casefold() for r in rows]
    counts = [_counts(text, wanted) for text in texts]
    average = sum(map(len, texts)) / len(texts) or 1.0
    holders = [sum(1 for row in counts if row[k]) for k in range(len(wanted))]
    idf = [math.log((len(rows) - n + 0.5) / (n + 0.5) + 1) for n in holders]
    for row, text, found in zip(rows, texts, counts, strict=True):
        norm = BM25_K1 * (1 - BM25_B + BM25_B * len(text) / average)
        score = sum(w * f * (BM25_K1 + 1) / (f + norm) for w, f in zip(idf, found, strict=True))
        row["rank"] = -score - 1e-9   # a hit the plain count missed (punctuation) is still < 0
    return sorted(rows, key=lambda r: (r["rank"], -r["section_id"]))


def _counts(text: str, terms: list[str]) -> list[int]:
    """Occurrences of each term; NFKC (slow on long texts) only when a term with letters or
    digits seems absent: full-width ones (the index matched them, the plain count did not)."""
    found = [text.count(term) for term in terms]
    if all(count or HAN_RUN.fullmatch(term) for count, term in zip(found, terms, strict=True)):
        return found   # NFKC maps no other character onto a Han one: absent is absent
    text = unicodedata.normalize("NFKC", text)
    return [text.count(term) for term in terms]


def parse_query(query: str) -> list[Token]:
    """Split a query into terms, operators and parentheses (``-x`` becomes ``NOT x``)."""
    tokens: list[Token] = []
    for raw in QUERY_TOKEN.findall(unicodedata.normalize("NFKC", query)):
        if raw in OPERATORS:
            tokens.append(Token("op", raw))
        elif raw in "()":
            tokens.append(Token("paren", raw))
        elif raw.startswith("-") and len(raw) > 1:
            tokens += [Token("op", "NOT"), Token("term", raw[1:].strip('"'))]
        elif raw.strip('"').strip():
            tokens.append(Token("term", raw.strip('"')))
    positives = [i for i, t in enumerate(tokens) if t.kind == "term" and not _negated(tokens, i)]
    if not positives:
        raise SearchError(f"nothing to search for in {query!r}")
    return tokens


def _negated(tokens: list[Token], index: int) -> bool:
    return index > 0 and tokens[index - 1] == Token("op", "NOT")


def _compile(tokens: list[Token], params: dict[str, Any]) -> str:
    filters = "".join(f" AND {FILTERS[name]}" for name in FILTERS if name in params)
    phrases = {i: segment_query(t.text) for i, t in enumerate(tokens) if t.kind == "term"}
    if None not in phrases.values():
        params["match"] = _render(tokens, lambda i, _: phrases[i], not_op="NOT")
        # Newest first straight from the index (FTS5 walks its rowids backwards, lazily).
        return SELECT.format(
            rank="0.0", match=f"{FTS_TABLE} MATCH :match", filters=filters, limit=":window",
            source=f"{FTS_TABLE} JOIN sections s ON s.id = {FTS_TABLE}.rowid",
            order=f"{FTS_TABLE}.rowid DESC")

    def condition(index: int, token: Token) -> str:
        """Per term an index lookup, or a substring test where the index cannot help."""
        name, phrase = f"t{index}", phrases[index]
        params[name] = phrase or token.text
        if phrase:
            return f"s.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :{name})"
        return f"instr(s.heading || char(10) || s.text, :{name}) > 0"

    return SELECT.format(rank="0.0", source="sections s", filters=filters,
                         match="(" + _render(tokens, condition, not_op="AND NOT") + ")",
                         order="d.report_year DESC, d.id, s.ordinal", limit=":limit")


def _render(tokens: list[Token], term: Callable[[int, Token], str], *, not_op: str) -> str:
    """The token stream as FTS5 or SQL: explicit AND between adjacent operands, binary NOT."""
    parts: list[str] = []
    for index, token in enumerate(tokens):
        if _needs_and(tokens, index):
            parts.append("AND")
        if token.kind == "term":
            parts.append(term(index, token))
        elif token.text == "NOT" and index > 0:
            parts.append(not_op)
        else:
            parts.append(token.text)
    return " ".join(parts)


def _needs_and(tokens: list[Token], index: int) -> bool:
    """Implicit AND between two adjacent operands (``a b``, ``a (b)``, ``(a) b``)."""
    if index == 0:
        return False
    before, token = tokens[index - 1], tokens[index]
    ends_operand = before.kind == "term" or before.text == ")"
    starts_operand = token.kind == "term" or token.text == "("
    return ends_operand and starts_operand


def _hit(row: dict[str, Any], terms: list[str]) -> Hit:
    return Hit(document_id=row["document_id"], section_id=row["section_id"],
               title=row["title"], portal=row["portal"], report_year=row["report_year"],
               heading=row["heading"], category=row["category"],
               snippet=snippet(row["text"] or "", terms), rank=float(row["rank"]),
               url=row["url"])


def snippet(text: str, terms: list[str]) -> str:
    """The text around the first occurrence of any term, every occurrence marked 【…】."""
    text = " ".join(text.split())
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)),
                         re.IGNORECASE) if terms else None
    match = pattern.search(text) if pattern else None
    if match is None or pattern is None:
        width = SNIPPET_BEFORE + SNIPPET_AFTER
        return text[:width] + ("…" if len(text) > width else "")
    start = max(0, match.start() - SNIPPET_BEFORE)
    end = min(len(text), match.end() + SNIPPET_AFTER)
    marked = pattern.sub(lambda m: f"{HIT_MARKS[0]}{m.group()}{HIT_MARKS[1]}", text[start:end])
    return ("…" if start else "") + marked + ("…" if end < len(text) else "")
