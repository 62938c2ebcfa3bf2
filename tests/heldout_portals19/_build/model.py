"""Round 19's items (reports and non-reports of one column) and file writing."""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import furniture as fu
import texts

ROOT = Path(__file__).resolve().parent.parent
TITLE_FORMS = ["{gov}关于{y}年度法治政府建设情况的报告", "{gov}{y}年度法治政府建设年度报告",
               "{gov}关于{y}年法治政府建设工作情况的报告", "{gov}{y}年法治政府建设工作报告"]


@dataclass
class Item:
    title: str
    date: str                      # publication date YYYY-MM-DD
    why: str | None = None         # None: a report
    year: int | None = None        # the report's year
    kind: str = "standard"
    seed: int = 0
    url: str = ""                  # set by the portal's layout
    extra: dict = field(default_factory=dict)

    @property
    def is_report(self) -> bool:
        return self.why is None

    def blocks(self, gov: str, place: str) -> list[tuple[str, str]]:
        if self.is_report:
            return texts.report_blocks(place, gov, self.year or 0, self.kind, self.seed)
        return texts.article_blocks(self.title, gov, self.seed, self.why or "")


def make_items(gov: str, place: str, years: list[int], seed: int, others_n: int = 10) -> list[Item]:
    """Reports about `years` and `others_n` non-reports (at most ten), newest first."""
    rng = random.Random(seed)
    items = []
    for i, y in enumerate(years):
        title = TITLE_FORMS[(i + seed) % 4].format(gov=gov, y=y)
        items.append(Item(title, f"{y + 1}-0{rng.randint(2, 3)}-{rng.randint(10, 27)}", None, y,
                          "short" if i % 3 == 1 else "standard", seed * 100 + i))
    top = max(years)
    others = [
        (f"《{items[0].title}》解读", f"{top + 1}-03-28", "interpretation"),
        (f"{gov}{top}年政府信息公开工作年度报告", f"{top + 1}-01-20", "disclosure_report"),
        (f"{gov}{top - 1}年政府信息公开工作年度报告", f"{top}-01-22", "disclosure_report"),
        (f"{place}{top + 1}年法治政府建设工作要点", f"{top + 1}-04-15", "not_a_report"),
        (f"关于报送{top}年度法治政府建设情况报告的通知", f"{top + 1}-01-08", "not_a_report"),
        (f"{place}召开{top}年法治政府建设工作推进会", f"{top}-06-18", "not_a_report"),
        (f"{place}开展“宪法宣传周”系列活动", f"{top}-12-06", "not_a_report"),
        (f"{place}法治政府建设示范创建实施方案（2021—2025年）", "2021-09-10", "not_a_report"),
        (f"关于公布{place}行政执法主体名单的公告", f"{top - 2}-07-02", "not_a_report"),
        (f"{place}2022—2023年度法治宣传教育工作总结", "2024-01-12", "not_a_report"),
    ]
    items += [Item(t, d, w, seed=seed * 100 + 50 + i)
              for i, (t, d, w) in enumerate(others[:others_n])]
    return sorted(items, key=lambda it: it.date, reverse=True)


class Writer:
    """Writes one portal folder: site files, _replay.json, expected.json, portal.toml."""

    def __init__(self, slug: str) -> None:
        self.folder = ROOT / slug
        shutil.rmtree(self.folder / "site", ignore_errors=True)
        self.reports: list[dict] = []
        self.skipped: list[dict] = []
        self.failures: list[dict] = []

    def file(self, host: str, path: str, content: str | bytes, charset: str = "utf-8") -> None:
        """Save `path` (may carry ?query → @query; trailing / → index.html) on `host`."""
        rel = path.lstrip("/").replace("?", "@")
        if rel.endswith("/") or not rel:
            rel += "index.html"
        target = self.folder / "site" / host / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode(charset) if isinstance(content, str) else content
        target.write_bytes(data)

    def article(self, site: fu.Site, column: str, item: Item, path: str) -> None:
        body = fu.blocks_html(item.blocks(site.name, site.place))
        self.file(site.host, path, fu.article(site, column, item.title, item.date, site.name, body))

    def expect(self, item: Item, html: bool = True, dead: str | None = None) -> None:
        """Record `item` in expected.json (a report with sections when `html`)."""
        if dead:
            self.failures.append({"url": item.url, "year": item.year, "why": dead})
        elif item.is_report:
            entry: dict = {"url": item.url, "year": item.year, "title": item.title}
            if html:
                blocks = item.blocks("", "")
                entry["sections"] = texts.sections(blocks)
                entry["level1"] = texts.level1(item.kind)
            self.reports.append(entry)
        else:
            self.skipped.append({"url": item.url, "title": item.title, "why": item.why})

    def finish(self, host: str, rules: dict, toml: str, extra: dict) -> None:
        if rules:
            self.file(host, "/_replay.json", json.dumps(rules, ensure_ascii=False, indent=2))
        data = {**extra, "reports": self.reports, "skipped": self.skipped,
                "failures": self.failures}
        (self.folder / "expected.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
        (self.folder / "portal.toml").write_text(toml, "utf-8")
