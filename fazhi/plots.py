"""Figures of the corpus (matplotlib, written as PNG and SVG): coverage, a term's trend, part
lengths. `fazhi stats --plot DIR` writes all three, `fazhi trend TERM --plot FILE` one trend, and
`fazhi serve` shows them on a page of their own.

Chinese labels (provinces, the term) need a CJK font: the first of CJK_FONTS that matplotlib's
font manager finds (Debian: fonts-noto-cjk or fonts-wqy-zenhei). Without one, labels fall back to
ASCII (a province as its GB/T 2260 prefix, the term as its code points) instead of empty boxes.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from matplotlib import font_manager
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from db.corpus.stats import TrendPoint, part_lengths, term_trend

if TYPE_CHECKING:
    from db.corpus.quality import Coverage

CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC", "WenQuanYi Zen Hei",
             "WenQuanYi Micro Hei", "SimHei", "Microsoft YaHei", "PingFang SC")
FORMATS = ("png", "svg")
FIGURES = ("coverage", "trend", "part_lengths")     # the files stats --plot writes (+ .png/.svg)
DEFAULT_TREND_TERM = "复议"
DPI = 120
# Coverage cells: value → (colour, legend). Failed fetch kinds other than "blocked" share one.
CELL_KINDS = {0: ("#eeeeee", "missing"), 1: ("#2e7d32", "report"),
              2: ("#81c784", "report only as an attachment"), 3: ("#c62828", "blocked"),
              4: ("#ef6c00", "report link failed (not_found, timeout etc.)"),
              5: ("#90caf9", "copy of another portal's report")}


@dataclass
class CoverageGrid:
    portals: list[str]
    years: list[int]
    cells: list[list[int]]                  # CELL_KINDS keys, one row per portal
    notes: dict[tuple[int, int], str] = field(default_factory=dict)   # (row, col) → failure kind


def cjk_font() -> str | None:
    """The family name of an installed CJK font matplotlib can use, or None."""
    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    return next((name for name in CJK_FONTS if name in installed), None)


@cache
def _font_properties() -> dict[str, list[str]]:
    # A CJK font with only a "medium" weight makes the font manager log a warning per lookup.
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    font = cjk_font()
    return {"family": [font, "DejaVu Sans"] if font else ["DejaVu Sans"]}


def label(text: str) -> str:
    """``text`` as the figure can draw it: unchanged with a CJK font, else ASCII."""
    if cjk_font() or text.isascii():
        return text
    from settings.divisions import PROVINCES

    prefix = next((code for code, name in PROVINCES.items() if name == text), None)
    return f"province {prefix}" if prefix else text.encode("ascii", "backslashreplace").decode()


def coverage_grid(corpus_path: Path, archive_path: Path | None = None) -> CoverageGrid:
    """Portals × every year from the first to the last report: report, attachment only,
    blocked, other failed report link (from the archive, when given), or missing."""
    from db.corpus.quality import coverage_facts

    facts = coverage_facts(corpus_path, archive_path)
    known = facts.years
    years = list(range(known[0], known[-1] + 1)) if known else []
    grid = CoverageGrid(facts.portals, years, [])
    for row, portal in enumerate(grid.portals):
        grid.cells.append([_cell_kind(facts, (portal, year)) for year in years])
        grid.notes.update({(row, col): facts.problems[(portal, year)]
                           for col, year in enumerate(years) if grid.cells[-1][col] in (3, 4)})
    return grid


def _cell_kind(facts: Coverage, cell: tuple[str, int]) -> int:
    """The CELL_KINDS key of one (portal, year): a report (attachment only), a failed report
    link (blocked or other), a copy, or missing."""
    if facts.counts.get(cell):
        return 2 if cell in facts.attached else 1
    problem = facts.problems.get(cell)
    if problem:
        return 3 if problem == "blocked" else 4
    return 5 if cell in facts.copies else 0


def coverage_figure(grid: CoverageGrid) -> Figure:
    fig = _figure(max(4.0, 1.0 + 0.7 * len(grid.years)), max(2.5, 1.2 + 0.4 * len(grid.portals)))
    ax = fig.subplots()
    colours = ListedColormap([colour for colour, _ in CELL_KINDS.values()])
    ax.imshow(grid.cells or [[0]], cmap=colours, vmin=0, vmax=len(CELL_KINDS) - 1,
              aspect="auto")
    for (row, col), problem in grid.notes.items():
        ax.text(col, row, problem.replace("_", " "), ha="center", va="center", fontsize=7,
                color="white")
    for row, cells in enumerate(grid.cells):          # "-" a missing year, "=" a copy
        for col, kind in enumerate(cells):
            if kind in (0, 5):
                ax.text(col, row, "-" if kind == 0 else "=", ha="center", va="center",
                        color="#888888")
    ax.set_xticks(range(len(grid.years)), [str(y) for y in grid.years])
    ax.set_yticks(range(len(grid.portals)), grid.portals)
    ax.set_xticks([x - 0.5 for x in range(1, len(grid.years))], minor=True)   # cell borders
    ax.set_yticks([y - 0.5 for y in range(1, len(grid.portals))], minor=True)
    ax.grid(which="minor", color="white", linewidth=2)
    ax.tick_params(which="minor", length=0)
    ax.set_xlabel("report year")
    ax.set_title("Reports collected, by portal and report year")
    handles = [Patch(color=colour, label=name) for colour, name in CELL_KINDS.values()]
    ax.legend(handles=handles, loc="center left", bbox_to_anchor=(1.02, 0.5), fontsize=7,
              frameon=False)   # beside the grid: below it, it met the axis label
    return fig


def trend_figure(points: Sequence[TrendPoint], term: str, by: str) -> Figure:
    """One line per province (or level): the term's occurrences per 10,000 characters."""
    fig = _figure(7.0, 4.0)
    ax = fig.subplots()
    for group in sorted({p.group for p in points}):
        mine = sorted((p for p in points if p.group == group), key=lambda p: p.year)
        ax.plot([p.year for p in mine], [p.per_10k for p in mine], marker="o",
                label=label(group))
    ax.set_xlabel("report year")
    ax.set_ylabel("occurrences per 10,000 characters")
    ax.set_title(f"'{label(term)}' in the reports, by {by}")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))   # years, not 2021.5
    if points:
        ax.legend(fontsize=8, loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False)
    return fig


