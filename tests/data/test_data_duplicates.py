"""Near-duplicate linking on real cleaned pages: the same report from two portals' layouts and
as a Traditional copy is linked to one canonical document; other reports and years are not."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from data_pages import (
    BIG5_URL,
    GOV_URL,
    OTHER_URL,
    OTHER_YEAR_URL,
    PORTALS,
    SFJ_URL,
    duplicate_pages,
    record_pages,
)

from db.corpus import duplicates
from db.corpus.rebuild import rebuild, update
from db.corpus.search import search
from db.corpus.stats import coverage, totals
from db.corpus.store import Corpus


def links(corpus: Path) -> dict[str, str | None]:
    """url → url of the document it duplicates (None for canonical/unique documents)."""
    with sqlite3.connect(corpus) as conn:
        return dict(conn.execute(
            "SELECT d.url, c.url FROM documents d LEFT JOIN documents c ON c.id = d.duplicate_of"))


def build(tmp_path: Path, pages, name: str = "x") -> Path:
    archive, corpus = tmp_path / f"{name}-archive.db", tmp_path / f"{name}-corpus.db"
    record_pages(archive, pages)
    rebuild(archive, corpus, workers=1, progress=False, portals_info=PORTALS)
    return corpus


def test_same_report_on_two_portals_and_in_traditional_is_linked_to_the_portal_copy(tmp_path):
    corpus = build(tmp_path, duplicate_pages())
    assert links(corpus) == {GOV_URL: None, SFJ_URL: GOV_URL, BIG5_URL: GOV_URL,
                             OTHER_URL: None, OTHER_YEAR_URL: None}


def test_canonical_choice_does_not_depend_on_insertion_order(tmp_path):
    pages = duplicate_pages()
    forward = links(build(tmp_path, pages, "forward"))
    backward = links(build(tmp_path, pages[::-1], "backward"))
    assert forward == backward
    assert forward[SFJ_URL] == GOV_URL


def test_linking_again_changes_nothing_and_counts_the_duplicates(tmp_path):
    corpus = build(tmp_path, duplicate_pages())
    before = links(corpus)
    assert duplicates.link_duplicates(corpus) == 2
    assert duplicates.link_duplicates(corpus) == 2
    assert links(corpus) == before


def test_linking_again_writes_no_row(tmp_path):
    """Unchanged links are not rewritten (each rewrite re-tagged the duplicate's sections in
    the bigram index): no row changes, the triggers' included."""
    with Corpus(build(tmp_path, duplicate_pages())) as corpus:
        before = corpus.db.conn.total_changes
        assert duplicates.link_duplicates(corpus) == 2
        assert corpus.db.conn.total_changes == before


def test_given_signatures_are_used_and_link_like_the_stored_texts(tmp_path):
    corpus = build(tmp_path, duplicate_pages())
    before = links(corpus)
    with sqlite3.connect(corpus) as conn:
        ids = dict(conn.execute("SELECT url, id FROM documents"))
        texts = dict(conn.execute("SELECT url, text FROM documents"))
    given = {ids[url]: duplicates.document_signature(texts[url]) for url in (GOV_URL, OTHER_URL)}
    assert duplicates.link_duplicates(corpus, given) == 2     # the rest signed from their text
    assert links(corpus) == before
    # A given signature wins over the text: None (too short) leaves the portal copy unlinked.
    assert duplicates.link_duplicates(corpus, {ids[GOV_URL]: None}) == 1
    assert links(corpus) == {**before, SFJ_URL: BIG5_URL, BIG5_URL: None}


def test_without_a_portal_row_the_sfj_host_still_loses_and_simplified_wins(tmp_path):
    archive, corpus = tmp_path / "a.db", tmp_path / "c.db"
    sfj_and_big5 = [page for page in duplicate_pages() if page[1] in (SFJ_URL, BIG5_URL)]
    record_pages(archive, sfj_and_big5)
    rebuild(archive, corpus, workers=1, progress=False, portals_info=[])
    # The Traditional copy on the county portal beats the 司法局 site (department first).
    assert links(corpus) == {SFJ_URL: BIG5_URL, BIG5_URL: None}


