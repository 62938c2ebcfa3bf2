"""Items of a fictional column (reports and non-reports), their pages, and the folder writer."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path
from typing import Any

import texts

ROOT = Path(__file__).resolve().parent.parent
REPORT_TITLES = [
    "{gov}关于{y}年度法治政府建设情况的报告",
    "{gov}{y}年度法治政府建设年度报告",
    "{gov}关于{y}年法治政府建设工作情况的报告",
    "{gov}{y}年法治政府建设工作报告",
]
OTHERS = [
    ("《{rt}》解读", "interpretation"),
    ("{gov}{y}年政府信息公开工作年度报告", "disclosure_report"),
    ("{gov}{y2}年法治政府建设工作要点", "not_a_report"),
    ("关于报送{y}年度法治政府建设情况报告的通知", "not_a_report"),
    ("{place}召开{y2}年法治政府建设工作推进会", "not_a_report"),
    ("{place}开展“宪法宣传周”主题活动", "not_a_report"),
    ("关于公布{place}行政执法主体名单的公告", "not_a_report"),
    ("{gov}{y3}年政府信息公开工作年度报告", "disclosure_report"),
    ("{place}2022—2023年度法治宣传教育工作总结", "not_a_report"),
]


def make_items(
    gov: str, place: str, years: list[int], n_other: int, seed: int
) -> list[dict[str, Any]]:
    """Reports for `years` and `n_other` non-reports, newest first, each with id/date/title."""
    rng = random.Random(seed)
    items: list[dict[str, Any]] = []
    for i, y in enumerate(years):
        items.append(
            {
                "kind": "report",
                "year": y,
                "short": i % 2 == 1,
                "publisher": gov,
                "title": REPORT_TITLES[i % 4].format(gov=gov, y=y),
                "date": f"{y + 1}-{rng.randint(2, 3):02d}-{rng.randint(10, 28):02d}",
            }
        )
    rt, y0 = items[0]["title"], years[0]
    for j, (tpl, why) in enumerate(OTHERS[:n_other]):
        y = years[j % len(years)]
        items.append(
            {
                "kind": "other",
                "why": why,
                "publisher": gov,
                "title": tpl.format(gov=gov, place=place, rt=rt, y=y, y2=y + 1, y3=y0 - 2),
                "date": f"{y + 1}-{rng.randint(1, 12):02d}-{rng.randint(10, 28):02d}",
            }
        )
    if OTHERS[0][1] == "interpretation" and n_other:
        items[len(years)]["date"] = items[0]["date"]
    return finish(items, seed)


def finish(items: list[dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    """Sort newest first and give each item its id and TRS-style path `YYYYMM/tYYYYMMDD_id.html`."""
    items.sort(key=lambda it: it["date"], reverse=True)
    for k, it in enumerate(items):
        it["id"] = 5000 + seed * 100 + k
        d = it["date"].replace("-", "")
        it["path"] = f"{d[:6]}/t{d}_{it['id']}.html"
    return items


def article_html(
    site: str, code: str, column: str, it: dict[str, Any], addressee: str, seed: int
) -> str:
    """The item's article page (the report text, or a short news body)."""
    rng = random.Random(seed + it["id"])
    if it["kind"] == "report":
        paras = signed(
            texts.report_paras(it["publisher"], it["year"], rng, it["short"], addressee), it
        )
    else:
        paras = texts.other_paras(it["title"], rng)
    return texts.article(site, code, column, it, paras)


def report_pdf(it: dict[str, Any], addressee: str, seed: int) -> bytes:
    """The report as a text PDF, first line the title."""
    rng = random.Random(seed + it["id"])
    if it["kind"] == "report":
        paras = signed(
            texts.report_paras(it["publisher"], it["year"], rng, it["short"], addressee), it
        )
    else:
        paras = texts.other_paras(it["title"], rng)
    return texts.pdf_bytes([it["title"], *paras])


def signed(paras: list[str], it: dict[str, Any]) -> list[str]:
    """The signature date a few days before the publication date (signed, then posted)."""
    y, mo, d = (int(x) for x in it["date"].split("-"))
    return [*paras[:-1], f"{y}年{mo}月{max(1, d - 6)}日"]


def expected_entry(
    it: dict[str, Any], url: str, final_url: str | None = None, with_shape: bool = True
) -> dict[str, Any]:
    """One expected.json entry: a report (year, title, sections, level1) or a skipped item."""
    if it["kind"] != "report":
        return {"url": url, "title": it["title"], "why": it["why"]}
    e: dict[str, Any] = {"url": url, "year": it["year"], "title": it["title"]}
    if final_url:
        e["final_url"] = final_url
    if with_shape:
        e["sections"], e["level1"] = texts.report_shape(it["short"])
    return e


def write_portal(
    slug: str, files: dict[str, dict[str, str | bytes]], expected: dict[str, Any], toml: str
) -> None:
    """Rewrite tests/heldout_portals24/<slug>/: site files, expected.json, portal.toml."""
    folder = ROOT / slug
    if folder.exists():
        shutil.rmtree(folder)
    for host, pages in files.items():
        for path, data in pages.items():
            target = folder / "site" / host / path.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, str):
                data = data.encode("utf-8")
            target.write_bytes(data)
    (folder / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    (folder / "portal.toml").write_text(toml, encoding="utf-8")


def toml_text(
    slug: str,
    name: str,
    code: str,
    level: str,
    province: str,
    family: str,
    start: str,
    comment: str,
) -> str:
    """A test-only registry entry."""
    return (
        f'# Held-out round 24 (blind): {comment}\nslug = "{slug}"\nname = "{name}"\n'
        f'division_code = "{code}"\nlevel = "{level}"\nprovince = "{province}"\n'
        f'family = "{family}"\nstart_urls = ["{start}"]\n'
    )


STUBS = {
    "/css/style.css": "body{margin:0}\n",
    "/js/jquery.min.js": "/* jQuery v3.6.0 stub */\n",
    "/robots.txt": "User-agent: *\nAllow: /\n",
}
