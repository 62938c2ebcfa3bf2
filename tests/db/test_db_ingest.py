"""ingest_article (db.corpus.writer): reports become documents, the rest skipped rows."""

from __future__ import annotations

import json

import pytest
from db_samples import REPORTS

import cleaning
from cleaning.document import Document, Section
from db.archive.store import Archive
from db.corpus.fts import segment_with_runs
from db.corpus.held import segmented_here
from db.corpus.indexschema import gram_text
from db.corpus.ingest import Cleaned, prepare_cleaned
from db.corpus.pool import prepared_articles
from db.corpus.rows import section_values
from db.corpus.store import Corpus
from db.corpus.writer import CorpusWriter, ingest_article


@pytest.fixture
def ingested(sample_archive, tmp_path, fake_cleaner):
    corpus = Corpus(tmp_path / "corpus.db")
    with Archive(sample_archive) as archive:
        results = {a.url: ingest_article(corpus, a, {"slug": a.portal, "province": "江苏省"})
                   for a in archive.iter_articles()}
    yield corpus, results
    corpus.close()


def test_multi_page_report_is_one_document_with_all_sections(ingested):
    corpus, results = ingested
    url = REPORTS["haizhou"][0]
    doc = corpus.db.table("documents").get(results[url])
    assert doc["title"] == "海州区2024年度法治政府建设情况报告" and doc["report_year"] == 2024
    headings = [row["heading"] for row in corpus.db.query(
        "SELECT heading FROM sections WHERE document_id = ? ORDER BY ordinal", [doc["id"]])]
    assert headings[0] == "推进法治政府建设的主要举措和成效"
    assert headings[-1] == "2025年度推进法治政府建设的主要安排"   # from the last page
    assert len(headings) == 6
    with Archive(corpus.path.parent / "archive.db") as archive:
        [ref] = archive.article_refs(urls=[url])
    assert (doc["response_id"], doc["sha256"], doc["revision"]) == (
        ref.response_id, ref.sha256, ref.revision)
    assert doc["cleaning_version"] == "fake-1"


def test_attachments_reach_the_cleaner(ingested):
    corpus, results = ingested
    doc = corpus.db.table("documents").get(results[REPORTS["shishi"][0]])
    assert [a["url"] for a in json.loads(doc["attachments"])] == [
        "http://www.shishi.gov.cn/P1.pdf"]


def test_non_reports_and_unreadable_pages_are_skipped_with_a_reason(ingested):
    corpus, results = ingested
    assert results[REPORTS["shishi_jiedu"][0]] is None
    reasons = {row["url"]: row["reason"] for row in corpus.db.table("skipped").rows}
    assert reasons[REPORTS["shishi_jiedu"][0]].startswith("not a report")
    assert reasons["http://www.shishi.gov.cn/zwgk/empty.html"] == (
        "unreadable: CleaningError: empty page")
    assert corpus.db.table("documents").count == 2
    assert len(results) == 4   # nothing lost: 2 documents + 2 skipped


def test_portal_info_is_copied(ingested):
    corpus, _ = ingested
    assert {row["slug"]: row["province"] for row in corpus.db.table("portals").rows} == {
        "haizhou": "江苏省", "shishi": "江苏省"}


def test_the_writer_stores_a_document_built_directly(tmp_path):
    doc = Document(title="2024年法治政府建设年度报告", is_report=True, report_year=2024,
                   sections=[Section(1, "一", "主要举措", "measures", "复议")],
                   cleaning_version="v9")
    cleaned = Cleaned(url="http://x/1", portal="p", title_hint=None, response_id=3,
                      sha256="s", revision="r", fetched_at="2025-01-01", document=doc)
    with Corpus(tmp_path / "c.db") as corpus:
        doc_id = CorpusWriter(corpus).write(prepare_cleaned(cleaned))
        assert corpus.db.table("documents").get(doc_id)["revision"] == "r"
        assert corpus.ingested() == {"http://x/1": ("r", "v9")}


