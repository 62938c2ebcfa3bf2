"""The `fazhi` command line. Each command is thin: the work lives in crawler/, db/ and cleaning/."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click

from cleaning.document import CATEGORIES
from fazhi import report
from fazhi.errors import writable_file
from fazhi.lazy_commands import LazyGroup
from fazhi.paths import DATA_DIR, DataPaths
from settings.levels import LEVELS

LOG_LEVELS = ("WARNING", "INFO", "DEBUG")


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="fazhi")
def main() -> None:
    """fazhi: crawl, archive, clean and search 法治政府建设年度报告.

    \b
    Example (the crawl exits 1 when any portal failed: `;`, not `&&`):
        fazhi crawl --all; fazhi stats; fazhi search 复议
    """


@main.command()
@click.argument("portals", nargs=-1)
@click.option("--all", "all_portals", is_flag=True, help="Crawl every registered portal.")
@DATA_DIR
@click.option("--replay", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Serve saved pages from this directory on 127.0.0.1 and crawl them offline.")
@click.option("--portal-dir", "portal_dirs", multiple=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Extra directory of portal TOML entries (repeatable).")
@click.option("--refresh", is_flag=True, help="Re-download archived articles (conditional GET).")
@click.option("--since", type=click.IntRange(2000, 2100), metavar="YEAR",
              help="Only reports about this year or later.")
@click.option("--json", "json_path", type=click.Path(path_type=Path),
              help="Also write the crawl run record as JSON to this file ('-' for stdout).")
@click.option("-v", "--verbose", count=True, help="Log more: -v INFO, -vv DEBUG (default WARNING).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def crawl(portals, all_portals, data_dir, replay, portal_dirs, refresh, since, json_path,
          verbose, quiet) -> None:
    """Crawl portals into the archive, then update the corpus.

    Exit status is 1 when a portal failed: an error, an empty crawl it did not declare, a
    listing that declared more than was fetched, a listed report never fetched, an empty report
    column, or last year's report overdue (each named on stderr); 128+N when stopped by signal
    N (the run is marked interrupted). With --json -, stdout holds only the JSON.

    \b
    Examples:
        fazhi crawl hanyang shishi
        fazhi crawl --all --json run.json
        fazhi crawl --all --replay tests/portals    # offline, from saved pages
    """
    from crawler.runner import run_crawl

    if not portals and not all_portals:
        raise click.UsageError("name one or more portals, or pass --all (see `scrapy list`).")
    if portals and all_portals:   # --all would crawl every portal, not the ones named
        raise click.UsageError(f"name portals ({' '.join(portals)}) or pass --all, not both.")
    if json_path is not None and str(json_path) != "-":
        writable_file(json_path, "--json")   # known before the crawl, not after it
    DataPaths(data_dir).require_folder()   # `--data-dir data/archive.db`: said as stats says it
    from settings.registry import RegistryError

    # A locked archive or a registry error ends as one line through fazhi.errors.FazhiGroup.
    try:
        result = run_crawl(
            None if all_portals else list(portals), data_dir=data_dir, replay_root=replay,
            refresh=refresh, since=since, extra_portal_dirs=tuple(portal_dirs),
            settings_overrides={"LOG_LEVEL": LOG_LEVELS[min(verbose, 2)]},
            progress=not quiet and sys.stderr.isatty(),
        )
    except RegistryError as exc:
        from fazhi.portal_hints import unknown_portal_hint

        hint = unknown_portal_hint(portals, replay, portal_dirs)
        raise RegistryError(f"{exc}{hint}") from None
    json_to_stdout = json_path is not None and str(json_path) == "-"
    report.print_crawl(result, out=sys.stderr if json_to_stdout else None)
    if json_path:
        report.write_json(report.crawl_record(result), json_path)
    if result.interrupted:
        click.echo(f"interrupted: crawl run {result.run_id} is marked interrupted; what was "
                   "fetched is archived, the next crawl catches the corpus up", err=True)
    sys.exit(result.exit_status)


@main.command(context_settings={"ignore_unknown_options": True})
@click.argument("query", nargs=-1, required=True)
@DATA_DIR
@click.option("--year", type=int, help="Report year.")
@click.option("--portal", help="Portal slug.")
@click.option("--province", help="Province, e.g. 广东省.")
@click.option("--level", type=click.Choice(LEVELS), help="Administrative level of the portal.")
@click.option("--category", type=click.Choice(CATEGORIES), help="Category of the section's part.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True,
              help="How many hits to show.")
@click.option("--json", "as_json", is_flag=True, help="Print hits as JSON lines.")
def search(query, data_dir, year, portal, province, level, category, limit, as_json) -> None:
    """Full-text search over report sections, every match ranked, best first.

    Two-character words and longer phrases both work; terms separated by spaces must all
    occur; OR and NOT combine terms, -WORD excludes a word. Words may be given as one quoted
    query or several arguments; one starting with - is a query word, not an option (or put
    them after --).

    \b
    Examples:
        fazhi search 复议
        fazhi search "行政执法 公开" --year 2024
        fazhi search 复议 -诉讼 --province 广东省 --category measures --json
        fazhi search -- -诉讼 复议
    """
    from db.corpus.search import SearchError
    from db.corpus.search import search as run_search

    paths = DataPaths(data_dir)
    paths.require_corpus()
    typos = [word for word in query if word.startswith("--")]
    if typos:   # ignore_unknown_options lets -诉讼 through, but --yaer is a mistyped option
        raise click.UsageError(f"no such option: {typos[0]} (query words cannot start with --)")
    text = " ".join(query)
    try:   # a damaged search index is built again (db.corpus.indexsearch)
        hits = run_search(paths.corpus, text, year=year, portal=portal, province=province,
                          level=level, category=category, limit=limit)
    except SearchError as exc:
        raise click.UsageError(str(exc)) from exc
    hint = report.portal_hint(paths.corpus, portal) if portal and not hits else ""
    if as_json:   # stdout is JSON alone; why nothing was found goes to stderr
        for hit in hits:
            click.echo(json.dumps(report.hit_dict(hit), ensure_ascii=False))
        if hint:
            click.echo(report.format_hits(text, hits, hint), err=True)
        return
    click.echo(report.format_hits(text, hits, hint))


@main.command("clean")
@click.argument("targets", nargs=-1, required=True)
@click.option("--url", callback=lambda _ctx, _param, url: page_url(url),
              help="The page's URL (for saved files; default: file://PATH).")
@click.option("--content-type", help="The HTTP Content-Type the server sent, if any.")
@click.option("--stage", help="Show only this stage (decoded, container, extracted, converted, "
              "denoised, sections, metadata).")
@DATA_DIR
def clean_command(targets, url, content_type, stage, data_dir) -> None:
    """Show what each cleaning stage makes of a page: for debugging a new portal.

    TARGETS are saved page files (several = the pages of one split article) or one URL that is
    in the archive; for an archived URL, what its listing showed (title, date, listing page)
    follows, and the document cleaned with those hints (title=, report_year=, published=).

    \b
    Examples:
        fazhi clean page.html --url http://www.example.gov.cn/art/2025/1/2/art_1_2.html
        fazhi clean http://www.hanyang.gov.cn/zwgk/zc/fzzfjs/202203/t20220328_1945123.shtml
    """
    from cleaning import CleaningError, stages

    pages, url, content_type, archived = _load_pages(targets, url, content_type,
                                                     DataPaths(data_dir))
    try:
        outputs = stages(pages, url, content_type)
    except CleaningError as exc:
        raise click.ClickException(f"cannot clean {url}: {exc}") from exc
    shown = [(name, text) for name, text in outputs if not stage or name == stage]
    if not shown:
        raise click.UsageError(f"no stage {stage!r}; stages: {[n for n, _ in outputs]}")
    for name, text in shown:
        click.echo(f"===== {name} =====\n{text}\n")
    if archived is not None and not stage:
        _echo_listing_hints(archived)


def _echo_listing_hints(article) -> None:
    """What the listing showed for an archived article, and the document cleaned with it."""
    from cleaning import ListingHint, clean

    hint = ListingHint(article.title_hint, article.listing_date, article.listing_url)
    click.echo(f"===== listing =====\ntitle={hint.title or ''}\ndate={hint.date or ''}\n"
               f"url={hint.url or ''}\n")
    doc = clean(article.pages, article.url, article.content_type,
                page_urls=article.page_urls, attachments=article.attachments, listing=hint)
    click.echo(f"===== document (with the listing hints) =====\ntitle={doc.title or ''}\n"
               f"report_year={doc.report_year or ''}\npublished={doc.published or ''}\n"
               f"is_report={doc.is_report}\n")


def page_url(url: str | None) -> str | None:
    """--url is where the page lived: links and attachments resolve against it, so a bare
    name (`--url notaurl`) made relative links of every absolute one, in silence."""
    if url is not None and (urlsplit(url).scheme not in ("http", "https", "file")
                            or not (urlsplit(url).netloc or url.startswith("file:"))):
        raise click.BadParameter(f"{url!r} is not a page's address: give it as "
                                 "http://host/path (or https://, file://).", param_hint="--url")
    return url


def _load_pages(targets, url, content_type, paths: DataPaths
                ) -> tuple[list[bytes], str, str | None, Any]:
    """Page bytes from files, or from the newest archived revision of a URL (then also the
    archived article, for its listing hints)."""
    if len(targets) == 1 and "://" in targets[0] and not Path(targets[0]).exists():
        from db.archive.store import Archive

        paths.require_archive()
        with Archive(paths.archive) as archive:
            found = next(archive.iter_articles(urls=[targets[0]]), None)
        if found is None:
            raise click.ClickException(f"{targets[0]} is not an archived article")
        return found.pages, found.url, content_type or found.content_type, found
    files = [Path(t) for t in targets]
    folders = [str(f) for f in files if f.is_dir()]
    if folders:
        raise click.UsageError(f"{', '.join(folders)}: a folder; give the saved page files "
                               "(or one archived URL)")
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        raise click.UsageError(f"no such file: {', '.join(missing)}")
    return ([f.read_bytes() for f in files], url or files[0].resolve().as_uri(), content_type,
            None)


@main.command()
@DATA_DIR
@click.option("--sites", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=Path("tests/portals"), show_default=True,
              help="Saved portal pages to serve (portal folders, or <host>/<path>).")
def demo(data_dir, sites) -> None:
    """Crawl the bundled sample portals offline (served on 127.0.0.1), build the corpus, show it.

    \b
    Example:
        fazhi demo --data-dir /tmp/fazhi-demo
    """
    from fazhi.demo import run_demo

    DataPaths(data_dir).require_folder()
    sys.exit(run_demo(data_dir=data_dir, sites=sites))


if __name__ == "__main__":
    main()
