"""Build round 27's five portals: `.venv/bin/python tests/heldout_portals27/_build/build.py`."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from model import MORE_NEWS, Item, Portal, non_reports, report_title  # noqa: E402
from portals import litang, qubu, shuping, yicheng, yinghu  # noqa: E402

NON_DATES = ["2025-03-14", "2025-01-20", "2024-01-25", "2025-04-10", "2025-01-08",
             "2024-06-12", "2023-12-06", "2022-08-15", "2024-12-20", "2021-07-05"]


def mixed(portal: Portal, years: list[int], n_non: int, base_id: int, col: str,
          short: tuple[int, ...] = (), news: int = 0, day0: int = 11) -> list[Item]:
    """Reports about `years` (published the next March) and `n_non` non-reports, newest first;
    article paths `{col}/YYYYMM/tYYYYMMDD_<id>.html`."""
    reports = [Item(report_title(portal.site, y, i), f"{y + 1}-03-{day0 + i:02d}", year=y,
                    short=y in short) for i, y in enumerate(years)]
    others = [Item(t, d, why=w) for (t, w), d in
              zip(non_reports(portal.place, portal.site, reports[0].title), NON_DATES,
                  strict=True)][:n_non]
    for k in range(news):
        y, m, d = 2020 + (k * 5) % 6, 1 + (k * 7) % 12, 3 + (k * 3) % 25
        others.append(Item(MORE_NEWS[k % len(MORE_NEWS)].format(p=portal.place)
                           + ("" if k < len(MORE_NEWS) else f"（第{k // len(MORE_NEWS) + 1}期）"),
                           f"{y}-{m:02d}-{d:02d}", why="not_a_report"))
    items = sorted(reports + others, key=lambda it: it.date, reverse=True)
    for n, it in enumerate(items):
        ymd = it.date.replace("-", "")
        it.path = f"{col}{ymd[:6]}/t{ymd}_{base_id - n * 13}.html"
    return items


def main() -> None:
    for make in (yinghu.make, shuping.make, yicheng.make, litang.make, qubu.make):
        portal = make(mixed)
        portal.write()
        n_rep = sum(it.is_report for it in portal.items)
        print(f"{portal.slug}: {n_rep} reports, {len(portal.items) - n_rep} skipped, "
              f"{len(portal.files)} files")


if __name__ == "__main__":
    main()