@pytest.mark.skipif(not hasattr(cleaning, "clean"), reason="cleaning.clean not written yet")
def test_real_cleaner_ingests_an_html_report(tmp_path):
    html = ("<html><head><meta charset='utf-8'><title>海州区2024年度法治政府建设情况报告</title>"
            "</head><body><h1>海州区2024年度法治政府建设情况报告</h1><div class='TRS_Editor'>"
            "<p>2024年，我区坚持依法行政，全面推进法治政府建设。</p>"
            "<p>一、推进法治政府建设的主要举措和成效</p><p>办理行政复议案件120件。</p>"
            "<p>二、存在的不足和原因</p><p>执法人员素质有待提高。</p>"
            "<p>三、2025年度主要安排</p><p>推进行政复议规范化建设。</p>"
            "</div></body></html>").encode()
    with Archive(tmp_path / "a.db") as archive, Corpus(tmp_path / "c.db") as corpus:
        archive.record_response(run_id=None, portal="haizhou", status=200, body=html,
                                url="http://www.haizhou.gov.cn/t20250301_1.html",
                                role="article", headers={"Content-Type": "text/html"})
        [article] = archive.iter_articles()
        doc_id = ingest_article(corpus, article)
        assert doc_id is not None
        texts = [row["text"] for row in corpus.db.table("sections").rows]
        assert any("复议" in text for text in texts)


def test_a_worker_sends_a_reports_sections_once_as_tuples(sample_archive, fake_cleaner):
    """From the pool, a report's sections come as row values (Section objects cost the parent
    ~4x more to unpickle) and its document's list is empty; in process they stay objects."""
    with Archive(sample_archive) as archive:
        refs = archive.article_refs()
    with prepared_articles(sample_archive, refs, 1) as results:
        in_process = {p.cleaned.url: p for p in results}
    with prepared_articles(sample_archive, refs, 2) as results:
        pooled = {p.cleaned.url: p for p in results}
    url = REPORTS["haizhou"][0]
    sections = in_process[url].cleaned.document.sections
    assert in_process[url].section_values is None and len(sections) == 6
    assert pooled[url].cleaned.document.sections == []
    assert pooled[url].section_values == section_values(sections)
    assert pooled[url].section_values[1][:3] == (2, "一", "深化行政执法体制改革")


def test_the_pool_segments_the_sections_to_index_in_its_workers(sample_archive, fake_cleaner):
    """Once the articles are through, a rebuild's workers segment the sections the parent
    indexes, in order, as the parent would (its tail ran on one core while they idled)."""
    rows = [(i, f"第{i}部分", f"行政复议{i}件，Ａ类{i}件。", *[None] * 8) for i in range(300)]
    ranges = [rows[:120], rows[120:121], rows[121:]]
    with Archive(sample_archive) as archive:
        refs = archive.article_refs()
    with prepared_articles(sample_archive, refs, 2, segment=False) as preparation:
        assert preparation.pool is not None
        list(preparation)
        pooled = list(preparation.segmenter(iter(ranges)))
    assert [got for got, _ in pooled] == ranges     # each range back whole, in order
    assert [pieces for _, pieces in pooled] == [pieces for _, pieces in segmented_here(ranges)]
    body, runs = segment_with_runs("第1部分\n行政复议1件，Ａ类1件。")
    assert pooled[0][1][1] == (body, runs, gram_text(runs))


def test_a_rebuilds_workers_send_no_segmented_bodies(sample_archive, fake_cleaner):
    """A rebuild segments, once linked, only the sections of documents that are not copies:
    its workers send no bodies with the articles (they were half of what a worker pickled)."""
    with Archive(sample_archive) as archive:
        refs = archive.article_refs()
    with prepared_articles(sample_archive, refs, 2) as results:
        segmented = {p.cleaned.url: p.segmented for p in results}
    with prepared_articles(sample_archive, refs, 2, segment=False) as results:
        unsegmented = {p.cleaned.url: p for p in results}
    url = REPORTS["haizhou"][0]
    assert len(segmented[url]) == 6 and unsegmented[url].segmented == []
    assert len(unsegmented[url].section_values) == 6 and unsegmented[url].signed
    jiedu = unsegmented[REPORTS["shishi_jiedu"][0]].cleaned.document
    assert jiedu.text == "" and jiedu.sections == [] and jiedu.title   # a skipped row's title
