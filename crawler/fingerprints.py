"""Which CMS family a portal runs, guessed from its URLs and markup (for `fazhi new-portal`).

The fingerprints are data: per family, alternative sets of patterns; a family matches when every
pattern of one of its sets is found in the evidence (the listing's and an article's URL and
markup together). Families are tried in order: the first match wins, so the more specific
platforms come before TRS, whose createPageHTML pager other platforms copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

FALLBACK_FAMILY = "generic"

# family → alternatives; each alternative is a tuple of regexes that must all match.
FAMILY_FINGERPRINTS: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("gkmlpt", ((r"/gkmlpt/",),)),
    ("hanweb", ((r"/col/col\d+", r"<script[^>]*type=[\"']text/xml[\"']"),
                (r"<!--\s*ZJEG_RSS\.content\.begin",))),
    ("ucap", ((r"\bUCAP-CONTENT\b",),)),
    ("nfcms", ((r"\bnews_cont_d_wrap\b",),)),
    ("trs", ((r"\bcreatePageHTML\s*\(",), (r"\bTRS_(Editor|UEDITOR)\b",))),
)
_COMPILED = tuple((family, tuple(tuple(re.compile(p, re.I) for p in alternative)
                                 for alternative in alternatives))
                  for family, alternatives in FAMILY_FINGERPRINTS)


def matching_families(evidence: str) -> list[str]:
    """Every family whose fingerprint is in `evidence`, in precedence order."""
    return [family for family, alternatives in _COMPILED
            if any(all(p.search(evidence) for p in alternative) for alternative in alternatives)]


def guess_family(texts: Iterable[str]) -> str:
    """The CMS family of a portal from its URLs and page texts (generic when none matches)."""
    found = matching_families("\n".join(texts))
    return found[0] if found else FALLBACK_FAMILY
