"""Round 26's items (reports and non-reports) and the writing of one portal folder."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import furniture
import texts

ROUND = Path(__file__).resolve().parents[1]
TITLES = ["{gov}关于{y}年度法治政府建设情况的报告", "{gov}{y}年度法治政府建设年度报告",
          "{gov}关于{y}年法治政府建设工作情况的报告", "{gov}{y}年法治政府建设年度报告"]


def report_items(gov: str, years: list[int], first_id: int) -> list[dict]:
    """One report per year (newest first), published in March of the next year."""
    items = []
    for n, year in enumerate(years):
        items.append({"id": first_id + 97 * n, "year": year, "why": "",
                      "title": TITLES[n % len(TITLES)].format(gov=gov, y=year),
                      "date": f"{year + 1}-03-{12 + n:02d}",
                      "kind": "standard" if n % 2 == 0 else "short"})
    return items


def note_items(gov: str, place: str, first_id: int, report_title: str) -> list[dict]:
    """The eight non-reports every listing mixes in, each with its own article page."""
    spec = [
        (f"《{report_title}》解读", "interpretation", "2025-03-20"),
        (f"{gov}2024年政府信息公开工作年度报告", "disclosure_report", "2025-01-21"),
        (f"{gov}2023年政府信息公开工作年度报告", "disclosure_report", "2024-01-25"),
        (f"{place}2025年法治政府建设工作要点", "not_a_report", "2025-04-08"),
        ("关于报送2024年度法治政府建设情况报告的通知", "not_a_report", "2025-01-06"),
        (f"{place}召开2024年法治政府建设工作推进会", "not_a_report", "2024-06-18"),
        (f"{place}开展“宪法宣传周”集中宣传活动", "not_a_report", "2023-12-05"),
        (f"{place}2023—2024年度法治宣传教育工作总结", "not_a_report", "2024-02-27"),
    ]
    return [{"id": first_id + 13 * n, "title": t, "why": why, "date": d, "year": 0, "kind": ""}
            for n, (t, why, d) in enumerate(spec)]


def newest_first(items: list[dict]) -> list[dict]:
    return sorted(items, key=lambda item: (item["date"], item["id"]), reverse=True)


@dataclass
class Portal:
    slug: str
    site: dict
    host: str
    reports: list[dict] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    failures: list[dict] = field(default_factory=list)

    @property
    def folder(self) -> Path:
        return ROUND / self.slug

    def url(self, path: str) -> str:
        return f"http://{self.host}{path}"

    def write(self, path: str, content: str | bytes) -> None:
        """Save the answer to `path` (a trailing / is index.html, ?q is @q)."""
        relative = path.lstrip("/")
        relative = relative + "index.html" if relative.endswith("/") or not relative else relative
        target = self.folder / "site" / self.host / relative.replace("?", "@")
        target.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8") if isinstance(content, str) else content
        target.write_bytes(data)

    def article(self, item: dict, path: str, column: str, *, listed: str | None = None,
                dead: str = "") -> None:
        """Write `item`'s article at `path` and expect it (listed under `listed`, default path)."""
        gov = item.get("source", self.site["name"])
        url = self.url(listed or path)
        if dead:
            self.failures.append({"url": url, "year": item["year"], "why": dead})
            return
        if item["why"]:
            body = "\n".join(f'<p style="text-indent: 2em;">{line}</p>'
                             for line in texts.note_paragraphs(gov, item["why"]))
            self.skipped.append({"url": url, "title": item["title"], "why": item["why"]})
        else:
            paras = texts.report_paragraphs(gov, item.get("salutation", self.site["salutation"]),
                                            item["year"],
                                            item["kind"], item["id"], _signed(item["date"]))
            body = furniture.paragraphs_html(paras)
            self.reports.append({"url": url, "year": item["year"], "title": item["title"],
                                 "sections": texts.sections_of(item["kind"]),
                                 "level1": texts.level1_of(item["kind"])})
        self.write(path, furniture.article(self.site, item, body, column))

    def finish(self, start: str, family: str, toml_comment: str, notes: str,
               replay: dict | None = None, extra: dict | None = None) -> None:
        for path in furniture.STUB_PATHS:
            saved = self.folder / "site" / self.host / (path.strip("/") + "/index.html").lstrip("/")
            if not saved.exists():
                self.write(path, furniture.column_page(self.site, "栏目", "<p>暂无信息</p>"))
        self.write("/css/style.css", "body{font-family:'Microsoft YaHei';}\n")
        self.write("/js/jquery.min.js", "/*! jQuery v1.12.4 (saved copy elided) */\n")
        self.write("/robots.txt", "User-agent: *\nDisallow: /admin/\n")
        if replay:
            self.write("/_replay.json", json.dumps(replay, ensure_ascii=False, indent=1))
        expected = {"notes": notes, "column": self.url(start), **(extra or {}),
                    "reports": self.reports, "skipped": self.skipped, "failures": self.failures}
        (self.folder / "expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", "utf-8")
        s = self.site
        (self.folder / "portal.toml").write_text(
            f"# {toml_comment}\nslug = \"{self.slug}\"\nname = \"{s['name']}\"\n"
            f"division_code = \"{s['division']}\"\nlevel = \"{s['level']}\"\n"
            f"province = \"{s['province']}\"\nfamily = \"{family}\"\n"
            f"start_urls = [\"{self.url(start)}\"]\n", "utf-8")

    def reset(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)


def _signed(date: str) -> str:
    year, month, day = date.split("-")
    return f"{year}年{int(month)}月{int(day)}日"
