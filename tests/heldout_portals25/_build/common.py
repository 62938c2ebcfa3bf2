"""Items of a round-25 column (reports and non-reports), file writing, expected.json."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import texts
from furniture import Site

ROUND = Path(__file__).resolve().parent.parent
PROVINCES = {"浙": "浙江省", "粤": "广东省", "湘": "湖南省", "川": "四川省", "闽": "福建省"}
REPORT_TITLES = ["{gov}关于{y}年度法治政府建设情况的报告", "{gov}{y}年度法治政府建设年度报告",
                 "{gov}关于{y}年法治政府建设工作情况的报告", "{place}{y}年法治政府建设工作报告"]


@dataclass
class Item:
    title: str
    date: str                  # YYYY-MM-DD, publication
    why: str                   # 'report' or the skip reason
    year: int = 0              # the year a report covers
    variant: str = "standard"
    seed: int = 0
    ident: int = 0
    url: str = ""
    extra: dict = field(default_factory=dict)


def make_items(site: Site, superior: str, years: list[int], others: list[str],
               base_id: int) -> list[Item]:
    """Reports for `years` and the non-reports named in `others`, newest first, ids decreasing."""
    place = site.gov.replace("人民政府", "")
    items: list[Item] = []
    for i, y in enumerate(years):
        title = REPORT_TITLES[(y + base_id) % 4].format(gov=site.gov, place=place, y=y)
        items.append(Item(title, f"{y + 1}-0{2 + i % 2}-{10 + (y * 7) % 17:02d}", "report", y,
                          "short" if y % 3 == 0 else "standard", y * 31 + base_id))
        items[-1].extra["superior"] = superior
    newest = items[0]
    pool = {
        "jd": (f"《{newest.title}》解读", f"{newest.year + 1}-03-02", "interpretation"),
        "nb1": (f"{site.gov}{newest.year}年政府信息公开工作年度报告", f"{newest.year + 1}-01-26",
                "disclosure_report"),
        "nb2": (f"{site.gov}{newest.year - 2}年政府信息公开工作年度报告",
                f"{newest.year - 1}-01-29", "disclosure_report"),
        "yd": (f"{place}{newest.year}年法治政府建设工作要点", f"{newest.year}-04-08", "not_a_report"),
        "tz": (f"关于报送{newest.year - 1}年度法治政府建设情况报告的通知", f"{newest.year - 1}-12-05",
               "not_a_report"),
        "hy": (f"{place}召开{newest.year - 1}年法治政府建设工作推进会", f"{newest.year - 1}-06-18",
               "not_a_report"),
        "xf": (f"{place}开展“宪法宣传周”主题活动", f"{newest.year - 2}-12-04", "not_a_report"),
        "zt": (f"关于公布{place}行政执法主体名单的公告", f"{newest.year - 3}-09-14", "not_a_report"),
        "sf": (f"{place}法治政府建设示范创建实施方案（2021—2025年）", "2021-08-20", "not_a_report"),
        "pf": (f"{place}2023—2024年度法治宣传教育工作总结", "2025-01-16", "not_a_report"),
    }
    for key in others:
        title, date, why = pool[key]
        items.append(Item(title, date, why, seed=len(title) * 7 + base_id))
    items.sort(key=lambda it: (it.date, it.title), reverse=True)
    for n, item in enumerate(items):
        item.ident = base_id - n * 7 - (n % 3)
    return items


def report_lines(site: Site, item: Item) -> list[tuple[str, str]]:
    y = item.year
    sign = f"{y + 1}年{int(item.date[5:7])}月{int(item.date[8:10]) - 2}日"
    return texts.report_lines(site.gov, item.extra["superior"], y, item.variant, item.seed, sign)


def report_body(site: Site, item: Item) -> str:
    return texts.lines_html(report_lines(site, item))


def body_of(site: Site, item: Item) -> str:
    if item.why == "report":
        return report_body(site, item)
    return texts.filler_html(item.title, item.seed)


def write(root: Path, host: str, path: str, data: str | bytes) -> None:
    """Save one served file: `path` is the URL path (with `@query` for a query)."""
    if path.startswith("http://"):
        path = "/" + path.split("/", 3)[3]
    target = root / "site" / host / path.lstrip("/")
    if path.endswith("/"):
        target = target / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def fixed_zip(data: bytes) -> bytes:
    """A zip (a .docx) rewritten with fixed member dates, so builds are byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, (2025, 3, 1, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def expected(root: Path, items: list[Item], *, html_reports: bool = True,
             failures: list[dict] | None = None, skip_urls: set[str] | None = None,
             **keys: object) -> dict:
    """expected.json: reports (with sections/level1 when HTML), skipped, failures, own keys."""
    failed = {f["url"] for f in failures or []}
    reports, skipped = [], []
    for it in items:
        if it.url in failed or it.url in (skip_urls or set()):
            continue
        if it.why == "report":
            entry: dict = {"url": it.url, "year": it.year, "title": it.title}
            if html_reports:
                entry["sections"] = texts.headings(it.variant)
                entry["level1"] = texts.LEVEL1[it.variant]
            entry.update(it.extra.get("expect", {}))
            reports.append(entry)
        else:
            skipped.append({"url": it.url, "title": it.title, "why": it.why})
    data = {**keys, "reports": reports, "skipped": skipped, "failures": failures or []}
    (root / "expected.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n",
                                        "utf-8")
    return data


def portal_toml(root: Path, slug: str, site: Site, level: str, start: str, family: str,
                comment: str, division: str) -> None:
    (root / "portal.toml").write_text(
        f'# Held-out round 25 (fictional): {comment}\nslug = "{slug}"\nname = "{site.gov}"\n'
        f'division_code = "{division}"\nlevel = "{level}"\nprovince = "{PROVINCES[site.province]}"\n'
        f'family = "{family}"\nstart_urls = ["{start}"]\n', "utf-8")


def replay_rules(root: Path, host: str, rules: dict) -> None:
    path = root / "site" / host / "_replay.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(rules, ensure_ascii=False, indent=2) + "\n", "utf-8")
