"""What a round-14 portal lists: reports and non-reports, their titles, dates and ids."""

from __future__ import annotations

from dataclasses import dataclass, field

REPORT_TITLES = [
    "{gov}关于{y}年度法治政府建设情况的报告",
    "{gov}{y}年度法治政府建设年度报告",
    "{gov}关于{y}年法治政府建设工作情况的报告",
    "{place}{y}年法治政府建设工作报告",
]


@dataclass
class Item:
    title: str
    date: str  # publication date YYYY-MM-DD
    ident: int
    year: int | None = None  # the year a report is about; None for non-reports
    why: str = ""  # why a non-report is skipped
    short: bool = False
    pdf: bool = False  # published only as a PDF (linked directly)
    dead: bool = False  # listed, but its URL answers 404
    url: str = ""  # filled in by the portal's writer
    final_url: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def is_report(self) -> bool:
        return self.year is not None


def reports(
    gov: str, place: str, years: list[int], base_id: int, title_shift: int = 0
) -> list[Item]:
    out = []
    for i, y in enumerate(years):
        title = REPORT_TITLES[(i + title_shift) % len(REPORT_TITLES)].format(
            gov=gov, place=place, y=y
        )
        out.append(
            Item(
                title,
                f"{y + 1}-03-{10 + (y * 7) % 18:02d}",
                base_id + i * 37,
                year=y,
                short=(y % 3 == 0),
            )
        )
    return out


def others(gov: str, place: str, newest: Item, base_id: int, count: int) -> list[Item]:
    y = newest.year or 2024
    pool = [
        (
            f"《{newest.title}》解读",
            newest.date[:8] + f"{int(newest.date[8:]) + 2:02d}",
            "interpretation",
        ),
        (f"{gov}{y}年政府信息公开工作年度报告", f"{y + 1}-01-26", "disclosure_report"),
        (f"{place}{y + 1}年法治政府建设工作要点", f"{y + 1}-04-15", "not_a_report"),
        (f"关于报送{y}年度法治政府建设情况报告的通知", f"{y}-12-05", "not_a_report"),
        (f"{place}召开{y}年法治政府建设工作推进会", f"{y}-07-18", "not_a_report"),
        (f"{place}开展{y - 1}年“宪法宣传周”系列活动", f"{y - 1}-12-06", "not_a_report"),
        (f"关于公布{place}行政执法主体名单的公告", f"{y - 1}-09-12", "not_a_report"),
        (f"{place}2022—2023年度法治宣传教育工作总结", f"{y - 1}-02-20", "not_a_report"),
        (f"{gov}{y - 1}年政府信息公开工作年度报告", f"{y}-01-25", "disclosure_report"),
        (f"{place}法治政府建设示范创建实施方案", f"{y - 2}-05-30", "not_a_report"),
    ]
    return [Item(t, d, base_id + 11 * i, why=w) for i, (t, d, w) in enumerate(pool[:count])]


def newest_first(items: list[Item]) -> list[Item]:
    return sorted(items, key=lambda it: (it.date, it.ident), reverse=True)


def trs_path(col: str, it: Item) -> str:
    """TRS article path under the column folder: ./YYYYMM/tYYYYMMDD_id.html."""
    d = it.date.replace("-", "")
    return f"{col}{d[:6]}/t{d}_{it.ident}.html"
