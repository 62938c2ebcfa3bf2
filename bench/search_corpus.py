"""The search bench's corpora: synthetic documents made of the sample reports, and a copy ten
times larger.

Each document copies the section structure (numbering, headings, categories) of a cleaned
sample report and fills every section with sentences drawn from all the sample reports'
sections (figures changed), for many made-up portals and report years. It is written the way a
rebuild writes (``db.corpus.writer.CorpusWriter``, the one writer), which feeds the tantivy
search index beside it. The larger corpus is made from one by bulk SQL (copies of the
documents under new portal slugs); the copies' sections are fed to the index with the source
rows' segmented bodies (nothing is segmented again). bench/search_cache.py keeps both between
runs, keyed by this module's source.
"""

from __future__ import annotations

import hashlib
import random
import re
import shutil
import sqlite3
import time
from dataclasses import replace
from pathlib import Path

import cleaning
from bench.common import db_bytes
from bench.samples import report_templates, vary_pages
from cleaning.document import Document, Section
from db.corpus.fts import segment_section
from db.corpus.indexschema import section_document
from db.corpus.ingest import Cleaned, Prepared
from db.corpus.store import Corpus
from db.corpus.textindex import IndexFeeder, index_dir
from db.corpus.writer import CorpusWriter

SCALE_COPIES = 10
SCALE_CACHE_MIB = 256           # page cache of the copying connection
INDEX_THREADS = 2               # tantivy indexing threads while the bench makes a corpus
SENTENCE_RX = re.compile(r"[^。；]+[。；]")
FIGURE_RX = re.compile(r"\d+")
YEARS = range(2019, 2025)


def sample_documents(variants: int = 3, seed: int = 5) -> list[Document]:
    """The cleaned sample reports (a few varied copies of each)."""
    rng = random.Random(seed)
    docs = []
    for template in report_templates():
        for _ in range(variants):
            pages = vary_pages(template, rng, rng.randint(-3, 0), mix=True)
            docs.append(cleaning.clean(pages, template.url, template.content_type,
                                       page_urls=[u for u, _ in template.pages]))
    return [doc for doc in docs if doc.sections]


def _sentences(docs: list[Document]) -> list[str]:
    return [sentence for doc in docs for section in doc.sections
            for sentence in SENTENCE_RX.findall(section.text)]


def _new_text(rng: random.Random, pool: list[str], length: int) -> str:
    parts: list[str] = []
    while sum(map(len, parts)) < length:
        parts.append(FIGURE_RX.sub(lambda m: str(rng.randint(1, 999)), rng.choice(pool)))
    return "".join(parts)


