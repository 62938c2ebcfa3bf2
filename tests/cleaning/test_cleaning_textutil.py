"""cleaning/textutil: the prefix-first letter test agrees with the full count."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cleaning.textutil import has_letters, letter_count

TEXTS = st.text(alphabet="一二三，。 ab_1\u3000\n", max_size=80)


@given(TEXTS, st.integers(min_value=0, max_value=50))
def test_has_letters_is_the_letter_count_compared(text, at_least):
    assert has_letters(text, at_least) == (letter_count(text) >= at_least)


def test_has_letters_counts_past_a_prefix_of_punctuation():
    assert has_letters("，" * 500 + "一" * 200, 200)
    assert not has_letters("，" * 500 + "一" * 199, 200)
