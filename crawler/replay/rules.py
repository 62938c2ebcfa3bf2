"""The replay server's pieces that are not the server: request targets, replies, per-host rules
(headers, status, delay, redirect, drip, truncate, validators) and the Hanweb dataproxy.

The rules file format is described in `crawler.replay.server`.
"""

from __future__ import annotations

import email.utils
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from fnmatch import fnmatchcase
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

MAX_DELAY = 10.0  # seconds: a rule can never hang a test run for long
DRIP_CHUNKS = 10  # a dripped body arrives in this many pieces
RULES_FILE = "_replay.json"
HOST_NAME = re.compile(r"[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?")
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8", ".htm": "text/html; charset=utf-8",
    ".shtml": "text/html; charset=utf-8", ".jsp": "text/html; charset=utf-8",
    ".json": "application/json; charset=utf-8", ".xml": "text/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8", ".js": "application/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8", ".pdf": "application/pdf",
    ".doc": "application/msword", ".wps": "application/kswps", ".ofd": "application/ofd",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".png": "image/png", ".jpg": "image/jpeg", ".gif": "image/gif",
}
CONNECTION_ERRORS = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError)


@dataclass
class Reply:
    status: int
    body: bytes = b""
    headers: dict[str, str] | None = None
    drip_seconds: float = 0.0         # trickle the body over this long
    truncate_at: int | None = None    # send only this many body bytes, then hang up


@dataclass
class Target:
    host: str
    path: str  # URL path, percent-decoded, always starting with "/"
    query: str
    proxied: bool = True  # absolute-URI request line (False: origin form /<host>/<path>)

    @property
    def url(self) -> str:
        return f"http://{self.host}{self.path}" + (f"?{self.query}" if self.query else "")


def error_reply(status: int, message: str) -> Reply:
    """A small HTML error page, like a real web server's."""
    phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
    body = (f"<html><head><title>{status} {phrase}</title></head><body>"
            f"<h1>{status} {phrase}</h1><p>{html.escape(message)}</p></body></html>")
    return Reply(status, body.encode(), {"Content-Type": "text/html; charset=utf-8"})


def first_reply(host_dir: Path, rule: dict) -> Reply:
    """A ``first`` rule's answer while it lasts: its ``status`` (503 unless given) with the
    host's file ``body`` (a private ``_`` file: a challenge page) or a small error page, and its
    ``headers`` (a ``Set-Cookie``)."""
    status = int(rule.get("status", 503))
    name = str(rule.get("body") or "")
    source = (host_dir / name).resolve()
    if name and source.is_file() and source.is_relative_to(host_dir.resolve()):
        content = source.read_bytes()
        reply = Reply(status, content, {"Content-Type": guess_content_type(source.name, content)})
    else:
        reply = error_reply(status, "try again later")
    reply.headers = {**(reply.headers or {}), **(rule.get("headers") or {})}
    return reply


def guess_content_type(name: str, body: bytes) -> str:
    """By extension; extension-less files (API answers like ``2858@page=1``) by their first byte."""
    suffix = Path(name.split("@", 1)[0]).suffix.lower()
    if suffix in CONTENT_TYPES:
        return CONTENT_TYPES[suffix]
    head = body.lstrip()[:1]
    if head in (b"{", b"["):
        return CONTENT_TYPES[".json"]
    return CONTENT_TYPES[".html"] if head == b"<" else "application/octet-stream"


def match_rule(table: dict | None, target: Target) -> Any:
    """The value of the first glob key matching the path (or path?query), else None."""
    candidates = [target.path] + ([f"{target.path}?{target.query}"] if target.query else [])
    for pattern, value in (table or {}).items():
        if any(fnmatchcase(candidate, pattern) for candidate in candidates):
            return value
    return None


