"""rebuild (atomic, parallel) and update (incremental) give the same corpus."""

from __future__ import annotations

import subprocess
import sys

import pytest
from db_samples import REPORTS, record_article

import cleaning
import db.corpus.held
import db.corpus.ingest
import db.corpus.pool
import db.corpus.rebuild
import db.corpus.writer
from cleaning.document import Document, Section
from db.archive.store import Archive, ArchiveError
from db.corpus import textindex
from db.corpus.fts import segment_query
from db.corpus.query import parse_query
from db.corpus.rebuild import catch_up, rebuild, update
from db.corpus.schema import SECTION_TAGS_FROM_V3, SECTION_TAGS_V3
from db.corpus.search import index_match, search
from db.corpus.store import Corpus
from db.corpus.textindex import SECTIONS_SQL
from db.corpus.writer import CorpusWriter

PORTALS = [{"slug": "haizhou", "name": "海州区", "province": "江苏省", "level": "district"},
           {"slug": "shishi", "name": "石狮市", "province": "福建省", "level": "county"}]


def snapshot(path) -> dict:
    """Everything a user sees in a corpus, without row ids."""
    with Corpus(path) as corpus:
        query = corpus.db.query
        return {
            "documents": [{k: v for k, v in r.items() if k != "id"}
                          for r in query("SELECT * FROM documents ORDER BY url")],
            "sections": [dict(r) for r in query(
                "SELECT d.url, s.ordinal, s.level, s.number, s.heading, s.category, s.text "
                "FROM sections s JOIN documents d ON d.id = s.document_id "
                "ORDER BY d.url, s.ordinal")],
            "skipped": [{k: v for k, v in r.items() if k != "id"}
                        for r in query("SELECT * FROM skipped ORDER BY url")],
            "portals": list(query("SELECT * FROM portals ORDER BY slug")),
            "bigram_rows": corpus.db.execute("SELECT COUNT(*) FROM sections_fts").fetchone()[0],
        }


def leftovers(directory) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if ".rebuild-" in p.name)


@pytest.fixture
def clean_calls(fake_cleaner, monkeypatch):
    calls = []
    cleaner = db.corpus.ingest.clean_pages

    def counting(article):
        calls.append(article.url)
        return cleaner(article)

    monkeypatch.setattr(db.corpus.ingest, "clean_pages", counting)
    return calls


@pytest.mark.parametrize("workers", [1, 2])
def test_rebuild_equals_update(sample_archive, tmp_path, fake_cleaner, workers):
    updated, rebuilt = tmp_path / "updated.db", tmp_path / "rebuilt.db"
    update_stats = update(sample_archive, updated, portals_info=PORTALS, workers=workers)
    stats = rebuild(sample_archive, rebuilt, workers=workers, progress=False,
                    portals_info=PORTALS)
    assert (stats.articles, stats.documents, stats.skipped, stats.unreadable) == (4, 2, 2, 1)
    assert (update_stats.documents, update_stats.skipped) == (2, 2)
    left, right = snapshot(updated), snapshot(rebuilt)
    assert left == right
    assert len(left["sections"]) == 9 and left["bigram_rows"] == 9
    assert leftovers(tmp_path) == []


def test_update_cleans_only_new_revisions_and_new_cleaning_versions(
        sample_archive, tmp_path, clean_calls, monkeypatch):
    corpus = tmp_path / "corpus.db"
    assert update(sample_archive, corpus).articles == 4 and len(clean_calls) == 4
    again = update(sample_archive, corpus)
    assert (again.unchanged, len(clean_calls)) == (4, 4)
    url, text = REPORTS["shishi"]
    with Archive(sample_archive) as archive:
        record_article(archive, archive.start_run(["shishi"]), "shishi", url,
                       text.replace("下一步工作打算", "下一步工作安排"))
    changed = update(sample_archive, corpus)
    assert (changed.unchanged, changed.documents, clean_calls[-1]) == (3, 1, url)
    with Corpus(corpus) as opened:
        headings = [r["heading"] for r in opened.db.table("sections").rows]
    assert "下一步工作安排" in headings and "下一步工作打算" not in headings
    monkeypatch.setattr(cleaning, "CLEANING_VERSION", "fake-2")
    assert update(sample_archive, corpus).unchanged == 0
    assert {d["cleaning_version"] for d in snapshot(corpus)["documents"]} == {"fake-2"}
    assert update(sample_archive, corpus).unchanged == 4


