"""Commands that look across reports: `fazhi stats` (coverage, totals, warnings, figures),
`fazhi trend` (a term over the years) and `fazhi compare` (one portal's two reports).
Registered on the main group in fazhi/cli.py."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import click

from fazhi import report
from fazhi.compare import MATCH_THRESHOLD
from fazhi.paths import DATA_DIR, DataPaths


@click.command("stats")
@DATA_DIR
@click.option("--plot", "plot_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Also write the figures (coverage, trend, part_lengths) as PNG and SVG here.")
@click.option("--term", default="复议", show_default=True, help="The term of the trend figure.")
def stats(data_dir, plot_dir, term) -> None:
    """Coverage matrix (portals × report years), totals and cleaning warnings.

    A cell is ✓ (a report), 📎 (the report exists only as an attachment), = (a copy of another
    portal's report, counted there), the kind of failure of a report link for that year
    (blocked, not_found…), or - (nothing). Pages that could not be cleaned are counted apart
    from those that are not reports, and listed. The newest crawl run's failed portals are
    named (a portal whose listing failed has no row). With --plot DIR, the same
    coverage as a heatmap, the trend of --term by province, and part lengths by category.

    \b
    Examples:
        fazhi stats
        fazhi stats --plot figures/ --term 行政执法
    """
    if not term.strip():   # an empty term would draw a trend of nothing
        raise click.BadParameter("empty: give the term of the trend figure, e.g. 复议.",
                                 param_hint="--term")
    paths = DataPaths(data_dir)
    paths.require_corpus()
    text, archive = _stats_text(paths)
    click.echo(text)
    if plot_dir:
        from fazhi.plots import write_stats_figures

        for path in write_stats_figures(paths.corpus, plot_dir, archive_path=archive, term=term):
            click.echo(f"wrote {path}", err=True)


def _stats_text(paths: DataPaths) -> tuple[str, Path | None]:
    """The stats from the corpus, with the archive's failed report links when it reads (see
    fazhi/damaged_archive.py); also the archive to read those from, None when missing or
    damaged."""
    from fazhi.damaged_archive import with_archive_if_readable

    archive = paths.archive if paths.archive.exists() else None
    return with_archive_if_readable(lambda read: (report.format_stats(paths.corpus, read), read),
                                    paths.corpus, archive, "failed report links are not shown")


@click.command("trend")
@click.argument("term")
@DATA_DIR
@click.option("--by", type=click.Choice(("province", "level")), default="province",
              show_default=True, help="One line per province, or per administrative level.")
@click.option("--plot", "plot_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Also draw it: FILE.png and FILE.svg (the suffix given is replaced).")
@click.option("--json", "as_json", is_flag=True, help="Print the points as JSON lines.")
def trend_command(term, data_dir, by, plot_file, as_json) -> None:
    """How often TERM occurs in the reports of each year, per 10,000 characters, by province
    or level (copies of a report counted once).

    \b
    Examples:
        fazhi trend 复议
        fazhi trend 行政执法 --by level --plot figures/trend
    """
    from db.corpus.stats import term_trend

    if not term.strip():
        raise click.UsageError("give a term to count, e.g. fazhi trend 复议")
    if len(term.split()) > 1:   # counted as written, a space and all: zero everywhere
        words = term.split()
        raise click.UsageError(f"TERM {term!r} has spaces: it is counted as written, not as a "
                               f"search; count one word or phrase (fazhi trend {words[0]})")
    paths = DataPaths(data_dir)
    paths.require_corpus()
    points = term_trend(paths.corpus, term, by=by)
    if as_json:
        for p in points:
            click.echo(json.dumps({by: p.group, "year": p.year, "hits": p.hits, "chars": p.chars,
                                   "documents": p.documents, "per_10k": round(p.per_10k, 3)},
                                  ensure_ascii=False))
    elif points:
        click.echo(f"{by}\tyear\treports\t{term}\tper 10k characters")
        click.echo("\n".join(f"{p.group}\t{p.year}\t{p.documents}\t{p.hits}\t{p.per_10k:.2f}"
                             for p in points))
        if not any(p.hits for p in points):
            reports = sum(p.documents for p in points)
            click.echo(f"{term!r} occurs in none of the {reports} reports", err=True)
    else:
        click.echo(f"no reports with a report year in {paths.corpus}", err=True)
    if plot_file:
        from fazhi.plots import trend_figure, write_figure

        for path in write_figure(trend_figure(points, term, by), plot_file.with_suffix("")):
            click.echo(f"wrote {path}", err=True)


@click.command("compare")
@click.argument("portal")
@click.argument("year1", type=int)
@click.argument("year2", type=int)
@DATA_DIR
@click.option("--threshold", type=click.FloatRange(0, 1), default=MATCH_THRESHOLD,
              show_default=True,
              help="Heading similarity (0-1) at which two measures are the same one.")
@click.option("--json", "as_json", is_flag=True, help="Print the comparison as JSON.")
def compare_command(portal, year1, year2, data_dir, threshold, as_json) -> None:
    """One portal's reports of YEAR1 and YEAR2 side by side, by level-1 category: the
    characters each part has, and its measures (level-2/3 headings) kept (=), dropped (-) and
    new (+), headings paired by similarity.

    \b
    Examples (jinhe, a saved test portal with five years, crawled offline first):
        fazhi crawl jinhe --replay tests/portals --portal-dir tests/portals
        fazhi compare jinhe 2022 2023
        fazhi compare jinhe 2022 2023 --json
    """
    from fazhi.compare import compare, format_comparison

    if year1 == year2:   # a report against itself: everything "kept", nothing learned
        raise click.UsageError(f"YEAR1 and YEAR2 are both {year1}: give two years, e.g. "
                               f"fazhi compare {portal} {year1 - 1} {year1}")
    paths = DataPaths(data_dir)
    paths.require_corpus()
    result = compare(paths.corpus, portal, year1, year2, threshold=threshold)
    if as_json:
        click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=1))
    else:
        click.echo(format_comparison(result, width=shutil.get_terminal_size().columns))
