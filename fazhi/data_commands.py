"""The data commands of `fazhi`: export, serve, and the `archive` group (merge, WARC out and in).

Registered on the main group in fazhi/cli.py; ``python -m fazhi.data_commands`` runs them alone.
Each command is thin: the work lives in db/corpus/export.py, fazhi/serve.py, db/archive/merge.py,
db/archive/warc.py.
"""

from __future__ import annotations

import socket
import sys
from dataclasses import asdict
from pathlib import Path

import click

from fazhi import report
from fazhi.errors import FazhiGroup, writable_file
from fazhi.paths import DATA_DIR, DataPaths
from settings.levels import LEVELS

FORMATS = ("jsonl", "csv", "parquet")
WHATS = ("documents", "sections")
SUFFIX_FORMATS = {".jsonl": "jsonl", ".json": "jsonl", ".csv": "csv", ".parquet": "parquet"}
COPIES_LEFT_OUT = "left out as copies: add --include-duplicates to export them"
REBUILD_HINT = "run `fazhi rebuild` to bring the corpus up to date with the archive."


@click.command("export")
@DATA_DIR
@click.option("-o", "--output", "out", default="-", show_default=True,
              type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="File to write ('-' for stdout).")
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="Output format [default: from the -o suffix, else jsonl].")
@click.option("--what", type=click.Choice(WHATS), default="documents", show_default=True,
              help="One row per report, or one row per section.")
@click.option("--bom", is_flag=True, help="CSV with a UTF-8 byte-order mark (for Excel).")
@click.option("--year", type=int, help="Report year.")
@click.option("--portal", help="Portal slug.")
@click.option("--province", help="Province of the portal, e.g. 广东省.")
@click.option("--level", type=click.Choice(LEVELS), help="Level of the portal.")
@click.option("--category", help="Section category: measures, leadership, shortcomings, plans, "
                                 "other.")
@click.option("--query", help="Full-text query, as for `fazhi search`.")
@click.option("--include-duplicates", is_flag=True,
              help="Also export reports marked as copies of another.")
@click.option("--quiet", is_flag=True, help="No progress bar, no summary.")
def export_command(data_dir, out, fmt, what, bom, year, portal, province, level, category,
                   query, include_duplicates, quiet) -> None:
    """Export reports or sections as JSON Lines, CSV or Parquet.

    \b
    Examples:
        fazhi export -o reports.jsonl
        fazhi export --what sections --year 2024 --category shortcomings -o s.csv --bom
        fazhi export --what sections --query 行政复议 --province 广东省 -o s.parquet
    """
    from db.corpus.export import export

    paths = DataPaths(data_dir)
    paths.require_corpus()
    fmt = _checked_format(fmt, out) if fmt else _format_from_suffix(out)
    if fmt == "parquet" and str(out) == "-" and sys.stdout.isatty():
        raise click.UsageError("Parquet is binary: write it to a file with -o FILE.parquet.")
    if str(out) != "-":
        writable_file(out, "-o")
    if query is not None and not query.strip():
        raise click.BadParameter("empty: give words to search for, or leave it out.",
                                 param_hint="--query")
    _check_filters(paths.corpus, portal=portal, province=province)
    # --query on a damaged search index: built again once (db.corpus.indexsearch)
    written = export(paths.corpus, out, fmt=fmt, what=what, bom=bom, year=year, portal=portal,
                     province=province, level=level, category=category, query=query,
                     include_duplicates=include_duplicates,
                     progress=not quiet and sys.stderr.isatty())
    # A portal holding only copies exports nothing unless asked: say so, even with --quiet.
    hint = (report.portal_hint(paths.corpus, portal, COPIES_LEFT_OUT)
            if portal and not written and not include_duplicates else "")
    if not quiet or hint:
        target = "stdout" if str(out) == "-" else str(out)
        click.echo(f"exported {written} {what} as {fmt} to {target}{hint}", err=True)


def _check_filters(corpus: Path, **filters: str | None) -> None:
    """A portal or province the corpus does not know is a typo, as in `fazhi search`, not an
    empty export."""
    from db.corpus.search import check_filters, reading

    given = {name: value for name, value in filters.items() if value is not None}
    if given:
        with reading(corpus) as conn:
            check_filters(conn, given)


def _checked_format(fmt: str, out: Path) -> str:
    """--format as given, unless the -o name asks for another known format (`--format csv -o
    s.parquet` wrote CSV into a .parquet file that no Parquet reader opens)."""
    named = SUFFIX_FORMATS.get(out.suffix.lower()) if str(out) != "-" else None
    if named is not None and named != fmt:
        raise click.BadParameter(f"{out.name} names a {named} file but --format is {fmt}: leave "
                                 f"--format out (the suffix chooses) or name it *"
                                 f"{_suffix_of(fmt)}.", param_hint="--format")
    return fmt


def _suffix_of(fmt: str) -> str:
    return next(suffix for suffix, named in SUFFIX_FORMATS.items() if named == fmt)


