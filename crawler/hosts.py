"""Which hosts belong to a portal's government: the hosts its registry entry lists (and their
subdomains), and for articles also the other hosts of the same registrable domain under a
government suffix — a county's portal www.x.gov.cn links its reports on its justice bureau's
sfj.x.gov.cn. The registrable domain comes from the Public Suffix List as tldextract bundles it
(no network: no list is fetched).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit

from tldextract import TLDExtract

# --- data ---------------------------------------------------------------------------------------
# Public suffixes whose registrable domains are each one government's (x.gov.cn).
GOVERNMENT_SUFFIXES = ("gov.cn",)

_EXTRACT = TLDExtract(suffix_list_urls=(), cache_dir=None)   # the bundled snapshot only


@lru_cache(maxsize=4096)
def government_domain(host: str) -> str:
    """The registrable domain of `host` when it is under a government suffix, else ""."""
    found = _EXTRACT(host.lower().rstrip("."))
    if found.suffix not in GOVERNMENT_SUFFIXES:
        return ""
    return found.top_domain_under_public_suffix


def site_host(host: str) -> str:
    """The host without a leading `www.`: a site answering on `www.x` and on `x` is one site
    (its pager and rows link either)."""
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def listed_host(host: str, domains: Iterable[str]) -> bool:
    """`host` is one of `domains` or a subdomain of one (the registry's allowed_domains)."""
    return any(host == domain or host.endswith("." + domain) for domain in domains)


def same_government(url: str, domains: Iterable[str]) -> bool:
    """`url` is on a listed host (or its `www.` twin), or on another host of a listed host's
    government domain."""
    host = (urlsplit(url).hostname or "").lower()
    if not host:
        return False
    domain = government_domain(host)
    if listed_host(host, domains) or any(site_host(host) == site_host(d) for d in domains):
        return True
    return bool(domain) and any(
        government_domain(listed) == domain for listed in domains)
