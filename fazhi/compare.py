"""`fazhi compare PORTAL YEAR1 YEAR2`: one portal's two reports side by side, by level-1 category.

Within each category the measures (level-2 and level-3 headings) of the two reports are paired
by similarity — the Dice score of the headings' character bigrams, without numbers, years and the
generic verbs every heading starts with, so "坚持党的全面领导，把牢法治政府建设正确方向" and
"加强党的领导，统筹推进法治政府建设" are one measure — best pairs first. A measure of YEAR2 with
no partner at MATCH_THRESHOLD or above is new, one of YEAR1 dropped.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from cleaning.document import CATEGORIES
from db.corpus.store import Corpus, CorpusError

MATCH_THRESHOLD = 0.4            # bigram Dice score at which two headings are one measure
MEASURE_LEVELS = (2, 3)          # the headings a category's measures are read from
# Verbs every measure heading starts with: they say nothing about which measure it is.
GENERIC_WORDS = ("进一步", "坚持", "加强", "推进", "推动", "提升", "提高", "完善", "健全", "全面",
                 "深入", "持续", "着力", "不断", "强化", "深化", "大力", "切实", "扎实", "发挥")
NOT_COMPARED = re.compile("|".join(GENERIC_WORDS)
                          + r"|[\d〇一二三四五六七八九十年度]+|[\s\W_]+")  # numbers, years, marks
# A year's reports, the one compared first: the portal's own (its publisher ends the portal's
# name: 秣陵区人民政府 of 南京市秣陵区人民政府), not a department's it also posted; then the
# one with most sections.
REPORT_SQL = """SELECT d.id, d.title, d.url
FROM documents d LEFT JOIN portals p ON p.slug = d.portal
WHERE d.portal = ? AND d.report_year = ? AND d.duplicate_of IS NULL
ORDER BY coalesce(p.name LIKE '%' || d.publisher, 0) DESC,
         (SELECT COUNT(*) FROM sections s WHERE s.document_id = d.id) DESC, d.id"""
SECTIONS_SQL = """SELECT level, heading, part, length(heading) + length(text) FROM sections
WHERE document_id = ? ORDER BY ordinal"""


class CompareError(CorpusError):
    """No report to compare (a portal or year the corpus does not hold)."""


@dataclass
class Report:
    year: int
    title: str
    url: str
    chars: dict[str, int] = field(default_factory=dict)         # category → characters
    measures: dict[str, list[str]] = field(default_factory=dict)  # category → headings
    others: list[str] = field(default_factory=list)   # titles of the year's other reports


@dataclass
class CategoryComparison:
    category: str
    chars: tuple[int, int]
    kept: list[tuple[str, str, float]]     # (YEAR1 heading, YEAR2 heading, similarity)
    dropped: list[str]                     # YEAR1 only
    new: list[str]                         # YEAR2 only


@dataclass
class Comparison:
    portal: str
    reports: tuple[Report, Report]
    categories: list[CategoryComparison]

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for report in data["reports"]:
            del report["measures"]
        for category in data["categories"]:
            category["kept"] = [{"old": old, "new": new, "similarity": round(score, 2)}
                                for old, new, score in category["kept"]]
        return data


def compare(corpus_path: str | Path, portal: str, year1: int, year2: int, *,
            threshold: float = MATCH_THRESHOLD) -> Comparison:
    """The two reports of ``portal`` for ``year1`` and ``year2``, category by category."""
    with Corpus(corpus_path) as corpus:
        first, second = (load_report(corpus, portal, year) for year in (year1, year2))
    names = [c for c in CATEGORIES if c in first.chars or c in second.chars]
    names += sorted((set(first.chars) | set(second.chars)) - set(names))
    return Comparison(portal, (first, second), [
        compare_category(name, first, second, threshold=threshold) for name in names])


def load_report(corpus: Corpus, portal: str, year: int) -> Report:
    """A portal's report of a year (its own, then the one with most sections, if several)."""
    rows = corpus.db.execute(REPORT_SQL, [portal, year]).fetchall()
    if not rows:
        raise CompareError(_missing(corpus, portal, year))
    row = rows[0]
    report = Report(year, row[1] or "", row[2], others=[other[1] or other[2]
                                                        for other in rows[1:]])
    for level, heading, part, chars in corpus.db.execute(SECTIONS_SQL, [row[0]]):
        for category in (part or "none").split(","):
            report.chars[category] = report.chars.get(category, 0) + chars
            if level in MEASURE_LEVELS and heading:
                report.measures.setdefault(category, []).append(heading)
    return report


