"""One spider class per registry entry, generated on its family base.

The classes are module attributes with `__module__` set to this module, so Scrapy's SpiderLoader
(SPIDER_MODULES = crawler.spiders) finds them: `scrapy list`, `scrapy crawl hanyang`. Extra
registry directories come from the FAZHI_PORTAL_DIRS environment variable. A portal with odd
pages may instead have a hand-written subclass in `crawler/spiders/<slug>.py`; it is skipped here.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from crawler.families import FamilySpider, family_spider
from crawler.json_answers import JsonKeys
from crawler.paging_api import named_api
from settings.registry import Portal, RegistryError, load_registry

# Overrides that are Scrapy settings rather than family knobs.
SETTING_OVERRIDES = {
    "download_delay": "DOWNLOAD_DELAY", "concurrency": "CONCURRENT_REQUESTS_PER_DOMAIN",
}


def has_handwritten_spider(slug: str) -> bool:
    return importlib.util.find_spec(f"crawler.spiders.{slug}") is not None


def spider_class_for(portal: Portal, base: type[FamilySpider] | None = None) -> type[FamilySpider]:
    """A spider class for `portal`: its family base with the registry overrides applied."""
    base = base or family_spider(portal.family)
    attrs: dict[str, Any] = {
        "name": portal.slug, "portal": portal, "start_urls": list(portal.start_urls),
        "allowed_domains": list(portal.allowed_domains), "__module__": __name__,
        "__doc__": f"{portal.name} ({portal.family}), from {portal.source}",
    }
    custom_settings = dict(base.custom_settings or {})
    for key, value in portal.overrides.items():
        if key in SETTING_OVERRIDES:
            custom_settings[SETTING_OVERRIDES[key]] = value
        elif key.startswith("_") or not hasattr(base, key) or callable(getattr(base, key)):
            raise RegistryError(
                f"{portal.source}: unknown override {key!r} for family {portal.family!r}")
        else:
            attrs[key] = tuple(value) if isinstance(getattr(base, key), tuple) else value
    attrs["custom_settings"] = custom_settings
    check_listing_api(portal)
    return type(f"{portal.slug.title().replace('_', '')}Spider", (base,), attrs)


def check_listing_api(portal: Portal) -> None:
    """A listing API an entry names says where its page number goes; its key kinds exist."""
    overrides = portal.overrides
    try:
        if overrides.get("listing_api"):
            named_api(overrides["listing_api"], overrides.get("listing_api_form") or {},
                      portal.start_urls[0])
        JsonKeys().named(overrides.get("json_keys") or {})
    except ValueError as error:
        raise RegistryError(f"{portal.source}: [overrides] {error}") from None


def portal_spider_class(portal: Portal) -> type[FamilySpider]:
    """The hand-written spider of `portal` if there is one, else a generated class."""
    if not has_handwritten_spider(portal.slug):
        return spider_class_for(portal)
    module = importlib.import_module(f"crawler.spiders.{portal.slug}")
    for value in vars(module).values():
        if isinstance(value, type) and getattr(value, "name", None) == portal.slug:
            return value
    raise RegistryError(f"crawler/spiders/{portal.slug}.py defines no spider named {portal.slug!r}")


def generate(portals: dict[str, Portal]) -> dict[str, type[FamilySpider]]:
    return {slug: spider_class_for(p) for slug, p in portals.items()
            if not has_handwritten_spider(slug)}


PORTAL_SPIDERS = generate(load_registry())
globals().update({cls.__name__: cls for cls in PORTAL_SPIDERS.values()})
