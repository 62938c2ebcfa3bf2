"""Ctrl-C in a command that has no stop handling of its own (stats, export, new-portal …): one
line and exit status 130, never a traceback. A Ctrl-C during an import once left the import
half done; the error handler's own imports then failed in a second traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from db.corpus.store import Corpus

ROOT = Path(__file__).resolve().parents[1]


def test_ctrl_c_while_stats_draws_its_figures_is_one_line_and_130(tmp_path: Path) -> None:
    Corpus(tmp_path / "corpus.db").close()
    process = subprocess.Popen(
        [sys.executable, "-m", "fazhi.cli", "stats", "--data-dir", str(tmp_path), "--plot",
         str(tmp_path / "figures")], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:   # the matrix is printed before matplotlib is imported and the figures drawn
        assert process.stdout is not None and process.stdout.readline().startswith("portal")
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 128 + signal.SIGINT, err[-2000:]
    assert err.strip() == "interrupted (Ctrl-C): stopped before it finished; run it again to " \
                          "finish.", err[-2000:]


def test_ctrl_c_while_serve_starts_says_the_server_stopped(capsys) -> None:
    """serve has no end but Ctrl-C: 'run it again to finish' (every other command's words)
    told a user stopping it while Datasette loaded that something was left unfinished."""
    import click

    from fazhi.errors import user_error

    for args, said in ((["serve", "--port", "8001"], "interrupted (Ctrl-C): the server "
                        "stopped."),
                       (["stats"], "interrupted (Ctrl-C): stopped before it finished; run it "
                        "again to finish."),
                       ([], "interrupted (Ctrl-C): stopped before it finished; run it again "
                        "to finish.")):
        ended = user_error(KeyboardInterrupt(), args)
        assert isinstance(ended, click.exceptions.Exit) and ended.exit_code == 130
        assert capsys.readouterr().err.strip() == said
