"""Items of a portal (reports and non-reports) and the writing of a portal folder."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import texts

ROUND = Path(__file__).resolve().parent.parent


@dataclass
class Portal:
    slug: str
    name: str          # 蕖川县人民政府
    place: str         # 蕖川县
    host: str
    code: str          # 网站标识码
    division: str
    level: str
    province: str
    family: str
    start: str         # start URL path
    column: str        # column name
    files: dict[str, str | bytes] = field(default_factory=dict)
    expected: dict = field(default_factory=lambda: {"reports": [], "skipped": [],
                                                    "failures": []})

    def url(self, path: str) -> str:
        return f"http://{self.host}{path}"

    def put(self, path: str, content: str | bytes) -> None:
        self.files[path.lstrip("/")] = content


@dataclass
class Item:
    title: str
    date: str          # YYYY-MM-DD publication date
    ident: int
    why: str | None = None       # None for a report
    year: int | None = None      # the report's year
    short: bool = False
    path: str = ""

    @property
    def stamp(self) -> str:
        return self.date.replace("-", "")


REPORT_TITLES = [
    "{name}关于{y}年度法治政府建设情况的报告", "{name}{y}年度法治政府建设年度报告",
    "{name}关于{y}年法治政府建设工作情况的报告", "{place}{y}年法治政府建设工作报告",
]
OTHERS = [
    ("《{latest}》解读", "interpretation", "{ly1}-03-28"),
    ("{name}{ly}年政府信息公开工作年度报告", "disclosure_report", "{ly1}-01-20"),
    ("{name}{ly0}年政府信息公开工作年度报告", "disclosure_report", "{ly}-01-18"),
    ("{place}{ly1}年法治政府建设工作要点", "not_a_report", "{ly1}-04-10"),
    ("关于报送{ly}年度法治政府建设情况报告的通知", "not_a_report", "{ly1}-01-08"),
    ("{place}召开{ly}年法治政府建设工作推进会", "not_a_report", "{ly}-06-14"),
    ("{place}开展{ly0}年“宪法宣传周”系列活动", "not_a_report", "{ly0}-12-06"),
    ("关于公布{place}行政执法主体名单的公告", "not_a_report", "{ly0}-09-22"),
    ("{place}法治政府建设示范创建实施方案（2021—2025年）", "not_a_report", "2022-05-16"),
    ("{place}2023—2024年度法治宣传教育工作总结", "not_a_report", "2024-12-20"),
]


def make_items(p: Portal, years: list[int], n_other: int, base_id: int,
               path_of: Callable[[Item], str], day0: int = 11) -> list[Item]:
    """Reports for `years` (published in March of the next year) and `n_other` non-reports,
    newest first, each with its path."""
    items = []
    for i, y in enumerate(sorted(years, reverse=True)):
        title = REPORT_TITLES[i % 4].format(name=p.name, place=p.place, y=y)
        items.append(Item(title, f"{y + 1}-03-{day0 + i * 3:02d}", 0, None, y, short=i % 2 == 1))
    latest = items[0].title
    ly = max(years)
    fmt = {"name": p.name, "place": p.place, "latest": latest, "ly": ly, "ly1": ly + 1,
           "ly0": ly - 1}
    for title, why, date in OTHERS[:n_other]:
        items.append(Item(title.format(**fmt), date.format(**fmt), 0, why))
    items.sort(key=lambda it: it.date, reverse=True)
    for n, it in enumerate(items):
        it.ident = base_id - n * 37
        it.path = path_of(it)
    return items


def signer_of(p: Portal) -> str:
    return p.name


def report_html(p: Portal, it: Item) -> tuple[str, texts.Report]:
    assert it.year is not None
    sal = f"中共{p.place}委、{p.name}："
    rep = texts.report_text(p.place, it.year, it.ident, it.short, sal, p.name,
                            f"{it.year + 1}年3月{int(it.date[-2:]) - 3}日")
    return texts.paras_html(rep.paragraphs), rep


def expect(p: Portal, it: Item, rep: texts.Report | None, url: str | None = None) -> None:
    url = url or p.url(it.path)
    if it.why is None:
        entry = {"url": url, "year": it.year, "title": it.title}
        if rep is not None:
            entry.update(sections=rep.sections, level1=rep.level1)
        p.expected["reports"].append(entry)
    else:
        p.expected["skipped"].append({"url": url, "title": it.title, "why": it.why})


def write(p: Portal, notes: str, extra: dict) -> None:
    folder = ROUND / p.slug
    if folder.exists():
        shutil.rmtree(folder)
    site = folder / "site" / p.host
    for rel, content in sorted(p.files.items()):
        target = site / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, "utf-8")
    data = {"notes": notes, "column": p.url(p.start), **extra, **p.expected}
    (folder / "expected.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n",
                                          "utf-8")
    (folder / "portal.toml").write_text(
        f'# Held-out round 28 (blind): {notes.splitlines()[0]}\n'
        f'slug = "{p.slug}"\nname = "{p.name}"\ndivision_code = "{p.division}"\n'
        f'level = "{p.level}"\nprovince = "{p.province}"\nfamily = "{p.family}"\n'
        f'start_urls = ["{p.url(p.start)}"]\n', "utf-8")


def stubs(p: Portal, scripts: list[str]) -> None:
    """One-line style/script stubs and robots.txt, and empty pages for the menu targets."""
    p.put("static/css/main.css", "body{font-family:'Microsoft YaHei';}\n")
    p.put("robots.txt", "User-agent: *\nDisallow: /admin/\n")
    for s in scripts:
        p.put(s, "/* vendor library (stub) */\n")
    for d in ("zwgk", "zwfw", "hdjl", "zjxq", "ztzl", "wza", "ghb", "zzms", "fanti", "login",
              "reg", "search", "zwgk/jd", "hdjl/xzxx", "hdjl/yjzj", "hdjl/znwd"):
        if f"{d}/index.html" not in p.files:
            p.put(f"{d}/index.html", texts.page("栏目", p.name, p.place, p.code,
                                                '<div class="list"><p>暂无信息</p></div>'))