def test_update_of_new_and_changed_articles_equals_rebuild_with_whole_indexes(
        sample_archive, tmp_path, fake_cleaner):
    corpus, rebuilt = tmp_path / "corpus.db", tmp_path / "rebuilt.db"
    update(sample_archive, corpus, portals=["shishi"], portals_info=PORTALS)
    url, text = REPORTS["shishi"]
    with Archive(sample_archive) as archive:   # a new revision of the stored article
        record_article(archive, archive.start_run(["shishi"]), "shishi", url,
                       text.replace("下一步工作打算", "下一步工作设想"))
    stats = update(sample_archive, corpus, portals_info=PORTALS, workers=2)  # 1 replaced, 1 new
    assert (stats.unchanged, stats.documents, stats.skipped) == (2, 2, 0)
    assert stats.by_portal == {"haizhou": {"documents": 1, "skipped": 0},
                               "shishi": {"documents": 1, "skipped": 0}}
    rebuild(sample_archive, rebuilt, workers=1, progress=False, portals_info=PORTALS)
    assert snapshot(corpus) == snapshot(rebuilt)
    with Corpus(corpus) as opened:
        opened.db.execute("INSERT INTO sections_fts (sections_fts, rank) "
                          "VALUES ('integrity-check', 1)")
        found = {phrase: opened.db.execute(
            "SELECT COUNT(*) FROM sections_fts WHERE sections_fts MATCH ?",
            [segment_query(phrase)]).fetchone()[0] for phrase in ("工作设想", "工作打算")}
    assert found == {"工作设想": 1, "工作打算": 0}   # the replaced section's rows went with it


def test_bigram_rows_added_section_by_section_keep_the_index_whole(
        sample_archive, tmp_path, fake_cleaner, monkeypatch):
    monkeypatch.setattr(db.corpus.writer, "BIGRAM_BATCH", 1)   # an insert after every section
    corpus = tmp_path / "corpus.db"
    update(sample_archive, corpus, portals_info=PORTALS, workers=2)
    with Corpus(corpus) as opened:
        opened.db.execute("INSERT INTO sections_fts (sections_fts, rank) "
                          "VALUES ('integrity-check', 1)")
        indexed = [row[0] for row in opened.db.execute("SELECT rowid FROM sections_fts "
                                                       "ORDER BY rowid")]
        sections = [row[0] for row in opened.db.execute("SELECT id FROM sections ORDER BY id")]
        found = {row[0] for row in opened.db.execute(
            "SELECT rowid FROM sections_fts WHERE sections_fts MATCH ?",
            [segment_query("行政复议")])}
        containing = {row[0] for row in opened.db.execute(
            "SELECT id FROM sections WHERE instr(heading || text, '行政复议')")}
        tables = {row[0] for row in opened.db.execute("SELECT name FROM sqlite_master")}
    assert indexed == sections and len(sections) == 9
    assert found == containing and found
    assert not {name for name in tables if "trigram" in name}   # corpus migration v8


def test_an_update_batch_adds_its_bigram_rows_together_tagged_from_their_rows(
        sample_archive, tmp_path, fake_cleaner):
    """The batch's bigram rows go in together, after its documents and sections: FTS5 keeps
    them in memory and writes one segment (a segment per document, each written out when the
    next document's statement journal opened, made the index ~2.5x the CPU)."""
    corpus = tmp_path / "corpus.db"
    stats = update(sample_archive, corpus, portals_info=PORTALS, workers=1)
    assert stats.documents == 2
    with Corpus(corpus) as opened:
        db = opened.db
        db.execute("INSERT INTO sections_fts (sections_fts, rank) VALUES ('integrity-check', 1)")
        segments = db.execute("SELECT COUNT(DISTINCT segid) FROM sections_fts_idx").fetchone()
        tagged = db.execute(
            f"SELECT COUNT(*) FROM sections_fts f JOIN (SELECT s.id, {SECTION_TAGS_V3} AS tags "
            f"FROM {SECTION_TAGS_FROM_V3}) t ON t.id = f.rowid WHERE f.tags = t.tags").fetchone()
    assert segments[0] == 1
    assert tagged[0] == len(snapshot(corpus)["sections"]) == 9