def test_update_links_a_copy_that_arrives_later(tmp_path):
    archive, corpus = tmp_path / "a.db", tmp_path / "c.db"
    pages = {url: (portal, url, page) for portal, url, page in duplicate_pages()}
    record_pages(archive, [pages[SFJ_URL]])
    first = update(archive, corpus, portals_info=PORTALS)
    assert first.duplicates == 0 and links(corpus) == {SFJ_URL: None}
    record_pages(archive, [pages[GOV_URL]])
    second = update(archive, corpus)
    assert second.duplicates == 1
    assert links(corpus) == {GOV_URL: None, SFJ_URL: GOV_URL}


def test_search_and_stats_count_a_linked_report_once(tmp_path):
    corpus = build(tmp_path, duplicate_pages())
    hits = search(corpus, "全国法治政府建设示范市", limit=50)
    assert {hit.url for hit in hits} == {GOV_URL, OTHER_YEAR_URL}
    assert totals(corpus)["duplicates"] == 2
    assert ("nanhe", 2024, 1) in coverage(corpus)


def test_unrelated_texts_are_far_below_the_threshold_and_copies_far_above():
    pages = {url: page for _, url, page in duplicate_pages()}
    from cleaning import clean

    texts = {url: clean([pages[url]], url).text for url in (GOV_URL, SFJ_URL, OTHER_URL)}
    sig = {url: duplicates.signature(duplicates.normalize(text)) for url, text in texts.items()}
    assert sig[GOV_URL].jaccard(sig[SFJ_URL]) >= duplicates.DUPLICATE_THRESHOLD
    assert sig[GOV_URL].jaccard(sig[OTHER_URL]) < 0.2


def test_signature_equals_datasketch_over_the_nfkc_shingles_in_one_batch():
    """The fast path (full-width mapping before NFKC, list slicing, hashing in chunks) gives
    the very signature of the plain computation: a stored corpus links the same way."""
    import unicodedata
    import zlib

    from datasketch import MinHash

    han = "".join(chr(0x4E00 + i) for i in range(700))
    text = "２０２４年　法治政府建设ＡＢＣ情况。\n" * 90 + han
    plain = duplicates.IGNORED_CHARS.sub("", unicodedata.normalize("NFKC", text))
    assert duplicates.normalize(text) == plain
    data = plain.encode("utf-32-le")
    reference = MinHash(num_perm=duplicates.NUM_PERM, seed=duplicates.MINHASH_SEED,
                        hashfunc=zlib.crc32, scheme=duplicates.MINHASH_SCHEME)
    reference.update_batch([data[i:i + 20] for i in range(0, len(data) - 16, 4)])
    assert len(plain) > 2 * duplicates.SIGNATURE_CHUNK    # several chunks
    signed = duplicates.document_signature(text)
    assert signed is not None and list(signed.hashvalues) == list(reference.hashvalues)


def test_lsh_band_layout_is_the_one_datasketch_solves_for_the_threshold():
    from datasketch import MinHashLSH

    solved = MinHashLSH(threshold=duplicates.DUPLICATE_THRESHOLD, num_perm=duplicates.NUM_PERM)
    assert duplicates._lsh_params() == (solved.b, solved.r)


def test_linking_stores_the_signatures_and_an_update_signs_only_what_it_wrote(
        tmp_path, monkeypatch):
    """The signatures are stored when linked (corpus migration v7): an update's linking signs
    no stored text again; a changed text loses its stored signature; another scheme is signed
    again."""
    archive, corpus = tmp_path / "a.db", tmp_path / "c.db"
    pages = {url: (portal, url, page) for portal, url, page in duplicate_pages()}
    record_pages(archive, [pages[SFJ_URL], pages[OTHER_URL]])
    update(archive, corpus, portals_info=PORTALS)
    signed: list[str] = []
    real_signature = duplicates.document_signature
    monkeypatch.setattr(duplicates, "document_signature",
                        lambda text: signed.append(text) or real_signature(text))
    record_pages(archive, [pages[GOV_URL]])
    assert update(archive, corpus).duplicates == 1
    assert signed == [] and links(corpus)[SFJ_URL] == GOV_URL
    with sqlite3.connect(corpus) as conn:
        assert conn.execute("SELECT count(*) FROM document_signatures").fetchone()[0] == 3
        conn.execute("UPDATE documents SET text = text || '。' WHERE url = ?", [OTHER_URL])
    assert duplicates.link_duplicates(corpus) == 1 and len(signed) == 1
    monkeypatch.setattr(duplicates, "SIGNATURE_SCHEME", "another")
    assert duplicates.link_duplicates(corpus) == 1 and len(signed) == 4
