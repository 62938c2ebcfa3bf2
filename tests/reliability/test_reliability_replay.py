"""The replay server's fault rules, seen from a plain HTTP client: drip and truncate."""

from __future__ import annotations

import http.client
import json
import time
from pathlib import Path

import pytest

from crawler.replay.server import ReplayServer

HOST = "www.faults.gov.cn"
BODY = ("<html><body>" + "<p>法治政府建设</p>" * 400 + "</body></html>").encode()
RULES = {"drip": {"/drip.html": 0.5}, "truncate": {"/cut.html": 100},
         "status": {"/cut503.html": 503}}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("replay-faults")
    for name in ("drip.html", "cut.html", "plain.html"):
        (root / HOST).mkdir(exist_ok=True)
        Path(root / HOST / name).write_bytes(BODY)
    (root / HOST / "_replay.json").write_text(json.dumps(RULES))
    with ReplayServer(root) as running:
        yield running


def get(server: ReplayServer, path: str) -> http.client.HTTPResponse:
    host, port = server.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=5)
    connection.request("GET", f"http://{HOST}{path}")
    return connection.getresponse()


def test_truncate_promises_the_whole_body_and_sends_a_part(server) -> None:
    response = get(server, "/cut.html")
    assert int(response.headers["Content-Length"]) == len(BODY)
    with pytest.raises(http.client.IncompleteRead) as raised:
        response.read()
    assert raised.value.partial == BODY[:100]


def test_drip_sends_the_whole_body_slowly(server) -> None:
    started = time.monotonic()
    response = get(server, "/drip.html")
    first = response.read(10)
    assert response.read() == BODY[10:] and first == BODY[:10]
    assert time.monotonic() - started >= 0.45


def test_rules_apply_only_where_they_match(server) -> None:
    started = time.monotonic()
    assert get(server, "/plain.html").read() == BODY
    assert time.monotonic() - started < 0.4
