"""No super-linear path: the cleaner's time per MB on each adversarial shape (long script runs,
huge inline JSON, thousands of headings, links or table cells, deep nesting) stays within 4×
as the page grows — 30 KB → 300 KB here, 100 KB → 20 MB under `make fuzz` (the bench's
`clean_scaling` line measures the same). Process CPU time, best of a few runs at small sizes.
"""

from __future__ import annotations

import pytest

from bench import clean_scaling
from bench.adversarial import SHAPES
from tests.cleaning.regex_adversary import adversarial_inputs, all_patterns, matches_within
from tests.cleaning.test_cleaning_speed_shapes import ADVERSARIAL_CHARS, REGEX_SECONDS

GOAL_SPREAD = clean_scaling.GOAL_SPREAD


def _spread(shape: str, sizes: list[int]) -> list[float]:
    return [clean_scaling.seconds_per_mb(shape, size) for size in sizes]


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_time_per_mb_stays_flat_from_30_kb_to_300_kb(shape):
    per_mb = _spread(shape, [30_000, 300_000])
    assert max(per_mb) / min(per_mb) <= GOAL_SPREAD, (shape, per_mb)


@pytest.mark.fuzz
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_fuzz_time_per_mb_stays_flat_from_100_kb_to_20_mb(shape):
    per_mb = _spread(shape, clean_scaling.sizes(20))
    assert max(per_mb) / min(per_mb) <= GOAL_SPREAD, (shape, per_mb)


@pytest.mark.fuzz
@pytest.mark.parametrize("label", sorted(all_patterns()))
def test_fuzz_every_page_regex_on_every_fragment(label):
    """Every class sample and page fragment too (tests/cleaning tries the pattern's own)."""
    pattern = all_patterns()[label]
    for text in adversarial_inputs(pattern, ADVERSARIAL_CHARS, thorough=True):
        data = text.encode() if isinstance(pattern.pattern, bytes) else text
        assert matches_within(pattern, data, REGEX_SECONDS), (label, text[:20])
