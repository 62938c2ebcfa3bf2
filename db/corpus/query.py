"""The search query language: parsing, checking and rendering as FTS5 or SQL.

Whitespace-separated terms must all occur (AND); ``OR`` between terms, ``NOT`` between terms
(or ``-term``) and parentheses work as in FTS5 (precedence NOT > AND > OR); ``"a b"`` quotes a
term containing spaces. A query is checked here, so that a mistake is explained in words
(``QuerySyntaxError``) instead of reaching the engine's ``fts5: syntax error near …``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

QUERY_TOKEN = re.compile(r'"[^"]*"|[()]|[^\s()]+')
OPERATORS = ("AND", "OR", "NOT")
EXAMPLE = "e.g. 复议 NOT 诉讼, (复议 OR 诉讼) 执法, \"行政 执法\""


class QuerySyntaxError(ValueError):
    """A query that cannot be searched (empty, only negations, misplaced operators)."""


@dataclass(frozen=True)
class Token:
    kind: str             # term | op | paren
    text: str


def parse_query(query: str) -> list[Token]:
    """Split a query into terms, operators and parentheses (``-x`` becomes ``NOT x``) and check
    that it reads as a query."""
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
    tokens = _negations_last(tokens)
    positives = [i for i, t in enumerate(tokens) if t.kind == "term" and not negated(tokens, i)]
    if not positives:
        raise QuerySyntaxError(f"nothing to search for in {query!r}: give at least one word "
                               f"that must occur ({EXAMPLE})")
    check_syntax(tokens, query)
    return tokens


def _negations_last(tokens: list[Token]) -> list[Token]:
    """``-a -b c d`` → ``(c d) NOT a NOT b``: FTS5's NOT is binary, a person's -word is not."""
    negations: list[Token] = []
    while len(tokens) > 1 and tokens[0] == Token("op", "NOT") and tokens[1].kind == "term":
        negations, tokens = negations + tokens[:2], tokens[2:]
    if not (negations and tokens):
        return negations + tokens
    return [Token("paren", "("), *tokens, Token("paren", ")"), *negations]


def check_syntax(tokens: list[Token], query: str) -> None:
    """Operators stand between two operands, parentheses balance; else a worded error."""
    depth = 0
    for index, token in enumerate(tokens):
        if token.kind == "op" and not _ends_operand(tokens, index - 1):
            where = "at the start" if index == 0 else f"after {tokens[index - 1].text!r}"
            raise QuerySyntaxError(f"{token.text} {where} of {query!r} needs a word before it "
                                   f"({EXAMPLE}; -word alone excludes nothing)")
        if token.kind == "op" and not _starts_operand(tokens, index + 1):
            raise QuerySyntaxError(f"{token.text} in {query!r} needs a word after it ({EXAMPLE})")
        depth += {"(": 1, ")": -1}.get(token.text, 0) if token.kind == "paren" else 0
        if depth < 0:
            raise QuerySyntaxError(f"a ')' in {query!r} closes nothing ({EXAMPLE})")
        if token == Token("paren", "(") and index + 1 < len(tokens) \
                and tokens[index + 1] == Token("paren", ")"):
            raise QuerySyntaxError(f"empty parentheses in {query!r} ({EXAMPLE})")
    if depth:
        raise QuerySyntaxError(f"a '(' in {query!r} is never closed ({EXAMPLE})")


def _ends_operand(tokens: list[Token], index: int) -> bool:
    return index >= 0 and (tokens[index].kind == "term" or tokens[index].text == ")")


def _starts_operand(tokens: list[Token], index: int) -> bool:
    return index < len(tokens) and (tokens[index].kind == "term" or tokens[index].text == "(")


def negated(tokens: list[Token], index: int) -> bool:
    return index > 0 and tokens[index - 1] == Token("op", "NOT")


def positive_terms(tokens: list[Token]) -> list[str]:
    """The terms a hit contains (those not after NOT): what ranking and snippets look for."""
    return [t.text for i, t in enumerate(tokens) if t.kind == "term" and not negated(tokens, i)]


def render(tokens: list[Token], term: Callable[[int, Token], str], *, not_op: str) -> str:
    """The token stream as FTS5 or SQL: explicit AND between adjacent operands, binary NOT."""
    parts: list[str] = []
    for index, token in enumerate(tokens):
        if _ends_operand(tokens, index - 1) and _starts_operand(tokens, index):
            parts.append("AND")
        if token.kind == "term":
            parts.append(term(index, token))
        elif token.text == "NOT":
            parts.append(not_op)
        else:
            parts.append(token.text)
    return " ".join(parts)
