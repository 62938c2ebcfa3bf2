"""fazhi's Datasette plugin: Chinese search of any length through the bigram index.

Datasette's own table search would hand the box's text to FTS5 as it is: the bigram index needs
it segmented (复议 → a phrase of bigrams), and a lone ``"`` is a syntax error (HTTP 400). The
corpus has no other full-text index of sections (corpus migration v8 dropped the trigram one).
This plugin

- registers SQL functions on every connection (``prepare_connection``): ``fazhi_match(q)``,
  the FTS5 expression ``fazhi search`` would use for ``q`` (the ``sections_fts`` bigram index,
  duplicates left out); ``fazhi_query_problem(q)``, the query's mistake in words or NULL; and
  ``fazhi_snippet(heading, text, q)``, the section's text around the hits, marked 【…】.
  The canned query ``search`` (fazhi/serve.py) is built on them;
- answers a table search of ``sections`` (``?_search=``: its search box, old links) with a
  redirect to that canned query, which segments the words and explains a mistake
  (``asgi_wrapper``); ``sections.json`` goes to ``search.json``.

``fazhi serve`` registers it (``register``); ``datasette --plugins-dir fazhi`` would too.
"""

from __future__ import annotations

import sqlite3
import urllib.parse
from collections.abc import Awaitable, Callable
from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import asgi_send_redirect

from db.corpus.query import QuerySyntaxError, parse_query, positive_terms
from db.corpus.search import index_match, section_snippet

SEARCH_QUERY = "search"                   # the canned query's name (fazhi/serve.py)
SEARCHED_TABLE = "sections"               # whose table search goes to SEARCH_QUERY
KEPT_PARAMETERS = ("_shape",)             # what a redirected JSON request keeps
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


def search_redirect(path: str, query_string: str, databases: Any,
                    database_url: Callable[[str], str]) -> str | None:
    """Where a table search of SEARCHED_TABLE (``/<db>/sections[.json]?_search=…``, or a
    ``_search_<column>``) goes: the canned search of the same words; None for any other
    request."""
    parts = path.strip("/").split("/")
    if len(parts) != 2 or parts[0] not in databases:
        return None
    table, dot, extension = parts[1].partition(".")
    params = urllib.parse.parse_qs(query_string, keep_blank_values=True)
    searched = [key for key in params if key == "_search" or key.startswith("_search_")]
    if table != SEARCHED_TABLE or not searched or extension not in ("", "json"):
        return None
    wanted = {"q": params[searched[0]][0],
              **{key: params[key][0] for key in KEPT_PARAMETERS if key in params}}
    return (f"{database_url(parts[0])}/{SEARCH_QUERY}{dot}{extension}?"
            f"{urllib.parse.urlencode(wanted)}")


ASGIApp = Callable[[dict, Callable, Callable], Awaitable[None]]


@hookimpl
def asgi_wrapper(datasette: Any) -> Callable[[ASGIApp], ASGIApp]:
    """A table search of ``sections`` is redirected before Datasette sees it
    (``search_redirect``)."""
    def wrap(app: ASGIApp) -> ASGIApp:
        async def redirecting(scope: dict, receive: Callable, send: Callable) -> None:
            target = None
            if scope.get("type") == "http":
                target = search_redirect(scope.get("path", ""),
                                         scope.get("query_string", b"").decode("latin-1"),
                                         datasette.databases, datasette.urls.database)
            if target is None:
                await app(scope, receive, send)
            else:
                await asgi_send_redirect(send, target)
        return redirecting
    return wrap


def register() -> None:
    """Load this module into Datasette's plugin manager (once): `fazhi serve` calls it."""
    import sys

    from datasette.plugins import pm

    module = sys.modules[__name__]
    if not pm.is_registered(module):
        pm.register(module, name="fazhi")
