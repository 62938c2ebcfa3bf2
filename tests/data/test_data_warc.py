"""WARC export/import: a real crawl's archive goes out and comes back with the same responses,
bodies and fazhi fields, and rebuilds the same corpus; failures and re-encoded headers survive."""

from __future__ import annotations

import gzip
import hashlib
import json
import sqlite3
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from db.archive.store import Archive, ArchiveError
from db.archive.warc import export_warc, import_warc
from db.corpus.rebuild import rebuild

FIELDS = ("url", "final_url", "method", "status", "kind", "role", "portal", "article_url",
          "page_no", "title_hint", "headers", "sha256", "body_size", "error", "fetched_at")
ARTICLE = "http://www.nanhe.gov.cn/zwgk/fzzfjs/202501/t20250120_1.html"
PAGE = "<html><body>南河县2024年度法治政府建设情况报告</body></html>".encode()


def rows(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT {', '.join(FIELDS)} FROM responses ORDER BY id").fetchall()


def records(path: Path) -> list:
    with open(path, "rb") as handle:
        return [(r.rec_type, r.rec_headers, r.http_headers, r.content_stream().read())
                for r in ArchiveIterator(handle)]


def test_round_trip_of_a_real_crawl_keeps_every_response_and_rebuilds_the_same_corpus(
        tmp_path, demo_data):
    source = demo_data / "archive.db"
    files = export_warc(source, tmp_path / "warc")
    assert [f.name for f in files] == ["fazhi-archive-00001.warc.gz"]
    imported = tmp_path / "imported.db"
    assert import_warc(imported, files) == len(rows(source))
    assert rows(imported) == rows(source)
    with Archive(source) as old, Archive(imported) as new:
        for sha in {row[FIELDS.index("sha256")] for row in rows(source)} - {None}:
            assert hashlib.sha256(new.body(sha)).hexdigest() == sha
            assert new.body(sha) == old.body(sha)
    rebuild(imported, tmp_path / "corpus.db", workers=1, progress=False)
    query = ("SELECT d.url, d.title, d.report_year, d.text, COUNT(s.id) FROM documents d "
             "JOIN sections s ON s.document_id = d.id GROUP BY d.id ORDER BY d.url")
    with sqlite3.connect(tmp_path / "corpus.db") as new, \
            sqlite3.connect(demo_data / "corpus.db") as old:
        assert new.execute(query).fetchall() == old.execute(query).fetchall()


def test_importing_the_same_files_again_adds_nothing_and_no_run(tmp_path, demo_data):
    files = export_warc(demo_data / "archive.db", tmp_path / "warc")
    imported = tmp_path / "imported.db"
    import_warc(imported, files)
    assert import_warc(imported, files) == 0
    with sqlite3.connect(imported) as conn:
        [(runs, origin)] = conn.execute("SELECT COUNT(*), MAX(origin) FROM crawl_runs")
    assert runs == 1 and json.loads(origin)["via"] == "warc"


def edge_archive(path: Path) -> Path:
    """A gzip-encoded page stored decoded, a UTF-8 file name in a header (as Scrapy's latin-1
    text), an empty 200, a 304 without body, and a timeout."""
    filename = "attachment; filename=\"报告.pdf\"".encode().decode("latin-1")
    with Archive(path) as archive:
        run = archive.start_run(["nanhe"])
        archive.record_response(
            run_id=run, portal="nanhe", url=ARTICLE, status=200, body=PAGE, role="article",
            title_hint="南河县2024年度\n法治政府建设情况报告",
            fetched_at="2025-01-20T08:00:00+00:00",
            headers={"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip",
                     "Content-Length": str(len(gzip.compress(PAGE)))})
        archive.record_response(
            run_id=run, portal="nanhe", url=ARTICLE.replace(".html", ".pdf"), status=200,
            body=b"%PDF-1.4", role="attachment", article_url=ARTICLE,
            headers={"Content-Disposition": filename})
        archive.record_response(run_id=run, portal="nanhe", url=ARTICLE + "?empty", status=200,
                                body=b"", role="other", headers={})
        archive.record_response(run_id=run, portal="nanhe", url=ARTICLE, status=304, body=None,
                                role="article", kind="not_modified", headers={"ETag": '"a"'})
        archive.record_failure(run_id=run, portal="nanhe", url=ARTICLE + "?slow", role="article",
                               kind="timeout", error="no answer in 30 s")
        archive.finish_run(run, {})
    return path


def test_failures_and_reencoded_headers_come_back_exactly(tmp_path):
    source = edge_archive(tmp_path / "edge.db")
    files = export_warc(source, tmp_path / "warc", gzip=False)
    imported = tmp_path / "imported.db"
    import_warc(imported, files)
    assert rows(imported) == rows(source)


def test_the_warc_is_valid_and_readable_by_other_tools(tmp_path):
    source = edge_archive(tmp_path / "edge.db")
    [path] = export_warc(source, tmp_path / "warc", gzip=False)
    assert path.read_bytes().startswith(b"WARC/1.1\r\nWARC-Type: warcinfo")
    check = subprocess.run([sys.executable, "-m", "warcio.cli", "check", str(path)],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    kinds = [(rec_type, rec.get_header("WARC-Target-URI")) for rec_type, rec, _, _ in
             records(path)]
    assert [k for k, _ in kinds] == ["warcinfo", "response", "response", "response", "response",
                                     "metadata"]
    _, warc_headers, http, body = records(path)[1]
    assert body == PAGE                                  # a reader gets the page, not gzip junk
    assert http.get_header("Content-Encoding") is None
    assert http.get_header("X-Archive-Orig-Content-Encoding") == "gzip"
    assert warc_headers.get_header("WARC-Date") == "2025-01-20T08:00:00Z"
    meta = json.loads(warc_headers.get_header("Fazhi-Response"))
    assert (meta["role"], meta["kind"], meta["portal"]) == ("article", "ok", "nanhe")
    failure = json.loads(records(path)[-1][3])
    assert (failure["kind"], failure["error"]) == ("timeout", "no answer in 30 s")


def test_one_portal_only(tmp_path, demo_data):
    [path] = export_warc(demo_data / "archive.db", tmp_path / "warc", portal="hanyang")
    uris = [rec.get_header("WARC-Target-URI") for rec_type, rec, _, _ in records(path)
            if rec_type == "response"]
    assert uris and all(uri.startswith("http://www.hanyang.gov.cn/") for uri in uris)
    with sqlite3.connect(demo_data / "archive.db") as conn:
        [(count,)] = conn.execute("SELECT COUNT(*) FROM responses WHERE portal = 'hanyang'")
    assert len(uris) == count


def test_a_missing_archive_is_an_error_not_a_new_empty_export(tmp_path):
    with pytest.raises(ArchiveError, match="no archive"):
        export_warc(tmp_path / "missing.db", tmp_path / "warc")
    assert not (tmp_path / "missing.db").exists()


def test_a_foreign_warc_imports_its_responses(tmp_path):
    path = tmp_path / "other.warc.gz"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, status in ((ARTICLE, "200 OK"), (ARTICLE + "?gone", "404 Not Found")):
            headers = StatusAndHeaders(status, [("Content-Type", "text/html")],
                                       protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=BytesIO(PAGE), length=len(PAGE),
                http_headers=headers))
    archive = tmp_path / "a.db"
    assert import_warc(archive, [path]) == 2
    with Archive(archive) as opened:
        assert opened.latest_ok(ARTICLE)["role"] == "other"
        assert opened.body(opened.latest_ok(ARTICLE)["sha256"]) == PAGE
        assert [c["kind"] for c in opened.counts()] == ["not_found", "ok"]


def test_a_warc_cut_anywhere_is_refused_or_holds_every_record_whole(tmp_path):
    """Cut the file at 60 places (inside bodies, HTTP headers, WARC header blocks, fazhi's JSON
    header): each import is either refused as damaged, naming the file, or complete up to the
    last byte of content — never a traceback, never a record quietly dropped."""
    from db.archive.store import Archive, ArchiveError
    from db.archive.warc import export_warc, import_warc

    source = tmp_path / "source.db"
    with Archive(source) as archive:
        for n in range(6):
            archive.record_response(run_id=None, portal="p", status=200, url=f"http://x.cn/{n}",
                                    role="article", body=("内容" * 400 + str(n)).encode(),
                                    headers={"Content-Type": "text/html; charset=utf-8"})
    [whole] = export_warc(source, tmp_path / "warc", gzip=False)
    data = Path(whole).read_bytes()
    whole_count = import_warc(tmp_path / "whole.db", [whole])
    for n, cut in enumerate(range(200, len(data) - 4, len(data) // 60)):
        path = tmp_path / f"cut{n}.warc"
        path.write_bytes(data[:cut])
        try:
            imported = import_warc(tmp_path / f"cut{n}.db", [path])
        except ArchiveError as exc:
            assert f"cut{n}.warc" in str(exc)
            continue
        assert data[cut:].strip() == b"" and imported == whole_count, cut
