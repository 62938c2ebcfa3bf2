"""The search bench's extra lines on a tiny corpus: the filter combinations, the CLI line, and
the ten-times corpus made by bulk SQL, whose copies answer like the original."""

from __future__ import annotations

import pytest

from bench import search_bench, search_cache
from db.corpus.search import search


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench-search") / "corpus.db"
    search_bench.generate_corpus(path, sections=300)
    return path


def test_scaled_corpus_copies_answer_like_the_original(corpus, tmp_path):
    big = tmp_path / "big.db"
    built = search_bench.scale_corpus(corpus, big, copies=3)
    small = search(corpus, "复议", limit=1000)
    assert built["sections"] == 3 * search_bench.sections_in(corpus)
    assert search(big, "复议").total == 3 * small.total > 0
    portal = small[0].portal
    copied = search(big, "复议", portal=f"{portal}_2", limit=1000)
    assert copied.total == sum(1 for hit in small if hit.portal == portal)
    assert {hit.report_year for hit in copied} <= {hit.report_year for hit in small}


def test_filter_and_cli_lines(corpus):
    assert len(search_bench.filter_combinations()) == 5 + 10    # each filter, each pair
    filtered = search_bench.filtered_figure(corpus, rounds=1)
    cli = search_bench.cli_figure(corpus, rounds=1)
    assert (filtered.name, cli.name) == ("search_filtered_worst_p95_ms", "cli_search_ms")
    assert filtered.value > 0 and cli.value > 0 and "combinations" in filtered.detail


def test_the_cache_makes_a_corpus_once_per_key_and_links_it(tmp_path, monkeypatch):
    monkeypatch.setenv(search_cache.CACHE_ENV, str(tmp_path / "cache"))
    made = []

    def make(path):
        made.append(path)
        path.write_bytes(b"corpus")
        return {"seconds": 1.0}

    key = search_cache.cache_key(100_000)
    stale = tmp_path / "cache" / f"search-100000-{key}.999999999.partial"   # no such process
    stale.parent.mkdir()
    stale.write_bytes(b"half")
    cache = tmp_path / "cache"
    older = [cache / f"search-100000-{'0' * 16}{suffix}" for suffix in (".db", ".json")]
    other_size = cache / f"search-1000030-{'0' * 16}.db"
    for path in (*older, other_size):
        path.write_bytes(b"old")
    (cache / f"search-100000-{'0' * 16}.db.tantivy").mkdir()
    first = search_cache.cached("search-100000", key, make)
    assert not stale.exists()
    # a new version replaces the older ones of that name, not another name's
    assert sorted(path.name for path in cache.iterdir()) == sorted(
        [other_size.name, f"search-100000-{key}.db", f"search-100000-{key}.json"])
    assert search_cache.cached("search-100000", key, make) == first and len(made) == 1
    assert first[0].parent == tmp_path / "cache" and first[1] == {"seconds": 1.0}
    assert search_cache.cache_key(1_000_000) != key
    search_cache.link(tmp_path / "work" / "corpus.db", first[0])
    assert (tmp_path / "work" / "corpus.db").read_bytes() == b"corpus"
