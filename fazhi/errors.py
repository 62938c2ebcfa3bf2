"""User errors as one or two lines: the one place the CLI turns known exceptions into messages.

`FazhiGroup` is the `fazhi` command group: whatever command runs under it, a `RegistryError`,
`ArchiveError`, `CorpusError`, … becomes a `click.ClickException` (``Error: …``, exit 1), and a
damaged SQLite file (``database disk image is malformed``, ``file is not a database``) becomes a
message naming the file and how to recover it. Commands need no try/except of their own.
"""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import stat
import sys
from collections.abc import Iterable, Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

import click

from settings import paths as data_files

SQLITE_HEADER = b"SQLite format 3\x00"
RECOVER = 'sqlite3 {path} ".recover" | sqlite3 fixed.db, then replace {path} with fixed.db'
# What else brings each database back, besides SQLite's own .recover.
REBUILT_FROM = {
    data_files.ARCHIVE_FILE: "re-import a WARC export with `fazhi archive import-warc FILES`",
    data_files.CORPUS_FILE: "rebuild it from the archive with `fazhi rebuild`",
}
# Scrapy loggers whose "Error downloading <GET …>" records carry the network stack's traceback.
DOWNLOAD_ERROR_LOGGERS = ("scrapy.core.scraper", "scrapy.downloadermiddlewares.robotstxt")
DOWNLOAD_ERROR_PREFIX = "Error downloading"
# Click's usage errors, aborts and exits (and sys.exit): as they are.
CLICK_ENDS = (click.ClickException, click.exceptions.Exit, click.exceptions.Abort)
INTERRUPTED = "interrupted (Ctrl-C): stopped before it finished; run it again to finish."
# A command with no end of its own: Ctrl-C is how it stops (while it starts, too).
INTERRUPTED_BY_COMMAND = {"serve": "interrupted (Ctrl-C): the server stopped."}
INTERRUPTED_STATUS = 130   # 128 + SIGINT, as `fazhi crawl` stopped by a signal
UNOPENABLE = "unable to open database file"   # SQLite's words for a path it cannot open
PARTIAL_SUFFIX = ".partial"   # db/corpus/export.py writes .NAME.partial, then renames it
# fazhi's own top-level packages: one of them missing is a broken checkout, not a dependency.
OWN_PACKAGES = ("bench", "cleaning", "crawler", "db", "fazhi", "settings", "tests")
UNKNOWN_FILE_HINT = ("for an archive, re-import a WARC export (`fazhi archive import-warc`); "
                     "for a corpus, `fazhi rebuild`")


def user_errors() -> tuple[type[Exception], ...]:
    """Exceptions that mean bad input or a state the user can fix, never a bug in fazhi."""
    from crawler.archiving import CrawlLocked
    from crawler.replay.sites import SiteClashError
    from db.archive.store import ArchiveError
    from db.corpus.export import ExportError
    from db.corpus.search import SearchError
    from db.corpus.store import CorpusError
    from db.corpus.textindex import TextIndexError
    from db.migrations import MigrationError
    from settings.registry import RegistryError

    return (RegistryError, ArchiveError, CorpusError, ExportError, SearchError, CrawlLocked,
            MigrationError, TextIndexError, SiteClashError)


class FazhiGroup(click.Group):
    """A click group whose commands' known exceptions end as one- or two-line errors."""

    def invoke(self, ctx: click.Context) -> Any:
        # The command line, before click consumes it (click < 8.2 calls it protected_args).
        protected = getattr(ctx, "_protected_args", None)
        if protected is None:
            protected = ctx.protected_args
        args = [*protected, *ctx.args]
        quiet_download_errors()
        try:
            return super().invoke(ctx)
        except BaseException as exc:
            error = user_error(exc, args)
            if error is None:
                raise
            raise error from None


