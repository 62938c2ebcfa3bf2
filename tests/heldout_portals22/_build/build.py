"""Write the five round-22 portals (site/, expected.json, portal.toml). Run from anywhere:
`.venv/bin/python tests/heldout_portals22/_build/build.py`."""

from __future__ import annotations

import html
import json
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from furniture import page  # noqa: E402
from texts import other_paragraphs, report_paragraphs  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LEVEL1 = ["measures", "leadership", "shortcomings", "plans"]
PER_PAGE = 6


@dataclass
class Item:
    title: str
    date: str          # YYYY-MM-DD
    why: str           # "report" or the skip reason
    year: int = 0
    doc: int = 0

    def path(self, col: str) -> str:
        d = self.date.replace("-", "")
        return f"{col}{d[:6]}/t{d}_{self.doc}.html"


def items(place: str, years: list[int], base: int) -> list[Item]:
    """Reports for `years` plus eight non-reports, newest first."""
    out = [Item(f"{place}{y}年度法治政府建设年度报告", f"{y + 1}-0{2 + y % 3}-{10 + y % 17:02d}",
                "report", y) for y in years]
    out += [
        Item(f"《{place}{years[-1]}年度法治政府建设年度报告》解读", f"{years[-1] + 1}-03-28", "interpretation"),
        Item(f"{place}{years[-2]}年政府信息公开工作年度报告", f"{years[-2] + 1}-01-22", "disclosure_report"),
        Item(f"{place}{years[-1] + 1}年法治政府建设工作要点", f"{years[-1] + 1}-04-16", "not_a_report"),
        Item(f"关于报送{years[-2]}年度法治政府建设情况报告的通知", f"{years[-2]}-12-05", "not_a_report"),
        Item(f"{place}召开{years[-3] + 1}年全面依法治县工作会议", f"{years[-3] + 1}-05-09", "not_a_report"),
        Item(f"{place}法治政府建设实施方案（2021—2025年）", "2021-09-14", "not_a_report"),
        Item(f"{place}2023—2024年度法治宣传教育工作总结", "2025-01-08", "not_a_report"),
        Item(f"{place}开展“宪法宣传周”系列活动", f"{years[1]}-12-04", "not_a_report"),
    ]
    out.sort(key=lambda i: i.date, reverse=True)
    for n, it in enumerate(out):
        it.doc = base + 37 * n
    return out


def article_main(site: str, it: Item, column: str) -> str:
    if it.why == "report":
        y = it.year
        paras = report_paragraphs(site[:-4] if site.endswith("人民政府") else site, y,
                                  f"{site[:3]}委、{site[:3]}人大常委会", site,
                                  f"{y + 1}年{int(it.date[5:7])}月{int(it.date[8:])}日")
    else:
        paras = other_paragraphs(it.title, it.date)
    body = "\n".join(f'<p style="text-indent: 2em;">{html.escape(p)}</p>' for p in paras)
    return (f'<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; {column}</div>'
            f'<h2 class="title">{html.escape(it.title)}</h2>'
            f'<div class="info">发布时间：{it.date}　来源：{site}　【字体：大 中 小】</div>'
            f'<div class="TRS_Editor" id="zoom">\n{body}\n</div>'
            '<div class="prevnext">上一篇：无　下一篇：无</div><div class="editor">责任编辑：办公室</div>')


def write(path: Path, text: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))


def expected(host: str, col: str, its: list[Item], notes: str, **extra: object) -> dict:
    reps, skipped = [], []
    for it in its:
        url = f"http://{host}{it.path(col)}"
        if it.why == "report":
            reps.append({"url": url, "year": it.year, "title": it.title, "sections": 11,
                         "level1": LEVEL1})
        else:
            skipped.append({"url": url, "title": it.title, "why": it.why})
    return {"notes": notes, "reports": reps, "skipped": skipped, "failures": [], **extra}


def finish(slug: str, toml: dict, exp: dict) -> None:
    d = ROOT / slug
    lines = [f"# Held-out round 22 portal (written blind): {exp['notes'][:80]}…"]
    for k, v in toml.items():
        lines.append(f"{k} = {json.dumps(v, ensure_ascii=False)}")
    write(d / "portal.toml", "\n".join(lines) + "\n")
    write(d / "expected.json", json.dumps(exp, ensure_ascii=False, indent=2) + "\n")


def main() -> None:
    import portals
    for slug in portals.ALL:
        shutil.rmtree(ROOT / slug / "site", ignore_errors=True)
        getattr(portals, slug)()
    print("wrote", ", ".join(portals.ALL))


if __name__ == "__main__":
    main()
