"""Items of a column (reports and non-reports) and writing a portal folder."""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import texts

ROUND = Path(__file__).resolve().parent.parent


@dataclass
class Item:
    title: str
    date: str                   # publication date YYYY-MM-DD
    why: str = ""               # "" for a report, else the skipped reason
    year: int = 0               # a report's year
    kind: str = "standard"      # report text kind
    paras: list[str] = field(default_factory=list)
    url: str = ""               # absolute URL of its page (set by the portal)
    final_url: str = ""         # where the document is (a .docx attachment)
    dead: bool = False          # listed, answers 404: a failure

    @property
    def is_report(self) -> bool:
        return not self.why


def column_items(org: str, salute: str, years: list[int], seed: int,
                 title_fmt: str = "{org}关于{y}年度法治政府建设情况的报告") -> list[Item]:
    """Reports for `years` and 8 non-reports, newest publication first."""
    rng = random.Random(seed)
    items: list[Item] = []
    fmts = [title_fmt, "{org}{y}年度法治政府建设年度报告", "{org}关于{y}年法治政府建设工作情况的报告"]
    for i, y in enumerate(years):
        title = fmts[i % 3].format(org=org, y=y)
        kind = "short" if i % 3 == 2 else "standard"
        date = f"{y + 1}-0{rng.randint(1, 3)}-{rng.randint(10, 28)}"
        items.append(Item(title, date, year=y, kind=kind,
                          paras=texts.report_paragraphs(org, salute, y, kind, rng)))
    y0 = years[0]
    others = [
        (f"《{items[0].title}》解读", f"{y0 + 1}-03-29", "interpretation"),
        (f"{org}{y0}年政府信息公开工作年度报告", f"{y0 + 1}-01-20", "disclosure_report"),
        (f"{org}{y0 - 1}年政府信息公开工作年度报告", f"{y0}-01-22", "disclosure_report"),
        (f"{org}{y0 + 1}年法治政府建设工作要点", f"{y0 + 1}-04-15", "not_a_report"),
        (f"关于报送{y0 - 1}年度法治政府建设情况报告的通知", f"{y0}-01-08", "not_a_report"),
        (f"{org}召开法治政府建设工作推进会", f"{y0}-06-18", "not_a_report"),
        (f"{org}开展“宪法宣传周”主题活动", f"{y0 - 1}-12-06", "not_a_report"),
        (f"{org}2022—2023年度法治宣传教育工作总结", f"{y0 - 1}-12-28", "not_a_report"),
    ]
    for title, date, why in others:
        items.append(Item(title, date, why=why, paras=texts.other_paragraphs(title, org, rng)))
    items.sort(key=lambda it: it.date, reverse=True)
    return items


class Writer:
    """Writes one portal folder: site files, expected.json, portal.toml."""

    def __init__(self, slug: str, host: str) -> None:
        self.folder = ROUND / slug
        self.host = host
        if self.folder.exists():
            shutil.rmtree(self.folder)
        (self.folder / "site" / host).mkdir(parents=True)

    def put(self, path: str, data: str | bytes, host: str = "") -> None:
        """Save the answer for URL path `path` (`/x/` → index.html, `?q` → `@q`)."""
        rel = path.lstrip("/").replace("?", "@")
        if rel == "" or rel.endswith("/"):
            rel += "index.html"
        target = self.folder / "site" / (host or self.host) / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))

    def stubs(self) -> None:
        """The style, script and image files the pages name, as one-line stubs."""
        self.put("/css/common.css", "body{font-family:'Microsoft YaHei';}\n")
        self.put("/js/jquery-1.12.4.min.js", "/*! jQuery v1.12.4 (stub) */\n")
        self.put("/images/logo.png", b"\x89PNG\r\n\x1a\n")
        self.put("/images/qr.png", b"\x89PNG\r\n\x1a\n")
        self.put("/robots.txt", "User-agent: *\nDisallow: /admin/\n")

    def finish(self, items: list[Item], toml: str, notes: str, column: str, **extra: object) -> None:
        reports, skipped, failures = [], [], []
        for it in items:
            if it.dead:
                failures.append({"url": it.url, "why": "404 dead link (a listed report)"})
            elif it.is_report:
                entry: dict[str, object] = {"url": it.url, "year": it.year, "title": it.title}
                if it.final_url:
                    entry["final_url"] = it.final_url
                else:
                    entry["sections"] = texts.sections(it.kind)
                    entry["level1"] = texts.level1(it.kind)
                reports.append(entry)
            else:
                skipped.append({"url": it.url, "title": it.title, "why": it.why})
        data = {"notes": notes, "column": column, **extra,
                "reports": reports, "skipped": skipped, "failures": failures}
        (self.folder / "expected.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
        (self.folder / "portal.toml").write_text(toml, "utf-8")
