"""Items of a listing, article pages and the writing of a portal folder (held-out round 29)."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from texts import (
    LEVEL1,
    Place,
    article_tail,
    article_tools,
    foot,
    head,
    other_html,
    report_html,
    top,
    xxgk_table,
)

ROOT = Path(__file__).resolve().parent.parent
STUBS = {"css/style.css": "body{font-family:sans-serif}\n", "js/jquery.min.js": "/* jQuery "
                                                                                "v3.6.0 stub */\n",
         "robots.txt": "User-agent: *\nDisallow:\n"}


@dataclass
class Item:
    """One listed item: a report (year set) or a non-report (why set)."""
    title: str
    path: str                 # URL path on the host (with query if any)
    pub: str                  # 2025-03-12
    year: int = 0             # report year; 0 for a non-report
    why: str = ""             # skipped reason of a non-report
    kind: str = "html"        # html | zip | dead
    extra: dict = field(default_factory=dict)

    def url(self, place: Place) -> str:
        return f"http://{place.host}{self.path}"


def nonreports(place: Place, newest: str, base: str, stamp: int) -> list[Item]:
    """Eight non-reports with their own article paths under `base` (a folder path)."""
    n = place.name
    rows = [(f"《{newest}》解读", "2026-03-20", "interpretation"),
            (f"{place.gov}2024年政府信息公开工作年度报告", "2025-01-24", "disclosure_report"),
            (f"{n}2025年法治政府建设工作要点", "2025-02-18", "not_a_report"),
            ("关于报送2024年度法治政府建设情况报告的通知", "2024-12-10", "not_a_report"),
            (f"{n}召开全面依法治县委员会第五次会议", "2024-11-06", "not_a_report"),
            (f"{n}法治政府建设示范创建实施方案（2021—2025年）", "2023-07-14", "not_a_report"),
            (f"{n}开展2024年“宪法宣传周”系列活动", "2024-12-05", "not_a_report"),
            (f"{n}2023—2024年度法治宣传教育工作总结", "2024-12-26", "not_a_report")]
    items = []
    for i, (title, pub, why) in enumerate(rows):
        y, m, d = pub.split("-")
        items.append(Item(title, f"{base}{y}{m}/t{y}{m}{d}_{stamp + 7 * i + 3}.html", pub, why=why))
    return items


def article_page(place: Place, item: Item, column: str, body: str) -> str:
    """A full article page with the usual furniture around `body`."""
    index = f"{place.code}/{item.pub[:4]}-{abs(sum(map(ord, item.path))) % 100000:05d}"
    return (head(place, item.title, column, item.pub) + top(place) +
            f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; 政务公开 &gt;'
            f' {column}</div>\n' +
            xxgk_table(place, item.title, item.pub, index) +
            f'<div class="article"><h2 class="title">{item.title}</h2>\n<p class="info">'
            f'发布时间：{item.pub}　来源：{place.gov}</p>\n' + article_tools() + body +
            "</div>\n" + article_tail(place) + foot(place))


def body_of(place: Place, item: Item) -> str:
    """An article's text div: the report or a non-report's paragraphs."""
    if item.year:
        signed = item.extra.get("signed", f"{item.year + 1}年3月{int(item.pub[-2:]) - 3}日")
        text = report_html(place, item.year, signed)
        return f'<div id="zoom" class="TRS_Editor">\n{text}\n</div>\n'
    return f'<div id="zoom" class="TRS_Editor">\n{other_html(place, item.title)}\n</div>\n'


def host_dir(slug: str, place: Place) -> Path:
    """A fresh site folder for the portal's host (port dropped: the replay server keys on the '
    'name)."""
    folder = ROOT / slug
    if folder.exists():
        shutil.rmtree(folder)
    site = folder / "site" / place.host.split(":")[0]
    for name, text in STUBS.items():
        save(site, "/" + name, text)
    return site


def save(site: Path, path: str, content: str | bytes) -> None:
    """Write a page at its URL path (`/` ends in index.html, `?q` becomes `@q`)."""
    rel = path.lstrip("/").replace("?", "@")
    if not rel or rel.endswith("/"):
        rel += "index.html"
    target = site / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content, encoding="utf-8")


def write_meta(slug: str, place: Place, items: list[Item], start: str, notes: str,
               extra_toml: str = "", sections: bool = True, **keys: object) -> None:
    """expected.json and portal.toml."""
    reports, skipped, failures = [], [], []
    for it in items:
        if it.kind == "dead":
            failures.append({"url": it.url(place), "year": it.year, "why": "404 dead link"})
        elif it.year:
            entry: dict = {"url": it.url(place), "year": it.year, "title": it.title}
            if it.kind == "html" and sections:
                entry.update(sections=11, level1=LEVEL1)
            reports.append(entry)
        else:
            skipped.append({"url": it.url(place), "title": it.title, "why": it.why})
    data = {"notes": notes, "reports": reports, "skipped": skipped, "failures": failures, **keys}
    folder = ROOT / slug
    (folder / "expected.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
    toml = (f'# Held-out round 29 (fictional): {notes[:80]}\nslug = "{slug}"\nname = '
            f'"{place.gov}"\n'
            f'division_code = "{place.code}"\nlevel = "county"\nprovince = '
            f'"{place.province}"\nfamily = "generic"\nstart_urls = ["{start}"]\n' + extra_toml)
    (folder / "portal.toml").write_text(toml, "utf-8")