def _format_from_suffix(out: Path) -> str:
    """The format a file name asks for; JSON Lines for stdout or a name without a suffix."""
    suffix = out.suffix.lower()
    if str(out) == "-" or not suffix:
        return "jsonl"
    if suffix not in SUFFIX_FORMATS:
        raise click.ClickException(f"cannot write {suffix} files: name the output "
                               f"{', '.join(f'*{s}' for s in SUFFIX_FORMATS)}, or pass --format "
                               f"({', '.join(FORMATS)})")
    return SUFFIX_FORMATS[suffix]


@click.command("serve")
@DATA_DIR
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on (0.0.0.0 makes it reachable from other machines).")
@click.option("--port", type=click.IntRange(1, 65535), default=8001, show_default=True)
def serve_command(data_dir, host, port) -> None:
    """Browse and query the corpus in Datasette (read-only).

    The canned query `search` finds words of any length (复议, 行政执法 NOT 诉讼), ranked
    as `fazhi search`; the sections table's search box goes there too. Other canned queries:
    reports by year and category, one category compared across portals, portals missing a
    year. The figures of `fazhi stats --plot` are at /figures/index.html.
    It shows the corpus as it was when it started (read-only, counted once): restart it after
    a crawl or a rebuild to see their reports.

    \b
    Example:
        fazhi serve --port 8001     # then open http://127.0.0.1:8001/corpus
    """
    from fazhi.serve import serve

    paths = DataPaths(data_dir)
    paths.require_corpus()
    check_port_free(host, port)
    archive = paths.archive if paths.archive.exists() else None   # failed links in coverage
    sys.exit(serve(paths.corpus, host=host, port=port, archive_path=archive))


@click.group("archive")
def archive() -> None:
    """Work on raw archives: merge the archives of several nodes, exchange WARC files.

    \b
    Examples:
        fazhi archive merge data/archive.db node1/archive.db node2/archive.db
        fazhi archive export-warc warc/
        fazhi archive import-warc warc/*.warc.gz
    """


def check_port_free(host: str, port: int) -> None:
    """Datasette only finds a busy port after start-up, in six lines of server log."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)   # as the server does
        try:
            probe.bind((host, port))
        except OSError as exc:
            reason = (exc.strerror or str(exc)).lower()
            raise click.ClickException(f"cannot listen on {host}:{port}: {reason}; pick "
                                       "another --port (or --host).") from None


def _archive_path(path: Path) -> Path:
    """An archive file, or a data directory holding archive.db."""
    return DataPaths(path).archive if path.is_dir() else path


@archive.command("merge")
@click.argument("target", type=click.Path(dir_okay=True, path_type=Path))
@click.argument("sources", nargs=-1, required=True,
                type=click.Path(exists=True, path_type=Path))
def merge_command(target, sources) -> None:
    """Copy the responses of SOURCE archives into TARGET (created if missing), each once.

    A response already in TARGET (same URL, fetch time, body and status) is skipped; every
    other one is kept, so all revisions survive. TARGET and SOURCE may be archive files or
    data directories (their archive.db). The sources are only read.

    \b
    Example:
        fazhi archive merge data/archive.db node1/ node2/archive.db && fazhi rebuild
    """
    from db.archive.merge import merge_archives, open_read_only

    target = _archive_path(target)
    if target.is_file() and target.stat().st_size:   # a corpus or any other file: refused
        open_read_only(target).close()
    stats = merge_archives(target, [_archive_path(s) for s in sources])
    click.echo(", ".join(f"{name.replace('_', ' ')}: {value}"
                         for name, value in asdict(stats).items()))
    if stats.responses_copied:
        click.echo(REBUILD_HINT)


@archive.command("export-warc")
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@DATA_DIR
@click.option("--portal", help="Only this portal's responses.")
@click.option("--no-gzip", is_flag=True, help="Write plain .warc files.")
def export_warc_command(out_dir, data_dir, portal, no_gzip) -> None:
    """Write every archived response (and failure) as WARC files into OUT_DIR.

    \b
    Example:
        fazhi archive export-warc warc/ --portal hanyang
    """
    from db.archive.warc import export_warc

    paths = DataPaths(data_dir)
    paths.require_archive()
    files = export_warc(paths.archive, out_dir, portal=portal, gzip=not no_gzip)
    for path in files:
        click.echo(str(path))


@archive.command("import-warc")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@DATA_DIR
def import_warc_command(files, data_dir) -> None:
    """Read WARC files into the archive as a new crawl run, skipping responses it has.

    \b
    Example:
        fazhi archive import-warc warc/*.warc.gz && fazhi rebuild
    """
    from db.archive.warc import import_warc

    paths = DataPaths(data_dir)
    added = import_warc(paths.archive, list(files))
    click.echo(f"imported {added} responses into {paths.archive}")
    if added:
        click.echo(REBUILD_HINT)


@click.group(cls=FazhiGroup, context_settings={"help_option_names": ["-h", "--help"]})
def data_cli() -> None:
    """The fazhi data commands on their own (normally: `fazhi export`, `fazhi serve`, ...)."""


for _command in (export_command, serve_command, archive):
    data_cli.add_command(_command)

if __name__ == "__main__":
    data_cli()
