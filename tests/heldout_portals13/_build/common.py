"""What every round-13 portal shares: its items (reports and non-reports with their dates),
article pages, writing files, and expected.json / portal.toml."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import furniture
import texts
from furniture import Site

ROOT = Path(__file__).resolve().parent.parent
TITLES = [
    "{gov}关于{y}年度法治政府建设情况的报告",
    "{gov}{y}年度法治政府建设年度报告",
    "{gov}关于{y}年法治政府建设工作情况的报告",
    "{gov}{y}年法治政府建设工作报告",
]
WHY = {"interp": "interpretation", "disclosure": "disclosure_report"}


@dataclass
class Item:
    title: str
    date: str  # publication date, YYYY-MM-DD
    kind: str  # report, interp, disclosure, points, notice, meeting, plan, xianfa
    year: int | None = None  # the year a report is about
    rkind: str = "standard"
    ref: str = ""  # the report a 解读 explains
    url: str = ""  # absolute, set by the portal
    dead: bool = False  # listed, but its page answers 404
    paras: list[str] = field(default_factory=list)
    sections: int = 0
    level1: list[str] = field(default_factory=list)


def items(
    gov: str,
    short: str,
    years: list[int],
    dates: dict[int, str] | None = None,
    titles: list[str] | None = None,
) -> list[Item]:
    """Reports for `years` (published the next March unless `dates` says) and eight non-reports,
    newest first."""
    dates = dates or {}
    out = []
    for i, y in enumerate(years):
        title = (titles[i] if titles else TITLES[i % len(TITLES)]).format(gov=gov, y=y)
        out.append(
            Item(
                title,
                dates.get(y, f"{y + 1}-03-{10 + 3 * i:02d}"),
                "report",
                y,
                "short" if i % 3 == 2 else "standard",
            )
        )
    ref = out[1]
    out += [
        Item(f"《{ref.title}》解读", _next_day(ref.date), "interp", ref=ref.title),
        Item(f"{gov}{years[0]}年政府信息公开工作年度报告", f"{years[0] + 1}-01-20", "disclosure"),
        Item(f"{gov}{years[1]}年政府信息公开工作年度报告", f"{years[1] + 1}-01-18", "disclosure"),
        Item(f"{short}{years[0] + 1}年法治政府建设工作要点", f"{years[0] + 1}-04-15", "points"),
        Item(
            f"关于报送{years[1]}年度法治政府建设情况报告的通知", f"{years[1] + 1}-01-08", "notice"
        ),
        Item(
            f"{short}召开{years[2] + 1}年法治政府建设工作推进会", f"{years[2] + 1}-05-12", "meeting"
        ),
        Item(f"{short}法治政府建设示范创建实施方案（2021—2025年）", "2021-09-06", "plan"),
        Item(f"{short}开展“宪法宣传周”集中宣传活动", f"{years[3]}-12-06", "xianfa"),
    ]
    return sorted(out, key=lambda it: it.date, reverse=True)


def _next_day(date: str) -> str:
    return date[:-2] + f"{int(date[-2:]) + 1:02d}"


def fill(item: Item, gov: str, superior: str) -> None:
    """The item's paragraphs (and for a report its heading count and level-1 categories)."""
    if item.kind != "report":
        item.paras = texts.other(item.kind, gov, item.ref)
        return
    y, m, d = item.date.split("-")
    rep = texts.report(gov, superior, item.year or 0, item.rkind, f"{y}年{int(m)}月{int(d)}日")
    item.paras, item.sections, item.level1 = rep.paragraphs, rep.sections, rep.level1


def write(site: Site, path: str, content: str | bytes, slug: str) -> None:
    """`path` is the URL path (with `@query` for a query string) under the host's folder."""
    target = ROOT / slug / "site" / site.host / path.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)


def articles(
    site: Site, slug: str, its: list[Item], gov: str, superior: str, path_of, h1_of=None
) -> None:
    """Write every live item's article page at `path_of(item)`, with 上一篇/下一篇 links."""
    for it in its:
        fill(it, gov, superior)
    for i, it in enumerate(its):
        if it.dead:
            continue
        prev = (its[i - 1].url, its[i - 1].title) if i else None
        nxt = (its[i + 1].url, its[i + 1].title) if i + 1 < len(its) else None
        index_no = f"{site.code[-6:]}/{it.date[:4]}-{1000 + i:05d}"
        html = furniture.article(
            site, it.title, it.date, it.paras, index_no, prev, nxt, h1=h1_of(it) if h1_of else None
        )
        write(site, path_of(it), html, slug)


def expected(slug: str, its: list[Item], notes: str, column: str, **extra: object) -> None:
    reports = [
        {
            "url": it.url,
            "year": it.year,
            "title": it.title,
            "sections": it.sections,
            "level1": it.level1,
        }
        for it in its
        if it.kind == "report" and not it.dead
    ]
    skipped = [
        {"url": it.url, "title": it.title, "why": WHY.get(it.kind, "not_a_report")}
        for it in its
        if it.kind != "report"
    ]
    failures = [{"url": it.url, "year": it.year, "why": "404 dead link"} for it in its if it.dead]
    data = {
        "notes": notes,
        "column": column,
        **extra,
        "reports": reports,
        "skipped": skipped,
        "failures": failures,
    }
    (ROOT / slug / "expected.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8"
    )


def portal_toml(
    slug: str,
    name: str,
    code: str,
    level: str,
    province: str,
    family: str,
    start: str,
    comment: str,
) -> None:
    text = (
        f'# {comment}\nslug = "{slug}"\nname = "{name}"\ndivision_code = "{code}"\n'
        f'level = "{level}"\nprovince = "{province}"\nfamily = "{family}"\n'
        f'start_urls = ["{start}"]\n'
    )
    (ROOT / slug / "portal.toml").write_text(text, "utf-8")


def replay(site: Site, slug: str, rules: dict) -> None:
    write(site, "_replay.json", json.dumps(rules, ensure_ascii=False, indent=2) + "\n", slug)
