"""Shared pieces of round 11's builder: items (reports and non-reports), article pages, stubs."""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from html import escape
from pathlib import Path

import furniture
import texts

ROOT = Path(__file__).resolve().parent.parent
TITLES = ["{gov}关于{y}年度法治政府建设情况的报告", "{gov}{y}年度法治政府建设年度报告",
          "{gov}关于{y}年法治政府建设工作情况的报告", "{gov}{y}年法治政府建设工作报告"]
OTHERS = [  # (title pattern, why); {r} is a report's title, {y} a year
    ("《{r}》解读", "interpretation"),
    ("{gov}{y}年政府信息公开工作年度报告", "disclosure_report"),
    ("{gov}{y}年法治政府建设工作要点", "not_a_report"),
    ("关于报送{y}年度法治政府建设情况报告的通知", "not_a_report"),
    ("{gov}召开{y}年度法治政府建设工作推进会", "not_a_report"),
    ("{gov}法治政府建设示范创建实施方案", "not_a_report"),
    ("{gov}开展“宪法宣传周”集中宣传活动", "not_a_report"),
    ("关于公布{gov}行政执法主体名单的公告", "not_a_report"),
    ("{gov}“谁执法谁普法”普法责任制履职报告评议结果公示", "not_a_report"),
]


@dataclass
class Item:
    """One listed article: a report (year set) or a non-report (why set)."""
    title: str
    date: str          # YYYY-MM-DD
    uid: int
    year: int = 0
    why: str = ""
    kind: str = "standard"

    @property
    def stamp(self) -> str:
        return self.date.replace("-", "")

    def rel(self) -> str:
        """Its path under the column folder, TRS style."""
        return f"{self.stamp[:6]}/t{self.stamp}_{self.uid}.html"


def make_items(gov: str, years: list[int], others: list[int], base_uid: int) -> list[Item]:
    """Reports for `years` (published the next March) and the OTHERS picked by index, newest first."""
    items = []
    for i, year in enumerate(years):
        title = TITLES[i % len(TITLES)].format(gov=gov, y=year)
        items.append(Item(title, f"{year + 1}-03-{10 + i * 3:02d}", base_uid + i, year=year,
                          kind="short" if i % 3 == 2 else "standard"))
    for j, index in enumerate(others):
        pattern, why = OTHERS[index]
        y = years[j % len(years)]
        r = items[j % len(years)].title
        date = f"{y + 1}-{(j * 5) % 12 + 1:02d}-{(j * 7) % 27 + 1:02d}"
        items.append(Item(pattern.format(gov=gov, y=y + (why == "not_a_report" and j % 2), r=r),
                          date, base_uid + 50 + j, why=why))
    return sorted(items, key=lambda it: (it.date, it.uid), reverse=True)


def paragraphs(site: dict, item: Item) -> list[str]:
    """The text of an item's article."""
    if item.year:
        y, m, d = item.date.split("-")
        return texts.report_paragraphs(site["gov"], site["up"], item.year, item.kind, item.uid,
                                       f"{y}年{int(m)}月{int(d)}日")
    return texts.filler(item.title, item.uid)


def article_html(site: dict, item: Item, column: str, crumbs: str, body: str | None = None) -> str:
    """An article page: xxgk table, title, text (`body` or the item's paragraphs), tools."""
    if body is None:
        body = "".join(f"<p>{escape(p)}</p>\n" for p in paragraphs(site, item))
    inner = (furniture.xxgk_table(item.title, item.date, site["gov"], f"{site['code']}/{item.uid}")
             + f'<div class="article"><h2 class="title">{escape(item.title)}</h2>'
             f'<div class="info">发布时间：{item.date}　来源：{site["source"]}</div>\n'
             f'<div class="TRS_Editor">\n{body}</div></div>\n'
             + furniture.article_tools("无", "无", site["editor"]))
    return furniture.page(site, item.title, column, crumbs, inner,
                          furniture.article_meta(item.title, item.date, site["gov"]))


def list_items(items: list[Item], href) -> str:
    """A `<ul class="list">` of rows: link (target _blank) and date."""
    rows = "".join(f'<li><a href="{href(it)}" target="_blank">{escape(it.title)}</a>'
                   f'<span class="date">{it.date}</span></li>\n' for it in items)
    return f'<ul class="list">\n{rows}</ul>\n'


STUBS = ["zwgk/zcwj/index.html", "zwgk/rsxx/index.html", "zwgk/czxx/index.html", "xwzx/index.html",
         "hdjl/index.html", "zwfw/index.html", "hdjl/xzxx/index.html", "hdjl/yjzj/index.html",
         "hdjl/znwd/index.html", "zwgk/index.html", "index.html"]


def write_stubs(site: dict, host_dir: Path, skip: tuple[str, ...] = ()) -> None:
    """Every page the furniture links, as an empty column (a crawler walking the menu meets no 404)."""
    for rel in STUBS:
        if rel in skip or (host_dir / rel).exists():
            continue
        body = '<div class="column"><h3>栏目</h3><p class="empty">暂无信息</p></div>\n'
        write(host_dir / rel, furniture.page(site, "栏目", "栏目", "栏目", body))
    write(host_dir / "css/style.css", "body{font-family:SimSun}\n")


def write(path: Path, data: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, "utf-8")
    else:
        path.write_bytes(data)


def fresh(slug: str) -> Path:
    """The portal's folder with an empty site/."""
    folder = ROOT / slug
    shutil.rmtree(folder / "site", ignore_errors=True)
    (folder / "site").mkdir(parents=True)
    return folder


def report_entry(url: str, item: Item, **extra) -> dict:
    entry = {"url": url, "year": item.year, "title": item.title,
             "sections": texts.headings(item.kind), "level1": texts.level1(item.kind)}
    entry.update(extra)
    return entry


def finish(folder: Path, site: dict, start: str, reports: list, skipped: list, notes: str,
           column: str) -> None:
    """expected.json and portal.toml."""
    data = {"notes": notes, "column": column, "reports": reports, "skipped": skipped, "failures": []}
    write(folder / "expected.json", json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    toml = (f'# Held-out round 11 (blind): {notes.split(".")[0]}.\nslug = "{folder.name}"\n'
            f'name = "{site["gov"]}"\ndivision_code = "{site["division"]}"\nlevel = "{site["level"]}"\n'
            f'province = "{site["province"]}"\nfamily = "{site["family"]}"\nstart_urls = ["{start}"]\n')
    write(folder / "portal.toml", toml)


def skip_entry(url: str, item: Item) -> dict:
    return {"url": url, "title": item.title, "why": item.why}
