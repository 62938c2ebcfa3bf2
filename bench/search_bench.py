"""Benchmark 4: search latency over a corpus of 100,000 sections.

The corpus is synthetic but made of the sample reports: each document copies the section
structure (numbering, headings, categories) of a cleaned sample report and fills every section
with sentences drawn from all the sample reports' sections (figures changed), for many made-up
portals and report years. It is written the way a rebuild writes (``db.corpus.writer.CorpusWriter``,
the one writer).
Latency is that of the public call ``db.corpus.search.search(corpus_path, query)`` — opening the
corpus included — for two-character queries and phrase queries; the figure is the p95.

``more_figures`` adds, on the same corpus: the worst p95 over every filter and pair of filters
(year, portal, province, level, category), ``fazhi search 复议`` end to end in a new process,
and the p95 on a corpus ten times larger, made from this one by bulk SQL (copies of the
documents under new portal slugs; no trigram index, which search does not use). Searches go
through the tantivy index beside each corpus (db/corpus/textindex.py), made with it: the
writer feeds it while generating, and the copies' sections are fed the source rows' segmented
bodies. From 10k sections up both corpora and their indexes are kept between runs
(bench/search_cache.py: data/bench; the 1M copy takes a few CPU minutes to make, its bigram
FTS5 index written row by row).
"""

from __future__ import annotations

import hashlib
import itertools
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import cleaning
from bench.common import Figure, db_bytes, median, percentile, say
from bench.samples import report_templates, vary_pages
from bench.search_cache import MIN_CACHED_SECTIONS, cache_key, cached, link
from cleaning.document import Document, Section
from db.corpus.fts import segment_section
from db.corpus.ingest import Cleaned, Prepared
from db.corpus.search import search
from db.corpus.store import Corpus
from db.corpus.textindex import IndexFeeder, index_dir, section_document
from db.corpus.writer import CorpusWriter
from settings.parent_death import die_with_parent

TWO_CHAR_QUERIES = tuple("复议 执法 监督 普法 诉讼 备案 调解 审查".split())
PHRASE_QUERIES = tuple("行政执法 法治政府建设 行政复议 依法行政 合法性审查 行政规范性文件".split())
GOAL_P95_MS = 20.0
GOAL_SCALED_P95_MS = 50.0       # at ten times the sections (1M in `make bench`)
GOAL_CLI_MS = 250.0             # `fazhi search 复议`, a new process, end to end
CLI_ROUNDS = 7
FILTER_QUERIES = ("复议", "行政执法", "法治政府建设")
FILTER_VALUES = {"year": 2023, "portal": "portal7", "province": "江苏省", "level": "county",
                 "category": "measures"}
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
        with corpus.db.atomic(), writer.trigram_deferred():
            corpus.upsert_portals([{"slug": f"portal{k}", "name": f"门户{k}", "level": "county",
                                    "province": "江苏省"} for k in range(60)])
            while written < sections:
                doc = synthetic_document(rng, rng.choice(models), pool, rng.choice(YEARS))
                writer.write(_prepared(doc, documents, rng))
                written += len(doc.sections)
                documents += 1
        writer.text_index.replace_pending()
        writer.text_index.close()
        for index in ("sections_fts", "sections_trigram"):
            corpus.db.execute(f"INSERT INTO {index} ({index}) VALUES ('optimize')")
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


def prepare_corpus(corpus: Path, sections: int) -> dict:
    """``generate_corpus`` at ``corpus``, or a link there to the cached corpus (search_cache)."""
    if sections < MIN_CACHED_SECTIONS:
        return generate_corpus(corpus, sections)
    source, built = cached(f"search-{sections}", cache_key(sections),
                           lambda path: generate_corpus(path, sections))
    link(corpus, source)
    return built


def latencies(corpus: Path, queries: tuple[str, ...], rounds: int) -> list[tuple[float, float]]:
    """(wall, process CPU) milliseconds per ``search`` call, every query ``rounds`` times
    (round-robin). The CPU time says what the wall time would be on an idle machine, which
    the bench's machine seldom is."""
    for query in queries:   # warm-up: page cache, imports
        search(corpus, query)
    return [_timed(corpus, query, {}) for _ in range(rounds) for query in queries]


def _wall_and_cpu_p95(pairs: list[tuple[float, float]]) -> tuple[list[float], float]:
    return [wall for wall, _ in pairs], percentile([cpu for _, cpu in pairs], 0.95)


def run(sections: int = 100_000, rounds: int = 15, workdir: Path | None = None) -> list[Figure]:
    work = Path(workdir or tempfile.mkdtemp(prefix="fazhi-bench-search-"))
    corpus = work / "corpus.db"
    built = prepare_corpus(corpus, sections)
    say(f"[search] corpus of {built['sections']} sections ({built['documents']} documents, "
        f"{built['bytes'] / 2**20:.0f} MiB) generated in {built['seconds']:.1f} s")
    figures = []
    for kind, queries in (("two_char", TWO_CHAR_QUERIES), ("phrase", PHRASE_QUERIES)):
        times, cpu95 = _wall_and_cpu_p95(latencies(corpus, queries, rounds))
        p50, p95 = median(times), percentile(times, 0.95)
        say(f"[search] {kind} queries {', '.join(queries)}: p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
            f"max {max(times):.1f} ms over {len(times)} calls; CPU p95 {cpu95:.1f} ms")
        figures.append(Figure(f"search_{kind}_p95_ms", p95, GOAL_P95_MS, higher_is_better=False,
                              unit=" ms", detail=f"p50 {p50:.1f} ms, CPU p95 {cpu95:.1f} ms",
                              rounds=rounds))
    return figures


