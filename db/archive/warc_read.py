"""Reading WARC files for ``import_warc`` (db/archive/warc.py): archive rows from response and
fazhi metadata records, refusing a file that is not a WARC and naming where a damaged one breaks
(a record cut short, a header block cut off, a body whose digest does not match)."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from db.archive.store import ArchiveError

META_HEADER = "Fazhi-Response"      # fazhi's own fields of a record, one JSON header
KIND_BY_STATUS = {2: "ok", 3: "error", 4: "client_error", 5: "server_error"}
KIND_BY_EXACT_STATUS = {304: "not_modified", 404: "not_found", 410: "not_found"}


def check_warc(path: str | Path) -> None:
    """An ArchiveError naming the file unless it starts with a WARC record."""
    try:
        with open(path, "rb") as handle:
            next(iter(ArchiveIterator(handle)), None)
    except ArchiveLoadFailed:
        raise ArchiveError(f"{path} is not a WARC file (.warc or .warc.gz, as `fazhi archive "
                           "export-warc` or a web crawler writes)") from None


def rows_in(path: str | Path) -> Iterator[dict[str, Any]]:
    """responses rows (plus ``body``) of the response and fazhi metadata records of a file."""
    try:
        yield from _records_in(path)
    except ArchiveLoadFailed as exc:   # a damaged record further on: what came before stays
        raise ArchiveError(f"{path} is damaged ({str(exc)[:120]}); the records before the "
                           "damage were imported, import an intact copy for the rest") from None


def _records_in(path: str | Path) -> Iterator[dict[str, Any]]:
    # Digests checked: a changed body is refused, not archived (a cut one: _response_row).
    with open(path, "rb") as handle:
        records = ArchiveIterator(handle, check_digests="raise")
        yield from _rows_of(_whole_headers(records))
        if records.offset < os.fstat(handle.fileno()).st_size:   # bytes after the last record
            raise ArchiveLoadFailed("the file ends inside a record's header block")


def _rows_of(records: Iterator[Any]) -> Iterator[dict[str, Any]]:
    for record in records:
        meta = _meta(record)
        if record.rec_type == "response" and record.http_headers:
            yield _response_row(record, meta)
            continue
        record.raw_stream.read()       # any other record must be whole too
        _check_whole(record)
        if record.rec_type == "metadata" and meta is not None:
            yield {**meta, "status": None, "headers": meta.get("headers"), "body": None,
                   "sha256": None}


def _whole_headers(records: Iterator[Any]) -> Iterator[Any]:
    """The records, a header block cut off where the file ends being ArchiveLoadFailed (warcio
    meets it as a missing header: an AttributeError on None)."""
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except AttributeError:
            raise ArchiveLoadFailed("a record's header block is cut short") from None
        yield record


def _meta(record: Any) -> dict[str, Any] | None:
    """fazhi's own fields of a record (a JSON header), or None in another crawler's WARC."""
    header = record.rec_headers.get_header(META_HEADER)
    try:
        return json.loads(header) if header else None
    except ValueError:      # the header line was cut off where the file ends
        raise ArchiveLoadFailed(f"the header of a {record.rec_type} record is cut short") from None


def _check_whole(record: Any) -> None:
    """ArchiveLoadFailed when the file ended before the record's Content-Length did."""
    cut_header = record.rec_headers.get_header("Content-Length") is None   # ends mid-header
    if cut_header or getattr(record.raw_stream, "limit", None):
        uri = record.rec_headers.get_header("WARC-Target-URI")
        raise ArchiveLoadFailed(f"the record of {uri} is cut short" if uri else
                                f"a {record.rec_type or 'WARC'} record is cut short")


def _response_row(record: Any, meta: dict[str, Any] | None) -> dict[str, Any]:
    body = record.raw_stream.read()
    status = int(record.http_headers.get_statuscode())
    uri = record.rec_headers.get_header("WARC-Target-URI")
    _check_whole(record)          # bytes of Content-Length never came: the file ends early
    row = dict(meta) if meta else {
        "url": uri, "final_url": None, "method": "GET", "portal": None, "role": "other",
        "kind": _kind_for_status(status), "title_hint": None, "article_url": None,
        "page_no": None, "error": None, "fetched_at": record.rec_headers.get_header("WARC-Date")}
    if "headers" not in row:
        row["headers"] = dict(record.http_headers.headers)
    has_body = row.get("sha256") is not None if meta else True
    row.update(status=status, body=body,
               sha256=hashlib.sha256(body).hexdigest() if has_body else None)
    return row


def _kind_for_status(status: int) -> str:
    return KIND_BY_EXACT_STATUS.get(status, KIND_BY_STATUS.get(status // 100, "error"))
