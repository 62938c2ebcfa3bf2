"""The listed items of a round-9 portal: reports of some years mixed with non-reports."""

from __future__ import annotations

from collections.abc import Callable

from common import Item
from texts import Report

# Report titles vary as real ones do; the choice is by year.
REPORT_TITLES = ["{gov}关于{y}年度法治政府建设情况的报告", "{place}{y}年度法治政府建设年度报告",
                 "{gov}{y}年法治政府建设工作报告", "{gov}关于{y}年法治政府建设工作情况的报告"]

UrlFor = Callable[[str, int], str]     # (date, serial) -> absolute URL


def report_items(gov: str, place: str, signer: str, years: list[int], url_for: UrlFor,
                 status: dict[int, int] | None = None, serial: int = 1000) -> list[Item]:
    """One report per year, published in Q1 of the next year (dates differ per year)."""
    out = []
    for y in years:
        date = f"{y + 1}-{1 + y % 3:02d}-{10 + y % 17:02d}"
        kind = "short" if y % 2 else "standard"
        title = REPORT_TITLES[y % len(REPORT_TITLES)].format(gov=gov, place=place, y=y)
        rep = Report(gov=gov, place=place, year=y, signer=signer, date=date, kind=kind)
        out.append(Item(url_for(date, serial + y), title, date, "report", y, rep,
                        (status or {}).get(y, 200)))
    return out


def other_items(gov: str, place: str, url_for: UrlFor, which: list[str],
                serial: int = 2000) -> list[Item]:
    """Non-reports by key: interp2024, disclosure2024, plan2025, notice2024, news2025, …"""
    county = "区" if place.endswith("区") else ("市" if place.endswith("市") else "县")
    specs = {
        "interp": ("interpretation", "《{report}》解读", (3, 20)),
        "disclosure": ("disclosure_report", "{gov}{y}年政府信息公开工作年度报告", (1, 25)),
        "plan": ("plan", "{place}{y}年法治政府建设工作要点", (-1, 28)),
        "notice": ("notice", "关于报送{y}年度法治政府建设情况报告的通知", (1, 8)),
        "news": ("news", "{place}召开{y}年全面依法治" + county + "委员会会议", (-1, 15)),
        "summary": ("summary", "{place}{y0}—{y}年度法治宣传教育工作总结", (1, 5)),
        "scheme": ("plan", "{place}法治政府建设实施方案（2021—2025年）", (-1, 30)),
    }
    out = []
    for n, key in enumerate(which):
        name, year = key[:-4], int(key[-4:])
        kind, pattern, (month, day) = specs[name]
        if name in ("plan", "news", "scheme"):
            date = f"{year}-{4 if name == 'news' else 3:02d}-{day:02d}"
        else:
            date = f"{year + 1}-{month:02d}-{day:02d}"
        report = REPORT_TITLES[year % len(REPORT_TITLES)].format(gov=gov, place=place, y=year)
        title = pattern.format(gov=gov, place=place, y=year, y0=year - 1, report=report)
        out.append(Item(url_for(date, serial + n), title, date, kind, year))
    return out


def by_date(items: list[Item]) -> list[Item]:
    """Newest first, as columns list them."""
    return sorted(items, key=lambda i: (i.date, i.url), reverse=True)
