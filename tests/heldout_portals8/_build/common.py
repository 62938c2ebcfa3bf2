"""What every round-8 portal builder shares: the output folder, titles by kind, article pages,
expected.json entries, and the .docx writer."""

from __future__ import annotations

import datetime
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import furniture as fu
import texts
from docx import Document

ROOT = Path(__file__).resolve().parent.parent
WHY = {"interp": "interpretation", "disclosure": "disclosure_report", "points": "work_points",
       "notice": "not_a_report", "news": "not_a_report", "plan": "implementation_plan"}


@dataclass
class Portal:
    slug: str
    toml: str
    files: dict[str, bytes] = field(default_factory=dict)   # "<host>/<path>" -> bytes
    rules: dict[str, dict] = field(default_factory=dict)    # host -> _replay.json
    reports: list[dict] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    failures: list[dict] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    def add(self, url: str, content: str | bytes, encoding: str = "utf-8") -> None:
        """Save `content` where the replay server serves `url` (`?query` -> `@query`)."""
        parts = urlsplit(url)
        path = parts.path.lstrip("/")
        if parts.path.endswith("/") or not path:
            path += "index.html"
        if parts.query:
            path += "@" + parts.query
        data = content.encode(encoding) if isinstance(content, str) else content
        self.files[f"{parts.hostname}/{path}"] = data

    def expect(self, items: list[fu.Item], html_sections: bool = True) -> None:
        for item in items:
            if item.kind in ("report", "docfile"):
                entry: dict = {"url": item.url, "year": item.year, "title": item.title}
                if item.kind == "report" and html_sections:
                    entry |= {"sections": item.sections, "level1": item.level1}
                if item.final_url:
                    entry["final_url"] = item.final_url
                self.reports.append(entry)
            else:
                self.skipped.append({"url": item.url, "title": item.title,
                                     "why": item.why or WHY[item.kind]})

    def write(self) -> None:
        folder = ROOT / self.slug
        for rel, data in self.files.items():
            target = folder / "site" / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        for host, rules in self.rules.items():
            (folder / "site" / host / "_replay.json").write_text(
                json.dumps(rules, ensure_ascii=False, indent=2) + "\n", "utf-8")
        expected = {"notes": self.extra.pop("notes", ""), **self.extra,
                    "reports": self.reports, "skipped": self.skipped, "failures": self.failures}
        (folder / "expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", "utf-8")
        (folder / "portal.toml").write_text(self.toml, "utf-8")


def title_for(site: fu.Site, kind: str, year: int, style: int = 0) -> str:
    s, n = site.short, site.name
    titles = {
        "report": [f"{s}{year}年度法治政府建设情况报告",
                   f"{n}关于{year}年度法治政府建设工作情况的报告",
                   f"{s}人民政府{year}年法治政府建设年度报告"],
        "interp": [f"《{s}{year}年度法治政府建设情况报告》解读",
                   f"图解：{s}{year}年度法治政府建设情况报告"],
        "disclosure": [f"{n}{year}年政府信息公开工作年度报告"],
        "points": [f"{s}{year}年法治政府建设工作要点"],
        "notice": [f"关于开展{year}年度法治政府建设督察工作的通知",
                   f"关于报送{year}年度法治政府建设情况报告的通知"],
        "news": [f"{s}召开{year}年度法治政府建设工作推进会",
                 f"{s}召开全面依法治{s[-1]}委员会第{year - 2019}次会议"],
        "plan": [f"{s}法治政府建设实施方案（2021—2025年）",
                 f"{s}2023—2024年度法治宣传教育工作总结"],
    }[kind]
    return titles[style % len(titles)]


def make_item(site: fu.Site, kind: str, year: int, date: str, url: str, style: int = 0,
              variant: str = "standard") -> fu.Item:
    """One listed item with its title and text (a report's year is `year`)."""
    item = fu.Item(kind=kind, title=title_for(site, kind, year, style), date=date, url=url)
    gov = site.name
    if kind in ("report", "docfile"):
        y, m, d = (int(x) for x in date.split("-"))
        signed = f"{y}年{m}月{max(1, d - 2)}日"
        text = texts.report_text(gov, year, site.name, signed, variant, seed=len(url))
        item.year, item.paragraphs = year, text.paragraphs
        item.sections, item.level1 = text.sections, text.level1
    elif kind == "interp":
        item.paragraphs = texts.interpretation(site.short, year)
    elif kind == "disclosure":
        item.paragraphs = texts.disclosure(site.name, year)
    elif kind in ("points", "plan"):
        item.paragraphs = texts.work_points(site.short, year)
    elif kind == "notice":
        item.paragraphs = texts.notice(site.short, item.title[4:-3])
    else:
        item.paragraphs = texts.news(site.short, item.title[len(site.short) + 2:])
    return item


def article_pages(portal: Portal, site: fu.Site, items: list[fu.Item], column: str,
                  column_href: str, container: str = '<div class="article-content" id="zoom">',
                  close: str = "</div>") -> None:
    """An article page for every item whose URL is an HTML page on `site`."""
    pages = [it for it in items if it.url.endswith((".html", ".htm", ".shtml"))]
    for index, item in enumerate(pages):
        related = [it for it in pages if it.kind == "interp" and it is not item][:1]
        prev_item = pages[index - 1] if index else None
        next_item = pages[index + 1] if index + 1 < len(pages) else None
        body = container + "\n" + fu.paragraphs_html(item.paragraphs) + "\n" + close
        portal.add(item.url, fu.article(site, item, column, column_href, body, index + 1,
                                        related, (prev_item, next_item)), site.charset)


def docx_bytes(title: str, paragraphs: list[str]) -> bytes:
    """A .docx holding the report (fixed core dates: a rebuild writes the same text)."""
    document = Document()
    document.add_heading(title, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    stamp = datetime.datetime(2024, 3, 5, 10, 0, 0)
    document.core_properties.created = stamp
    document.core_properties.modified = stamp
    document.core_properties.author = "zwgk"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def toml(slug: str, name: str, code: str, level: str, province: str, family: str,
         start: str, comment: str) -> str:
    return (f"# {comment}\nslug = \"{slug}\"\nname = \"{name}\"\ndivision_code = \"{code}\"\n"
            f"level = \"{level}\"\nprovince = \"{province}\"\nfamily = \"{family}\"\n"
            f"start_urls = [\"{start}\"]\n")
