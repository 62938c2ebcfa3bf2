"""A parsed search query (``db.corpus.query`` tokens) and its filters as a tantivy query.

Each term is a phrase of its index words (``db.corpus.fts.query_words``), so ``行政执法`` finds
that exact string; a Han term of three or more characters is looked up as one n-gram or by its
grams instead (``db.corpus.indexschema.han_lookup``: the same sections, one term or a short phrase).
Operators keep FTS5's precedence (NOT > AND > OR, NOT binary) and adjacent operands are ANDed.
Filters are required clauses scored 0, so ranking is the terms' BM25 alone.
"""

from __future__ import annotations

from typing import Any

import tantivy

from db.corpus.fts import query_words
from db.corpus.indexschema import FILTER_FIELDS, SCHEMA, han_lookup, words
from db.corpus.query import Token


def index_query(tokens: list[Token], filters: dict[str, Any]) -> tantivy.Query | None:
    """The query, or None when a term cannot be looked up in the index (a lone Han
    character: the caller scans)."""
    terms = {}
    for index, token in enumerate(tokens):
        if token.kind == "term":
            found = _phrase(token.text)
            if found is None:
                return None
            terms[index] = found
    body, _ = _or_expr(tokens, 0, terms)
    clauses = [(tantivy.Occur.Must, body)]
    clauses += [(tantivy.Occur.Must, tantivy.Query.const_score_query(query, 0.0))
                for query in _filter_queries(filters)]
    return tantivy.Query.boolean_query(clauses)


def _phrase(term: str) -> tantivy.Query | None:
    found_han = han_lookup(term)
    if found_han is not None:       # a Han run of 3+ characters: an n-gram or a few grams
        return _words_query(*found_han)
    segmented = query_words(term)
    if segmented is None:
        return None
    found = words(segmented)
    if not found:
        return None
    return _words_query("body", list(enumerate(found)))


def _words_query(field: str, found: list[tuple[int, str]]) -> tantivy.Query:
    """One word as a term, more as a phrase at their positions."""
    if len(found) == 1:
        return tantivy.Query.term_query(SCHEMA, field, found[0][1])
    return tantivy.Query.phrase_query(SCHEMA, field, list[str | tuple[int, str]](found))


def _or_expr(tokens: list[Token], at: int, terms: dict[int, tantivy.Query]
             ) -> tuple[tantivy.Query, int]:
    parts = []
    query, at = _and_expr(tokens, at, terms)
    parts.append(query)
    while at < len(tokens) and tokens[at] == Token("op", "OR"):
        query, at = _and_expr(tokens, at + 1, terms)
        parts.append(query)
    if len(parts) == 1:
        return parts[0], at
    return tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in parts]), at


def _and_expr(tokens: list[Token], at: int, terms: dict[int, tantivy.Query]
              ) -> tuple[tantivy.Query, int]:
    clauses = []
    while at < len(tokens) and tokens[at].text not in ("OR", ")"):
        if tokens[at] == Token("op", "AND"):
            at += 1
        query, at = _operand(tokens, at, terms)
        clauses.append((tantivy.Occur.Must, query))
        while at < len(tokens) and tokens[at] == Token("op", "NOT"):
            query, at = _operand(tokens, at + 1, terms)
            clauses.append((tantivy.Occur.MustNot, query))
    if len(clauses) == 1:
        return clauses[0][1], at
    return tantivy.Query.boolean_query(clauses), at


def _operand(tokens: list[Token], at: int, terms: dict[int, tantivy.Query]
             ) -> tuple[tantivy.Query, int]:
    """A term, or a parenthesised expression (the tokens are checked: parentheses balance)."""
    if tokens[at] == Token("paren", "("):
        query, at = _or_expr(tokens, at + 1, terms)
        return query, at + 1        # past ")"
    return terms[at], at + 1


def _filter_queries(filters: dict[str, Any]) -> list[tantivy.Query]:
    return [tantivy.Query.term_query(SCHEMA, name, str(filters[name]))
            for name in FILTER_FIELDS if name in filters]