def filter_combinations() -> list[dict]:
    """Every filter alone and every pair of them (FILTER_VALUES)."""
    names = list(FILTER_VALUES)
    combos = [(name,) for name in names] + list(itertools.combinations(names, 2))
    return [{name: FILTER_VALUES[name] for name in combo} for combo in combos]


def filtered_figure(corpus: Path, rounds: int) -> Figure:
    """The worst p95 over the filter combinations (each: FILTER_QUERIES, ``rounds`` times)."""
    worst = (-1.0, "", 0.0, 0.0)
    for filters in filter_combinations():
        for query in FILTER_QUERIES:
            search(corpus, query, **filters)     # warm-up
        times, cpu95 = _wall_and_cpu_p95([_timed(corpus, query, filters) for _ in range(rounds)
                                          for query in FILTER_QUERIES])
        p95 = percentile(times, 0.95)
        say(f"[search] filters {'+'.join(filters)}: p50 {median(times):.1f} ms, p95 {p95:.1f} ms, "
            f"CPU p95 {cpu95:.1f} ms")
        worst = max(worst, (p95, "+".join(filters), median(times), cpu95))
    return Figure("search_filtered_worst_p95_ms", worst[0], GOAL_P95_MS, higher_is_better=False,
                  unit=" ms", rounds=rounds, detail=f"worst: {worst[1]}, p50 {worst[2]:.1f} ms, "
                  f"CPU p95 {worst[3]:.1f} ms; {len(filter_combinations())} combinations")


def _timed(corpus: Path, query: str, filters: dict) -> tuple[float, float]:
    """Wall and process CPU milliseconds of one search."""
    started, cpu = time.perf_counter(), time.process_time()
    search(corpus, query, **filters)
    return (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000


def cli_figure(corpus: Path, rounds: int = CLI_ROUNDS) -> Figure:
    """``fazhi search 复议`` in a new process (imports included), median of ``rounds``."""
    command = [sys.executable, "-m", "fazhi.cli", "search", "复议", "--data-dir",
               str(corpus.parent)]
    times = []
    for _ in range(rounds + 1):     # the first warms the page cache
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, preexec_fn=die_with_parent)
        times.append((time.perf_counter() - started) * 1000)
    times = times[1:]
    say(f"[search] fazhi search 复议 end to end: median {median(times):.0f} ms, "
        f"max {max(times):.0f} ms over {rounds} runs")
    return Figure("cli_search_ms", median(times), GOAL_CLI_MS, higher_is_better=False,
                  unit=" ms", detail=f"max {max(times):.0f} ms over {rounds} runs", rounds=rounds)


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
    for trigger in ("sections_ai", "sections_ad", "sections_au"):   # they fill the trigrams
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    conn.execute("DROP TABLE sections_trigram")
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
COPY_ROWS_SQL = """SELECT s.id, NULL, NULL, s.part, d.report_year, d.duplicate_of, d.portal,
  d.id, p.province, p.level, f.body FROM sections s JOIN documents d ON d.id = s.document_id
  LEFT JOIN portals p ON p.slug = d.portal JOIN sections_fts f ON f.rowid = (s.id - 1) % ?1 + 1
WHERE s.id > ?1 AND d.duplicate_of IS NULL"""


def sections_in(corpus: Path) -> int:
    with sqlite3.connect(corpus) as conn:
        return conn.execute("SELECT count(*) FROM sections").fetchone()[0]


def scaled_figure(corpus: Path, rounds: int) -> Figure:
    """p95 of the two-character and phrase queries on a corpus SCALE_COPIES times larger."""
    sections, big = sections_in(corpus), corpus.with_name("corpus_scaled.db")
    if sections < MIN_CACHED_SECTIONS:
        built = scale_corpus(corpus, big)
    else:       # keyed by the cached source's name, which carries its own key
        big, built = cached(f"search-{sections * SCALE_COPIES}",
                            cache_key(SCALE_COPIES, corpus.resolve().name),
                            lambda path: scale_corpus(corpus, path))
    say(f"[search] scaled corpus of {built['sections']} sections "
        f"({built['bytes'] / 2**20:.0f} MiB) made in {built['seconds']:.1f} s")
    times, cpu95 = _wall_and_cpu_p95(latencies(big, TWO_CHAR_QUERIES + PHRASE_QUERIES, rounds))
    p50, p95 = median(times), percentile(times, 0.95)
    say(f"[search] scaled: p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {max(times):.1f} ms, "
        f"CPU p95 {cpu95:.1f} ms")
    if sections < MIN_CACHED_SECTIONS:
        big.unlink()
        shutil.rmtree(index_dir(big), ignore_errors=True)
    return Figure(f"search_{built['sections'] // 1000}k_p95_ms", p95, GOAL_SCALED_P95_MS,
                  higher_is_better=False, unit=" ms", rounds=rounds,
                  detail=f"p50 {p50:.1f} ms, CPU p95 {cpu95:.1f} ms; "
                  f"made in {built['seconds']:.0f} s")


def more_figures(workdir: Path, rounds: int = 5) -> list[Figure]:
    """The filter, CLI and ten-times-larger lines, on ``run``'s corpus in ``workdir``."""
    corpus = Path(workdir) / "corpus.db"
    return [filtered_figure(corpus, rounds), cli_figure(corpus), scaled_figure(corpus, rounds)]