def user_error(exc: BaseException, args: Sequence[str]) -> click.ClickException | \
        click.exceptions.Exit | None:
    """What the user sees instead of `exc`'s traceback, or None to let it through. Click's own
    ends pass first: user_errors() imports Scrapy, and a Ctrl-C that broke an import half-way
    made that import fail again, in a second traceback."""
    if isinstance(exc, KeyboardInterrupt):   # crawl and rebuild say more on their own
        click.echo(INTERRUPTED_BY_COMMAND.get(args[0] if args else "", INTERRUPTED), err=True)
        return click.exceptions.Exit(INTERRUPTED_STATUS)
    if isinstance(exc, BrokenPipeError) and _stdout_is_a_pipe():
        return closed_stdout()
    if not isinstance(exc, Exception) or isinstance(exc, CLICK_ENDS):
        return None
    if isinstance(exc, sqlite3.DatabaseError):
        if is_locked(exc):
            return click.ClickException(locked_message(database_candidates(args)))
        if UNOPENABLE in str(exc):
            return click.ClickException(unopenable_message(exc, args))
        return (click.ClickException(damaged_message(exc, database_candidates(args)))
                if is_corruption(exc) else None)
    if isinstance(exc, ModuleNotFoundError):   # a `git pull` added a dependency: `make` adds it
        package = (exc.name or "").split(".")[0]
        own = not package or package in OWN_PACKAGES
        return None if own else click.ClickException(missing_module_message(package))
    if isinstance(exc, user_errors()):
        return click.ClickException(user_message(exc))
    if isinstance(exc, OSError) and exc.filename is not None:   # a path that cannot be used
        return click.ClickException(os_message(exc))
    return None


def _stdout_is_a_pipe() -> bool:
    try:
        return stat.S_ISFIFO(os.fstat(sys.stdout.fileno()).st_mode)
    except (OSError, ValueError):    # no file behind it (a test runner's buffer), or closed
        return False


def closed_stdout() -> click.exceptions.Exit:
    """The reader of stdout stopped early (``fazhi search … --json | head -1``): the command
    ends quietly with 141 (128 + SIGPIPE), the status of grep or jq stopped so — a shell
    reports the pipeline's last command, and `set -o pipefail` scripts know it. Not 0: a crawl
    whose summary found no reader must not look as if every portal was fine. What stdout still
    buffers goes to /dev/null, or Python's flush at exit would fail again (Python docs,
    signal: "Note on SIGPIPE")."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return click.exceptions.Exit(128 + signal.SIGPIPE)


def missing_module_message(name: str) -> str:
    return (f"the Python module {name!r} is not installed in this environment: fazhi's "
            "dependencies changed (pyproject.toml); run `make setup` (or `.venv/bin/python -m "
            "pip install -e '.[test]'`), then this again.")


def user_message(exc: Exception) -> str:
    from crawler.replay.sites import SiteClashError
    from db.migrations import MigrationError

    if isinstance(exc, MigrationError):   # its message names no file and no way out
        return f"{exc}: it was written by a newer fazhi; update this checkout (git pull, make)."
    if isinstance(exc, SiteClashError):
        return (f"{exc}: the replay server serves each host from one folder; keep one of them "
                "(remove or move the other).")
    return str(exc)


def os_message(exc: OSError) -> str:
    """``/x/y.csv: no such file or directory (…)`` for any OSError that names its file."""
    reason = (exc.strerror or str(exc)).lower()
    if isinstance(exc, FileExistsError):   # mkdir of a folder where a file is
        reason = "a file is there, where a folder is needed"
    return (f"{_named_file(str(exc.filename))}: {reason} (check the path: its folder must "
            "exist and be writable, and there must be room on the disk).")


def _named_file(filename: str) -> str:
    """The file the user named, not the temporary `.NAME.partial` an export writes first."""
    path = Path(filename)
    if path.name.startswith(".") and path.name.endswith(PARTIAL_SUFFIX):
        return str(path.with_name(path.name[1:-len(PARTIAL_SUFFIX)]))
    return filename


def is_locked(exc: BaseException) -> bool:
    """SQLite gave up waiting (its busy timeout) for another connection's lock."""
    return isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc)


def locked_message(candidates: Iterable[Path]) -> str:
    files = [str(path) for path in candidates if _is_write_locked(path)] or ["a database"]
    verb, them = ("is", "it") if len(files) == 1 else ("are", "them")
    return (f"{' and '.join(files)} {verb} locked by another program writing {them} (a crawl, "
            "a rebuild, sqlite3…): wait for it to finish or close it, then run this again.")


def _is_write_locked(path: Path) -> bool:
    try:
        with closing(sqlite3.connect(str(path), timeout=0, isolation_level=None)) as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc)
    except sqlite3.DatabaseError:
        return False
    return False


