"""Items of a round-7 portal (reports and non-reports), and writing a portal folder."""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from texts import Report, other_html, report

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Item:
    title: str
    date: str                   # YYYY-MM-DD, publication
    why: str                    # "report" or the skipped reason
    year: int | None = None     # report year
    rep: Report | None = None
    url: str = ""               # absolute URL, set by the portal builder
    expect: dict = field(default_factory=dict)   # extra expected.json keys


def reports(place: str, publisher: str, years: list[int], seed: int = 0,
            title: str = "{p}{y}年度法治政府建设年度报告") -> list[Item]:
    """One HTML report a year, published in March of the next year."""
    rng = random.Random(f"{publisher}{seed}")
    items = []
    for y in years:
        t = title.format(p=publisher, y=y)
        variant = "short" if rng.random() < 0.3 else "standard"
        rep = report(place, publisher, y, t, variant, seed)
        items.append(Item(t, f"{y + 1}-03-{rng.randint(10, 28):02d}", "report", y, rep))
    return items


def others(publisher: str, last: int, seed: int = 0) -> list[Item]:
    """The non-reports a column mixes in: 解读, disclosure reports, 工作要点, notices, news."""
    rng = random.Random(f"others{publisher}{seed}")
    d = lambda y: f"{y}-{rng.randint(1, 12):02d}-{rng.randint(10, 28):02d}"  # noqa: E731
    p, y, rep, no = publisher, last, "法治政府建设年度报告", "not_a_report"
    return [
        Item(f"《{p}{y}年度{rep}》解读", f"{y + 1}-03-29", "interpretation"),
        Item(f"{p}{y}年政府信息公开工作年度报告", f"{y + 1}-01-25", "disclosure_report"),
        Item(f"{p}{y - 1}年政府信息公开工作年度报告", f"{y}-01-26", "disclosure_report"),
        Item(f"{p}{y}年法治政府建设工作要点", f"{y}-04-{rng.randint(10, 28)}", no),
        Item(f"关于开展{y}年度法治政府建设示范创建活动的通知", d(y), no),
        Item(f"{p}召开{y}年法治政府建设工作推进会", d(y), no),
        Item("关于公布行政执法主体及执法依据的公告", d(y - 1), no),
        Item(f"{p}召开常务会议专题学法", d(y - 1), no),
        Item(f"关于组织参加{y - 1}年度行政执法人员培训考试的通知", d(y - 1), no),
        Item(f"{p}开展“宪法宣传周”主题活动", d(y - 2), no),
    ]


def body_of(item: Item) -> str:
    from texts import report_html
    if item.rep is not None:
        return report_html(item.rep)
    return other_html(item.why, item.title)


def write(path: Path, text: str | bytes, encoding: str = "utf-8") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding)


def reset(slug: str) -> Path:
    folder = ROOT / slug
    if (folder / "site").exists():
        shutil.rmtree(folder / "site")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def expected(slug: str, items: list[Item], failures: list[dict], notes: str,
             **extra: object) -> None:
    """expected.json: reports (url, year, title, sections, level1), skipped, failures."""
    failed = {f["url"] for f in failures}
    reps, skipped = [], []
    for it in items:
        if it.url in failed:
            continue
        if it.why == "report":
            entry = {"url": it.url, "year": it.year, "title": it.title, **it.expect}
            if it.rep is not None and not it.expect.get("file"):
                entry.update(sections=it.rep.sections, level1=it.rep.level1)
            entry.pop("file", None)
            reps.append(entry)
        else:
            skipped.append({"url": it.url, "title": it.title, "why": it.why})
    data = {"notes": notes, **extra, "reports": reps, "skipped": skipped, "failures": failures}
    write(ROOT / slug / "expected.json", json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def portal_toml(slug: str, comment: str, name: str, code: str, level: str, province: str,
                family: str, start: str) -> None:
    write(ROOT / slug / "portal.toml",
          f'# {comment}\nslug = "{slug}"\nname = "{name}"\ndivision_code = "{code}"\n'
          f'level = "{level}"\nprovince = "{province}"\nfamily = "{family}"\n'
          f'start_urls = ["{start}"]\n')
