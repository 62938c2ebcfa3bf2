"""The benchmarks' generators and measuring functions still work (tiny sizes; no timing goals)."""

from __future__ import annotations

import os
import time
import urllib.request

import cleaning
from bench import clean_bench, rebuild_bench, search_bench
from bench.common import Figure, machine_load, percentile
from bench.pages import PAGE_BYTES, realistic_pages
from bench.site_gen import COLUMN, HOST, generate_site
from crawler.replay.server import ReplayServer
from db.archive.store import Archive


def test_realistic_pages_are_big_reports_that_still_clean():
    pages = realistic_pages(3, seed=1)
    assert all(PAGE_BYTES[0] * 0.9 <= len(p.body) <= PAGE_BYTES[1] * 1.1 for p in pages)
    docs = [cleaning.clean([p.body], p.url, p.content_type) for p in pages]
    assert all(doc.is_report and doc.sections for doc in docs)
    assert all("mega-menu" not in doc.text and "siteMenu" not in doc.text for doc in docs)
    ours, theirs = clean_bench.measure(pages[:1], rounds=1)
    assert ours[0] > 0 and theirs[0] > 0


def test_generated_archive_rebuilds(tmp_path):
    figures, generated = rebuild_bench.run(pages=24, workdir=tmp_path)
    assert generated.pages == 24 and generated.pages >= generated.articles
    with Archive(generated.path) as archive:
        refs = archive.article_refs()
    assert len(refs) == generated.articles and len({r.url for r in refs}) == len(refs)
    assert {f.name for f in figures} == {"rebuild_vs_trafilatura_pages_per_s",
                                         "rebuild_parent_cpu_share", "rebuild_peak_memory_mib",
                                         "rebuild_scaling_1_to_2_workers",
                                         "rebuild_cost_per_page_10k_vs_1k"}
    assert all(f.value > 0 for f in figures)


def test_generated_site_is_served_with_its_listing_pages(tmp_path):
    site = generate_site(tmp_path / "site", tmp_path / "portals", articles=23)
    assert site.listing_pages == 2 and (tmp_path / "portals" / "fzbench.toml").is_file()
    proxy = urllib.request.ProxyHandler({})   # straight to 127.0.0.1
    with ReplayServer(site.root) as server:
        opener = urllib.request.build_opener(proxy)
        listing = opener.open(f"{server.url}/{HOST}{COLUMN}index_1.html").read().decode()
        assert listing.count("<li>") == 3 and 'createPageHTML(2, 1, "index"' in listing
        href = listing.split('href="./', 1)[1].split('"', 1)[0]
        article = opener.open(f"{server.url}/{HOST}{COLUMN}{href}")
        assert article.status == 200 and "法治政府建设" in article.read().decode()


def test_search_corpus_and_figures(tmp_path):
    figures = search_bench.run(sections=400, rounds=1, workdir=tmp_path)
    assert [f.name for f in figures] == ["search_two_char_p95_ms", "search_phrase_p95_ms"]
    hits = search_bench.search(tmp_path / "corpus.db", "行政执法")
    assert hits and all("行政执法" in f"{h.heading} {h.snippet}" for h in hits)


def test_figure_lines_and_percentile():
    assert Figure("x", 0.5, 0.8, higher_is_better=False, unit="×").line() == \
        "x: 0.5× (goal ≤ 0.8×) ok"
    assert Figure("y", 1.5, 2, higher_is_better=True).line().endswith("short")
    assert percentile([float(i) for i in range(1, 101)], 0.95) == 95.0


def test_each_line_states_rounds_and_load_and_a_miss_under_load_is_unreliable():
    from bench.run import figure_line

    cores = os.cpu_count() or 1
    missed = Figure("x_ratio", 3.0, 2.0, higher_is_better=False, unit="×", rounds=5)
    made = Figure("y_ratio", 1.0, 2.0, higher_is_better=False, unit="×")
    assert figure_line(missed, cores + 1.5) == (
        f"x_ratio: 3× (goal ≤ 2×) unreliable (load {cores + 1.5:.1f})  "
        f"[rounds 5, load {cores + 1.5:.1f}]")
    assert figure_line(missed, cores - 0.5).endswith(f"short  [rounds 5, load {cores - 0.5:.1f}]")
    assert figure_line(made, cores + 3).endswith(f"ok  [rounds -, load {cores + 3:.1f}]")
    with machine_load(interval=0.01) as loads:
        time.sleep(0.05)
    assert len(loads) >= 2 and all(load >= 0 for load in loads)


def test_a_failing_stage_is_one_line_and_the_other_stages_still_report(monkeypatch, tmp_path,
                                                                        capsys):
    from bench import clean_scaling, crawl_bench, run

    def broken(*args, **options):
        raise RuntimeError("crawl failed (exit 1): Traceback …\nImportError: cannot import x")

    measured = Figure("clean_ratio", 0.5, 1.0, higher_is_better=False, rounds=2)
    monkeypatch.setattr(clean_bench, "run", lambda *args, **options: [measured])
    monkeypatch.setattr(clean_scaling, "run", lambda *args, **options: [])
    monkeypatch.setattr(crawl_bench, "run", broken)
    figures = run.run(["clean", "crawl"], dict(run.QUICK), tmp_path, profile=False)
    assert [figure.name for figure, _ in figures] == ["clean_ratio", "crawl_stage_failed"]
    assert not figures[1][0].ok
    assert figures[1][0].detail == "RuntimeError: ImportError: cannot import x"
    assert "[crawl] failed: RuntimeError: ImportError: cannot import x" in capsys.readouterr().out
