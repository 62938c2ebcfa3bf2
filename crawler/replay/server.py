"""Local replay server: saved portal pages served as an HTTP forward proxy on 127.0.0.1.

Layout of the root directory: ``<root>/<host>/<path>``, or ``<root>/<slug>/site/<host>/<path>``
for a directory of portal folders (``tests/portals``); several roots may be given. A URL path
ending in ``/`` serves ``index.html``; a query string maps to the file ``<path>@<query>`` (query
verbatim, or its parameters in another order). Path segments starting with ``_`` are server
data and never served (``_replay.json``, ``_records.xml``, ``_build/``).

Scrapy (``request.meta["proxy"] = server.url``) sends absolute-URI request lines
(``GET http://www.hanyang.gov.cn/zwgk/... HTTP/1.1``); origin-form ``GET /<host>/<path>`` works
too, for browsing. ``CONNECT`` answers 501: there is no TLS here.

Per-host rules in ``<root>/<host>/_replay.json`` (keys are globs on the URL path, also tried
against ``path?query``)::

    {"headers":  {"/art/*": {"Content-Type": "text/html"}},       # add/override headers
     "status":   {"/art/2024/1/1/art_1_412.html": 412},            # serve the file with this status
     "delay":    {"/slow/*": 3.0},                                 # seconds, capped at MAX_DELAY
     "first":    {"/list/*": {"times": 2, "status": 521, "body": "_challenge.html",
                              "headers": {"Set-Cookie": "c=1"}},   # 2 x 521, then the page
                  "/busy/*": {"seconds": 1.0, "status": 429,      # 429 for 1 s from the
                              "headers": {"Retry-After": "1"}}},   # URL's first request
     "redirect": {"/old/*": "http://other.example/new.html",       # 302 to that location
                  "/moved/*": {"to": "http://x.example/", "status": 301}},
     "post":     {"/module/web/jpage/dataproxy.jsp": "hanweb_dataproxy",  # built-in handler
                  "/api/list": "python:_api.py:listing"},  # FUNC(query, form) in <host>/_api.py
                                    # form: the form's fields, or a JSON body's object
     "drip":     {"/trickle/*": 2.0},     # body sent in DRIP_CHUNKS pieces over that many seconds
     "truncate": {"/cut/*": 100},         # full Content-Length, only that many bytes, then close
     "no_validators": true}                                        # no ETag/Last-Modified/304

``drip`` and ``truncate`` are fault rules (slow servers, dropped connections) for the
reliability tests; a redirect loop is two ``redirect`` rules pointing at each other. ``first``
(an anti-bot wall that lets the retry through) is the one stateful rule: the first ``times``
requests of each matching URL get its answer, counted for the server's lifetime; with
``seconds`` (a rate limiter), every request within that long of the URL's first one.

Every file response carries ``ETag`` (sha1 of the bytes) and ``Last-Modified`` (file mtime);
matching ``If-None-Match`` / not-modified ``If-Modified-Since`` get 304 without a body.
"""

from __future__ import annotations

import argparse
import email.utils
import hashlib
import json
import sys
import threading
import time
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

from crawler.replay.rules import (
    CONNECTION_ERRORS,
    DRIP_CHUNKS,
    MAX_DELAY,
    RULES_FILE,
    Reply,
    Target,
    apply_fault_rules,
    error_reply,
    first_reply,
    guess_content_type,
    match_rule,
    not_modified,
    parse_target,
    post_handler,
    redirect_reply,
)
from crawler.replay.sites import PortalSites, relative_file, same_query_file, session_file


def posted_fields(content_type: str, body: bytes) -> dict | None:
    """A POST body as a handler gets it: a form's fields (the first value of each), or the object
    of a JSON body (``Content-Type: application/json``, as axios and fetch calls send);
    None for a JSON body that is not an object (the server answers 400, as an API would)."""
    text = body.decode("utf-8", "replace")
    if "json" not in content_type.lower():
        return {key: values[0] for key, values in parse_qs(text).items()}
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


