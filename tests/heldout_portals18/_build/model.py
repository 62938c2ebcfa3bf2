"""Round 18's items (reports and non-reports), their texts, and the writing of a portal folder."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import texts

ROOT = Path(__file__).resolve().parent.parent
STUB = {
    ".css": "/* stub */\n",
    ".js": "/* stub */\n",
    ".png": "",
    ".txt": "User-agent: *\nAllow: /\n",
}


@dataclass
class Site:
    slug: str
    name: str  # 榧岭县人民政府
    place: str  # 榧岭县
    up: str  # who the reports are addressed to
    host: str
    province: str
    division: str
    level: str
    family: str
    icp: str
    code: str  # 网站标识码
    editor: str
    seed: int
    static: str = ""  # path prefix of the style/script stubs

    @property
    def base(self) -> str:
        return f"http://{self.host}"


@dataclass
class Item:
    ident: int
    title: str
    date: dt.date
    why: str = ""  # empty for a report
    year: int = 0  # a report's year
    url: str = ""
    paragraphs: list[str] = field(default_factory=list)
    sections: int = 0
    level1: list[str] = field(default_factory=list)
    final_url: str = ""
    dead: bool = False  # listed, answers 404

    @property
    def is_report(self) -> bool:
        return not self.why


def make_items(site: Site, reports: list[tuple[int, str]], first_id: int) -> list[Item]:
    """Reports (year, variant) and nine non-reports, newest first, with texts and dates."""
    rng = random.Random(site.seed)
    items: list[Item] = []
    for i, (year, variant) in enumerate(reports):
        date = dt.date(year + 1, rng.randint(2, 3), rng.randint(1, 27))
        title = texts.report_title(site.name, year, site.seed + i)
        signed = f"{date.year}年{date.month}月{max(1, date.day - 2)}日"
        paras, sections, level1 = texts.report_paragraphs(
            rng, site.name, site.up, year, variant, signed
        )
        items.append(
            Item(0, title, date, year=year, paragraphs=paras, sections=sections, level1=level1)
        )
    newest = max(reports)[0]
    newest_title = next(it.title for it in items if it.year == newest)
    others = (
        (f"《{newest_title}》解读", dt.date(newest + 1, 4, 8), "interpretation"),
        (
            f"{site.name}{newest}年政府信息公开工作年度报告",
            dt.date(newest + 1, 1, 20),
            "disclosure_report",
        ),
        (
            f"{site.name}{newest - 1}年政府信息公开工作年度报告",
            dt.date(newest, 1, 22),
            "disclosure_report",
        ),
        (f"{site.name}{newest + 1}年法治政府建设工作要点", dt.date(newest + 1, 4, 21), "work_plan"),
        (f"关于报送{newest - 1}年度法治政府建设情况报告的通知", dt.date(newest, 1, 9), "notice"),
        (
            f"{site.place}召开{newest - 1}年法治政府建设工作推进会",
            dt.date(newest - 1, 6, 18),
            "news",
        ),
        (f"{site.place}开展“宪法宣传周”主题活动", dt.date(newest - 2, 12, 4), "news"),
        (
            f"{site.place}{newest - 3}—{newest - 2}年度法治宣传教育工作总结",
            dt.date(newest - 2, 1, 15),
            "summary",
        ),
        (
            f"{site.place}获评省级法治政府建设示范{site.place[-1]}",
            dt.date(newest - 3, 11, 2),
            "news",
        ),
    )
    for title, date, why in others:
        paras = texts.other_paragraphs(rng, site.place, site.place[-1], date.year - 1)
        items.append(Item(0, title, date, why=why, paragraphs=paras))
    items.sort(key=lambda it: it.date, reverse=True)
    for n, item in enumerate(items):
        item.ident = first_id + 7 * (len(items) - n)
    return items


def place_urls(items: list[Item], url_of: Callable[[Item], str]) -> None:
    for item in items:
        item.url = url_of(item)


class Writer:
    """Writes files under `<portal>/site/<host>/…` from absolute URLs (query → `@query`)."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.folder = ROOT / site.slug
        self.files: dict[Path, bytes] = {}

    def put(self, url: str, content: str | bytes) -> None:
        rest = url.split("://", 1)[1]
        host, _, path = rest.partition("/")
        path, _, query = path.partition("?")
        path = path.split("#", 1)[0]
        if path == "" or path.endswith("/"):
            path += "index.html"
        name = path + (f"@{query}" if query else "")
        data = content.encode("utf-8") if isinstance(content, str) else content
        self.files[self.folder / "site" / host / name] = data

    def stubs(self, host: str, paths: list[str]) -> None:
        for p in paths:
            self.put(f"http://{host}{p}", STUB.get(Path(p).suffix, ""))

    def rules(self, host: str, rules: dict) -> None:
        self.files[self.folder / "site" / host / "_replay.json"] = (
            json.dumps(rules, ensure_ascii=False, indent=2) + "\n"
        ).encode()

    def finish(self, items: list[Item], column: str, failures: list[dict], start_url: str) -> None:
        """Write expected.json, portal.toml (their notes from notes.json) and every page."""
        site = self.site
        texts_of = json.loads((Path(__file__).parent / "notes.json").read_text("utf-8"))[site.slug]
        notes, toml_comment = texts_of["notes"], texts_of["comment"]
        reports = []
        for it in items:
            if not it.is_report or it.dead:
                continue
            entry: dict = {
                "url": it.url,
                "year": it.year,
                "title": it.title,
                "sections": it.sections,
                "level1": it.level1,
            }
            if it.final_url:
                entry["final_url"] = it.final_url
            reports.append(entry)
        skipped = [
            {"url": it.url, "title": it.title, "why": it.why} for it in items if not it.is_report
        ]
        expected = {
            "notes": notes,
            "column": column,
            "reports": reports,
            "skipped": skipped,
            "failures": failures,
        }
        self.files[self.folder / "expected.json"] = (
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
        ).encode()
        toml = (
            f'# Held-out round 18 (blind): {toml_comment}\nslug = "{site.slug}"\n'
            f'name = "{site.name}"\ndivision_code = "{site.division}"\nlevel = "{site.level}"\n'
            f'province = "{site.province}"\nfamily = "{site.family}"\n'
            f'start_urls = ["{start_url}"]\n'
        )
        self.files[self.folder / "portal.toml"] = toml.encode()
        for path, data in sorted(self.files.items()):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
