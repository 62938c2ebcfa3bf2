"""Benchmark 4: search latency over a corpus of 100,000 sections.

The corpus is synthetic but made of the sample reports: each document copies the section
structure (numbering, headings, categories) of a cleaned sample report and fills every section
with sentences drawn from all the sample reports' sections (figures changed), for many made-up
portals and report years. It is written the way a rebuild writes (``db.corpus.rebuild.BulkWriter``).
Latency is that of the public call ``db.corpus.search.search(corpus_path, query)`` — opening the
corpus included — for two-character queries and phrase queries; the figure is the p95.
"""

from __future__ import annotations

import hashlib
import random
import re
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import cleaning
from bench.common import Figure, db_bytes, median, percentile, say
from bench.samples import report_templates, vary_pages
from cleaning.document import Document, Section
from db.corpus.fts import segment_section
from db.corpus.ingest import Cleaned
from db.corpus.rebuild import BulkWriter, Prepared
from db.corpus.search import search
from db.corpus.store import Corpus

TWO_CHAR_QUERIES = tuple("复议 执法 监督 普法 诉讼 备案 调解 审查".split())
PHRASE_QUERIES = tuple("行政执法 法治政府建设 行政复议 依法行政 合法性审查 行政规范性文件".split())
GOAL_P95_MS = 20.0
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
        writer = BulkWriter(corpus)
        with corpus.db.atomic(), writer.trigram_deferred():
            corpus.upsert_portals([{"slug": f"portal{k}", "name": f"门户{k}", "level": "county",
                                    "province": "江苏省"} for k in range(60)])
            while written < sections:
                doc = synthetic_document(rng, rng.choice(models), pool, rng.choice(YEARS))
                writer.write(_prepared(doc, documents, rng))
                written += len(doc.sections)
                documents += 1
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


def latencies(corpus: Path, queries: tuple[str, ...], rounds: int) -> list[float]:
    """Seconds per ``search`` call, every query ``rounds`` times (round-robin)."""
    for query in queries:   # warm-up: page cache, imports
        search(corpus, query)
    times = []
    for _ in range(rounds):
        for query in queries:
            started = time.perf_counter()
            search(corpus, query)
            times.append(time.perf_counter() - started)
    return times


def run(sections: int = 100_000, rounds: int = 15, workdir: Path | None = None) -> list[Figure]:
    work = Path(workdir or tempfile.mkdtemp(prefix="fazhi-bench-search-"))
    corpus = work / "corpus.db"
    built = generate_corpus(corpus, sections)
    say(f"[search] corpus of {built['sections']} sections ({built['documents']} documents, "
        f"{built['bytes'] / 2**20:.0f} MiB) generated in {built['seconds']:.1f} s")
    figures = []
    for kind, queries in (("two_char", TWO_CHAR_QUERIES), ("phrase", PHRASE_QUERIES)):
        times = [t * 1000 for t in latencies(corpus, queries, rounds)]
        p50, p95 = median(times), percentile(times, 0.95)
        say(f"[search] {kind} queries {', '.join(queries)}: p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
            f"max {max(times):.1f} ms over {len(times)} calls")
        figures.append(Figure(f"search_{kind}_p95_ms", p95, GOAL_P95_MS, higher_is_better=False,
                              unit=" ms", detail=f"p50 {p50:.1f} ms"))
    return figures
