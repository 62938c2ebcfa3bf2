"""Items (reports and non-reports) of a round-10 portal, and the expected.json entries."""

from __future__ import annotations

from dataclasses import dataclass, field

from furniture import Site, article
from texts import other_paragraphs, report_paragraphs, report_sections

REPORT_TITLES = [
    "{unit}关于{y}年度法治政府建设情况的报告",
    "{unit}{y}年度法治政府建设年度报告",
    "{unit}关于{y}年法治政府建设工作情况的报告",
    "{unit}{y}年法治政府建设工作报告",
]
OTHERS = [
    ("《{report}》解读", "interpretation"),
    ("{unit}{y}年政府信息公开工作年度报告", "disclosure_report"),
    ("{unit}{y1}年法治政府建设工作要点", "not_a_report"),
    ("关于报送{y}年度法治政府建设情况报告的通知", "not_a_report"),
    ("{short}召开{y1}年法治政府建设工作推进会", "not_a_report"),
    ("{unit}法治政府建设示范创建实施方案", "not_a_report"),
    ("关于公布{y1}年度行政执法主体及执法人员名单的公告", "not_a_report"),
    ("{short}{y}年度“谁执法谁普法”履职报告评议结果公示", "not_a_report"),
    ("{short}开展{y1}年“宪法宣传周”系列活动", "not_a_report"),
    ("{unit}{y}年政府信息公开工作年度报告", "disclosure_report"),
]


@dataclass
class Item:
    title: str
    date: str  # publication date YYYY-MM-DD
    year: int  # the year a report covers (the publication year for others)
    why: str = ""  # empty for a report
    short: bool = False
    seed: int = 0
    url: str = ""  # the link the listing gives
    extra: dict = field(default_factory=dict)

    @property
    def is_report(self) -> bool:
        return not self.why


def make_items(site: Site, unit: str, years: list[int], n_others: int, seed: int) -> list[Item]:
    """Reports for `years` (published Feb/Mar of the next year) and `n_others` non-reports,
    newest first."""
    items = []
    for i, y in enumerate(years):
        title = REPORT_TITLES[(i + seed) % len(REPORT_TITLES)].format(unit=unit, y=y)
        items.append(
            Item(
                title,
                f"{y + 1}-0{2 + i % 2}-{10 + (i * 3 + seed) % 18:02d}",
                y,
                short=(i + seed) % 3 == 1,
                seed=seed * 100 + i,
            )
        )
    for j in range(n_others):
        pattern, why = OTHERS[j % len(OTHERS)]
        y = years[j % len(years)]
        title = pattern.format(
            unit=unit, y=y, y1=y + 1, short=site.short, report=items[j % len(years)].title
        )
        items.append(
            Item(
                title,
                f"{y + 1}-0{1 + j % 9}-{5 + (j * 7 + seed) % 20:02d}",
                y + 1,
                why=why,
                seed=seed * 100 + 50 + j,
            )
        )
    return sorted(items, key=lambda it: it.date, reverse=True)


def article_page(
    site: Site, item: Item, unit: str, superior: str, column: str, body_extra: str = ""
) -> str:
    if item.is_report:
        d = item.date
        signed = f"{d[:4]}年{int(d[5:7])}月{int(d[8:])}日"
        paragraphs = report_paragraphs(unit, superior, item.year, signed, item.seed, item.short)
    else:
        paragraphs = other_paragraphs(item.title, unit, item.seed)
    return article(site, item.title, item.date, column, paragraphs, body_extra, source=unit)


def expected(items: list[Item], notes: str, **extra: object) -> dict:
    """expected.json for a portal whose report documents are at `item.url` (or
    `item.extra['final_url']`)."""
    reports, skipped = [], []
    for it in items:
        if it.is_report:
            sections, level1 = report_sections(it.short)
            entry = {
                "url": it.url,
                "year": it.year,
                "title": it.title,
                "sections": sections,
                "level1": level1,
            }
            if "final_url" in it.extra:
                entry["final_url"] = it.extra["final_url"]
            reports.append(entry)
        else:
            skipped.append({"url": it.url, "title": it.title, "why": it.why})
    return {"notes": notes, **extra, "reports": reports, "skipped": skipped, "failures": []}
