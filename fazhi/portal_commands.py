"""`fazhi new-portal` and `fazhi check-portal`: add a portal to the registry, try one out.

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

import click

from settings.registry import DEFAULT_PORTAL_DIR, FAMILIES, SLUG_RE, RegistryError

DIVISION_CODE_RE = re.compile(r"^[1-8]\d{5}$")
DIRECTORY = click.Path(file_okay=False, path_type=Path)


@contextmanager
def page_fetcher(replay: Path | None) -> Iterator[Any]:
    """A PageFetcher: over the network, or with `replay` only from a local replay server."""
    from fazhi.portal_scaffold import PageFetcher

    if replay is None:
        yield PageFetcher()
        return
    from crawler.replay.server import ReplayServer

    with ReplayServer(replay) as server:
        yield PageFetcher(server.url)


@click.command("new-portal")
@click.argument("slug")
@click.argument("url")
@click.option("--name", help="The portal's name (default: its SiteName meta or page title).")
@click.option("--division-code", prompt="GB/T 2260 division code", help="Six digits.")
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
def new_portal(slug: str, url: str, name: str | None, division_code: str, level: str | None,
               province: str | None, family: str | None, portals: Path, replay: Path | None,
               portal_dir: Path, force: bool) -> None:
    """Add a portal: fetch its listing URL and newest report, guess the CMS family, write the
    registry entry, and the portal's test folder: the pages saved for the replay server and
    expected.json (what was found), which the crawl test of every portal checks.

    \b
    Example:
        fazhi new-portal hanyang http://www.hanyang.gov.cn/zwgk/zc/fzzfjs/index.shtml \\
            --division-code 420105
    """
    from fazhi.portal_files import NewPortal, plan_files, write_files
    from fazhi.portal_scaffold import ScaffoldError, discover
    from settings.divisions import level_for, province_for

    if not SLUG_RE.match(slug):
        raise click.BadParameter("lowercase letters, digits and _, starting with a letter",
                                 param_hint="SLUG")
    if not DIVISION_CODE_RE.match(division_code):
        raise click.BadParameter("six digits (GB/T 2260)", param_hint="--division-code")
    try:
        with page_fetcher(replay) as fetcher:
            found = discover(fetcher, url, division_code, family)
        name = name or found.site_name
        if not name:
            raise ScaffoldError("no SiteName or title on the pages: pass --name")
        portal = NewPortal(slug=slug, name=name, division_code=division_code,
                           level=level or level_for(division_code, name),
                           province=province or province_for(division_code) or "", discovery=found)
        plan = plan_files(portal, portal_dir=portal_dir, portals=portals, force=force)
        check_registry_entry(plan[portal_dir / f"{slug}.toml"], slug, portal_dir, force)
        written = write_files(plan, force=force)
    except (ScaffoldError, RegistryError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{slug}: {name} — family {found.family}; newest report "
               f"{found.report_year or '(year unknown)'}: {found.report.title}\n"
               f"  {found.report.url}")
    for path in written:
        click.echo(f"wrote {path}")
    click.echo(f"next: pytest tests/crawler/test_crawl_sites.py -k {slug}   and   "
               f"fazhi check-portal {slug} --replay {portals}")


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
    blocked or failed fetches, and a verdict. Exit status 1 when no report was found.

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
            raise click.ClickException(str(exc)) from exc
        found = print_check(slug, result)
    sys.exit(0 if found else 1)


@click.group()
def commands() -> None:
    """The portal commands on their own (normally: `fazhi new-portal`, `fazhi check-portal`)."""


commands.add_command(new_portal)
commands.add_command(check_portal)

if __name__ == "__main__":
    commands()
