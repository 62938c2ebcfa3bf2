"""`python -m cleaning` as a subprocess: one JSON object, non-zero exit on unreadable input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from cleaning.document import CONTRACT_KEYS

CASES = Path(__file__).parents[1] / "fixtures" / "cleaning"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cleaning", *args], capture_output=True,
                          timeout=60)


def test_prints_one_contract_object_for_a_multipage_article():
    folder = CASES / "c04_trs_multipage"
    meta = json.loads((folder / "meta.json").read_text("utf-8"))
    result = run(*[str(folder / p) for p in meta["pages"]], "--url", meta["url"],
                 "--content-type", meta["content_type"])
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.decode("utf-8"))
    assert list(out)[:len(CONTRACT_KEYS)] == list(CONTRACT_KEYS)
    assert isinstance(out["sections"], list) and out["sections"][0]["level"] == 1
    assert set(out["sections"][0]) >= {"level", "number", "heading", "category", "text"}
    # page 2's closing comes after page 1's opening, in reading order
    assert out["text"].index("县委：") < out["text"].index("特此报告。")


def test_binary_input_exits_non_zero_with_a_one_line_reason(tmp_path):
    blob = tmp_path / "x.bin"
    blob.write_bytes(bytes(range(256)) * 64)
    result = run(str(blob), "--url", "http://x.gov.cn/a.html")
    assert result.returncode != 0 and result.stdout == b""
    assert len(result.stderr.decode().strip().splitlines()) == 1


def test_missing_file_exits_non_zero(tmp_path):
    result = run(str(tmp_path / "none.html"), "--url", "http://x.gov.cn/a.html")
    assert result.returncode != 0