def compare_category(name: str, first: Report, second: Report, *,
                     threshold: float = MATCH_THRESHOLD) -> CategoryComparison:
    old, new = first.measures.get(name, []), second.measures.get(name, [])
    pairs = sorted(((similarity(a, b), i, j) for i, a in enumerate(old)
                    for j, b in enumerate(new)), reverse=True)
    kept, used_old, used_new = [], set(), set()
    for score, i, j in pairs:
        if score < threshold:
            break
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            kept.append((i, old[i], new[j], score))
    return CategoryComparison(
        name, (first.chars.get(name, 0), second.chars.get(name, 0)),
        [(a, b, score) for _, a, b, score in sorted(kept)],
        [h for i, h in enumerate(old) if i not in used_old],
        [h for j, h in enumerate(new) if j not in used_new])


def similarity(a: str, b: str) -> float:
    """Dice score of the headings' character bigrams (shared bigrams over their mean number),
    generic verbs, numbers and marks left out."""
    x, y = _bigrams(a), _bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else float(a == b)


def _bigrams(text: str) -> set[str]:
    core = NOT_COMPARED.sub("", text)
    return {core[i:i + 2] for i in range(len(core) - 1)} or ({core} if core else set())


def _missing(corpus: Corpus, portal: str, year: int) -> str:
    years = [y for (y,) in corpus.db.execute(
        "SELECT DISTINCT report_year FROM documents WHERE portal = ? AND report_year IS NOT NULL "
        "AND duplicate_of IS NULL ORDER BY report_year", [portal])]
    copied = corpus.db.execute(
        "SELECT o.portal FROM documents d JOIN documents o ON o.id = d.duplicate_of "
        "WHERE d.portal = ? AND d.report_year = ?", [portal, year]).fetchone()
    if copied:   # counted, and compared, where it was first found
        return f"{portal}'s {year} report is a copy of {copied[0]}'s: compare {copied[0]}"
    if years:
        return f"no {year} report of {portal} in {corpus.path}; its years: " \
               f"{', '.join(map(str, years))}"
    portals = [p for (p,) in corpus.db.execute(
        "SELECT DISTINCT portal FROM documents WHERE portal IS NOT NULL ORDER BY portal")]
    return f"no reports of portal {portal!r} in {corpus.path}; portals: {', '.join(portals)}"


# --- terminal -------------------------------------------------------------------------------

MARKS = {"kept": "=", "dropped": "-", "new": "+"}


def format_comparison(comparison: Comparison, *, width: int = 100) -> str:
    """Two columns, YEAR1 | YEAR2, a block per category: = kept, - dropped, + new."""
    first, second = comparison.reports
    column = max(20, (width - 5) // 2)
    lines = [f"{comparison.portal}: {first.year} | {second.year}",
             f"  {first.year}: {first.title}", f"  {second.year}: {second.title}"]
    lines += [f"  ({report.year} has {len(report.others) + 1} reports: the portal's own, else "
              f"the longest, is compared; not: {'; '.join(report.others)})"
              for report in (first, second) if report.others]
    lines.append("(= the same measure in both · - dropped in the later report · + new in it)")
    for category in comparison.categories:
        a, b = category.chars
        lines += ["", f"── {category.category}: {a:,} → {b:,} characters "
                      f"({len(category.kept)} kept, {len(category.dropped)} dropped, "
                      f"{len(category.new)} new)"]
        rows = [(MARKS["kept"], old, new) for old, new, _ in category.kept]
        rows += [(MARKS["dropped"], old, "") for old in category.dropped]
        rows += [(MARKS["new"], "", new) for new in category.new]
        lines += [f"{mark} {_fit(old, column)} │ {_fit(new, column)}".rstrip()
                  for mark, old, new in rows]
    return "\n".join(lines)


def _fit(text: str, width: int) -> str:
    """``text`` cut and padded to ``width`` terminal cells (a Han character takes two)."""
    import unicodedata

    def cells(char: str) -> int:
        return 2 if unicodedata.east_asian_width(char) in "WF" else 1

    if sum(map(cells, text)) > width:
        cut, used = "", 0
        for char in text:
            if used + cells(char) > width - 1:
                break
            cut, used = cut + char, used + cells(char)
        text = cut + "…"
    return text + " " * (width - sum(map(cells, text)))
