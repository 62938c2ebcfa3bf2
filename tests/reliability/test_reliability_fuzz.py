"""Fuzzing `cleaning.clean`: every input gives a Document or a CleaningError with a reason.

The default suite runs a few hundred inputs; `make fuzz` (pytest -m fuzz) runs over 10,000.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaning import CleaningError, Document, clean
from tests.reliability.mutations import CONTENT_TYPES, garbage, mutated_page, report_pages

URL = "http://www.lyghz.gov.cn/art/2025/3/24/art_1589_2895731.html"
PAGES = report_pages()
QUICK = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
LONG = settings(QUICK, max_examples=4000, derandomize=False)
content_types = st.sampled_from(CONTENT_TYPES)


def check_clean(pages: list[bytes], content_type: str | None) -> None:
    """The property: a Document whose contract is JSON, or a CleaningError that says why."""
    try:
        doc = clean(pages, URL, content_type)
    except CleaningError as exc:
        assert str(exc).strip(), "CleaningError without a reason"
        return
    assert isinstance(doc, Document)
    json.dumps(doc.to_contract(), ensure_ascii=False)


def test_the_unmutated_pages_are_reports() -> None:
    """The fuzz inputs start from real reports (so mutations hit the real code paths)."""
    assert all(clean([page], URL).is_report for page in PAGES[:3])


@QUICK
@given(page=mutated_page(PAGES), content_type=content_types)
def test_mutated_report_pages(page: bytes, content_type: str | None) -> None:
    check_clean([page], content_type)


@settings(QUICK, max_examples=50)
@given(pages=st.lists(mutated_page(PAGES), min_size=2, max_size=3), content_type=content_types)
def test_mutated_split_articles(pages: list[bytes], content_type: str | None) -> None:
    check_clean(pages, content_type)


@settings(QUICK, max_examples=300)
@given(data=garbage(), content_type=content_types)
def test_garbage(data: bytes, content_type: str | None) -> None:
    check_clean([data], content_type)


@pytest.mark.fuzz
@LONG
@given(page=mutated_page(PAGES), content_type=content_types)
def test_fuzz_mutated_report_pages(page: bytes, content_type: str | None) -> None:
    check_clean([page], content_type)


@pytest.mark.fuzz
@settings(LONG, max_examples=1000)
@given(pages=st.lists(mutated_page(PAGES), min_size=2, max_size=3), content_type=content_types)
def test_fuzz_mutated_split_articles(pages: list[bytes], content_type: str | None) -> None:
    check_clean(pages, content_type)


@pytest.mark.fuzz
@settings(LONG, max_examples=6000)
@given(data=garbage(), content_type=content_types)
def test_fuzz_garbage(data: bytes, content_type: str | None) -> None:
    check_clean([data], content_type)


BAD_FILES = {
    "empty.html": b"",
    "blank.html": b" \n\t \r\n",
    "image.html": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
    "noise.html": bytes(range(32)) * 100,
}


def test_cli_refuses_bad_files_with_one_line(tmp_path) -> None:
    runs = {}
    for name, data in BAD_FILES.items():
        (tmp_path / name).write_bytes(data)
        runs[name] = subprocess.Popen(
            [sys.executable, "-m", "cleaning", str(tmp_path / name), "--url", URL],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for name, run in runs.items():
        out, err = run.communicate(timeout=60)
        assert run.returncode != 0, name
        assert out == "" and len(err.strip().splitlines()) == 1, (name, err)
        assert "Traceback" not in err and err.strip(), name
