"""A field value's checks and normal forms: placeholders and empty values left out, dates as
YYYY-MM-DD. Shared by the label/value pairs (cleaning/labels.py), the page's other metadata
(cleaning/metadata.py) and the field choice (cleaning/fields.py)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from cleaning.patterns import (
    CN_DATE_RX,
    CN_DIGITS,
    COMPACT_DATE_RX,
    DATE_RX,
    EMPTY_VALUES,
    EPOCH_RX,
    METADATA_VALUE_MAX_CHARS,
    PLACEHOLDER_MARKS,
)
from cleaning.sections import cn_to_int
from cleaning.textutil import has_letters, normalise_space

_CN_TZ = dt.timezone(dt.timedelta(hours=8))


# A character every placeholder opening starts with: most values have none (one search in C,
# not a find per mark).
_OPENING_RX = re.compile("[{}]".format(re.escape("".join(
    {opening[0] for opening, _ in PLACEHOLDER_MARKS}))))


def is_placeholder(value: str) -> bool:
    """An unrendered template value ({{detail.title}}, ${pubDate}, <%=title%>) or one that
    holds no letter or digit at all."""
    return ((_OPENING_RX.search(value) is not None
             and any(_encloses(value, opening, closing) for opening, closing in PLACEHOLDER_MARKS))
            or not has_letters(value, 1))


def _encloses(value: str, opening: str, closing: str) -> bool:
    """An opening mark with a closing mark after it. str.find, not a regex: `\\$\\{.*?\\}`
    retried from every "${" of a long unclosed run was quadratic."""
    start = value.find(opening)
    return start >= 0 and value.find(closing, start + len(opening)) >= 0


def clean_value(value: str | None) -> str | None:
    value = normalise_space(value or "").strip("：:|•· ")
    if (not value or value.lower() in EMPTY_VALUES or len(value) > METADATA_VALUE_MAX_CHARS
            or is_placeholder(value)):
        return None
    return value


def as_is(text: str) -> str:
    """The `simplify` of a page already in Simplified script: its text as it is."""
    return text


def normalise_date(value: str | None) -> str | None:
    """Any date form (2025-01-26, 2025年1月26日, 2025/1/26 15:16, full-width digits, 二〇二五年一月
    二十六日, 20250126, epoch seconds/ms) → YYYY-MM-DD."""
    if not value:
        return None
    value = unicodedata.normalize("NFKC", value).strip()      # ２０２５－０３－０５
    if EPOCH_RX.match(value):
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        return dt.datetime.fromtimestamp(seconds, _CN_TZ).strftime("%Y-%m-%d")
    match = DATE_RX.search(value) or COMPACT_DATE_RX.match(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        numerals = CN_DATE_RX.search(value)       # 二〇二五年三月五日
        if not numerals:
            return None
        year = int("".join(str(CN_DIGITS[ch]) for ch in numerals.group(1)))
        month, day = (cn_to_int(g) or 0 for g in numerals.group(2, 3))
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
