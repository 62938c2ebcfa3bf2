"""Every user error is one or two lines: exit status ≠ 0, no traceback, and what to do (issue 12).

Each test runs the real command (in-process through click's runner, or as a subprocess for
`scrapy list`) on bad input: unknown portals, bad registry entries, corrupt databases, files that
are not what the command reads, unknown export formats.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from fazhi.cli import main
from settings.registry import RegistryError, load_registry

ROOT = Path(__file__).resolve().parents[1]
ENTRY = """\
slug = "nanshan"
name = "南山区人民政府"
division_code = "440305"
level = "district"
province = "广东省"
family = "trs"
start_urls = ["http://www.szns.gov.cn/zwgk/fzzfjs/index.html"]
"""


def run(*args: str) -> tuple[int, str]:
    """Exit status and everything the command printed (stdout and stderr)."""
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.output + (result.stderr if result.stderr_bytes else "")


def assert_one_line_error(status: int, output: str, *hints: str, lines: int = 2) -> None:
    assert status != 0, output
    assert "Traceback" not in output, output
    assert len(output.strip().splitlines()) <= lines, output
    for hint in hints:
        assert hint in output, (hint, output)


def bad_registry(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "registry"
    folder.mkdir()
    (folder / "nanshan.toml").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(("change", "hints"), [
    (lambda t: t + 'allowed_domains = ["example.org"]\n',
     ("nanshan.toml", "'start_urls'", "outside allowed_domains", "example.org")),
    (lambda t: t.replace('"广东省"', '"湖北省"'),
     ("nanshan.toml", "'division_code'", "广东省", "not 湖北省")),
])
def test_registry_rejects_offsite_start_url_and_other_province(tmp_path, change, hints) -> None:
    folder = bad_registry(tmp_path, change(ENTRY))
    with pytest.raises(RegistryError) as error:
        load_registry([folder])
    for hint in hints:
        assert hint in str(error.value)


def test_registry_accepts_a_subdomain_of_allowed_domains(tmp_path) -> None:
    folder = bad_registry(tmp_path, ENTRY + 'allowed_domains = ["szns.gov.cn"]\n')
    assert load_registry([folder])["nanshan"].allowed_domains == ("szns.gov.cn",)


def test_crawl_unknown_portal_lists_the_known_ones(tmp_path) -> None:
    status, output = run("crawl", "nosuch", "--data-dir", tmp_path)
    assert_one_line_error(status, output, "nosuch", "haizhou", "hanyang")


def test_crawl_with_a_bad_registry_entry_names_file_and_key(tmp_path) -> None:
    folder = bad_registry(tmp_path, ENTRY.replace('"trs"', '"wordpress"'))
    status, output = run("crawl", "nanshan", "--portal-dir", folder, "--data-dir", tmp_path)
    assert_one_line_error(status, output, "nanshan.toml", "'family'")


def test_a_portal_file_named_unlike_its_slug_names_the_file(tmp_path) -> None:
    """nanshan.toml holding slug "nan_shan": `crawl nanshan` said only "unknown portal(s)"
    (found by the new-user trial), the registry names a portal by the slug inside."""
    folder = bad_registry(tmp_path, ENTRY.replace('slug = "nanshan"', 'slug = "nan_shan"'))
    for command in (("crawl", "nanshan", "--data-dir", tmp_path), ("check-portal", "nanshan")):
        result = CliRunner().invoke(main, [str(a) for a in (*command, "--portal-dir", folder)])
        assert_one_line_error(result.exit_code, result.output, "unknown portal(s): nanshan",
                              f"; {folder / 'nanshan.toml'} holds slug 'nan_shan', not 'nanshan'",
                              'name it nan_shan, or set slug = "nanshan" in nanshan.toml',
                              lines=1)
    status, output = run("crawl", "nosuch", "--portal-dir", folder, "--data-dir", tmp_path)
    assert status != 0 and "holds slug" not in output, output


def test_scrapy_list_with_a_bad_registry_entry_is_one_line(tmp_path) -> None:
    folder = bad_registry(tmp_path, ENTRY.replace('"440305"', '"44030"'))
    done = subprocess.run([sys.executable, "-m", "scrapy.cmdline", "list",
                           "-s", f"FAZHI_PORTAL_DIRS={folder}"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert_one_line_error(done.returncode, done.stdout + done.stderr, "nanshan.toml",
                          "'division_code'", lines=1)


def test_damage_is_found_in_the_files_a_command_line_names(tmp_path, monkeypatch) -> None:
    import sqlite3

    from fazhi.errors import damaged_message, database_candidates, is_corruption
    from settings import paths

    # The default data directory is not one of this test's files (a checkout may have data/).
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "no-data"))

    good, bad = tmp_path / "good", tmp_path / "bad"
    for folder in (good, bad):
        folder.mkdir()
        with sqlite3.connect(folder / "corpus.db") as conn:
            conn.execute("CREATE TABLE t (x)")
            conn.executemany("INSERT INTO t VALUES (?)", [("x" * 3000,)] * 20)
        conn.close()
    whole = (bad / "corpus.db").read_bytes()
    (bad / "corpus.db").write_bytes(whole[:4096] + b"\xff" * (len(whole) - 4096))
    candidates = database_candidates(["stats", f"--data-dir={bad}", "--x", str(good)])
    assert set(candidates) == {bad / "corpus.db", good / "corpus.db"}
    message = damaged_message(sqlite3.DatabaseError("malformed"), candidates)
    assert message.startswith(f"{bad / 'corpus.db'} is damaged") and "fazhi rebuild" in message
    assert str(good) not in message.replace(str(bad), "")
    assert "FILE" in damaged_message(sqlite3.DatabaseError("malformed"), [good / "corpus.db"])
    assert not is_corruption(sqlite3.OperationalError("database is locked"))


@pytest.mark.parametrize("code", ["999999", "100000", "abc", "42010"])
def test_new_portal_refuses_a_division_code_of_no_province_before_fetching(tmp_path,
                                                                          code) -> None:
    """100000 once went on to a registry error about a temporary file's empty 'province', and
    999999 was refused as not "six digits"."""
    done = CliRunner().invoke(main, ["new-portal", "nanshan",
                                     "http://127.0.0.1:9/fzzfjs/index.html", "--division-code",
                                     code, "--portals", str(tmp_path / "portals"),
                                     "--portal-dir", str(tmp_path)])
    status, output = done.exit_code, done.output   # click's usage lines and the one error
    assert_one_line_error(status, output, f"'{code}' is no GB/T 2260 code", "42 = 湖北省",
                          lines=4)
    assert "tmp" not in output.replace(str(tmp_path), "") and not list(tmp_path.iterdir())


def test_a_dependency_missing_after_a_pull_says_to_run_make_setup(tmp_path) -> None:
    """A `git pull` that adds a dependency, then `.venv/bin/fazhi …` without `make`: the import
    fails inside a command. Simulated for scrapy (None in sys.modules: its import fails as a
    package that is not installed), in a real process."""
    args = ["crawl", "hanyang", "--replay", "tests/portals", "--data-dir", str(tmp_path)]
    code = f"import sys; sys.modules['scrapy'] = None; from fazhi.cli import main; main({args!r})"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert_one_line_error(done.returncode, done.stdout + done.stderr,
                          "the Python module 'scrapy' is not installed", "make setup")
    assert not (tmp_path / "archive.db").exists()


def test_compare_of_one_year_with_itself_is_a_usage_error(tmp_path) -> None:
    done = CliRunner().invoke(main, ["compare", "hanyang", "2021", "2021", "--data-dir",
                                     str(tmp_path)])
    assert done.exit_code == 2 and "Traceback" not in done.output, done.output
    assert "YEAR1 and YEAR2 are both 2021: give two years, e.g. fazhi compare hanyang 2020 " \
           "2021" in done.output, done.output


def test_an_export_that_cannot_create_its_file_names_that_file_not_the_temporary_one(
        tmp_path) -> None:
    """/proc exists and root may 'write' there, yet no file can be created: the error named
    the hidden .x.csv.partial the export writes first."""
    from db.corpus.store import Corpus

    Corpus(tmp_path / "corpus.db").close()
    done = CliRunner().invoke(main, ["export", "-o", "/proc/x.csv", "--data-dir",
                                     str(tmp_path)])
    assert done.exit_code != 0 and "Traceback" not in done.output, done.output
    assert "partial" not in done.output and "/proc" in done.output, done.output
    if os.geteuid() == 0:   # (others are refused earlier: /proc is not writable for them)
        assert done.output.startswith("Error: /proc/x.csv: "), done.output


def test_a_folder_where_the_archive_belongs_is_one_line(tmp_path) -> None:
    """SQLite says only "unable to open database file" (a traceback from the crawl before)."""
    (tmp_path / "archive.db").mkdir()
    done = CliRunner().invoke(main, ["crawl", "hanyang", "--replay", str(ROOT / "tests" /
                                     "portals"), "--data-dir", str(tmp_path), "--quiet"])
    assert done.exit_code == 1 and "Traceback" not in done.output, done.output
    assert done.output.strip() == (f"Error: {tmp_path / 'archive.db'}: a folder where a "
                                   "database file belongs; move it away (or give another "
                                   "--data-dir)."), done.output


def test_trend_of_words_with_a_space_is_a_usage_error_not_a_table_of_zeros(tmp_path) -> None:
    done = CliRunner().invoke(main, ["trend", "复议 诉讼", "--data-dir", str(tmp_path)])
    assert done.exit_code == 2 and "Traceback" not in done.output, done.output
    assert "TERM '复议 诉讼' has spaces: it is counted as written" in done.output


def test_clean_of_a_folder_says_it_is_a_folder(tmp_path) -> None:
    done = CliRunner().invoke(main, ["clean", str(tmp_path)])
    assert done.exit_code == 2 and "Traceback" not in done.output, done.output
    assert f"{tmp_path}: a folder; give the saved page files" in done.output


@pytest.mark.parametrize(("fmt", "name", "named"), [("csv", "s.parquet", "parquet"),
                                                    ("jsonl", "s.csv", "csv"),
                                                    ("parquet", "s.jsonl", "jsonl")])
def test_an_export_format_the_file_name_contradicts_is_refused(tmp_path, fmt, name,
                                                               named) -> None:
    """`--format csv -o s.parquet` wrote CSV into a .parquet file no Parquet reader opens."""
    from db.corpus.store import Corpus

    Corpus(tmp_path / "corpus.db").close()
    done = CliRunner().invoke(main, ["export", "--format", fmt, "-o", str(tmp_path / name),
                                     "--data-dir", str(tmp_path)])
    assert done.exit_code == 2 and "Traceback" not in done.output, done.output
    assert f"{name} names a {named} file but --format is {fmt}" in done.output, done.output
    assert not (tmp_path / name).exists()


def test_an_export_format_the_file_name_agrees_with_or_does_not_name_is_written(
        tmp_path) -> None:
    from db.corpus.store import Corpus

    Corpus(tmp_path / "corpus.db").close()
    for fmt, name in (("csv", "s.csv"), ("csv", "s.txt"), ("jsonl", "s.json")):
        done = CliRunner().invoke(main, ["export", "--format", fmt, "-o", str(tmp_path / name),
                                         "--data-dir", str(tmp_path)])
        assert done.exit_code == 0, done.output
        assert (tmp_path / name).exists()


@pytest.mark.parametrize("command", [["crawl", "hanyang", "--quiet"], ["stats"], ["rebuild"],
                                     ["demo"]])
def test_a_database_file_given_as_data_dir_names_its_folder(tmp_path, command) -> None:
    """`--data-dir data/archive.db`: the crawl said 'a file is there, where a folder is needed
    (… room on the disk)', where stats and rebuild name the folder to give."""
    archive = tmp_path / "archive.db"
    archive.write_bytes(b"SQLite format 3\x00")
    done = CliRunner().invoke(main, [*command, "--data-dir", str(archive)])
    assert done.exit_code == 1 and "Traceback" not in done.output, done.output
    assert done.output.strip() == (f"Error: --data-dir {archive} is a file: give the folder "
                                   f"that holds archive.db and corpus.db (here: --data-dir "
                                   f"{tmp_path})."), done.output


