"""The held-out portal rounds written blind (by helpers who had not read crawler/), replayed as
regression guards once the crawler was fixed against them: every expected report collected once
with its year, no extra document, every expected failure named. The newest round is kept out
of the suite on purpose: it measures the crawler on sites nobody fixed anything for
(bench/portal_score.py, outside the suite)."""

from __future__ import annotations

import pytest

from bench.portal_score import score_directory
from tests.crawler.crawl_helpers import ROOT

# Fixed against and now guarded (every report of rounds 2-9 and 12-16); rounds 10 and 11 are
# partly fixed (decided misses: a cookie wall, a column reached only through a topic page), and
# tests/heldout_portals17 is the kept-out measure.
GUARDED_ROUNDS = (*(f"heldout_portals{n}" for n in range(2, 10)),
                  *(f"heldout_portals{n}" for n in range(12, 17)))


@pytest.mark.parametrize("name", GUARDED_ROUNDS)
def test_a_blind_round_stays_complete(name: str) -> None:
    scores = score_directory(ROOT / "tests" / name)
    assert len(scores) >= 4, f"{name}: {len(scores)} portals"
    short = {score.slug: score.problems for score in scores if not score.perfect}
    assert not short, short
    assert sum(score.collected for score in scores) == sum(score.expected for score in scores)
    assert all(score.failures_named == score.failures_expected for score in scores)
