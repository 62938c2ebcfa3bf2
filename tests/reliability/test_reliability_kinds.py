"""The archive kinds the fault crawl needs: binary bodies served as text, new kinds accepted."""

from __future__ import annotations

import random

import pytest

from crawler.extensions import FAILURE_KINDS
from crawler.kinds import response_kind
from db.archive.store import KINDS, Archive

PAGE = "<html><body><p>一、主要举措和成效</p><p>行政复议</p></body></html>"
NOISE = random.Random(3).randbytes(4000)


@pytest.mark.parametrize(("body", "content_type", "kind"), [
    (NOISE, "text/html; charset=utf-8", "binary"),
    (NOISE, None, "binary"),                                   # no Content-Type at all
    (b"\x89PNG\r\n\x1a\n" + NOISE, b"text/html", "binary"),    # an image served as a page
    (NOISE, "image/png", "ok"),                                # says what it is: not our call
    (b"%PDF-1.4\n" + NOISE, "text/html", "ok"),                # documents pass whatever the type
    (b"PK\x03\x04" + NOISE, "text/html", "ok"),                # DOCX / OFD
    (b"\xd0\xcf\x11\xe0" + NOISE, "text/html", "ok"),          # DOC / WPS
    (PAGE.encode("gbk"), "text/html; charset=utf-8", "ok"),    # wrong charset is still text
    (PAGE.encode("utf-16"), "text/html", "ok"),                # UTF-16 with its BOM
    (b"", "text/html", "ok"),
])
def test_binary_bodies_served_as_text(body: bytes, content_type, kind: str) -> None:
    assert response_kind(200, body, content_type)[0] == kind


def test_binary_error_names_the_claimed_type() -> None:
    kind, error = response_kind(200, NOISE, b"text/html")
    assert kind == "binary" and "text/html" in error


@pytest.mark.parametrize("kind", ["binary", "redirect_loop", "truncated", "robots_disallowed"])
def test_new_failure_kinds_are_archived_and_counted(tmp_path, kind: str) -> None:
    assert kind in KINDS and kind in FAILURE_KINDS
    with Archive(tmp_path / "archive.db") as archive:
        row_id = archive.record_failure(run_id=None, portal="p", url="http://a.gov.cn/x.html",
                                        role="article", kind=kind, error="fault")
        assert archive.db.table("responses").get(row_id)["kind"] == kind
