"""fazhi's Datasette plugin: Chinese search of any length through the bigram index.

Datasette's own search box on ``sections`` goes through the trigram index, which needs three
characters, and hands a lone ``"`` to FTS5 as a syntax error (HTTP 400). This plugin

- registers SQL functions on every connection (``prepare_connection``): ``fazhi_match(q)``,
  the FTS5 expression ``fazhi search`` would use for ``q`` (the ``sections_fts`` bigram index,
  duplicates left out); ``fazhi_query_problem(q)``, the query's mistake in words or NULL; and
  ``fazhi_snippet(heading, text, q)``, the section's text around the hits, marked 【…】.
  The canned query ``search`` (fazhi/serve.py) is built on them;
- turns an FTS5 syntax error of the search box into a redirect to that canned query, which
  explains the mistake instead of an HTTP 400 (``handle_exception``).

``fazhi serve`` registers it (``register``); ``datasette --plugins-dir fazhi`` would too.
"""

from __future__ import annotations

import sqlite3
import urllib.parse
from typing import Any

from datasette import Response, hookimpl

from db.corpus.query import QuerySyntaxError, parse_query, positive_terms
from db.corpus.search import index_match, section_snippet

SEARCH_QUERY = "search"                   # the canned query's name (fazhi/serve.py)
NO_MATCH = "tags:none"                    # a tags word that never exists: an empty answer
ONE_CHARACTER = ("a one-character word (e.g. 复) cannot go through the index here; search two "
                 "or more characters, or use `fazhi search`, which scans for it")


def query_problem(query: str | None) -> str | None:
    """What is wrong with ``query`` for the canned search, in words; None when it is fine."""
    try:
        tokens = parse_query(query or "")
    except QuerySyntaxError as exc:
        return str(exc)
    return ONE_CHARACTER if index_match(tokens) is None else None


def match_expression(query: str | None) -> str:
    """The FTS5 MATCH text for ``query`` (never a syntax error: NO_MATCH when it has a problem)."""
    if query_problem(query) is not None:
        return NO_MATCH
    return index_match(parse_query(query or "")) or NO_MATCH


def snippet_for(heading: str | None, text: str | None, query: str | None) -> str | None:
    try:
        terms = positive_terms(parse_query(query or ""))
    except QuerySyntaxError:
        return None
    return section_snippet(heading, text, terms)


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.create_function("fazhi_match", 1, match_expression, deterministic=True)
    conn.create_function("fazhi_query_problem", 1, query_problem, deterministic=True)
    conn.create_function("fazhi_snippet", 3, snippet_for, deterministic=True)


@hookimpl
def handle_exception(datasette: Any, request: Any, exception: Exception) -> Response | None:
    """A search-box query FTS5 cannot parse goes to the canned search, which says why."""
    if request is None or "_search" not in request.args or "fts5" not in str(exception):
        return None
    database = request.url_vars.get("database") or request.path.strip("/").split("/")[0]
    query = urllib.parse.urlencode({"q": request.args.get("_search", "")})
    return Response.redirect(f"{datasette.urls.database(database)}/{SEARCH_QUERY}?{query}")


def register() -> None:
    """Load this module into Datasette's plugin manager (once): `fazhi serve` calls it."""
    import sys

    from datasette.plugins import pm

    module = sys.modules[__name__]
    if not pm.is_registered(module):
        pm.register(module, name="fazhi")
