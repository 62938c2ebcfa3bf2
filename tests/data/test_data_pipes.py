"""`fazhi search … --json | head -1` and `fazhi export … | head -1`: a reader that stops early
ends the command quietly with status 141 (128 + SIGPIPE), as grep or jq end so (it was status 1,
an error's status, with nothing said). A real pipe, a real process."""

from __future__ import annotations

import fcntl
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PIPE_BYTES = 4096    # the pipe's capacity: below each command's output, so the writer waits


def first_line_then_close(*args: str) -> tuple[bytes, int, bytes]:
    """Run fazhi with stdout into a pipe whose reader takes one line and closes it (`head
    -1`): that line, the exit status, stderr."""
    read_end, write_end = os.pipe()
    fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    process = subprocess.Popen([sys.executable, "-m", "fazhi.cli", *args], cwd=ROOT,
                               stdout=write_end, stderr=subprocess.PIPE)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as reader:
        first = reader.readline()
    _, stderr = process.communicate(timeout=120)
    return first, process.returncode, stderr


@pytest.mark.parametrize("command", [
    ("search", "法治", "--json", "--limit", "1000"),
    ("export", "--what", "sections"),
])
def test_a_reader_that_stops_early_ends_the_command_quietly(demo_data, command) -> None:
    first, status, stderr = first_line_then_close(*command, "--data-dir", str(demo_data))
    assert json.loads(first)["document_id"] > 0
    assert (status, stderr) == (128 + signal.SIGPIPE, b"")


def test_the_whole_output_is_longer_than_the_pipe(demo_data) -> None:
    """Else the command could finish before the reader closes, and the test above would pass
    without the fix."""
    for command in (("search", "法治", "--json", "--limit", "1000"), ("export", "--what",
                                                                      "sections")):
        done = subprocess.run([sys.executable, "-m", "fazhi.cli", *command, "--data-dir",
                               str(demo_data)], cwd=ROOT, capture_output=True, timeout=120)
        assert done.returncode == 0 and len(done.stdout) > 4 * PIPE_BYTES
