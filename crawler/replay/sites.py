"""Where the replay server finds a host's saved pages: one or more roots, in either layout.

- flat: ``<root>/<host>/<path>`` (a scratch site built by a test);
- portals: ``<root>/<slug>/site/<host>/<path>`` (``tests/portals/``, one folder per portal).

A root is in the portals layout when one of its folders holds a ``site/`` folder. Hosts are
looked up per request, so a site written after the server started is served too. A host saved
twice (two portals, or two roots) is an error naming both folders: which copy is served would
otherwise depend on the order of a directory listing.
"""

from __future__ import annotations

import glob
from collections.abc import Iterable, Sequence
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from crawler.replay.rules import HOST_NAME
from crawler.session_ids import strip_session_query

SITE_DIR = "site"   # a portal folder's saved pages: <slug>/site/<host>/


def relative_file(path: str, query: str = "") -> str:
    """The file serving a URL path and query, relative to its host's folder: a path ending in
    `/` is its index.html, a query is appended after `@` (verbatim)."""
    relative = path.lstrip("/")
    if path.endswith("/") or not relative:
        relative += "index.html"
    return relative + (f"@{query}" if query else "")


def same_query_file(folder: Path, path: str, query: str) -> Path | None:
    """The saved `<path>@<query>` file under a host's `folder` whose query has the same
    parameters as `query` in another order (a crawler may reorder them), session ids aside (a
    server answers `?id=7` as the `?id=7&jsessionid=…` it wrote into a link), else None."""
    name = relative_file(path)
    wanted = _parameters(query)
    for file in sorted((folder / name).parent.glob(glob.escape(Path(name).name) + "@*")):
        if _parameters(file.name[len(Path(name).name) + 1:]) == wanted and file.is_file():
            return file
    return None


def session_file(folder: Path, path: str, query: str) -> Path | None:
    """The saved `<path>;jsessionid=…[@<query>]` file for a bare URL (a servlet container
    answers a link without its rewritten session id with the same page), else None."""
    name = Path(relative_file(path))
    if ";" in name.name:
        return None
    tail = f"@{query}" if query else ""
    for file in sorted((folder / name).parent.glob(glob.escape(name.name) + ";*")):
        if file.name.endswith(tail) and "@" not in file.name[:len(file.name) - len(tail)] \
                and file.is_file():
            return file
    return None


def _parameters(query: str) -> list[tuple[str, str]]:
    return sorted(parse_qsl(strip_session_query(query), keep_blank_values=True))


def url_file(site_root: Path, url: str) -> Path:
    """Where `url` is saved under a flat `site_root` (`<host>/<path>`)."""
    parts = urlsplit(url)
    return site_root / (parts.hostname or "") / relative_file(unquote(parts.path or "/"),
                                                             parts.query)


class SiteClashError(ValueError):
    """Two folders hold saved pages for one host name."""


class PortalSites:
    """Resolve a host name to its saved-pages folder under `roots`."""

    def __init__(self, roots: Path | str | Sequence[Path | str]) -> None:
        listed = [roots] if isinstance(roots, (str, Path)) else list(roots)
        self.roots = [Path(root).resolve() for root in listed]
        self._found: dict[str, Path] = {}

    def candidates(self, host: str) -> list[Path]:
        """Every folder saving `host` (more than one is a clash)."""
        if not HOST_NAME.fullmatch(host):
            return []
        found: list[Path] = []
        for root in self.roots:
            if is_portals_root(root):
                found += sorted(p for p in root.glob(f"*/{SITE_DIR}/{host}")
                                if p.is_dir() and not p.parent.parent.name.startswith("_"))
            elif (root / host).is_dir():
                found.append(root / host)
        return found

    def host_dir(self, host: str) -> Path | None:
        """The saved site of `host`; None when there is none. SiteClashError when two are."""
        known = self._found.get(host)
        if known is not None and known.is_dir():   # found once: a lookup globs every portal
            return known
        found = self.candidates(host)
        if len(found) > 1:
            raise SiteClashError(f"host {host} is saved twice: " + " and ".join(map(str, found)))
        if found:
            self._found[host] = found[0]
        return found[0] if found else None

    def saved_file(self, url: str) -> Path:
        """The file that serves `url` (FileNotFoundError when its host is not saved)."""
        parts = urlsplit(url)
        folder = self.host_dir(parts.hostname or "")
        if folder is None:
            raise FileNotFoundError(f"no saved pages for {parts.hostname} in "
                                    + ", ".join(map(str, self.roots)))
        return url_file(folder.parent, url)

    def hosts(self) -> dict[str, Path]:
        """{host: folder} over every root; SiteClashError names the first host saved twice."""
        table: dict[str, Path] = {}
        for host in sorted(self._host_names()):
            folder = self.host_dir(host)
            if folder is not None:
                table[host] = folder
        return table

    def _host_names(self) -> Iterable[str]:
        for root in self.roots:
            if not root.is_dir():
                continue
            pattern = f"*/{SITE_DIR}/*" if is_portals_root(root) else "*"
            yield from (entry.name for entry in root.glob(pattern) if entry.is_dir())


def is_portals_root(root: Path) -> bool:
    """A root in the portals layout: some folder of it holds a `site/` folder."""
    return any(entry.is_dir() for entry in root.glob(f"*/{SITE_DIR}"))