def test_a_rebuild_merges_the_bigram_index_only_when_it_has_many_segments(
        sample_archive, tmp_path, fake_cleaner, monkeypatch):
    # FTS5 writes its pending terms out as a segment above 'hashsize' bytes: a few per rebuild
    monkeypatch.setitem(db.corpus.rebuild.BULK_FTS_SETTINGS, "hashsize", 256)
    found = {}
    for most in (16, 1):
        monkeypatch.setattr(db.corpus.rebuild, "FTS_MAX_SEGMENTS", most)
        corpus = tmp_path / f"corpus-{most}.db"
        rebuild(sample_archive, corpus, workers=1, progress=False, portals_info=PORTALS)
        with Corpus(corpus) as opened:
            opened.db.execute("INSERT INTO sections_fts (sections_fts, rank) "
                              "VALUES ('integrity-check', 1)")
            found[most] = (opened.db.execute(
                "SELECT COUNT(DISTINCT segid) FROM sections_fts_idx").fetchone()[0],
                search_fts(opened, "行政复议"))
    assert found[16][0] > 1 and found[1][0] == 1   # left as written, or merged into one
    assert found[16][1] == found[1][1] and found[1][1]


def test_update_in_a_forkserver_pool_equals_update_in_process(sample_archive, tmp_path,
                                                             monkeypatch):
    """The crawl's catch-up start method: fresh workers (real cleaner, nothing inherited)."""
    monkeypatch.setitem(db.corpus.pool.POOL_MIN_ARTICLES, "forkserver", 2)   # a pool for 4 articles
    pooled, in_process = tmp_path / "pooled.db", tmp_path / "in_process.db"
    stats = update(sample_archive, pooled, workers=2, start_method="forkserver")
    update(sample_archive, in_process, workers=1)
    assert (stats.articles, stats.documents) == (4, 2)
    assert snapshot(pooled) == snapshot(in_process)


def test_rebuild_keeps_the_previous_portal_rows(sample_archive, tmp_path, fake_cleaner):
    corpus = tmp_path / "corpus.db"
    rebuild(sample_archive, corpus, workers=1, progress=False, portals_info=PORTALS)
    rebuild(sample_archive, corpus, workers=1, progress=False)
    assert [row["province"] for row in snapshot(corpus)["portals"]] == ["江苏省", "福建省"]


def test_catch_up_after_a_crawl_writes_the_crawled_portals_and_their_rows(
        sample_archive, tmp_path, fake_cleaner):
    stats = catch_up(sample_archive, tmp_path / "c.db", ["shishi"], portals_info=PORTALS[1:])
    assert (stats.articles, stats.documents, stats.skipped) == (3, 1, 2)
    assert [row["slug"] for row in snapshot(tmp_path / "c.db")["portals"]] == ["shishi"]


def test_update_limited_to_portals(sample_archive, tmp_path, fake_cleaner):
    stats = update(sample_archive, tmp_path / "c.db", portals=["haizhou"])
    assert (stats.articles, stats.documents) == (1, 1)


