"""Items of a portal and the writing of a portal folder (site/, expected.json, portal.toml)."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from texts import article_page, generic_paragraphs, report_paragraphs

ROOT = Path(__file__).resolve().parent.parent
LEVEL1 = ["measures", "leadership", "shortcomings", "plans"]
TITLES = ["{p}人民政府关于{y}年度法治政府建设情况的报告", "{p}{y}年度法治政府建设年度报告",
          "{p}人民政府关于{y}年法治政府建设工作情况的报告", "{p}{y}年法治政府建设工作报告"]


@dataclass
class Item:
    title: str
    date: str            # publication date YYYY-MM-DD
    path: str            # URL path on the host
    year: int = 0        # report year; 0: not a report
    why: str = ""        # why a non-report is skipped
    page: bool = True    # write an article page at path

    @property
    def is_report(self) -> bool:
        return self.year > 0


@dataclass
class Portal:
    slug: str
    place: str           # 县/区 name, e.g. 蒗川县
    site: str            # site name
    host: str
    code: str
    province: str
    division: str
    start: str
    column: str
    items: list[Item] = field(default_factory=list)
    files: dict[str, str | bytes] = field(default_factory=dict)
    rules: dict = field(default_factory=dict)
    failures: list[dict] = field(default_factory=list)
    finals: dict[str, str] = field(default_factory=dict)   # listed path -> final path
    notes: str = ""
    family: str = "generic"

    def url(self, path: str) -> str:
        return f"http://{self.host}{path}"


def standard_items(place: str, years: list[int], path_of, seed: int) -> list[Item]:
    """Reports for `years` and nine non-reports, newest first; path_of(i, date) gives the URL path."""
    rows: list[tuple[str, str, int, str]] = []
    for i, y in enumerate(years):
        rows.append((TITLES[(i + seed) % 4].format(p=place, y=y), f"{y + 1}-03-{10 + i:02d}", y, ""))
    newest = rows[0][0]
    rows += [(f"《{newest}》解读", f"{years[0] + 1}-03-{12:02d}", 0, "interpretation"),
             (f"{place}2024年政府信息公开工作年度报告", "2025-01-20", 0, "disclosure_report"),
             (f"{place}司法局2023年政府信息公开工作年度报告", "2024-01-25", 0, "disclosure_report"),
             (f"{place}2025年法治政府建设工作要点", "2025-04-08", 0, "not_a_report"),
             ("关于报送2024年度法治政府建设情况报告的通知", "2025-01-06", 0, "not_a_report"),
             (f"{place}召开全面依法治县委员会第五次会议", "2024-12-18", 0, "not_a_report"),
             (f"{place}开展“宪法宣传周”主题活动", "2024-12-05", 0, "not_a_report"),
             (f"{place}法治政府建设示范创建实施方案（2021—2025年）", "2022-05-16", 0, "not_a_report"),
             (f"{place}2023—2024年度法治宣传教育工作总结", "2025-02-11", 0, "not_a_report")]
    rows.sort(key=lambda r: r[1], reverse=True)
    return [Item(t, d, path_of(i, d), y, w) for i, (t, d, y, w) in enumerate(rows)]


def write_articles(p: Portal, seed: int) -> None:
    for i, it in enumerate(p.items):
        if not it.page:
            continue
        paras = (report_paragraphs(p.place, it.year, seed + it.year) if it.is_report
                 else generic_paragraphs(it.title, seed + i))
        target = p.finals.get(it.path, it.path)
        p.files[target] = article_page(p.site, p.code, p.column, it.title, it.date, paras)


def write_portal(p: Portal, seed: int) -> None:
    write_articles(p, seed)
    folder = ROOT / p.slug
    if folder.exists():
        shutil.rmtree(folder)
    site = folder / "site" / p.host
    for path, content in sorted(p.files.items()):
        rel = path.lstrip("/")
        rel = rel + "index.html" if rel.endswith("/") or rel == "" else rel
        target = site / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    if p.rules:
        (site / "_replay.json").write_text(json.dumps(p.rules, ensure_ascii=False, indent=1) + "\n")
    failed = {f["url"] for f in p.failures}
    reports = []
    for it in p.items:
        if it.is_report and p.url(it.path) not in failed:
            entry = {"url": p.url(it.path), "year": it.year, "title": it.title,
                     "sections": 11, "level1": LEVEL1}
            if it.path in p.finals:
                entry["final_url"] = p.url(p.finals[it.path])
            reports.append(entry)
    skipped = [{"url": p.url(it.path), "title": it.title, "why": it.why}
               for it in p.items if not it.is_report]
    expected = {"notes": p.notes, "column": p.start, "reports": reports, "skipped": skipped,
                "failures": p.failures}
    (folder / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n")
    (folder / "portal.toml").write_text(
        f'# Held-out round 30 (fictional): {p.notes.splitlines()[0]}\n'
        f'slug = "{p.slug}"\nname = "{p.site}"\ndivision_code = "{p.division}"\n'
        f'level = "county"\nprovince = "{p.province}"\nfamily = "{p.family}"\n'
        f'start_urls = ["{p.start}"]\n')
