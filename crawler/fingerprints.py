"""Which CMS family a portal runs, guessed from its URLs and markup (for `fazhi new-portal`).

The fingerprints are data in the family table (settings/families.py): per family, alternative
sets of patterns; a family matches when every pattern of one of its sets is found in the
evidence (the listing's and an article's URL and markup together). Families are tried in the
table's fingerprint order: the first match wins, so the more specific platforms come before TRS,
whose createPageHTML pager other platforms copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from settings import families
from settings.families import FALLBACK_FAMILY, Family, fingerprint_order

__all__ = ["FALLBACK_FAMILY", "guess_family", "matching_families"]


@lru_cache(maxsize=4)
def _compiled(table: tuple[Family, ...]) -> tuple[tuple[str, tuple[tuple[re.Pattern[str], ...],
                                                                    ...]], ...]:
    return tuple((family.name, tuple(tuple(re.compile(p, re.I) for p in alternative)
                                     for alternative in family.fingerprints))
                 for family in fingerprint_order(table))


def matching_families(evidence: str) -> list[str]:
    """Every family whose fingerprint is in `evidence`, in precedence order."""
    return [name for name, alternatives in _compiled(families.FAMILY_TABLE)
            if any(all(p.search(evidence) for p in alternative) for alternative in alternatives)]


def guess_family(texts: Iterable[str]) -> str:
    """The CMS family of a portal from its URLs and page texts (generic when none matches)."""
    found = matching_families("\n".join(texts))
    return found[0] if found else FALLBACK_FAMILY
