"""The archive's schema: migrations applied in order by ``db.migrations.open_database``.

Never edit a released migration: append a new one.
"""

from __future__ import annotations

from sqlite_utils import Database

from db.migrations import Migration


def archive_v1(db: Database) -> None:
    """crawl_runs, content-addressed bodies, one responses row per fetch attempt."""
    db.create_table("crawl_runs", {
        "id": int, "started_at": str, "finished_at": str, "portals": str, "stats": str,
        "status": str,
    }, pk="id", not_null=["started_at", "status"], defaults={"status": "running"})
    db.create_table("bodies", {"sha256": str, "data": bytes, "size": int, "codec": str},
                    pk="sha256", not_null=["data", "size", "codec"])
    db.create_table("responses", {
        "id": int, "run_id": int, "portal": str, "fetched_at": str,
        "url": str, "final_url": str, "method": str, "status": int, "kind": str, "role": str,
        "article_url": str, "page_no": int, "title_hint": str, "headers": str,
        "sha256": str, "body_size": int, "error": str,
    }, pk="id", not_null=["fetched_at", "url", "method", "kind", "role"],
        foreign_keys=[("run_id", "crawl_runs", "id"), ("sha256", "bodies", "sha256")])
    responses = db.table("responses")
    # The lookups: latest_ok/revisions by url, article grouping, per-run summaries.
    responses.create_index(["url", "kind"])
    responses.create_index(["article_url", "role", "kind"])
    responses.create_index(["role", "kind", "portal"])
    responses.create_index(["run_id"])
    responses.create_index(["sha256"])


def archive_v2(db: Database) -> None:
    """crawl_runs.origin: where a run copied in by ``db.archive.merge`` / ``db.archive.warc`` came
    from."""
    db.table("crawl_runs").add_column("origin", str)


def archive_v3(db: Database) -> None:
    """responses.listing_date, listing_url: what the listing showed beside the link that led to
    an article (title_hint is its text), so cleaning can take a file-only report's title and
    year from it."""
    responses = db.table("responses")
    responses.add_column("listing_date", str)
    responses.add_column("listing_url", str)


def archive_v4(db: Database) -> None:
    """crawl_runs.pid: the process of a run, so that a run still ``running`` whose process is
    gone (killed) is marked ``interrupted`` by the next crawl."""
    db.table("crawl_runs").add_column("pid", int)


ARCHIVE_MIGRATIONS: list[Migration] = [archive_v1, archive_v2, archive_v3, archive_v4]