def quiet_download_errors() -> None:
    """Scrapy logs a failed download (DNS, refused connection …) with the whole traceback of
    the network stack; the crawl already names the portal and the failure, so the log keeps
    one line: the message and the exception's own text."""
    for name in DOWNLOAD_ERROR_LOGGERS:
        logger = logging.getLogger(name)
        if _one_line_download_errors not in logger.filters:
            logger.addFilter(_one_line_download_errors)


def _one_line_download_errors(record: logging.LogRecord) -> bool:
    if record.exc_info and str(record.msg).startswith(DOWNLOAD_ERROR_PREFIX):
        error = record.exc_info[1]
        message = record.getMessage()
        if error is not None and str(error) not in message:
            message = f"{message}: {type(error).__name__}: {error}"
        record.msg, record.args, record.exc_info, record.exc_text = message, (), None, None
    return True


def writable_file(path: Path, option: str) -> None:
    """A file the command will write: its folder must exist, and it must not be a folder."""
    if path.is_dir():
        raise click.BadParameter(f"{path} is a folder; give a file name.", param_hint=option)
    folder = path.parent
    if not folder.is_dir():
        raise click.BadParameter(f"no folder {folder} to write {path.name} in; create it "
                                 "first.", param_hint=option)
    if not os.access(folder, os.W_OK):
        raise click.BadParameter(f"cannot write in {folder} (permission denied).",
                                 param_hint=option)


def is_corruption(exc: BaseException) -> bool:
    """SQLite's "malformed"/"not a database" errors are plain DatabaseErrors; its subclasses
    (OperationalError: locked, no such table …) are other trouble and keep their traceback."""
    return type(exc) is sqlite3.DatabaseError


def database_candidates(args: Sequence[str]) -> list[Path]:
    """The database files a command line may have opened: those of the data directory (given,
    from the environment, or the default) and of any directory or SQLite file it names."""
    found = _database_paths(args)
    found += [Path(arg) for arg in _values(args) if Path(arg).is_file() and
              _sqlite_header(Path(arg))]
    return list(dict.fromkeys(p for p in found if p.is_file()))


def _values(args: Sequence[str]) -> list[str]:
    return [arg.split("=", 1)[1] if arg.startswith("--") and "=" in arg else arg
            for arg in args]   # --data-dir=DIR


def _database_paths(args: Sequence[str]) -> list[Path]:
    """archive.db and corpus.db of the data directory and of any directory the line names."""
    roots = [Path(os.environ.get(data_files.DATA_DIR_ENV) or data_files.DEFAULT_DATA_DIR)]
    roots += [Path(arg) for arg in _values(args) if Path(arg).is_dir()]
    return [p for root in roots for p in (data_files.archive_path(root),
                                          data_files.corpus_path(root))]


def unopenable_message(exc: BaseException, args: Sequence[str]) -> str:
    """SQLite's "unable to open database file": a folder where a database file belongs (the
    usual cause), else the error and where to look."""
    folders = list(dict.fromkeys(str(p) for p in _database_paths(args) if p.is_dir()))
    if folders:
        what = "a folder where a database file belongs; move it" if len(folders) == 1 else \
            "folders where database files belong; move them"
        return f"{' and '.join(folders)}: {what} away (or give another --data-dir)."
    return (f"cannot open a database ({exc}): check that the --data-dir folder exists and is "
            "writable, and that archive.db and corpus.db in it are files.")


def damage(path: Path) -> str | None:
    """What is wrong with a SQLite file (``PRAGMA quick_check``), or None if it reads fine."""
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            verdict = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if verdict == "ok" else verdict


def damaged_message(exc: BaseException, candidates: Iterable[Path]) -> str:
    """Which files are damaged and how to recover each (two lines a file), or the error and
    both ways."""
    damaged = [(path, problem) for path in candidates if (problem := damage(path))]
    if damaged:
        return "\n".join(damaged_file_message(path, problem) for path, problem in damaged)
    return f"a database file is damaged ({exc}).\nRecover it: {RECOVER.format(path='FILE')}; " \
           f"or {UNKNOWN_FILE_HINT}."


def damaged_file_message(path: Path, problem: str) -> str:
    other_way = REBUILT_FROM.get(path.name, UNKNOWN_FILE_HINT)
    return (f"{path} is damaged ({problem}).\n"
            f"Recover it: {RECOVER.format(path=path)}; or {other_way}.")


def _sqlite_header(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False

