"""What happened to a fetch, in the archive's words (`responses.kind`).

Pure functions over a status, body and exception, so they are tested without a crawl.
"""

from __future__ import annotations

import re

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    ResponseDataLossError,
)
from twisted.internet import defer
from twisted.internet import error as net_error
from twisted.web._newclient import ResponseFailed

from crawler.js_walls import is_js_wall

BLOCKING_STATUSES = {412: "412 JS challenge (瑞数)", 521: "521 JS challenge (加速乐)",
                     403: "403 forbidden (anti-bot)"}
# Anti-bot challenge pages answered with 200: a small page that only sets a cookie and reloads.
CHALLENGE_MAX_BYTES = 32 * 1024
CHALLENGE_MARKERS = (b"$_ts", b"__jsl_clearance", b"acw_sc__v2", b"_$ts", b"FSSBBIl1UgzbN7N")
CHALLENGE_SCRIPT_PAIR = (b"document.cookie", b"location")

# A 200 page saying the page is not there (a soft 404: 很抱歉，您访问的页面不存在或已被删除！):
# small, its text outside scripts and styles holding one of these (UTF-8 or GBK).
SOFT_404_MAX_BYTES = 16 * 1024
SOFT_404_MARKERS = ("页面不存在", "页面未找到", "页面没有找到", "找不到页面", "找不到该页面",
                    "页面已被删除", "页面已删除", "404 Not Found")
SOFT_404_NEEDLES = tuple(marker.encode(codec) for marker in SOFT_404_MARKERS
                         for codec in ("utf-8", "gbk"))
SCRIPT_STYLE_RE = re.compile(rb"<(script|style)\b.*?</\1\s*>", re.S | re.I)

TIMEOUT_ERRORS = (DownloadTimeoutError, net_error.TimeoutError, net_error.TCPTimedOutError,
                  TimeoutError)
NETWORK_ERRORS = (DownloadConnectionRefusedError, CannotResolveHostError, DownloadFailedError,
                  net_error.ConnectError, net_error.DNSLookupError, net_error.ConnectionLost,
                  ResponseFailed, ConnectionError)
TOO_LARGE_ERRORS = (DownloadCancelledError, defer.CancelledError)  # DOWNLOAD_MAXSIZE cancels

# Binary bodies: documents (PDF; DOC/WPS are OLE; DOCX/OFD are zip) are fine whatever the
# server calls them; anything else binary that claims to be text (or says nothing) is garbage.
DOCUMENT_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")
TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
BINARY_SNIFF_BYTES = 8192
BINARY_CONTROL_RATIO = 0.05   # share of NUL/control bytes above which a body is not text
CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)   # \t \n \v \f \r are text


def is_challenge_page(body: bytes) -> bool:
    """A 200 page that is really a JS cookie challenge (瑞数, 加速乐, 阿里云 WAF) or a WAF's
    请开启JavaScript interstitial (crawler/js_walls.py)."""
    if len(body) > CHALLENGE_MAX_BYTES:
        return False
    if any(marker in body for marker in CHALLENGE_MARKERS) or is_js_wall(body):
        return True
    return all(part in body for part in CHALLENGE_SCRIPT_PAIR) and b"<p" not in body.lower()


def is_soft_404(body: bytes) -> bool:
    """A small page (no document file) whose visible text says it is not there."""
    if len(body) > SOFT_404_MAX_BYTES or body.startswith(DOCUMENT_MAGIC):
        return False
    visible = SCRIPT_STYLE_RE.sub(b"", body)
    return any(needle in visible for needle in SOFT_404_NEEDLES)


def is_binary_text(body: bytes, content_type: str | None = None) -> bool:
    """Binary data (not a document file) served as text, or with no Content-Type at all."""
    claimed = (content_type or "").split(";")[0].strip().lower()
    if claimed and not (claimed.startswith("text/") or "xml" in claimed or "json" in claimed):
        return False
    head = body[:BINARY_SNIFF_BYTES]
    if not head or head.startswith(DOCUMENT_MAGIC + TEXT_BOMS):
        return False
    controls = len(head) - len(head.translate(None, CONTROL_BYTES))
    return controls / len(head) > BINARY_CONTROL_RATIO


def response_kind(status: int, body: bytes,
                  content_type: str | bytes | None = None) -> tuple[str, str | None]:
    """(kind, error) for a response that reached the archive middleware."""
    if isinstance(content_type, bytes):
        content_type = content_type.decode("latin-1")
    if status in BLOCKING_STATUSES:
        return "blocked", BLOCKING_STATUSES[status]
    if 200 <= status < 300:
        if is_challenge_page(body):
            return "blocked", f"{status} with a JS challenge page"
        if is_binary_text(body, content_type):
            return "binary", f"binary data served as {content_type or 'no Content-Type'}"
        if is_soft_404(body):
            return "not_found", f"{status} with a page saying it is not there (soft 404)"
        return "ok", None
    if status == 304:
        return "not_modified", None
    if status in (404, 410):
        return "not_found", f"HTTP {status}"
    if status >= 500:
        return "server_error", f"HTTP {status}"
    if 400 <= status < 500:
        return "client_error", f"HTTP {status}"
    return "error", f"HTTP {status} not followed"


def exception_kind(exc: BaseException) -> tuple[str, str]:
    """(kind, error) for a download exception."""
    message = f"{type(exc).__name__}: {exc}".rstrip(": ")
    if isinstance(exc, TIMEOUT_ERRORS):
        return "timeout", message
    if isinstance(exc, ResponseDataLossError):
        return "truncated", message
    if isinstance(exc, TOO_LARGE_ERRORS):
        return "too_large", message + " (over the download size cap)"
    if isinstance(exc, NETWORK_ERRORS):
        return "network_error", message
    return "error", message
