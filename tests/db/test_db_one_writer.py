"""One corpus writer: a crawl that cleans as it goes (a plain `scrapy crawl`'s way, through
CorpusPipeline) and a rebuild of the same archive give the same documents, sections, skipped
pages and portals rows.

Compared: every column except the row ids (`documents.id`, `sections.id`, `skipped.id`), which
number rows in the order they were written — the crawl writes reports as their items arrive, the
rebuild in archive order — so a row's document is named by its URL instead, and `duplicate_of`
by the URL of the canonical copy. Nothing else differs: timestamps (`fetched_at`) and revisions
come from the archive, not from the writing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db.corpus.rebuild import rebuild
from settings.registry import load_registry
from tests.crawler.crawl_helpers import ROOT, run_crawl

SITES = TEST_PORTALS = ROOT / "tests" / "portals"   # saved pages and test-only entries
SLUGS = ["shishi", "shishi_sfj"]   # the same report twice: duplicate_of is compared too
ROW_IDS = {"id"}


def rows(corpus: Path) -> dict[str, list[dict]]:
    with sqlite3.connect(corpus) as db:
        db.row_factory = sqlite3.Row
        url_of = dict(db.execute("SELECT id, url FROM documents").fetchall())

        def table(sql: str) -> list[dict]:
            return [{k: r[k] for k in r.keys() if k not in ROW_IDS}  # noqa: SIM118 (a Row's keys)
                    for r in db.execute(sql)]

        documents = table("SELECT * FROM documents ORDER BY url")
        for document in documents:
            document["duplicate_of"] = url_of.get(document["duplicate_of"])
        sections = table("SELECT s.*, d.url FROM sections s JOIN documents d "
                         "ON d.id = s.document_id ORDER BY d.url, s.ordinal")
        for section in sections:
            del section["document_id"]   # named by its document's url
        return {"documents": documents, "sections": sections,
                "skipped": table("SELECT * FROM skipped ORDER BY url"),
                "portals": table("SELECT * FROM portals ORDER BY slug")}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("one-writer")
    crawl = run_crawl(data, SITES, [TEST_PORTALS], SLUGS,
                      "-s", "FAZHI_INGEST_DURING_CRAWL=True")   # cleaned as items arrive
    assert crawl.returncode == 0, crawl.log[-2000:]
    return data


def test_a_rebuild_and_a_crawl_of_the_same_pages_write_the_same_rows(crawled, tmp_path):
    registry = load_registry([ROOT / "settings" / "portals", TEST_PORTALS])
    rebuilt = tmp_path / "rebuilt.db"
    rebuild(crawled / "archive.db", rebuilt, workers=2, progress=False,
            portals_info=[registry[slug] for slug in SLUGS])
    by_crawl, by_rebuild = rows(crawled / "corpus.db"), rows(rebuilt)
    assert by_crawl["documents"] and by_crawl["sections"]
    assert [d["duplicate_of"] for d in by_crawl["documents"]].count(None) == 1
    for table in ("documents", "sections", "skipped", "portals"):
        assert by_crawl[table] == by_rebuild[table], table
    assert by_crawl["portals"] == [registry[slug].as_row() for slug in SLUGS]
