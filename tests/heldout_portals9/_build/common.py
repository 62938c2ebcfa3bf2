"""A round-9 portal being built: its items, saved files, server rules and expected.json."""

from __future__ import annotations

import json
import shutil
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from furniture import Site, article_page, paragraphs, related
from texts import Report, non_report_paragraphs, report_paragraphs

WHY = {"interpretation": "interpretation", "disclosure_report": "disclosure_report"}
FAIL_WHY = {404: "404 dead link", 504: "504 gateway timeout (a timeout-like failure)"}


@dataclass
class Item:
    """One listed item: a report (with `report`) or not (`kind` says what it is)."""
    url: str
    title: str
    date: str                     # publication date, YYYY-MM-DD
    kind: str = "report"          # report, interpretation, disclosure_report, plan, notice, news, summary
    year: int = 0                 # the year a report covers (or a non-report's topical year)
    report: Report | None = None
    status: int = 200             # 404: no file; 504: the server answers 504

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc

    @property
    def path(self) -> str:
        return urlsplit(self.url).path


Container = Callable[[str], str]   # body HTML -> the CMS's content container around it


def trs_container(body: str) -> str:
    return f'<div class="article-body"><div class="TRS_Editor">{body}</div></div>\n'


def hanweb_container(body: str) -> str:
    return ('<div class="article-body" id="zoom"><meta name="ContentStart">' + body
            + '<meta name="ContentEnd"></div>\n')


def generic_container(body: str) -> str:
    return f'<div class="article-body"><div class="content" id="content">{body}</div></div>\n'


@dataclass
class Portal:
    slug: str
    site: Site
    toml: dict[str, str | list[str]]
    notes: str
    items: list[Item] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    rules: dict[str, dict] = field(default_factory=dict)
    extra: dict[str, object] = field(default_factory=dict)   # writer's own expected.json keys

    def save(self, host: str, path: str, data: str | bytes, encoding: str = "utf-8") -> None:
        """Save a served file at a URL path (`/x/` is its index.html, `?q` the file `path@q`)."""
        rel = path.lstrip("/")
        if rel.endswith("/") or not rel:
            rel += "index.html"
        self.files[f"{host}/{rel}"] = data if isinstance(data, bytes) else data.encode(encoding)

    def rule(self, host: str, kind: str, key: str, value: object) -> None:
        self.rules.setdefault(host, {}).setdefault(kind, {})[key] = value

    def articles(self, site: Site, container: Container, column: str,
                 items: list[Item] | None = None) -> None:
        """Each item's article page (a 404 item gets none; a 504 item an error page)."""
        chosen = self.items if items is None else items
        interp = {i.year: i for i in chosen if i.kind == "interpretation"}
        for n, item in enumerate(chosen):
            if item.status == 404:
                continue
            if item.status != 200:
                self.rule(item.host, "status", item.path, item.status)
                self.save(item.host, item.path, _gateway_page(item.status), site.charset)
                continue
            lines = (report_paragraphs(item.report) if item.report else
                     non_report_paragraphs(item.kind, site.place, item.year, item.date))
            links = ([(interp[item.year].url, interp[item.year].title)]
                     if item.report and item.year in interp else [])
            prev = _neighbour(chosen, n - 1)
            nxt = _neighbour(chosen, n + 1)
            page = article_page(site, title=item.title, date=item.date, column=column,
                                body=container(paragraphs(lines)), index_no=_index_no(site, item),
                                tail=related(links, prev, nxt))
            self.save(item.host, item.path, page, site.charset)

    def expected(self) -> dict[str, object]:
        reports, skipped, failures = [], [], []
        for item in self.items:
            if item.status != 200:
                failures.append({"url": item.url, "year": item.year, "why": FAIL_WHY[item.status]})
            elif item.report:
                reports.append({"url": item.url, "year": item.year, "title": item.title,
                                "sections": item.report.sections, "level1": item.report.level1})
            else:
                skipped.append({"url": item.url, "title": item.title,
                                "why": WHY.get(item.kind, "not_a_report")})
        return {"notes": self.notes, **self.extra, "reports": reports, "skipped": skipped,
                "failures": failures}

    def write(self, root: Path) -> None:
        folder = root / self.slug
        if (folder / "site").exists():
            shutil.rmtree(folder / "site")
        for rel, data in sorted(self.files.items()):
            target = folder / "site" / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        for host, rules in self.rules.items():
            (folder / "site" / host / "_replay.json").write_text(
                json.dumps(rules, ensure_ascii=False, indent=2) + "\n", "utf-8")
        (folder / "expected.json").write_text(
            json.dumps(self.expected(), ensure_ascii=False, indent=2) + "\n", "utf-8")
        (folder / "portal.toml").write_text(_toml(self.toml), "utf-8")


def _neighbour(items: list[Item], n: int) -> tuple[str, str] | None:
    if 0 <= n < len(items) and items[n].status == 200:
        return items[n].url, items[n].title
    return None


def _toml(fields: dict[str, str | list[str]]) -> str:
    out = ["# Held-out round 9 (blind): see ../README.md."]
    for key, value in fields.items():
        out.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(out) + "\n"


def _index_no(site: Site, item: Item) -> str:
    return f"{site.code[:6]}/{item.date[:4]}-{zlib.crc32(item.url.encode()) % 100000:05d}"


def _gateway_page(status: int) -> str:
    return (f"<html><head><title>{status} Gateway Time-out</title></head><body>"
            f"<center><h1>{status} Gateway Time-out</h1></center><hr><center>nginx</center>"
            "</body></html>\n")
