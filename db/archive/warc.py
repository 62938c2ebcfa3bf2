"""WARC interchange for the raw archive (warcio): export for other web-archive tools, import back.

Every archived response becomes a WARC ``response`` record with its status line, original
headers and body, dated by its fetch time; an attempt without a response (timeout, refused
connection) becomes a ``metadata`` record. The fazhi fields (requested URL, portal, role, kind,
run id, title hint, article URL, page number, error, exact fetch time) travel as one JSON
extension header, ``Fazhi-Response``, on each record. Each file starts with a ``warcinfo`` record
describing the archive and its crawl runs.

The archive stores bodies *decoded* (no gzip, no chunking), so headers that describe an encoding
no longer applied (``Content-Encoding``, ``Transfer-Encoding``, a ``Content-Length`` that is not
the body's) are written as ``X-Archive-Orig-<name>``, the usual web-archive convention, and the
original header set is kept in ``Fazhi-Response`` for the way back.

``import_warc`` reads such files (or any WARC's response records, through
``db.archive.warc_read``) into an archive as one new
crawl run, skipping responses the archive already has (``db.archive.merge.response_key``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import IO, Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from db.archive.merge import is_recorded, origin_note
from db.archive.store import Archive, ArchiveError
from db.archive.warc_read import META_HEADER, check_warc, rows_in

META_FIELDS = ("url", "final_url", "method", "portal", "role", "kind", "run_id", "title_hint",
               "article_url", "page_no", "error", "fetched_at", "sha256")
# Kinds for the responses of foreign WARCs, which carry no fazhi kind (by status class).
DECODED_HEADERS = ("content-encoding", "transfer-encoding")   # no longer true of the body
RENAMED_PREFIX = "X-Archive-Orig-"
MAX_WARC_BYTES = 1_000_000_000          # split files at about 1 GB, as crawlers usually do
WARC_VERSION = "WARC/1.1"
SOFTWARE = "fazhi (warcio)"
RESPONSES_SQL = "SELECT * FROM responses {where} ORDER BY id"


def export_warc(archive_path: str | Path, out_dir: str | Path, *, portal: str | None = None,
                gzip: bool = True) -> list[Path]:
    """Write the archive (or one portal's responses) as WARC files; the files written."""
    if not Path(archive_path).is_file():
        raise ArchiveError(f"no archive at {archive_path}")
    out = Path(out_dir)
    stem = f"fazhi-{Path(archive_path).stem}" + (f"-{portal}" if portal else "")
    suffix = ".warc.gz" if gzip else ".warc"
    with Archive(archive_path) as archive:
        if portal:
            _check_portal(archive, portal)
        out.mkdir(parents=True, exist_ok=True)
        info = _warcinfo_fields(archive, portal)
        files = _FileSplitter(out, stem, suffix, gzip, info)
        try:
            for row in _responses(archive, portal):
                files.writer().write_record(_record(files.builder, archive, row))
        finally:
            files.close()
    return files.paths


def _check_portal(archive: Archive, portal: str) -> None:
    """An ArchiveError naming the archived portals unless ``portal`` is one of them."""
    known = [row[0] for row in archive.db.execute(
        "SELECT DISTINCT portal FROM responses WHERE portal IS NOT NULL ORDER BY portal")]
    if portal not in known:
        raise ArchiveError(f"no responses of portal {portal!r} in {archive.path}; archived "
                           f"portals: {', '.join(known) or 'none'}")


def _responses(archive: Archive, portal: str | None) -> Iterator[dict[str, Any]]:
    where, params = ("WHERE portal = ?", [portal]) if portal else ("", [])
    yield from archive.db.query(RESPONSES_SQL.format(where=where), params)


class _FileSplitter:
    """Hands out a writer for the current file, starting a new one past MAX_WARC_BYTES."""

    def __init__(self, out: Path, stem: str, suffix: str, gzip: bool, info: dict[str, str]):
        self.out, self.stem, self.suffix, self.gzip, self.info = out, stem, suffix, gzip, info
        self.paths: list[Path] = []
        self.handle: IO[bytes] | None = None
        self._writer: WARCWriter | None = None
        self.builder = WARCWriter(BytesIO(), gzip=False, warc_version=WARC_VERSION)

    def writer(self) -> WARCWriter:
        if self.handle is None or self.handle.tell() >= MAX_WARC_BYTES:
            self._next_file()
        assert self._writer is not None
        return self._writer

    def _next_file(self) -> None:
        self.close()
        path = self.out / f"{self.stem}-{len(self.paths) + 1:05d}{self.suffix}"
        self.paths.append(path)
        self.handle = open(path, "wb")  # noqa: SIM115 - stays open over many records; see close()
        self._writer = WARCWriter(self.handle, gzip=self.gzip, warc_version=WARC_VERSION)
        self._writer.write_record(self._writer.create_warcinfo_record(path.name, self.info))

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None


def _warcinfo_fields(archive: Archive, portal: str | None) -> dict[str, str]:
    runs = [{**row, "stats": json.loads(row["stats"]) if row["stats"] else None}
            for row in archive.db.query("SELECT * FROM crawl_runs ORDER BY id")]
    return {"software": SOFTWARE, "format": "WARC File Format 1.1",
            "description": "fazhi raw archive export" + (f" (portal {portal})" if portal else ""),
            "fazhi-archive": str(archive.path),
            "fazhi-runs": json.dumps(runs, ensure_ascii=False, default=str)}


def _record(builder: WARCWriter, archive: Archive, row: dict[str, Any]) -> Any:
    meta = {field: row[field] for field in META_FIELDS}
    original = json.loads(row["headers"]) if row["headers"] else None
    http_headers = _http_header_list(original, row["body_size"])
    if original is None or not _same_headers(http_headers, original):
        meta["headers"] = original       # the exact set, for import
    # ASCII JSON (\u escapes): WARC readers differ on how they decode non-ASCII header bytes.
    warc_headers = {"WARC-Date": warc_date(row["fetched_at"]), META_HEADER: json.dumps(meta)}
    uri = row["final_url"] or row["url"]
    if row["status"] is None:            # no response at all: only what we know about it
        payload = json.dumps(meta, ensure_ascii=False).encode()
        return builder.create_warc_record(uri, "metadata", payload=BytesIO(payload),
                                          length=len(payload),
                                          warc_content_type="application/json",
                                          warc_headers_dict=warc_headers)
    body = archive.body(row["sha256"]) if row["sha256"] else b""
    status = StatusAndHeaders(f"{row['status']} {_reason(row['status'])}".strip(),
                              http_headers, protocol="HTTP/1.1")
    return builder.create_warc_record(uri, "response", payload=BytesIO(body), length=len(body),
                                      http_headers=status, warc_headers_dict=warc_headers)


def _http_header_list(headers: dict[str, str] | None,
                      body_size: int | None) -> list[tuple[str, str]]:
    """Headers as written in the WARC: encodings the stored body no longer has renamed."""
    result = []
    for name, value in (headers or {}).items():
        lowered = name.lower()
        stale_length = lowered == "content-length" and str(body_size or 0) != value.strip()
        if lowered in DECODED_HEADERS or stale_length:
            name = RENAMED_PREFIX + name
        result.append((name, value))
    return result


def _same_headers(written: list[tuple[str, str]], original: dict[str, str]) -> bool:
    """True when the WARC's header block reads back as exactly the original headers."""
    ascii_only = all(value.isascii() for _, value in written)  # else warcio %-encodes
    return ascii_only and dict(written) == original


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def warc_date(fetched_at: str) -> str:
    """An ISO fetch time (any offset) as a WARC-Date (UTC, ``Z``)."""
    moment = datetime.fromisoformat(fetched_at)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- import ------------------------------------------------------------------------------------

def import_warc(archive_path: str | Path, paths: Sequence[str | Path]) -> int:
    """Read WARC files into the archive as one new run; the number of responses added."""
    for path in paths:   # every file a WARC before the archive is touched
        check_warc(path)
    with Archive(archive_path) as archive:
        importer = _Importer(archive, paths)
        try:
            for path in paths:
                for row in rows_in(path):
                    importer.add(row)
        finally:   # a damaged file ends the import: the run of what was added is finished
            importer.finish()
    return importer.added


class _Importer:
    """Adds rows not yet archived to one new crawl run, started at the first new row."""

    def __init__(self, archive: Archive, paths: Sequence[str | Path]):
        self.archive, self.paths = archive, [str(Path(path).resolve()) for path in paths]
        self.run_id: int | None = None
        self.added, self.skipped = 0, 0
        self.portals: set[str] = set()

    def add(self, row: dict[str, Any]) -> None:
        if is_recorded(self.archive, row):
            self.skipped += 1
            return
        if self.run_id is None:
            self.run_id = self.archive.start_run([])
        _store(self.archive, self.run_id, row)
        self.added += 1
        self.portals.add(row["portal"])

    def finish(self) -> None:
        if self.run_id is None:
            return                          # nothing new: no empty run in the archive
        self.archive.db.table("crawl_runs").update(self.run_id, {
            "portals": json.dumps(sorted(p for p in self.portals if p), ensure_ascii=False),
            "origin": origin_note("warc", ", ".join(self.paths))})
        self.archive.finish_run(self.run_id, {"imported": self.added,
                                              "skipped_duplicates": self.skipped,
                                              "files": self.paths})


def _store(archive: Archive, run_id: int, row: dict[str, Any]) -> None:
    archive.record_response(
        run_id=run_id, portal=row["portal"], url=row["url"], final_url=row["final_url"],
        status=row["status"], headers=row["headers"], body=row["body"] if row["sha256"] else None,
        role=row["role"], kind=row["kind"], article_url=row["article_url"],
        page_no=row["page_no"], title_hint=row["title_hint"], method=row["method"] or "GET",
        error=row["error"], fetched_at=row["fetched_at"])
