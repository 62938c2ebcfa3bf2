"""Build round 12's held-out portals: site/ pages, expected.json and portal.toml per portal.

Run: .venv/bin/python tests/heldout_portals12/_build/build.py (deterministic output).
"""
# ruff: noqa: E501  (HTML templates and portal data: long literals read better whole)
import json
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import furniture as fu  # noqa: E402
import portals  # noqa: E402
from texts import level1, other_paragraphs, report_paragraphs, sections  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Item:
    """One listed article: a report (year, kind) or a non-report (why)."""
    title: str
    date: str            # YYYY-MM-DD
    ident: int
    year: int = 0
    kind: str = ""
    why: str = ""
    soft404: bool = False

    stem_fmt: str = ""

    def stem(self) -> str:
        if self.stem_fmt:
            return self.stem_fmt.format(ident=self.ident)
        d = self.date.replace("-", "")
        return f"{d[:6]}/t{d}_{self.ident}.html"


def items_for(p: dict) -> list[Item]:
    """The portal's reports and non-reports, newest first."""
    gov, place = p["gov"], p["place"]
    titles = [f"{gov}关于{{y}}年度法治政府建设情况的报告", f"{gov}{{y}}年度法治政府建设年度报告",
              f"{gov}关于{{y}}年法治政府建设工作情况的报告", f"{gov}{{y}}年法治政府建设工作报告"]
    out, ident = [], p["id0"]
    for i, (year, kind) in enumerate(p["reports"]):
        ident += 7
        out.append(Item(titles[i % 4].format(y=year), f"{year + 1}-0{i % 3 + 1}-{12 + i}", ident,
                        year, kind, soft404=(year == p.get("soft404"))))
    y0 = p["reports"][1][0]
    others = [(f"《{out[1].title}》解读", "interpretation", f"{y0 + 1}-04-02"),
              (f"{gov}{y0}年政府信息公开工作年度报告", "disclosure_report", f"{y0 + 1}-01-20"),
              (f"{gov}2024年法治政府建设工作要点", "not_a_report", "2024-03-08"),
              ("关于报送2023年度法治政府建设情况报告的通知", "not_a_report", "2023-12-05"),
              (f"{place}召开2024年法治政府建设工作推进会", "not_a_report", "2024-05-16"),
              (f"{place}开展“宪法宣传周”系列活动", "not_a_report", "2023-12-06"),
              (f"{place}法治政府建设示范创建实施方案", "not_a_report", "2022-06-10"),
              (f"关于公布{place}行政执法主体名单的公告", "not_a_report", "2022-09-14"),
              (f"{gov}2021年政府信息公开工作年度报告", "disclosure_report", "2022-01-25"),
              (f"{place}2023—2024年度法治宣传教育工作总结", "not_a_report", "2025-01-10")]
    for title, why, date in others[:p["n_other"]]:
        ident += 5
        out.append(Item(title, date, ident, why=why))
    for it in out:
        it.stem_fmt = p.get("stem", "")
    return sorted(out, key=lambda it: (it.date, it.ident), reverse=True)


SOFT_404 = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>提示信息</title></head><body>"
            "<div class=\"err\"><img src=\"/images/404.png\">"
            "<p>很抱歉，您访问的页面不存在或已被删除！</p>"
            "<p><a href=\"/\">返回首页</a></p></div></body></html>")


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")


def write_articles(p: dict, site: Path, items: list[Item]) -> None:
    """Every listed item's article page under the portal's article folder."""
    for it in items:
        paras = (report_paragraphs(p["place"], p["gov"], p["superior"], it.year, it.kind)
                 if it.year else other_paragraphs(it.title))
        html = SOFT_404 if it.soft404 else fu.article(
            it.title, p["gov"], p["short"], p["column"], it.date, paras, p["code"],
            f"{p['code'][-6:]}/{it.date[:4]}-{it.ident:05d}")
        write(site / p["art_dir"].lstrip("/") / it.stem().replace("?", "@"), html)


def expected(p: dict, items: list[Item]) -> dict:
    """expected.json for the portal."""
    reports, skipped, failures = [], [], []
    for it in items:
        url = p["host_url"] + p["art_dir"] + it.stem()
        if it.soft404:
            failures.append({"url": url, "why": "listed report answers 200 with a 页面不存在 page (soft 404)"})
        elif it.year:
            reports.append({"url": url, "year": it.year, "title": it.title,
                            "sections": sections(it.kind), "level1": level1(it.kind)})
        else:
            skipped.append({"url": url, "title": it.title, "why": it.why})
    return {"notes": p["notes"], "column": p["column_url"], "reports": reports, "skipped": skipped,
            "failures": failures}


def build(p: dict) -> None:
    folder = ROOT / p["slug"]
    if (folder / "site").exists():
        shutil.rmtree(folder / "site")
    site = folder / "site" / p["host"]
    items = items_for(p)
    write_articles(p, site, items)
    p["listing"](p, site, items)
    write(folder / "expected.json", json.dumps(expected(p, items), ensure_ascii=False, indent=2) + "\n")
    toml = (f'# Held-out round 12 (blind): {p["notes"]}\nslug = "{p["slug"]}"\nname = "{p["gov"]}"\n'
            f'division_code = "{p["division"]}"\nlevel = "county"\nprovince = "{p["province"]}"\n'
            f'family = "{p["family"]}"\nstart_urls = ["{p["start"]}"]\n')
    write(folder / "portal.toml", toml)


if __name__ == "__main__":
    for portal in portals.PORTALS:
        build(portal)
        print(portal["slug"], "built")
