"""Items of a fictional column (reports and non-reports), and writing a portal's folder."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

import furniture
import texts

ROOT = Path(__file__).resolve().parent.parent

REPORT_TITLES = [
    "{name}关于{y}年度法治政府建设情况的报告",
    "{name}{y}年度法治政府建设年度报告",
    "{name}关于{y}年法治政府建设工作情况的报告",
    "{name}{y}年法治政府建设工作报告",
]
# kind, title template, why (for expected.json's skipped), text pool
OTHERS = [
    ("jiedu", "《{report}》解读", "interpretation", "jiedu"),
    ("disclosure", "{name}{y}年政府信息公开工作年度报告", "disclosure_report", "disclosure"),
    ("disclosure", "{name}{y2}年政府信息公开工作年度报告", "disclosure_report", "disclosure"),
    ("points", "{short}{y3}年法治政府建设工作要点", "not_a_report", "points"),
    ("notice", "关于报送{y}年度法治政府建设情况报告的通知", "not_a_report", "notice"),
    ("news", "{short}召开{y3}年法治政府建设工作推进会", "not_a_report", "news"),
    ("news", "{short}开展“宪法宣传周”系列宣传活动", "not_a_report", "news"),
    ("notice", "{name}关于公布行政执法主体名单的公告", "not_a_report", "notice"),
    ("news", "{short}2022—2023年度法治宣传教育工作总结", "not_a_report", "news"),
    ("points", "{short}法治政府建设示范创建实施方案", "not_a_report", "points"),
]


@dataclass
class Item:
    kind: str
    title: str
    date: str  # publication date, YYYY-MM-DD
    year: int | None = None  # the year a report covers
    why: str = ""
    pool: str = ""
    url: str = ""
    sections: int = 0
    level1: list[str] = field(default_factory=list)
    paras: list[str] = field(default_factory=list)


def items(site: furniture.Site, years: list[int], others: int, seed: int) -> list[Item]:
    """Reports for `years` and `others` non-reports, newest publication first."""
    rnd = random.Random(seed)
    out: list[Item] = []
    for i, y in enumerate(sorted(years)):
        title = REPORT_TITLES[(i + seed) % len(REPORT_TITLES)].format(name=site.name, y=y)
        date = f"{y + 1}-0{rnd.randint(2, 3)}-{rnd.randint(10, 27)}"
        paras, sections, level1 = texts.report(
            site.name,
            "市委、市人民政府",
            y,
            _cn_date(date),
            seed * 100 + y,
            short=bool((y + seed) % 3 == 0),
        )
        out.append(Item("report", title, date, y, paras=paras, sections=sections, level1=level1))
    newest = max(out, key=lambda it: it.date)
    y = max(years)
    for kind, tmpl, why, pool in OTHERS[:others]:
        title = tmpl.format(
            report=newest.title, name=site.name, short=site.short, y=y, y2=y - 1, y3=y + 1
        )
        date = _other_date(kind, newest.date, y, rnd, "{y3}" in tmpl)
        out.append(
            Item(
                kind,
                title,
                date,
                why=why,
                pool=pool,
                paras=texts.nonreport(pool, site.name, seed + len(out)),
            )
        )
    out.sort(key=lambda it: (it.date, it.title), reverse=True)
    return out


def _other_date(kind: str, report_date: str, y: int, rnd: random.Random, next_year: bool) -> str:
    if next_year:  # 工作要点 / 推进会 of the year after the newest report: early that year
        return f"{y + 1}-0{rnd.randint(4, 6)}-{rnd.randint(10, 28)}"
    if kind == "jiedu":
        return report_date[:8] + str(int(report_date[8:]) + 1)
    if kind == "notice":
        return f"{y + 1}-01-{rnd.randint(10, 28)}"
    return f"{rnd.randint(y - 2, y)}-{rnd.randint(4, 12):02d}-{rnd.randint(10, 28)}"


def _cn_date(date: str) -> str:
    y, m, d = date.split("-")
    return f"{y}年{int(m)}月{int(d)}日"


def write(path: Path, data: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)


def write_articles(
    site: furniture.Site, its: list[Item], file_of, skip: set[str] = frozenset()
) -> None:
    """Every item's article page at `file_of(item)` (a path under the portal's site/)."""
    for i, it in enumerate(its):
        if it.url in skip:
            continue
        prev_t = its[i - 1].title if i else "无"
        next_t = its[i + 1].title if i + 1 < len(its) else "无"
        page = furniture.article(
            site, it.title, it.date, it.paras, f"{i + 1:05d}", (prev_t, next_t)
        )
        write(file_of(it), page)


def expected(slug: str, its: list[Item], notes: str, failures: list[dict], **extra) -> dict:
    fail_urls = {f["url"] for f in failures}
    reports = [
        {
            "url": it.url,
            "year": it.year,
            "title": it.title,
            "sections": it.sections,
            "level1": it.level1,
        }
        for it in its
        if it.kind == "report" and it.url not in fail_urls
    ]
    skipped = [
        {"url": it.url, "title": it.title, "why": it.why} for it in its if it.kind != "report"
    ]
    return {"notes": notes, **extra, "reports": reports, "skipped": skipped, "failures": failures}


def finish(slug: str, toml: str, exp: dict, rules: dict | None, host: str) -> None:
    base = ROOT / slug
    write(base / "portal.toml", toml)
    write(base / "expected.json", json.dumps(exp, ensure_ascii=False, indent=2) + "\n")
    if rules:
        write(
            base / "site" / host / "_replay.json",
            json.dumps(rules, ensure_ascii=False, indent=2) + "\n",
        )


def toml(
    slug: str,
    site: furniture.Site,
    code: str,
    level: str,
    province: str,
    family: str,
    start: str,
    comment: str,
) -> str:
    return (
        f'# {comment}\nslug = "{slug}"\nname = "{site.name}"\ndivision_code = "{code}"\n'
        f'level = "{level}"\nprovince = "{province}"\nfamily = "{family}"\n'
        f'start_urls = ["{start}"]\n'
    )