def part_lengths_figure(lengths: dict[str, list[int]]) -> Figure:
    """A box per category: how many characters a report gives that part."""
    fig = _figure(7.0, 3.5)
    ax = fig.subplots()
    names = list(lengths)
    if names:
        ax.boxplot([lengths[n] for n in names], orientation="horizontal",
                   tick_labels=[f"{n} ({len(lengths[n])})" for n in names])
    ax.set_xlabel("characters of the part in one report")
    ax.set_title("Length of each report's parts, by category (number of reports)")
    return fig


def write_figure(fig: Figure, stem: Path) -> list[Path]:
    """``stem``.png and ``stem``.svg."""
    stem.parent.mkdir(parents=True, exist_ok=True)
    written = [stem.with_suffix(f".{fmt}") for fmt in FORMATS]
    for path in written:
        fig.savefig(path, dpi=DPI, bbox_inches="tight")   # long labels and legends fit
    return written


def write_stats_figures(corpus_path: Path, out_dir: Path, *, archive_path: Path | None = None,
                        term: str = DEFAULT_TREND_TERM, by: str = "province") -> list[Path]:
    """The three figures of `fazhi stats --plot` into ``out_dir``: the files written."""
    figures = {
        "coverage": coverage_figure(coverage_grid(corpus_path, archive_path)),
        "trend": trend_figure(term_trend(corpus_path, term, by=by), term, by),
        "part_lengths": part_lengths_figure(part_lengths(corpus_path)),
    }
    return [path for name, fig in figures.items() for path in write_figure(fig, out_dir / name)]


def _figure(width: float, height: float) -> Figure:
    fig = Figure(figsize=(width, height), layout=None)
    fig.set_facecolor("white")
    import matplotlib

    matplotlib.rcParams["font.family"] = _font_properties()["family"]
    matplotlib.rcParams["svg.fonttype"] = "path"    # SVGs show the glyphs without the font
    return fig


FIGURE_CAPTIONS = {
    "coverage": "Reports collected, by portal and report year (blocked and missing years marked)",
    "trend": "How often the term occurs, per 10,000 characters, by province",
    "part_lengths": "Length of each report's parts, by category",
}


def write_figures_page(out_dir: Path, corpus_path: Path, *, archive_path: Path | None = None,
                       term: str = DEFAULT_TREND_TERM) -> Path:
    """The stats figures and an index.html showing them (for `fazhi serve`): its path."""
    import html

    write_stats_figures(corpus_path, out_dir, archive_path=archive_path, term=term)
    blocks = "\n".join(
        f'<figure><img src="{name}.png" alt="{html.escape(caption)}">'
        f'<figcaption>{html.escape(caption)} · <a href="{name}.svg">SVG</a></figcaption></figure>'
        for name, caption in FIGURE_CAPTIONS.items())
    page = out_dir / "index.html"
    page.write_text(f"""<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">
<title>fazhi figures</title><style>body{{font-family:sans-serif;margin:2em}}
img{{max-width:100%}}figure{{margin:0 0 2em}}</style></head><body>
<h1>fazhi figures</h1><p><a href="/">← the corpus</a> · trend term: {html.escape(term)}</p>
{blocks}
</body></html>
""", encoding="utf-8")
    return page
