"""The raw archive: every fetch attempt, with its body compressed and stored once per content.

Tables (see docs/architecture.md): ``crawl_runs``, ``responses`` (one row per attempt, errors
included), ``bodies`` (sha256 → zstd-compressed bytes). WAL journal with synchronous=NORMAL and
one short transaction per recorded response: a crawl killed at any moment leaves only whole
rows. The archive is append-only; "newest" always means the highest ``responses.id``.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from db.archive.articles import ArchivedArticle, ArticleRef, article_refs, header_value
from db.archive.schema import ARCHIVE_MIGRATIONS
from db.migrations import open_database

try:
    from backports import zstd
except ImportError:  # Python 3.14+: in the standard library
    from compression import zstd  # type: ignore[no-redef]

__all__ = ["KINDS", "ROLES", "Archive", "ArchiveError", "ArchivedArticle", "ArticleRef"]

KINDS = ("ok", "not_modified", "blocked", "not_found", "server_error", "client_error",
         "timeout", "network_error", "offsite_redirect", "redirect_loop", "too_large",
         "truncated", "binary", "robots_disallowed", "login_required", "error",
         # What a crawl's listings promised and did not get (role listing, numbers in error).
         "listing_incomplete", "report_not_fetched", "column_empty")
ROLES = ("listing", "article", "article_page", "attachment", "robots", "other")
ROLES_OF_AN_ARTICLE = ("article_page", "attachment")   # must name their article_url
CODEC = "zstd"


class ArchiveError(Exception):
    """Bad input to the archive (unknown kind/role, missing article_url) or a missing body."""


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Archive:
    """``Archive(path)`` opens or creates the archive file and applies pending migrations."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.db = open_database(path, ARCHIVE_MIGRATIONS, wal=True)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- runs ----------------------------------------------------------------------------------

    def start_run(self, portals: Iterable[str] | None = None) -> int:
        """Open a run of this process (its PID is kept: see ``mark_dead_runs``)."""
        row = {"started_at": utc_now(), "portals": json.dumps(list(portals or []),
                                                              ensure_ascii=False),
               "status": "running", "pid": os.getpid()}
        return cast(int, self.db.table("crawl_runs").insert(row).last_pk)

    def mark_dead_runs(self) -> list[int]:
        """Mark ``interrupted`` every run still ``running`` whose process is gone (a killed
        crawl); returns their ids. A run without a PID (older archives) counts as gone."""
        rows = self.db.execute(
            "SELECT id, pid FROM crawl_runs WHERE status = 'running'").fetchall()
        dead = [run for run, pid in rows if not pid or not process_alive(pid)]
        for run in dead:
            self.db.table("crawl_runs").update(run, {"status": "interrupted"})
        return dead

    def finish_run(self, run_id: int, stats: Mapping[str, Any] | None = None,
                   status: str = "finished") -> None:
        self.db.table("crawl_runs").update(run_id, {
            "finished_at": utc_now(), "status": status,
            "stats": json.dumps(dict(stats or {}), ensure_ascii=False, default=str),
        })

    def run(self, run_id: int) -> dict[str, Any]:
        row = self.db.table("crawl_runs").get(run_id)
        return {**row, "portals": json.loads(row["portals"] or "[]"),
                "stats": json.loads(row["stats"]) if row["stats"] else None}

    def latest_run(self) -> dict[str, Any] | None:
        """The newest crawl run (as ``run`` gives it), None before the first."""
        newest = self.db.execute("SELECT MAX(id) FROM crawl_runs").fetchone()[0]
        return None if newest is None else self.run(newest)

    # --- recording -----------------------------------------------------------------------------

    def record_response(self, *, run_id: int | None, portal: str | None, url: str,
                        status: int | None, headers: Mapping | None = None,
                        body: bytes | None = None, role: str, kind: str = "ok",
                        final_url: str | None = None, article_url: str | None = None,
                        page_no: int | None = None, title_hint: str | None = None,
                        method: str = "GET", error: str | None = None,
                        fetched_at: str | None = None, listing_date: str | None = None,
                        listing_url: str | None = None) -> int:
        """Record one response (body stored once per content); returns the responses id.
        title_hint, listing_date, listing_url: what the listing showed for the link."""
        row = _response_row(run_id=run_id, portal=portal, url=url, final_url=final_url,
                            status=status, headers=headers, role=role, kind=kind,
                            article_url=article_url, page_no=page_no, title_hint=title_hint,
                            method=method, error=error, fetched_at=fetched_at,
                            listing_date=listing_date, listing_url=listing_url)
        with self.db.atomic():   # body and response row together, or neither
            if body is not None and kind != "not_modified":
                row["sha256"], row["body_size"] = self._store_body(bytes(body)), len(body)
            return cast(int, self.db.table("responses").insert(row).last_pk)

    def record_failure(self, *, run_id: int | None, portal: str | None, url: str, role: str,
                       kind: str, error: str, status: int | None = None,
                       final_url: str | None = None, article_url: str | None = None,
                       page_no: int | None = None, title_hint: str | None = None,
                       method: str = "GET", fetched_at: str | None = None,
                       listing_date: str | None = None, listing_url: str | None = None) -> int:
        """Record an attempt that produced no usable response (timeout, refused, ...)."""
        return self.record_response(
            run_id=run_id, portal=portal, url=url, status=status, role=role, kind=kind,
            final_url=final_url, article_url=article_url, page_no=page_no,
            title_hint=title_hint, method=method, error=error, fetched_at=fetched_at,
            listing_date=listing_date, listing_url=listing_url)

    def _store_body(self, body: bytes) -> str:
        sha = hashlib.sha256(body).hexdigest()
        # INSERT OR IGNORE: an identical re-fetch (or a concurrent writer) adds no new body.
        self.db.execute(
            "INSERT OR IGNORE INTO bodies (sha256, data, size, codec) VALUES (?, ?, ?, ?)",
            [sha, zstd.compress(body), len(body), CODEC])
        return sha

    # --- reading -------------------------------------------------------------------------------

    def body(self, sha256: str) -> bytes:
        row = self.db.execute("SELECT data, codec FROM bodies WHERE sha256 = ?",
                              [sha256]).fetchone()
        if row is None:
            raise ArchiveError(f"no body with sha256 {sha256} in {self.path}")
        data, codec = row
        if codec == CODEC:
            return zstd.decompress(data)
        if codec == "identity":
            return bytes(data)
        raise ArchiveError(f"body {sha256} has unknown codec {codec!r}")

    def latest_ok(self, url: str) -> dict[str, Any] | None:
        """The newest ``ok`` response for ``url`` (a responses row, ``headers`` as a dict,
        plus ``etag`` and ``last_modified`` for a conditional GET), or None."""
        rows = list(self.db.query(
            "SELECT * FROM responses WHERE url = ? AND kind = 'ok' ORDER BY id DESC LIMIT 1",
            [url]))
        if not rows:
            return None
        row = rows[0]
        row["headers"] = json.loads(row["headers"]) if row["headers"] else {}
        row["etag"] = header_value(row["headers"], "etag")
        row["last_modified"] = header_value(row["headers"], "last-modified")
        return row

    def revisions(self, url: str) -> list[dict[str, Any]]:
        """Distinct bodies ever fetched ok for ``url``, oldest first, with when and how often."""
        return list(self.db.query("""
            SELECT sha256, MIN(id) AS first_response_id, MIN(fetched_at) AS first_fetched_at,
                   MAX(fetched_at) AS last_fetched_at, COUNT(*) AS fetches, MAX(body_size) AS size
            FROM responses WHERE url = ? AND kind = 'ok' AND sha256 IS NOT NULL
            GROUP BY sha256 ORDER BY MIN(id)""", [url]))

    def counts(self, run_id: int | None = None,
               portal: str | None = None) -> list[dict[str, Any]]:
        """Responses per (portal, role, kind), optionally for one run and/or portal."""
        where, params = _filters(run_id=run_id, portal=portal)
        return list(self.db.query(f"""
            SELECT portal, role, kind, COUNT(*) AS responses FROM responses {where}
            GROUP BY portal, role, kind ORDER BY portal, role, kind""", params))

    def article_refs(self, portal: str | None = None,
                     urls: Iterable[str] | None = None) -> list[ArticleRef]:
        """Newest revision of each article, metadata only (see db/archive/articles.py)."""
        return article_refs(self.db, portal, urls)

    def load_article(self, ref: ArticleRef) -> ArchivedArticle:
        return ArchivedArticle(
            url=ref.url, portal=ref.portal, title_hint=ref.title_hint,
            listing_date=ref.listing_date, listing_url=ref.listing_url,
            response_id=ref.response_id, sha256=ref.sha256, fetched_at=ref.fetched_at,
            content_type=ref.content_type,
            pages=[self.body(page.sha256) for page in ref.pages],
            page_urls=[page.final_url or page.url for page in ref.pages],
            attachments={url: self.body(sha) for url, sha in ref.attachments},
            final_url=ref.final_url, revision=ref.revision)

    def iter_articles(self, portal: str | None = None,
                      urls: Iterable[str] | None = None) -> Iterator[ArchivedArticle]:
        """Newest ok revision of each article with its pages in order and its attachments."""
        for ref in self.article_refs(portal, urls):
            yield self.load_article(ref)


