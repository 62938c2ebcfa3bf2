"""Why a page asked of the replay server (``--replay DIR``) is not there, said before asking.

A user who gives `--replay` one portal's folder (``tests/portals/hanyang``, not
``tests/portals``), an empty folder or one saving other hosts got "HTTP 404 Not Found", then
"the home page could not be fetched (404)": a missing page, it seemed, not a wrong folder.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from crawler.replay.sites import SITE_DIR, PortalSites

SHOWN_HOSTS = 3   # hosts named when the folder saves others


def unsaved_host_message(replay: Path, url: str) -> str | None:
    """One line saying that `url`'s host has no saved pages under `replay`, and what the
    folder holds instead; None when the host is saved there."""
    host = urlsplit(url).hostname or ""
    sites = PortalSites(replay)
    if sites.host_dir(host) is not None:
        return None
    return (f"{url}: the page could not be fetched: no saved pages for {host} under {replay} "
            f"({_what_it_holds(replay, sites)})")


def _what_it_holds(replay: Path, sites: PortalSites) -> str:
    if (replay / SITE_DIR).is_dir():
        return (f"it is one portal's folder: give the folder of portal folders, "
                f"{replay.parent}, as --replay")
    hosts = sorted(sites.hosts())
    if not hosts:
        return ("it holds no saved pages: --replay takes a folder of portal folders, "
                "<slug>/site/<host>/…, such as tests/portals")
    more = f" and {len(hosts) - SHOWN_HOSTS} more" if len(hosts) > SHOWN_HOSTS else ""
    return f"it saves {', '.join(hosts[:SHOWN_HOSTS])}{more}; is the address right?"
