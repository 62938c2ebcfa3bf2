"""`fazhi new-portal`, `fazhi check-portal` and `fazhi discover`: find a portal's report
column from its home page, add the portal to the registry, try one out.

Registered on the main CLI by fazhi/cli.py; also runnable alone:
`python -m fazhi.portal_commands check-portal hanyang --replay tests/portals`.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click

from settings.registry import DEFAULT_PORTAL_DIR, FAMILIES, SLUG_RE, RegistryError

DIVISION_CODE_RE = re.compile(r"^[1-8]\d{5}$")
DISCOVER_BUDGET = 40   # requests `discover` may make (robots.txt included)
HOME_PATHS = ("", "index.html", "index.htm", "index.shtml", "index.jsp", "index.php",
              "default.html", "default.htm")
DIRECTORY = click.Path(file_okay=False, path_type=Path)


def web_url(ctx: click.Context, param: click.Parameter, url: str) -> str:
    """A portal's address is an http(s) URL with a host: anything else is refused before any
    request (urllib's 'unknown url type' traceback, or an ftp:// name lookup)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise click.BadParameter(f"{url!r} is not a web address; give the portal's page as "
                                 "http://host/path (or https://).")
    return url


def ask_for(option: str, what: str) -> str:
    """A required value the user left out: asked for on a terminal; without one, a usage
    error naming the option (exit 2) instead of click's bare `Aborted!`."""
    if sys.stdin is not None and sys.stdin.isatty():
        return click.prompt(what)
    raise click.UsageError(f"Missing option '{option}' ({what}); there is no terminal to ask "
                           "for it on, so pass it on the command line.")


def is_site_root(url: str) -> bool:
    """A portal's home page (`/`, `/index.html`…), never its report column."""
    return urlsplit(url).path.strip("/").lower() in HOME_PATHS


@contextmanager
def page_fetcher(replay: Path | None, url: str = "") -> Iterator[Any]:
    """A PageFetcher: over the network, or with `replay` only from a local replay server (an
    error first when `url`'s host has no saved pages there: fazhi/replay_hints.py)."""
    from fazhi.portal_scaffold import PageFetcher

    if replay is None:
        yield PageFetcher()
        return
    from crawler.replay.server import ReplayServer
    from fazhi.replay_hints import unsaved_host_message

    if url and (unsaved := unsaved_host_message(replay, url)):
        raise click.ClickException(unsaved)

    with ReplayServer(replay) as server:
        yield PageFetcher(server.url)


@click.command("new-portal")
@click.argument("slug")
@click.argument("url", callback=web_url)
@click.option("--name", help="The portal's name (default: its SiteName meta or page title).")
@click.option("--division-code", help="Six digits (GB/T 2260); asked for on a terminal.")
@click.option("--level", type=click.Choice(
    ("province", "prefecture", "county", "district", "department")),
    help="Default: from the division code and name.")
@click.option("--province", help="Default: from the division code.")
@click.option("--family", type=click.Choice(FAMILIES), help="Default: guessed from the pages.")
@click.option("--portals", type=DIRECTORY, default=Path("tests/portals"), show_default=True,
              help="Where the portal's test folder goes: <portals>/<slug>/site/<host>/<path> "
                   "(the fetched pages) and <portals>/<slug>/expected.json.")
