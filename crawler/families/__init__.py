"""CMS-family base spiders: listing -> pagination -> article, configured by registry entries.

Every module of this package is imported here, so a family's spider is found by its name alone:
one module per family, whose spider class sets `family = "<name>"` (an entry of
settings/families.py). `family_spider(name)` looks it up.
"""

from __future__ import annotations

import importlib
import pkgutil

from crawler.families.base import FamilySpider
from settings.families import family_names

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")


class NoFamilySpider(LookupError):
    """A family of the table has no spider class (or a name no family has)."""


def family_spiders() -> dict[str, type[FamilySpider]]:
    """{family name: spider class} of every spider class that declares a family."""
    found: dict[str, type[FamilySpider]] = {}
    pending = list(FamilySpider.__subclasses__())
    while pending:
        cls = pending.pop()
        pending += cls.__subclasses__()
        if "family" in cls.__dict__:
            found[cls.family] = cls
    return found


def family_spider(name: str) -> type[FamilySpider]:
    """The spider class of the family `name`."""
    spider = family_spiders().get(name)
    if spider is None:
        raise NoFamilySpider(f"no spider class for family {name!r}: add crawler/families/"
                             f"{name}.py with a FamilySpider subclass setting family = {name!r}")
    return spider


FAMILY_SPIDERS: dict[str, type[FamilySpider]] = {name: family_spider(name)
                                                 for name in family_names()}

__all__ = ["FAMILY_SPIDERS", "FamilySpider", "NoFamilySpider", "family_spider",
           "family_spiders"]