def test_failed_rebuild_leaves_previous_corpus_byte_identical(
        sample_archive, tmp_path, fake_cleaner, monkeypatch):
    corpus = tmp_path / "corpus.db"
    rebuild(sample_archive, corpus, workers=1, progress=False)
    before = corpus.read_bytes()
    calls = []
    real_write = db.corpus.rebuild.CorpusWriter.write   # how a rebuild writes each article

    def write_then_fail(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return real_write(*args, **kwargs)

    monkeypatch.setattr(db.corpus.rebuild.CorpusWriter, "write", write_then_fail)
    with pytest.raises(RuntimeError, match="disk on fire"):
        rebuild(sample_archive, corpus, workers=2, progress=False)
    assert corpus.read_bytes() == before
    assert leftovers(tmp_path) == []
    assert snapshot(corpus)["documents"]


def test_bad_archive_body_in_a_worker_aborts_the_rebuild(sample_archive, tmp_path,
                                                           fake_cleaner):
    corpus = tmp_path / "corpus.db"
    rebuild(sample_archive, corpus, workers=2, progress=False)
    before = corpus.read_bytes()
    with Archive(sample_archive) as archive:
        archive.db.execute("UPDATE bodies SET data = x'00ff' WHERE size > 100")
    with pytest.raises(Exception, match="(?i)zstd|frame") as raised:
        rebuild(sample_archive, corpus, workers=2, progress=False)
    assert "ZstdError" in type(raised.value).__name__
    assert corpus.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_rebuild_without_archive_creates_nothing(tmp_path):
    with pytest.raises(ArchiveError):
        rebuild(tmp_path / "missing.db", tmp_path / "corpus.db", progress=False)
    assert list(tmp_path.iterdir()) == []


def bigram_rows(path) -> list[tuple]:
    """The bigram index's rows by (url, ordinal): body and tags (ids differ between files)."""
    with Corpus(path) as corpus:
        return corpus.db.execute(
            "SELECT d.url, s.ordinal, f.body, f.tags FROM sections_fts f "
            "JOIN sections s ON s.id = f.rowid JOIN documents d ON d.id = s.document_id "
            "ORDER BY d.url, s.ordinal").fetchall()


def test_a_rebuild_indexes_bigram_rows_once_linked_with_the_duplicate_mark(
        sample_archive, tmp_path, fake_cleaner, capsys, monkeypatch):
    """A rebuild holds its bigram rows back until the duplicates are linked (a mark set later
    re-tokenized the row); the rows come out as an update's, none for the copy (corpus
    migration v9). The search index gets the sections of the documents that are not copies,
    and has nothing left to do (no "building the search index" line)."""
    monkeypatch.setattr(textindex, "ANNOUNCE_SECTIONS", 1)
    url, text = REPORTS["haizhou"]
    with Archive(sample_archive) as archive:   # the same report on the justice bureau's site
        record_article(archive, archive.start_run(["haizhou_sfj"]), "haizhou_sfj",
                       url.replace("www.", "sfj."), text)
    rebuilt, updated = tmp_path / "rebuilt.db", tmp_path / "updated.db"
    stats = rebuild(sample_archive, rebuilt, workers=2, progress=False, portals_info=PORTALS)
    assert capsys.readouterr().err == ""
    update(sample_archive, updated, portals_info=PORTALS, workers=1)
    rows = bigram_rows(rebuilt)
    assert stats.duplicates == 1
    assert rows == bigram_rows(updated)
    assert len(snapshot(rebuilt)["sections"]) == 15
    originals = {REPORTS["haizhou"][0], REPORTS["shishi"][0]}
    assert len(rows) == 9 and {row[0] for row in rows} == originals   # not the copy's 6
    assert not any(tags.split()[-1] == "dup" for *_, tags in rows)
    assert search(rebuilt, "推进行政复议").total == 1 == search(updated, "推进行政复议").total
    with Corpus(rebuilt) as corpus:
        corpus.db.execute("INSERT INTO sections_fts (sections_fts, rank) "
                          "VALUES ('integrity-check', 1)")   # index = its rows, row for row


COPY_URL = REPORTS["haizhou"][0].replace("www.", "sfj.")   # the justice bureau's copy
OTHER_REPORT = """
海州区司法局2024年度法治政府建设工作总结
一、主要做法
组织普法讲座三十场，覆盖群众两万人次，编印宣传手册。
二、存在不足
基层调解员队伍年龄偏大，专业培训不足，经费保障偏紧。
三、下一步计划
建设村居法律顾问微信群，实现法律咨询全覆盖。
"""


def document_rows(path, url: str) -> int:
    """The bigram rows of a document's sections."""
    with Corpus(path) as corpus:
        return corpus.db.execute(
            "SELECT COUNT(*) FROM sections_fts f JOIN sections s ON s.id = f.rowid "
            "JOIN documents d ON d.id = s.document_id WHERE d.url = ?", [url]).fetchone()[0]


def search_fts(corpus: Corpus, query: str) -> list[int]:
    """The sections the bigram index finds for ``query`` (as the Datasette search asks it)."""
    return [row[0] for row in corpus.db.execute(
        "SELECT rowid FROM sections_fts WHERE sections_fts MATCH ?",
        [index_match(parse_query(query))])]


def with_copy(archive_path, text: str) -> None:
    with Archive(archive_path) as archive:
        record_article(archive, archive.start_run(["haizhou_sfj"]), "haizhou_sfj", COPY_URL, text)


def test_a_copy_whose_original_goes_gets_its_bigram_rows_back(
        sample_archive, tmp_path, fake_cleaner):
    """A copy has no bigram rows (corpus migration v9); when its original goes (the page turned
    out not to be a report), it is a report of its own: its rows come back and the bigram
    search finds it."""
    with_copy(sample_archive, REPORTS["haizhou"][1])
    corpus = tmp_path / "corpus.db"
    update(sample_archive, corpus, portals_info=PORTALS)
    assert document_rows(corpus, COPY_URL) == 0
    with Corpus(corpus) as opened:
        CorpusWriter(opened).write_skipped({"url": REPORTS["haizhou"][0], "portal": "haizhou",
                                            "reason": "not a report"})
        hits = search_fts(opened, "推进行政复议")
    assert document_rows(corpus, COPY_URL) == 6 and len(hits) == 1


def test_a_copy_whose_text_changes_gets_its_rows_as_a_rebuild_has_them(
        sample_archive, tmp_path, fake_cleaner):
    """A linked copy rewritten with a text of its own is unlinked, and linking gives it its
    bigram rows: the same rows as a rebuild of the archive."""
    with_copy(sample_archive, REPORTS["haizhou"][1])
    corpus, rebuilt = tmp_path / "corpus.db", tmp_path / "rebuilt.db"
    update(sample_archive, corpus, portals_info=PORTALS)
    with_copy(sample_archive, OTHER_REPORT)
    stats = update(sample_archive, corpus, portals_info=PORTALS)
    rebuild(sample_archive, rebuilt, workers=1, progress=False, portals_info=PORTALS)
    assert (stats.documents, stats.duplicates) == (1, 0)
    assert document_rows(corpus, COPY_URL) == 3
    assert bigram_rows(corpus) == bigram_rows(rebuilt)
    with Corpus(corpus) as opened:
        opened.db.execute("INSERT INTO sections_fts (sections_fts, rank) "
                          "VALUES ('integrity-check', 1)")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_rebuild_indexes_the_held_sections_step_by_step_each_document_whole(
        sample_archive, tmp_path, fake_cleaner, monkeypatch, workers):
    """The held sections go to the indexes a few section ids at a time, each step ending where
    a document begins (the search index replaces a document whole: a document cut in two kept
    only its second part); with 2 workers the steps are segmented in the pool, out of step
    with the indexing."""
    monkeypatch.setattr(db.corpus.held, "HELD_CHUNK", 2)
    corpus = tmp_path / "corpus.db"
    rebuild(sample_archive, corpus, workers=workers, progress=False, portals_info=PORTALS)
    sections = snapshot(corpus)["sections"]
    searcher = textindex.open_index(corpus).searcher()
    assert len(sections) == 9 and max(s["ordinal"] for s in sections) > 2
    assert searcher.num_docs == len(sections)    # none lost, none deleted
    assert len(bigram_rows(corpus)) == len(sections)
    assert search(corpus, "推进行政复议").total == 1


class RecordingFeeder:
    """Stands in for the search index's feeder: remembers the rows the writer hands it."""

    def __init__(self) -> None:
        self.rows: dict[int, list[tuple]] = {}

    def replace(self, document_id, bodies=None, rows=None) -> None:
        self.rows[document_id] = rows


def test_the_writer_hands_the_index_the_rows_it_would_read_back(tmp_path):
    """A new document's sections go to the search index from the values written (province
    and level from the portal row), equal to what textindex.SECTIONS_SQL reads back; a
    replaced document's are read back (its duplicate mark stays)."""
    doc = Document(title="报告", report_year=2024, is_report=True, sections=[
        Section(1, "一", "主要举措", "measures", "行政复议"),
        Section(2, "（一）", "执法", None, "公示"),
        Section(1, "二", "不足", ["shortcomings", "plans"], "仍需加强")])
    with Corpus(tmp_path / "corpus.db") as corpus:
        writer, feeder = CorpusWriter(corpus), RecordingFeeder()
        writer.text_index = feeder
        writer.write_portals(PORTALS)
        first = writer.write_document(doc, url="http://x/1", portal="haizhou")
        other = writer.write_document(doc, url="http://x/2", portal="nowhere")
        written = {i: feeder.rows[i] for i in (first, other)}
        read = {i: [tuple(row) for row in corpus.db.execute(SECTIONS_SQL, [i])]
                for i in (first, other)}
        writer.write_document(doc, url="http://x/1", portal="haizhou")
    assert written == read
    assert written[first][0][8:] == ("江苏省", "district") and len(written[first]) == 3
    assert feeder.rows[first] is None


def test_a_killed_rebuilds_temp_corpus_and_index_go_with_the_next_one(tmp_path):
    from db.corpus.replace import remove_stale_temps, temp_path

    target = tmp_path / "corpus.db"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()   # a process id no process has now
    temp = temp_path(target, dead.pid)
    for name in (temp.name, f"{temp.name}-journal"):
        (tmp_path / name).write_bytes(b"half")
    index = tmp_path / f"{temp.name}.tantivy"
    index.mkdir()
    (index / "meta.json").write_text("{}")
    running = temp_path(target)   # this process's own: kept
    running.write_bytes(b"mine")
    remove_stale_temps(target)
    assert leftovers(tmp_path) == [running.name]
