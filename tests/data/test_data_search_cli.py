"""`fazhi search` and `fazhi export` as a user meets them on the demo corpus: the true number of
matches, errors in words (no traceback), a leading -word, one-character queries."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from fazhi.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def sections_containing(corpus, word: str) -> int:
    with sqlite3.connect(corpus) as conn:
        return conn.execute(
            "SELECT count(*) FROM sections s JOIN documents d ON d.id = s.document_id "
            "WHERE d.duplicate_of IS NULL AND instr(s.heading || char(10) || s.text, ?) > 0",
            [word]).fetchone()[0]


def test_the_count_is_every_match_not_the_page(demo_data):
    done = run("search", "法治", "--data-dir", str(demo_data), "--limit", "3")
    assert done.exit_code == 0, done.output
    total = int(re.match(r"(\d+) section\(s\) match '法治', the best 3 shown", done.output)[1])
    assert total == sections_containing(demo_data / "corpus.db", "法治") > 3
    assert done.output.count("\n[") == 3


def test_a_leading_minus_word_is_a_query_word(demo_data):
    both = run("search", "复议", "-诉讼", "--data-dir", str(demo_data))
    after_dashes = run("search", "--data-dir", str(demo_data), "--", "-诉讼", "复议")
    assert both.exit_code == 0 and "match '复议 -诉讼'" in both.output
    assert after_dashes.exit_code == 0 and after_dashes.output.replace(
        "'-诉讼 复议'", "'复议 -诉讼'") == both.output
    alone = run("search", "-复议", "--data-dir", str(demo_data))
    assert alone.exit_code == 2 and "nothing to search for" in alone.output
    typo = run("search", "复议", "--yaer", "2024", "--data-dir", str(demo_data))
    assert typo.exit_code == 2 and "no such option: --yaer" in typo.output


def test_errors_are_words_not_tracebacks(demo_data):
    data = ["--data-dir", str(demo_data)]
    cases = {("search", "复议 OR", *data): "needs a word after it",
             ("search", "(复议", *data): "never closed",
             ("search", '"', *data): "nothing to search for",
             ("search", "复议", "--portal", "nosuch", *data): "unknown portal 'nosuch'; known: ",
             ("search", "复议", "--province", "火星", *data): "unknown province",
             ("export", "--what", "sections", "--category", "shortcumings", *data):
                 "unknown category 'shortcumings'; known: measures, leadership"}
    for args, words in cases.items():
        done = run(*args)
        assert done.exit_code != 0, args
        assert words in done.output and "Traceback" not in done.output, done.output
        assert "fts5" not in done.output


def test_a_one_character_query_shows_its_hit(demo_data):
    done = run("search", "诉", "--data-dir", str(demo_data), "--limit", "1")
    assert done.exit_code == 0, done.output
    assert "【诉】" in done.output.splitlines()[-1]


def test_every_search_help_example_finds_sections_in_the_demo_corpus(demo_data):
    """A new user runs the examples of `fazhi search --help` on `make demo`'s corpus: each must
    find something (one once searched a year whose report lacks its words)."""
    import shlex

    help_text = run("search", "--help").output
    examples = [shlex.split(line)[2:] for line in help_text.splitlines()
                if line.strip().startswith("fazhi search ")]
    assert len(examples) >= 4, help_text
    for words in examples:
        done = run("search", "--data-dir", str(demo_data), *words)
        assert done.exit_code == 0, (words, done.output)
        assert done.output.strip() and "no section matches" not in done.output, words


def test_a_damaged_search_index_is_made_again_not_a_traceback(demo_data, tmp_path):
    """The tantivy folder beside the corpus is derived ("deleting it is always safe"): an
    unreadable meta.json or a segment file gone was a tantivy ValueError traceback."""
    import shutil

    data = tmp_path / "data"
    shutil.copytree(demo_data, data, ignore=shutil.ignore_patterns("*-wal", "*-shm", "*.lock"))
    run("search", "复议", "--data-dir", str(data))           # the index exists
    folder = data / "corpus.db.tantivy"
    expected = run("search", "复议", "--data-dir", str(data)).stdout
    (folder / "meta.json").write_text("garbage", "utf-8")
    done = run("search", "复议", "--data-dir", str(data))
    assert done.exit_code == 0 and done.stdout == expected, done.output
    assert f"the search index {folder} is damaged (Data corrupted" in done.stderr
    for segment in folder.glob("*.idx"):
        segment.unlink()
    out = tmp_path / "s.jsonl"   # a process of its own: this one keeps the index it opened
    done = subprocess.run([sys.executable, "-m", "fazhi.cli", "export", "--what", "sections",
                           "--query", "复议", "-o", str(out), "--data-dir", str(data)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "is damaged (Failed to open file" in done.stderr, done.stderr
    assert len(out.read_text("utf-8").splitlines()) == int(expected.split()[0])


def cut_segments(folder: Path) -> None:
    """Cut every term dictionary of a search index short: tantivy refuses the segment."""
    for segment in folder.glob("*.term"):
        with segment.open("r+b") as handle:
            handle.truncate(segment.stat().st_size // 2)


def fazhi(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "fazhi.cli", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_a_cut_segment_is_built_again_for_search_and_export(demo_data, tmp_path):
    """A segment file cut short (a full disk, a crash mid-copy) is damage the index mends by
    itself, once, with one line on stderr, whichever command searched."""
    import shutil

    data = tmp_path / "data"
    shutil.copytree(demo_data, data, ignore=shutil.ignore_patterns("*-wal", "*-shm", "*.lock"))
    expected = fazhi("search", "复议", "--data-dir", str(data))
    assert expected.returncode == 0 and "section(s) match" in expected.stdout
    folder = data / "corpus.db.tantivy"
    cut = [segment.name for segment in folder.glob("*.term")]
    cut_segments(folder)
    done = fazhi("search", "复议", "--data-dir", str(data))
    assert (done.returncode, done.stdout) == (0, expected.stdout), done.stderr
    assert done.stderr.splitlines() in ([
        f"the search index {folder} is damaged ({name}: Footer magic byte mismatch); building "
        "it again"] for name in cut)
    cut_segments(folder)
    out = tmp_path / "s.jsonl"
    done = fazhi("export", "--what", "sections", "--query", "复议", "-o", str(out), "--quiet",
                 "--data-dir", str(data))
    assert done.returncode == 0 and len(done.stderr.splitlines()) == 1, done.stderr
    assert "is damaged (" in done.stderr and "building it again" in done.stderr
    assert len(out.read_text("utf-8").splitlines()) == int(expected.stdout.split()[0])


def test_an_index_damaged_again_is_one_error_line(demo_data, tmp_path, monkeypatch):
    """Damaged again after it was built anew (a failing disk): one line naming the folder, no
    loop, no traceback."""
    import shutil

    from db.corpus import indexsearch

    data = tmp_path / "data"
    shutil.copytree(demo_data, data, ignore=shutil.ignore_patterns("*-wal", "*-shm", "*.lock"))
    folder = data / "corpus.db.tantivy"
    real_ready = indexsearch.ready

    def ready_then_cut(corpus_path, conn):
        answer = real_ready(corpus_path, conn)
        cut_segments(folder)
        return answer

    monkeypatch.setattr(indexsearch, "ready", ready_then_cut)
    done = run("search", "复议", "--data-dir", str(data))
    assert done.exit_code == 1 and "Traceback" not in done.output, done.output
    assert done.stderr.count("building it again") == 1
    last = done.stderr.splitlines()[-1]
    assert last.startswith(f"Error: the search index {folder} is damaged (")
    assert last.endswith(f"again after it was built anew: check the disk, remove {folder} and "
                         "search again")


def test_a_trend_term_found_nowhere_says_so(demo_data):
    done = run("trend", "无此词语", "--data-dir", str(demo_data))
    assert done.exit_code == 0 and "'无此词语' occurs in none of the 5 reports" in done.stderr
    found = run("trend", "复议", "--data-dir", str(demo_data))
    assert found.exit_code == 0 and "occurs in none" not in found.stderr
