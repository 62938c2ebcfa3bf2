"""Round 16's items (reports and non-reports of one portal) and the writing of files."""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import texts
from furniture import article, paragraphs

ROOT = Path(__file__).resolve().parent.parent
STUBS = {
    "/css/style.css": "body{margin:0;font-family:SimSun,serif}\n",
    "/js/jquery.min.js": "/*! jQuery v1.12.4 (stub of the saved portal) */\n",
    "/images/logo.png": b"\x89PNG\r\n\x1a\n",
    "/images/ga.png": b"\x89PNG\r\n\x1a\n",
    "/robots.txt": "User-agent: *\nDisallow: /admin/\n",
}
TITLES = [
    "{full}关于{y}年度法治政府建设情况的报告",
    "{full}{y}年度法治政府建设年度报告",
    "{full}关于{y}年法治政府建设工作情况的报告",
    "{full}{y}年法治政府建设工作报告",
]


@dataclass
class Item:
    title: str
    date: str  # publication date YYYY-MM-DD
    ident: int
    year: int | None = None  # the report's year (None: no report)
    why: str = ""  # why a non-report is skipped
    kind: str = "standard"
    extra: dict = field(default_factory=dict)

    @property
    def ym(self) -> str:
        return self.date[:7].replace("-", "")

    @property
    def stamp(self) -> str:
        return self.date.replace("-", "")


def make_items(site: dict, years: list[int], n_other: int, seed: int) -> list[Item]:
    """Reports for `years` (published the next spring) and `n_other` non-reports, newest first."""
    rnd = random.Random(seed)
    full, place = site["name"], site["short"]
    items = [
        Item(
            TITLES[(y + seed) % 4].format(full=full, y=y),
            f"{y + 1}-03-{rnd.randint(10, 28):02d}",
            0,
            year=y,
            kind="short" if y % 3 == 0 else "standard",
        )
        for y in years
    ]
    last, y0 = max(items, key=lambda i: i.date), max(years)
    pool = [
        (
            f"《{last.title}》解读",
            last.date[:8] + f"{int(last.date[8:]) + 1:02d}",
            "interpretation",
        ),
        (
            f"{full}{y0}年政府信息公开工作年度报告",
            f"{y0 + 1}-01-2{rnd.randint(0, 8)}",
            "disclosure_report",
        ),
        (f"{place}{y0}年法治政府建设工作要点", f"{y0}-04-1{rnd.randint(0, 8)}", "not_a_report"),
        (
            f"关于报送{y0 - 1}年度法治政府建设情况报告的通知",
            f"{y0}-01-0{rnd.randint(3, 9)}",
            "not_a_report",
        ),
        (
            f"{full}{y0 - 1}年政府信息公开工作年度报告",
            f"{y0}-01-2{rnd.randint(0, 8)}",
            "disclosure_report",
        ),
        (
            f"{place}召开{y0 - 1}年法治政府建设工作推进会",
            f"{y0 - 1}-07-1{rnd.randint(0, 8)}",
            "not_a_report",
        ),
        (f"{place}开展“宪法宣传周”系列活动", f"{y0 - 2}-12-0{rnd.randint(4, 8)}", "not_a_report"),
        (
            f"关于公布{full}行政执法主体名单的公告",
            f"{y0 - 2}-05-1{rnd.randint(0, 8)}",
            "not_a_report",
        ),
        (
            f"{place}2022—2023年度法治宣传教育工作总结",
            f"{y0 - 1}-02-1{rnd.randint(0, 8)}",
            "not_a_report",
        ),
        (
            f"{place}法治政府建设示范创建实施方案",
            f"{y0 - 3}-09-0{rnd.randint(1, 8)}",
            "not_a_report",
        ),
    ]
    items += [Item(t, d, 0, why=w) for t, d, w in pool[:n_other]]
    items.sort(key=lambda i: i.date, reverse=True)
    for n, item in enumerate(items):
        item.ident = seed * 100 + 50 - n
    return items


def article_html(site: dict, column: str, item: Item, body: str | None = None) -> str:
    if body is None:
        if item.year is not None:
            body = paragraphs(report_text(site, item)[0])
        else:
            body = paragraphs(texts.other_lines(site["short"], item.title, item.ident))
    return article(site, column, item.title, item.date, body)


def report_text(site: dict, item: Item) -> tuple[list[tuple[str, str]], int, list[str]]:
    assert item.year is not None
    return texts.report_lines(site["name"], item.year, item.kind, item.ident)


def report_entry(site: dict, item: Item, url: str, *, html_text: bool = True, **extra: str) -> dict:
    entry: dict = {"url": url, "year": item.year, "title": item.title}
    if html_text:
        _, sections, level1 = report_text(site, item)
        entry.update(sections=sections, level1=level1)
    entry.update(extra)
    return entry


class Portal:
    """One portal folder: files under site/<host>/, expected.json, portal.toml."""

    def __init__(self, slug: str, site: dict) -> None:
        self.slug, self.site = slug, site
        self.folder = ROOT / slug
        self.host_dir = self.folder / "site" / site["host"]
        self.reports: list[dict] = []
        self.skipped: list[dict] = []
        self.failures: list[dict] = []
        if self.folder.exists():
            shutil.rmtree(self.folder)

    def url(self, path: str) -> str:
        return f"http://{self.site['host']}{path}"

    def write(self, path: str, content: str | bytes) -> None:
        """Save `content` at URL path `path` (a query becomes `@query`; a trailing / index.html)."""
        path = path.replace("?", "@")
        if path.endswith("/"):
            path += "index.html"
        target = self.host_dir / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))

    def skip(self, url: str, item: Item) -> None:
        self.skipped.append({"url": url, "title": item.title, "why": item.why})

    def finish(self, toml: dict, notes: str, rules: dict | None = None, **extra: object) -> None:
        for stub, text in STUBS.items():  # what every page names: one-line stubs
            self.write(stub, text)
        if rules:
            self.write("/_replay.json", json.dumps(rules, ensure_ascii=False, indent=2) + "\n")
        data = {
            "notes": notes,
            **extra,
            "reports": self.reports,
            "skipped": self.skipped,
            "failures": self.failures,
        }
        (self.folder / "expected.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8"
        )
        lines = [f"# Held-out round 16 (blind): {notes.split('.')[0]}.", f'slug = "{self.slug}"']
        lines += [f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in toml.items()]
        (self.folder / "portal.toml").write_text("\n".join(lines) + "\n", "utf-8")
