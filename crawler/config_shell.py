"""A column shell whose script reads a JSON config before it builds its list API's URL.

    axios.get("/static/config/site.json").then(function (res) {
      var cfg = res.data;
      … axios.get(cfg.apiBase + cfg.listPath, {params: {channelId: cfg.channels.ndbg, page: p,
                                                        size: cfg.pageSize}}) …

The API's URL and parameters are names of the config's keys, so nothing can be asked before
the config is read. The config file is the one JSON file the inline script GETs by a literal
path (axios.get, $.getJSON, $.get, fetch, $.ajax's url); once it is in, every name the script
uses as `<name>.<key>…` with `<key>` a top-level key of the config stands for that key's value
(nested keys by dots: `cfg.channels.ndbg`), and the script's API calls are read again with
those values (crawler/paging_api.py): the paged ones are the listing.

Pure functions of a page's text and URL and the config's data (patterns are data, below); the
spider side is crawler/families/config_shells.py.
"""

from __future__ import annotations

import re
from typing import Any

from parsel import Selector

from crawler import load_more
from crawler.paging import PageRequest, absolute_url, page_base, same_site
from crawler.paging_api import api_calls, api_page

# --- patterns (data) ----------------------------------------------------------------------------
# A GET of a JSON file by a literal path: axios.get("/c/site.json"), $.getJSON('config.json'),
# fetch("./conf.json"), $.get(…), $.ajax({url: "…json"}).
CONFIG_FETCH_RE = re.compile(
    r"""(?:\baxios\.get|\$\.getJSON|\$\.get|\bfetch|\burl\s*:)\s*\(?\s*(['"])"""
    r"""(?P<path>[^'"\s]+\.json(?:\?[^'"\s]*)?)\1""")
MEMBER_RE = re.compile(r"(?<![\w$.])(?P<name>[A-Za-z_$][\w$]*)\.(?P<key>[A-Za-z_$][\w$]*)")
MAX_CONFIG_DEPTH = 4   # nested keys read: cfg.channels.ndbg is depth 2
MAX_CONFIGS = 2        # config files one page's script reads


def inline_scripts(text: str) -> str:
    """The page's inline scripts' code, joined (crawler/load_more.py reads them)."""
    return "\n".join(load_more.inline_scripts(Selector(text=text or "<html></html>")))


def config_urls(text: str, url: str) -> list[str]:
    """The JSON config files the page's inline script GETs by a literal path (its site)."""
    code = inline_scripts(text)
    base = page_base(text, url)
    found = [target for match in CONFIG_FETCH_RE.finditer(code)
             if (target := absolute_url(base, match["path"])) and same_site(target, url)]
    return list(dict.fromkeys(found))[:MAX_CONFIGS]


def config_names(code: str, config: Any) -> dict[str, str]:
    """Each `<name>.<key>…` the script may read, with `<key>` a top-level key of the config,
    mapped to the value (scalars only: `cfg.pageSize` → "6")."""
    if not isinstance(config, dict):
        return {}
    names = {m["name"] for m in MEMBER_RE.finditer(code) if m["key"] in config}
    leaves = dict(_leaves(config, "", 0))
    return {f"{name}.{path}": value for name in names for path, value in leaves.items()}


def _leaves(data: dict[str, Any], prefix: str, depth: int) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for key, value in data.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and depth < MAX_CONFIG_DEPTH:
            found += _leaves(value, f"{path}.", depth + 1)
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            found.append((path, str(value)))
    return found


def configured_calls(text: str, url: str, config: Any) -> list[PageRequest]:
    """Page 1 of each paged API call of the page's inline script, its names read from the
    config."""
    code = inline_scripts(text)
    known = config_names(code, config)
    if not known:
        return []
    calls = api_calls(code, page_base(text, url), known=known)
    return [api_page(call, call.first) for call in calls
            if call.page_field and same_site(call.url, url)]