def synthetic_document(rng: random.Random, model: Document, pool: list[str],
                       year: int) -> Document:
    sections = [Section(level=s.level, number=s.number, heading=s.heading,
                        category=s.category,
                        text=_new_text(rng, pool, max(40, len(s.text) // 2 + rng.randint(0, 300))))
                for s in model.sections]
    return replace(model, sections=sections, report_year=year,
                   text="\n".join(s.text for s in sections),
                   title=re.sub(r"20\d\d", str(year), model.title or "法治政府建设年度报告"))


def generate_corpus(path: str | Path, sections: int = 100_000, seed: int = 11) -> dict:
    """Write a corpus of at least ``sections`` sections to ``path`` (a new file)."""
    started = time.monotonic()
    rng = random.Random(seed)
    models = sample_documents()
    pool = _sentences(models)
    written = documents = 0
    with Corpus(path) as corpus:
        corpus.db.execute("PRAGMA synchronous=OFF")
        writer = CorpusWriter(corpus)
        writer.text_index = IndexFeeder(path, corpus.db.conn, threads=INDEX_THREADS)
        with corpus.db.atomic(), writer.index_deferred():
            corpus.upsert_portals([{"slug": f"portal{k}", "name": f"门户{k}", "level": "county",
                                    "province": "江苏省"} for k in range(60)])
            while written < sections:
                doc = synthetic_document(rng, rng.choice(models), pool, rng.choice(YEARS))
                writer.write(_prepared(doc, documents, rng))
                written += len(doc.sections)
                documents += 1
        writer.text_index.replace_pending()
        writer.text_index.close()
        corpus.db.execute("INSERT INTO sections_fts (sections_fts) VALUES ('optimize')")
        corpus.db.analyze()
    return {"sections": written, "documents": documents,
            "seconds": time.monotonic() - started, "bytes": db_bytes(Path(path))}


def _prepared(doc: Document, number: int, rng: random.Random) -> Prepared:
    url = f"http://www.portal{number % 60}.gov.cn/fzzfjs/t2025_{number}.html"
    sha = hashlib.sha256(url.encode()).hexdigest()
    cleaned = Cleaned(url=url, portal=f"portal{number % 60}", title_hint=doc.title,
                      response_id=number + 1, sha256=sha, revision=sha,
                      fetched_at="2025-03-01T00:00:00+00:00", document=doc)
    return Prepared(cleaned, [segment_section(s.heading, s.text) for s in doc.sections])


def scale_corpus(source: Path, target: Path, copies: int = SCALE_COPIES) -> dict:
    """``target``: ``source`` and ``copies - 1`` copies of its documents and sections under new
    portal slugs (``portal7_3``), written with INSERT … SELECT; the bigram index gets the
    copies' rows from the source rows' segmented bodies (nothing is segmented again)."""
    started = time.monotonic()
    shutil.copyfile(source, target)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute(f"PRAGMA cache_size=-{SCALE_CACHE_MIB * 1024}")
    # No merging of index segments while copying: one 'optimize' at the end merges them all.
    conn.execute("INSERT INTO sections_fts (sections_fts, rank) VALUES ('automerge', 0)")
    docs, secs = conn.execute("SELECT (SELECT max(id) FROM documents), "
                              "(SELECT max(id) FROM sections)").fetchone()
    conn.execute("BEGIN")
    for k in range(1, copies):
        _copy_once(conn, k, docs, secs)
    conn.execute("COMMIT")
    conn.execute("INSERT INTO sections_fts (sections_fts) VALUES ('optimize')")
    conn.execute("INSERT INTO sections_fts (sections_fts, rank) VALUES ('automerge', 4)")
    conn.execute("ANALYZE")
    _index_copies(source, target, conn, secs)
    sections = conn.execute("SELECT count(*) FROM sections").fetchone()[0]
    conn.close()
    return {"sections": sections, "seconds": time.monotonic() - started,
            "bytes": db_bytes(target)}


def _copy_once(conn: sqlite3.Connection, k: int, docs: int, secs: int) -> None:
    from db.corpus.schema import SECTION_TAGS_FROM_V3, SECTION_TAGS_V3

    shift = {"k": k, "docs": docs, "secs": secs}
    conn.execute("INSERT INTO portals (slug, name, level, province) SELECT slug || '_' || :k, "
                 "name, level, province FROM portals WHERE slug NOT LIKE '%\\_%' ESCAPE '\\'",
                 shift)
    conn.execute("INSERT INTO documents (id, url, portal, title, report_year, is_report) "
                 "SELECT id + :k * :docs, url || '#' || :k, portal || '_' || :k, title, "
                 "report_year, is_report FROM documents WHERE id <= :docs", shift)
    conn.execute("INSERT INTO sections (id, document_id, ordinal, level, number, heading, "
                 "category, text, part) SELECT id + :k * :secs, document_id + :k * :docs, "
                 "ordinal, level, number, heading, category, text, part FROM sections "
                 "WHERE id <= :secs", shift)
    conn.execute(f"INSERT INTO sections_fts (rowid, body, tags) SELECT s.id, f.body, "
                 f"{SECTION_TAGS_V3} FROM {SECTION_TAGS_FROM_V3} JOIN sections_fts f "
                 "ON f.rowid = s.id - :k * :secs WHERE s.id > :k * :secs "
                 "AND s.id <= (:k + 1) * :secs", shift)


def _index_copies(source: Path, target: Path, conn: sqlite3.Connection, secs: int) -> None:
    """The target's search index: the source's (same corpus_id: the file is a copy) plus the
    copies' sections, fed the source rows' segmented bodies."""
    shutil.copytree(index_dir(source), index_dir(target))
    feeder = IndexFeeder(target, conn, threads=INDEX_THREADS)
    for row in conn.execute(COPY_ROWS_SQL, [secs]):
        feeder.writer.add_document(section_document(row[:-1], row[-1]))
    feeder.writer.commit()
    conn.execute("DELETE FROM search_pending")
    feeder.close()


# The copies' sections in textindex.SECTIONS_SQL's columns, then the source's segmented body.
COPY_ROWS_SQL = """SELECT s.id, s.heading, s.text, s.part, d.report_year, d.duplicate_of,
  d.portal, d.id, p.province, p.level, f.body
FROM sections s JOIN documents d ON d.id = s.document_id LEFT JOIN portals p ON p.slug = d.portal
  JOIN sections_fts f ON f.rowid = (s.id - 1) % ?1 + 1
WHERE s.id > ?1 AND d.duplicate_of IS NULL"""


def sections_in(corpus: Path) -> int:
    with sqlite3.connect(corpus) as conn:
        return conn.execute("SELECT count(*) FROM sections").fetchone()[0]
