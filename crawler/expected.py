"""Reports a scheduled crawl should have found by now: alert when last year's report is missing.

Every government must publish its report on year Y in the first quarter of Y+1. A portal that
has published a report for every year since its first one (at least two years running) but has
none for last year once the deadline has passed is worth a person's look: the report may sit
in a new column, behind a changed page layout, or not be out yet.
"""

from __future__ import annotations

import json
import logging
import os
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from db.corpus.store import Corpus

# Reports on year Y are due by the end of March of Y+1: from 1 April on, a missing one counts.
PUBLICATION_DEADLINE = (4, 1)          # (month, day) of the year after the report year
MIN_CONSECUTIVE_YEARS = 2              # an unbroken run this long makes the next year expected
# YYYY-MM-DD: the date overdue reports are judged on when the caller gives none. Saved pages
# are a snapshot: the test suite fixes it, so that no test portal turns overdue with the
# calendar; a replay of an old snapshot can too.
TODAY_ENV = "FAZHI_TODAY"

logger = logging.getLogger(__name__)

REPORT_YEARS_SQL = """
SELECT DISTINCT portal, report_year FROM documents
WHERE report_year IS NOT NULL AND portal IN (SELECT value FROM json_each(?))
"""


def judging_date(today: date | None = None) -> date:
    """`today` when given (the runner's --today), else $FAZHI_TODAY, else the real date."""
    if today is not None:
        return today
    value = os.environ.get(TODAY_ENV, "").strip()
    if value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            logger.warning("%s=%r is not a date (YYYY-MM-DD): overdue reports are judged on "
                           "today's date", TODAY_ENV, value)
    return date.today()


def deadline_passed(today: date) -> bool:
    """Whether the reports on last year (today.year - 1) are due by `today`."""
    return today >= date(today.year, *PUBLICATION_DEADLINE)


def missing_year(years: Iterable[int], today: date) -> int | None:
    """Last year, when `years` (a portal's report years) run unbroken from the first one up to
    the year before it, at least MIN_CONSECUTIVE_YEARS long, and the deadline has passed."""
    have = set(years)
    last = today.year - 1
    if not deadline_passed(today) or last in have:
        return None
    earlier = {year for year in have if year < last}
    if not earlier:
        return None
    expected = set(range(min(earlier), last))
    if len(expected) < MIN_CONSECUTIVE_YEARS or not expected <= have:
        return None
    return last


def report_years(corpus: Corpus, portals: Iterable[str]) -> dict[str, set[int]]:
    """The report years of each portal's documents (duplicates included: still published)."""
    years: dict[str, set[int]] = defaultdict(set)
    for portal, year in corpus.db.execute(REPORT_YEARS_SQL, [json.dumps(list(portals))]):
        years[portal].add(int(year))
    return years


def expected_missing(corpus: Corpus | str | Path, portals: Iterable[str],
                     today: date | None = None) -> list[tuple[str, int]]:
    """(portal, year) for each of `portals` whose report on last year is overdue on `today`
    (default: `judging_date()`)."""
    today = judging_date(today)
    slugs = list(portals)
    if isinstance(corpus, Corpus):
        years = report_years(corpus, slugs)
    elif not Path(corpus).exists():
        return []
    else:
        with Corpus(corpus) as opened:
            years = report_years(opened, slugs)
    found = ((slug, missing_year(years.get(slug, set()), today)) for slug in slugs)
    return [(slug, year) for slug, year in found if year is not None]