@click.option("--replay", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Fetch from saved pages in this directory (127.0.0.1), not the network.")
@click.option("--portal-dir", type=DIRECTORY, default=DEFAULT_PORTAL_DIR,
              help="Where the registry entry goes (default: settings/portals).")
@click.option("--force", is_flag=True, help="Overwrite existing files.")
@click.option("--budget", type=click.IntRange(min=1), default=DISCOVER_BUDGET, show_default=True,
              help="Requests `discover` may make when URL is a home page, not the column.")
def new_portal(slug: str, url: str, name: str | None, division_code: str | None,
               level: str | None,
               province: str | None, family: str | None, portals: Path, replay: Path | None,
               portal_dir: Path, force: bool, budget: int) -> None:
    """Add a portal: fetch its listing URL (or find it from the home page, as `fazhi discover`
    does, when URL holds no report) and newest report, guess the CMS family, write the
    registry entry, and the portal's test folder: the pages saved for the replay server and
    expected.json (what was found), which the crawl test of every portal checks.

    \b
    Examples (the second offline, on a saved sample, written to /tmp/try):
        fazhi new-portal jinjiang \\
            http://www.jinjiang.gov.cn/zwgk/zfxxgkzl/fdzdgknr/fzzfjs/index.htm \\
            --division-code 350582
        fazhi new-portal hanyang2 http://www.hanyang.gov.cn/zwgk/zc/fzzfjs/index.shtml \\
            --division-code 420105 --replay tests/portals --portal-dir /tmp/try --portals /tmp/try
    """
    from crawler.discover_fetch import DiscoverError
    from fazhi.portal_files import NewPortal, plan_files, write_files
    from fazhi.portal_scaffold import ScaffoldError
    from settings.divisions import level_for, province_for

    if not SLUG_RE.match(slug):
        raise click.BadParameter("lowercase letters, digits and _, starting with a letter",
                                 param_hint="SLUG")
    division_code = division_code or ask_for("--division-code", "GB/T 2260 division code")
    if not DIVISION_CODE_RE.match(division_code) or province_for(division_code) is None:
        raise click.BadParameter(f"{division_code!r} is no GB/T 2260 code: six digits, the "
                                 "first two a province's (e.g. 420105, 42 = 湖北省)",
                                 param_hint="--division-code")
    try:
        with page_fetcher(replay, url) as fetcher:
            found = scaffold_from(fetcher, url, division_code, family, budget=budget)
        name = name or found.site_name or ask_for("--name", "the portal's name (no SiteName "
                                                  "or title on its pages)")
        portal = NewPortal(slug=slug, name=name, division_code=division_code,
                           level=level or level_for(division_code, name),
                           province=province or province_for(division_code) or "", discovery=found)
        plan = plan_files(portal, portal_dir=portal_dir, portals=portals, force=force)
        refuse_saved_hosts(found.pages, portals, slug)
        check_registry_entry(plan[portal_dir / f"{slug}.toml"], slug, portal_dir, force)
        written = write_files(plan, force=force)
    except (ScaffoldError, RegistryError, DiscoverError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{slug}: {name} — family {found.family}; newest report "
               f"{found.report_year or '(year unknown)'}: {found.report.title}\n"
               f"  {found.report.url}")
    for path in written:
        click.echo(f"wrote {path}")
    # The crawl test reads only the registry and tests/portals: suggest it for those alone.
    elsewhere = Path(portal_dir).resolve() != Path(DEFAULT_PORTAL_DIR).resolve()
    option = f" --portal-dir {portal_dir}" if elsewhere else ""
    test = ("" if elsewhere or Path(portals) != Path("tests/portals") else
            f"pytest tests/crawler/test_crawl_sites.py -k {slug}   and   ")
    click.echo(f"next: {test}fazhi check-portal {slug} --replay {portals}{option}")


def refuse_saved_hosts(pages: Any, portals: Path, slug: str) -> None:
    """The replay server keeps each host's pages in one portal folder: a second folder for a
    host already saved (the same portal under a new slug, a column on a test portal's host) made
    every replay of `portals` fail ("host … is saved twice"), test_crawl_sites included."""
    from crawler.replay.sites import PortalSites

    sites = PortalSites(portals)
    for host in sorted({urlsplit(url).hostname or "" for url in pages}):
        others = [p for p in sites.candidates(host) if p.parent.parent.name != slug]
        if others:
            raise click.ClickException(
                f"{host}'s pages are saved already, in {others[0]} (portal "
                f"{others[0].parent.parent.name}), and the replay server keeps each host in one "
                f"folder: if it is that portal, edit its entry; else write this one elsewhere "
                f"(--portals DIR --portal-dir DIR)")


def scaffold_from(fetcher: Any, url: str, division_code: str, family: str | None, *,
                  budget: int) -> Any:
    """What new-portal writes down, from the listing at `url` — or, when `url` is a home page
    or holds no report, from the column `discover` finds there (printing what it chose)."""
    from crawler.discover_fetch import PoliteFetcher, discover_column
    from fazhi.portal_scaffold import ScaffoldError, discover

    if not is_site_root(url):
        try:
            return discover(fetcher, url, division_code, family)
        except ScaffoldError as exc:
            click.echo(f"{exc}\nlooking for the report column from there (discover)")
    found = discover_column(url, budget=budget, fetcher=PoliteFetcher(proxy=fetcher.replay_url))
    if found.best is None:
        raise ScaffoldError(f"{url}: no column with a report title found within {budget} "
                            "requests; pass the column's URL (see `fazhi discover`)")
    best = found.best
    click.echo(f"discover chose {best.url}: {len(best.reports)} report(s), "
               f"years {_years(best.years)} ({found.requests} requests)")
    return discover(fetcher, best.url, division_code, family)


def _years(years: list[int]) -> str:
    return ", ".join(map(str, years)) or "none named"


@click.command("discover")
@click.argument("home_url", callback=web_url)
@click.option("--budget", type=click.IntRange(min=1), default=DISCOVER_BUDGET, show_default=True,
              help="At most this many requests (robots.txt included).")
@click.option("--replay", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Fetch from saved pages in this directory (127.0.0.1), not the network.")
def discover_command(home_url: str, budget: int, replay: Path | None) -> None:
    """Find a portal's 法治政府建设 report column from its home page: follow the 政务公开 /
    政府信息公开 / 法定主动公开内容 / 法治政府建设 navigation best-first within a request
    budget, politely (robots.txt, a delay between requests), list every column seen holding
    reports, and pick the best. Exit status 1 when none is found.

    \b
    Example:
        fazhi discover http://www.hanyang.gov.cn/
        fazhi discover http://www.jinhe.gov.cn/ --replay tests/portals
    """
    from crawler.discover_fetch import DiscoverError, PoliteFetcher, discover_column

    with page_fetcher(replay, home_url) as pages:
        fetcher = PoliteFetcher(proxy=pages.replay_url)
        click.echo(f"discover {home_url}: budget {budget} requests, {fetcher.delay:g} s between "
                   "requests, robots.txt obeyed")
        try:
            found = discover_column(home_url, budget=budget, fetcher=fetcher, progress=click.echo)
        except DiscoverError as exc:
            raise click.ClickException(str(exc)) from exc
    print_discovery(found)
    sys.exit(0 if found.best else 1)


def print_discovery(found: Any) -> None:
    """The candidate columns, best first, with their reports; then the choice."""
    click.echo(f"\n{found.requests} of {found.budget} requests used; "
               f"{len(found.candidates)} column(s) holding reports:")
    for rank, column in enumerate(found.candidates, 1):
        click.echo(f"{rank:>3}. {len(column.reports)} report(s), years {_years(column.years)}"
                   f"  {column.url}" + (f"  (moved from {column.moved_from})"
                                        if column.moved_from else ""))
        for report in column.reports:
            click.echo(f"       {report.year or '????'}  {report.title}")
    for url in found.blocked:
        click.echo(f"  not fetched (robots.txt): {url}")
    if found.best:
        click.echo(f"best: {found.best.url}")
    else:
        click.echo(f"no column with a report title found within {found.budget} requests")


def check_registry_entry(toml: bytes, slug: str, portal_dir: Path, force: bool) -> None:
    """Validate the entry as the registry will (RegistryError names the key), and refuse a
    slug that another registry file already uses."""
    from settings.registry import load_portal, load_registry, portal_dirs

    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / f"{slug}.toml"
        path.write_bytes(toml)
        load_portal(path)
    dirs = [d for d in portal_dirs([portal_dir]) if d.is_dir()]
    existing = load_registry(dirs).get(slug)
    target = (portal_dir / f"{slug}.toml").resolve()
    if existing and Path(existing.source).resolve() != target:
        raise RegistryError(f"slug {slug!r} is already registered in {existing.source}")
    if existing and not force:
        raise RegistryError(f"{target} exists (pass --force to replace it)")


@click.command("check-portal")
@click.argument("slug")
@click.option("--replay", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Crawl saved pages in this directory (127.0.0.1) instead of the network.")
@click.option("--data-dir", type=DIRECTORY,
              help="Keep the crawl's archive.db/corpus.db here (default: a temporary directory,"
                   " so your archive is untouched).")
@click.option("--portal-dir", "portal_dirs", multiple=True, type=DIRECTORY,
              help="Extra directory of portal TOML entries (repeatable).")
def check_portal(slug: str, replay: Path | None, data_dir: Path | None,
                 portal_dirs: tuple[Path, ...]) -> None:
    """Crawl one portal and show what it found: reports per year, items skipped and why,
    blocked or failed fetches, and a verdict. With --replay, a portal folder holding an
    expected.json (tests/portals/README.md) is compared with the crawl too, a false alarm
    named. Exit status 1 when no report was found, the crawl failed or differs from it.

    \b
    Example:
        fazhi check-portal hanyang --replay tests/portals
    """
    from fazhi.portal_check import crawl_one, print_check

    with tempfile.TemporaryDirectory(prefix="fazhi-check-") as scratch:
        target = data_dir or Path(scratch)
        try:
            result = crawl_one(slug, data_dir=target, replay=replay, portal_dirs=portal_dirs)
        except RegistryError as exc:
            from fazhi.portal_hints import unknown_portal_hint

            hint = unknown_portal_hint([slug], replay, portal_dirs)
            raise click.ClickException(f"{exc}{hint}") from None
        folder = replay / slug if replay else None
        found = print_check(slug, result, folder if folder and (
            folder / "expected.json").is_file() else None)
    sys.exit(0 if found else 1)


@click.group()
def commands() -> None:
    """The portal commands on their own (normally: `fazhi new-portal`, `fazhi check-portal`)."""


commands.add_command(new_portal)
commands.add_command(check_portal)
commands.add_command(discover_command)

if __name__ == "__main__":
    commands()
