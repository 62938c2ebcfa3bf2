"""Fixtures for the storage tests (data and the stand-in cleaner live in db_samples.py)."""

from __future__ import annotations

import pytest
from db_samples import FAKE_VERSION, REPORTS, fake_clean, record_article

import cleaning
from db.archive.store import Archive


@pytest.fixture
def fake_cleaner(monkeypatch):
    """Route db.corpus.ingest's one cleaning call to fake_clean (forked workers inherit it)."""
    import db.corpus.ingest

    monkeypatch.setattr(db.corpus.ingest, "clean_pages", lambda article: fake_clean(
        article.pages, article.url, article.content_type, page_urls=article.page_urls,
        attachments=article.attachments))
    monkeypatch.setattr(cleaning, "CLEANING_VERSION", FAKE_VERSION, raising=False)
    return fake_clean


@pytest.fixture
def sample_archive(tmp_path):
    """An archive with two reports (one split over pages, one with an attachment), an
    interpretation (not a report) and an unreadable empty page."""
    path = tmp_path / "archive.db"
    with Archive(path) as archive:
        run = archive.start_run(["haizhou", "shishi"])
        url, text = REPORTS["haizhou"]
        record_article(archive, run, "haizhou", url, text, pages=3)
        url, text = REPORTS["shishi"]
        record_article(archive, run, "shishi", url, text,
                       attachments={"http://www.shishi.gov.cn/P1.pdf": b"%PDF-1.4 x"})
        url, text = REPORTS["shishi_jiedu"]
        record_article(archive, run, "shishi", url, text)
        archive.record_response(run_id=run, portal="shishi", status=200, body=b"",
                                url="http://www.shishi.gov.cn/zwgk/empty.html", role="article")
        archive.finish_run(run, {})
    return path