def process_alive(pid: int) -> bool:
    """Whether a process with this PID exists (signal 0 only asks)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:   # exists, another user's
        return True
    return True


def _filters(**columns: Any) -> tuple[str, list[Any]]:
    named = [(name, value) for name, value in columns.items() if value is not None]
    if not named:
        return "", []
    return ("WHERE " + " AND ".join(f"{name} = ?" for name, _ in named),
            [value for _, value in named])


def _response_row(*, role: str, kind: str, url: str, article_url: str | None,
                  page_no: int | None, headers: Mapping | None, fetched_at: str | None,
                  **columns: Any) -> dict[str, Any]:
    if kind not in KINDS:
        raise ArchiveError(f"unknown response kind {kind!r} (one of {', '.join(KINDS)})")
    if role not in ROLES:
        raise ArchiveError(f"unknown response role {role!r} (one of {', '.join(ROLES)})")
    if role in ROLES_OF_AN_ARTICLE and not article_url:
        raise ArchiveError(f"a {role} response needs the article_url it belongs to ({url})")
    if role == "article":
        article_url, page_no = article_url or url, page_no or 1
    return {**columns, "url": url, "role": role, "kind": kind, "article_url": article_url,
            "page_no": page_no, "headers": _headers_json(headers),
            "fetched_at": fetched_at or utc_now()}


def _headers_json(headers: Mapping | None) -> str | None:
    """Headers as JSON str → str; accepts Scrapy's bytes keys and lists of values too."""
    if headers is None:
        return None
    flat = {}
    for key, value in headers.items():
        values = value if isinstance(value, list | tuple) else [value]
        flat[_text(key)] = ", ".join(_text(v) for v in values)
    return json.dumps(flat, ensure_ascii=False)


def _text(value: str | bytes) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else str(value)


def mark_run_interrupted(archive_path: str | Path, run_id: int, *, timeout: float = 2.0) -> None:
    """Mark run `run_id` interrupted if it is still running, through a connection of its own
    (called as a process ends at once on a second signal: the archive's own connection may be
    mid-transaction). Waits at most `timeout` seconds for a lock."""
    with closing(sqlite3.connect(archive_path, timeout=timeout)) as conn, conn:
        conn.execute("UPDATE crawl_runs SET status = 'interrupted', finished_at = ? "
                     "WHERE id = ? AND status = 'running'", (utc_now(), run_id))