def test_a_warc_cut_in_its_first_header_names_no_none(tmp_path) -> None:
    """A file cut inside its first record's header (no URI, no type read yet) said 'the record
    of None is cut short'."""
    cut = tmp_path / "cut.warc"
    cut.write_text("WARC/1.0\n", encoding="ascii")
    status, output = run("archive", "import-warc", cut, "--data-dir", tmp_path / "data")
    assert_one_line_error(status, output, f"{cut} is damaged (a WARC record is cut short)")
    assert "None" not in output, output


@pytest.mark.parametrize("url", ["notaurl", "www.x.gov.cn/a.html", "ftp://x.gov.cn/a.html"])
def test_clean_of_a_page_with_a_url_that_is_no_address_is_a_usage_error(tmp_path, url) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>一、总体情况</p></body></html>", encoding="utf-8")
    status, output = run("clean", page, "--url", url)
    assert status == 2 and "Traceback" not in output, output
    assert f"{url!r} is not a page's address" in output, output


def test_clean_of_a_page_with_a_web_or_file_url_runs(tmp_path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>一、总体情况</p></body></html>", encoding="utf-8")
    for url in ("http://www.x.gov.cn/a.html", "https://x.gov.cn/", page.as_uri()):
        status, output = run("clean", page, "--url", url, "--stage", "decoded")
        assert status == 0, output
