"""What happened to a fetch, in the archive's words (`responses.kind`).

Pure functions over a status, body and exception, so they are tested without a crawl.
"""

from __future__ import annotations

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

BLOCKING_STATUSES = {412: "412 JS challenge (瑞数)", 521: "521 JS challenge (加速乐)",
                     403: "403 forbidden (anti-bot)"}
# Anti-bot challenge pages answered with 200: a small page that only sets a cookie and reloads.
CHALLENGE_MAX_BYTES = 32 * 1024
CHALLENGE_MARKERS = (b"$_ts", b"__jsl_clearance", b"acw_sc__v2", b"_$ts", b"FSSBBIl1UgzbN7N")
CHALLENGE_SCRIPT_PAIR = (b"document.cookie", b"location")

TIMEOUT_ERRORS = (DownloadTimeoutError, net_error.TimeoutError, net_error.TCPTimedOutError,
                  TimeoutError)
NETWORK_ERRORS = (DownloadConnectionRefusedError, CannotResolveHostError, DownloadFailedError,
                  net_error.ConnectError, net_error.DNSLookupError, net_error.ConnectionLost,
                  ResponseFailed, ConnectionError)
TOO_LARGE_ERRORS = (DownloadCancelledError, defer.CancelledError)  # DOWNLOAD_MAXSIZE cancels


def is_challenge_page(body: bytes) -> bool:
    """A 200 page that is really a JS cookie challenge (瑞数, 加速乐, 阿里云 WAF)."""
    if len(body) > CHALLENGE_MAX_BYTES:
        return False
    if any(marker in body for marker in CHALLENGE_MARKERS):
        return True
    return all(part in body for part in CHALLENGE_SCRIPT_PAIR) and b"<p" not in body.lower()


def response_kind(status: int, body: bytes) -> tuple[str, str | None]:
    """(kind, error) for a response that reached the archive middleware."""
    if status in BLOCKING_STATUSES:
        return "blocked", BLOCKING_STATUSES[status]
    if 200 <= status < 300:
        if is_challenge_page(body):
            return "blocked", f"{status} with a JS challenge page"
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