def hanweb_dataproxy(host_dir: Path, target: Target, form: dict[str, str]) -> Reply:
    """Hanweb JCMS ``dataproxy.jsp``: a window of a column's records as ``<datastore>`` XML.

    Records come from ``col/col<columnid>/_records.xml`` (one ``<record><![CDATA[..]]></record>``
    per item); the window is ``startrecord..endrecord`` (1-based, inclusive) from the query string.
    """
    params = {key: values[0] for key, values in parse_qs(target.query).items()}
    column = form.get("columnid", "")
    records_file = host_dir / "col" / f"col{column}" / "_records.xml"
    if not column.isdigit() or not records_file.is_file():
        return error_reply(404, f"no records for column {column!r}")
    records = re.findall(r"<record>.*?</record>", records_file.read_text("utf-8"), re.S)
    perpage = int(params.get("perpage", 15) or 15)
    start = max(1, int(params.get("startrecord", 1) or 1))
    end = min(len(records), int(params.get("endrecord", start + perpage - 1) or 0))
    nextgroup = (f'<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid='
                 f'{form.get("webid", "")}&path=/&columnid={column}&unitid='
                 f'{form.get("unitid", "")}&webname=&permissiontype=0"></a>')
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n<datastore>\n'
            f"<totalrecord>{len(records)}</totalrecord>\n"
            f"<nextgroup><![CDATA[{nextgroup}]]></nextgroup>\n<recordset>\n"
            + "\n".join(records[start - 1:end]) + "\n</recordset>\n</datastore>\n")
    return Reply(200, body.encode("utf-8"), {"Content-Type": "text/xml; charset=utf-8"})


PostHandler = Callable[[Path, Target, dict[str, str]], Reply]
POST_HANDLERS: dict[str, PostHandler] = {"hanweb_dataproxy": hanweb_dataproxy}


def post_handler(host_dir: Path, name: str) -> PostHandler | None:
    """A built-in handler by name, or ``python:_FILE.py:FUNC`` from the host's own directory.

    A site's own handler lets a saved portal answer its JSON/POST listing API the way the real
    one does: ``FUNC(query, form) -> (status, content_type, body)``.
    """
    if not name.startswith("python:"):
        return POST_HANDLERS.get(name)
    _, file_name, func_name = name.split(":", 2)
    source = host_dir / file_name
    if not file_name.startswith("_") or not source.is_file():
        return None
    namespace: dict = {"__name__": f"replay_site_{host_dir.name}"}
    exec(compile(source.read_text("utf-8"), str(source), "exec"), namespace)  # noqa: S102 - our fixtures
    func = namespace[func_name]

    def handle(_host_dir: Path, target: Target, form: dict[str, str]) -> Reply:
        query = {key: values[0] for key, values in parse_qs(target.query).items()}
        status, content_type, body = func(query, form)
        data = body.encode("utf-8") if isinstance(body, str) else body
        return Reply(int(status), data, {"Content-Type": content_type})
    return handle


def redirect_reply(rule: str | dict | None) -> Reply | None:
    """A ``redirect`` rule's reply: a bare location is a 302, ``{"to", "status"}`` any 3xx."""
    if not rule:
        return None
    if isinstance(rule, str):
        return Reply(302, b"", {"Location": rule})
    return Reply(int(rule.get("status", 302)), b"", {"Location": rule["to"]})


def apply_fault_rules(reply: Reply, rules: dict, target: Target) -> None:
    """The ``drip`` and ``truncate`` rules: how the body of a reply goes over the wire."""
    drip = match_rule(rules.get("drip"), target)
    if drip:
        reply.drip_seconds = min(float(drip), MAX_DELAY)
    truncate = match_rule(rules.get("truncate"), target)
    if truncate is not None:
        reply.truncate_at = max(0, min(int(truncate), len(reply.body)))


def not_modified(headers, etag: str, mtime: int) -> bool:
    """RFC 9110 §13.2.2: If-None-Match wins over If-Modified-Since when both are sent."""
    if_none_match = headers.get("If-None-Match")
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or etag in tags
    since = headers.get("If-Modified-Since")
    if not since:
        return False
    try:
        return mtime <= int(email.utils.parsedate_to_datetime(since).timestamp())
    except (TypeError, ValueError, IndexError):
        return False


def parse_target(request_path: str) -> Target:
    """Absolute URI (proxy form) or ``/<host>/<path>`` (origin form, for browsing)."""
    if request_path.startswith(("http://", "https://")):
        parts = urlsplit(request_path)
        return Target(parts.hostname or "", unquote(parts.path) or "/", parts.query)
    parts = urlsplit(request_path)
    host, _, path = parts.path.lstrip("/").partition("/")
    return Target(host.lower(), "/" + unquote(path), parts.query, proxied=False)