class ReplayServer:
    """Threaded replay proxy for the saved portals under ``root`` (one directory or several,
    each flat or in the portals layout: crawler/replay/sites.py); see the module docstring."""

    def __init__(self, root: Path | str | Sequence[Path | str], host: str = "127.0.0.1",
                 port: int = 0, *, verbose: bool = False) -> None:
        self.sites = PortalSites(root)
        self.sites.hosts()   # a host saved twice is an error now, not on some later request
        self.verbose = verbose
        self._log: list[tuple[str, str, int]] = []
        self._first_seen: dict[str, int] = {}   # URL -> requests counted by a ``first`` rule
        self._first_started: dict[str, float] = {}   # URL -> when a ``first`` rule first matched
        self._lock = threading.Lock()
        self._httpd = _HTTPServer((host, port), _Handler)
        self._httpd.replay = self
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def requests(self) -> list[tuple[str, str, int]]:
        """Snapshot of (method, url, status) for every request served, oldest first."""
        with self._lock:
            return list(self._log)

    def reset_log(self) -> None:
        with self._lock:
            self._log.clear()

    def record(self, method: str, url: str, status: int) -> None:
        with self._lock:
            self._log.append((method, url, status))

    def start(self) -> ReplayServer:
        # A short poll interval makes stop() (and each test's teardown) quick.
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,),
                                        name="replay", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._httpd.server_close()

    def serve_forever(self) -> None:
        self._httpd.serve_forever()

    def __enter__(self) -> ReplayServer:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def host_dir(self, host: str) -> Path | None:
        """The saved site of ``host``, None when there is none (or the name is not a host name)."""
        return self.sites.host_dir(host)

    def rules(self, host: str) -> dict:
        host_dir = self.host_dir(host)
        rules_file = host_dir / RULES_FILE if host_dir else None
        if rules_file is None or not rules_file.is_file():
            return {}
        return json.loads(rules_file.read_text("utf-8"))

    def respond(self, method: str, target: Target, headers, body: bytes) -> Reply:
        """The reply for one request (delays are applied by the caller)."""
        host_dir = self.host_dir(target.host)
        if host_dir is None:
            return error_reply(404, f"unknown host {target.host!r}")
        rules = self.rules(target.host)
        first = match_rule(rules.get("first"), target)
        if first is not None and self._first_lasts(target.url, first):
            return first_reply(host_dir, first)
        redirect = redirect_reply(match_rule(rules.get("redirect"), target))
        if redirect is not None:
            return redirect
        if method == "POST":
            return self._post(host_dir, rules, target, headers, body)
        return self._file(host_dir, rules, target, headers)

    def _first_lasts(self, url: str, rule: dict) -> bool:
        """Whether a ``first`` rule still answers this request to `url`: one of its first
        ``times`` requests, or with ``seconds``, one within that long of its first request."""
        with self._lock:
            self._first_seen[url] = count = self._first_seen.get(url, 0) + 1
            started = self._first_started.setdefault(url, time.monotonic())
        if "seconds" in rule:
            return time.monotonic() - started < float(rule["seconds"])
        return count <= int(rule.get("times", 1))

    def _post(self, host_dir: Path, rules: dict, target: Target, headers, body: bytes) -> Reply:
        handler = post_handler(host_dir, match_rule(rules.get("post"), target) or "")
        if handler is None:
            return error_reply(405, "POST is not supported here")
        form = posted_fields(headers.get("Content-Type") or "", body)
        if form is None:
            return error_reply(400, "the JSON body is not a JSON object")
        return handler(host_dir, target, form)

    def _file(self, host_dir: Path, rules: dict, target: Target, headers) -> Reply:
        relative = relative_file(target.path, target.query)
        file = (host_dir / relative).resolve()
        if any(part.startswith("_") for part in Path(relative).parts) or not file.is_relative_to(
                host_dir.resolve()):
            return error_reply(404, "not found")
        if file.is_dir() and not target.query:
            location = target.url if target.proxied else f"/{target.host}{target.path}"
            return Reply(301, b"", {"Location": location.rstrip("/") + "/"})
        if not file.is_file() and target.query:
            file = same_query_file(host_dir, target.path, target.query) or file
        if not file.is_file():
            file = session_file(host_dir, target.path, target.query) or file
        if not file.is_file():
            return error_reply(404, f"{target.url} not found")
        return self._file_reply(file, rules, target, headers)

    def _file_reply(self, file: Path, rules: dict, target: Target, headers) -> Reply:
        content = file.read_bytes()
        status = int(match_rule(rules.get("status"), target) or 200)
        reply_headers = {"Content-Type": guess_content_type(file.name, content)}
        if status == 200 and not rules.get("no_validators"):
            validators = {"ETag": f'"{hashlib.sha1(content).hexdigest()}"',
                          "Last-Modified": email.utils.formatdate(file.stat().st_mtime,
                                                                  usegmt=True)}
            reply_headers.update(validators)
            if not_modified(headers, validators["ETag"], int(file.stat().st_mtime)):
                return Reply(304, b"", validators)
        reply_headers.update(match_rule(rules.get("headers"), target) or {})
        return Reply(status, content, reply_headers)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's listen backlog is 5: a crawl of 20 portals opens more connections at once,
    # and a dropped SYN costs a 1 s retransmit (a "timeout" under a short DOWNLOAD_TIMEOUT).
    request_queue_size = 128
    replay: ReplayServer

    def handle_error(self, request, client_address) -> None:
        # A client hanging up early is normal for a crawler (timeouts, cancelled requests).
        if not isinstance(sys.exc_info()[1], CONNECTION_ERRORS):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fazhi-replay/1.0"
    timeout = 60  # idle keep-alive connections do not hold a thread forever
    server: _HTTPServer

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def do_POST(self) -> None:
        self._serve(send_body=True)

    def do_CONNECT(self) -> None:
        self.close_connection = True
        self.server.replay.record("CONNECT", self.path, 501)
        self._send(error_reply(501, "CONNECT (TLS tunnelling) is not supported"), True)

    def _serve(self, send_body: bool) -> None:
        replay = self.server.replay
        target = parse_target(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        try:
            delay = match_rule(replay.rules(target.host).get("delay"), target)
            if delay:
                time.sleep(min(float(delay), MAX_DELAY))
            reply = replay.respond(self.command, target, self.headers, body)
            apply_fault_rules(reply, replay.rules(target.host), target)
        except (ValueError, OSError) as error:  # bad parameters, unreadable files, a host
            # saved twice (SiteClashError): still answer
            reply = error_reply(500, f"{type(error).__name__}: {error}")
        replay.record(self.command, target.url, reply.status)
        self._send(reply, send_body)

    def _send(self, reply: Reply, send_body: bool) -> None:
        try:
            self.send_response(reply.status)
            for name, value in (reply.headers or {}).items():
                self.send_header(name, value)
            if reply.status != 304:
                self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            if send_body and reply.status != 304:
                self._write_body(reply)
        except CONNECTION_ERRORS:
            self.close_connection = True

    def _write_body(self, reply: Reply) -> None:
        if reply.truncate_at is not None:
            # Content-Length promised the whole body: the client sees the connection drop.
            self.wfile.write(reply.body[:reply.truncate_at])
            self.wfile.flush()
            self.close_connection = True
            return
        if not reply.drip_seconds:
            self.wfile.write(reply.body)
            return
        size = max(1, -(-len(reply.body) // DRIP_CHUNKS))
        for start in range(0, len(reply.body), size):
            time.sleep(reply.drip_seconds / DRIP_CHUNKS)
            self.wfile.write(reply.body[start:start + size])
            self.wfile.flush()

    def log_message(self, format: str, *args) -> None:
        if self.server.replay.verbose:
            super().log_message(format, *args)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m crawler.replay.server",
                                     description="Serve saved portal pages as an HTTP proxy.")
    parser.add_argument("root", type=Path, nargs="+",
                        help="directory laid out as <host>/<path> or <slug>/site/<host>/<path>")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--verbose", action="store_true", help="log each request to stderr")
    args = parser.parse_args(argv)
    server = ReplayServer(args.root, port=args.port, verbose=args.verbose)
    print(server.url, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
