"""Writing a portal folder: its files, article pages, PDFs, expected.json and portal.toml."""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from pathlib import Path

import furniture
import pdfmin
import texts
from model import Item

ROUND = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Gov:
    slug: str
    site: furniture.Site
    place: str  # 沣屿区
    superior: str  # salutation of the reports
    province: str
    level: str
    family: str
    division: str
    column: str  # the column's name
    column_url: str  # the column's path on the host


def site_dir(gov: Gov) -> Path:
    return ROUND / gov.slug / "site" / gov.site.host


def put(gov: Gov, path: str, data: str | bytes) -> None:
    """Save `data` as the file serving `path` (`/…/` is its index.html, `?q` is `@q`)."""
    rel = path.lstrip("/")
    if rel.endswith("/") or not rel:
        rel += "index.html"
    target = site_dir(gov) / rel.replace("?", "@")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def signed_date(it: Item) -> str:
    y, m, d = it.date.split("-")
    return f"{y}年{int(m)}月{max(1, int(d) - 2)}日"


def paragraphs(gov: Gov, it: Item) -> list[str]:
    if it.is_report:
        return texts.report_paragraphs(
            gov.place,
            gov.site.name,
            gov.superior,
            it.year or 0,
            short=it.short,
            signed=signed_date(it),
        )
    return texts.other_paragraphs(it.title, gov.place, it.date)


def write_item(gov: Gov, it: Item, path: str) -> None:
    """The item's document at `path`: an article page, or a PDF when `it.pdf`; nothing when dead."""
    if it.dead:
        return
    paras = paragraphs(gov, it)
    if it.pdf:
        put(gov, path, pdfmin.pdf_bytes([it.title] + paras, it.title))
        return
    idx = f"{gov.division}-{it.date[:4]}-{it.ident:06d}"
    put(
        gov,
        path,
        furniture.article(
            gov.site,
            title=it.title,
            date=it.date,
            column=gov.column,
            column_url=gov.column_url,
            body_html=furniture.paragraphs_html(paras),
            index_no=idx,
            source=gov.site.name,
        ),
    )


def expected(
    gov: Gov, items: list[Item], notes: str, failures_why: dict[str, str], **extra: object
) -> None:
    reports, skipped, failures = [], [], []
    for it in items:
        if it.dead:
            failures.append({"url": it.url, "year": it.year, "why": failures_why[it.url]})
        elif it.is_report:
            rep: dict[str, object] = {"url": it.url, "year": it.year, "title": it.title}
            if it.final_url:
                rep["final_url"] = it.final_url
            if not it.pdf:
                rep["sections"] = texts.headings(it.short)
                rep["level1"] = texts.level1(it.short)
            reports.append(rep)
        else:
            skipped.append({"url": it.url, "title": it.title, "why": it.why})
    doc = {
        "notes": notes,
        "column": f"http://{gov.site.host}{gov.column_url}",
        **extra,
        "reports": reports,
        "skipped": skipped,
        "failures": failures,
    }
    (ROUND / gov.slug / "expected.json").write_text(
        json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def portal_toml(gov: Gov, start_url: str, comment: str) -> None:
    text = (
        f'# {comment}\nslug = "{gov.slug}"\nname = "{gov.site.name}"\n'
        f'division_code = "{gov.division}"\nlevel = "{gov.level}"\nprovince = "{gov.province}"\n'
        f'family = "{gov.family}"\nstart_urls = ["{start_url}"]\n'
    )
    (ROUND / gov.slug / "portal.toml").write_text(text, encoding="utf-8")


def listing_page(gov: Gov, title: str, inner: str, scripts: str = "", extra_head: str = "") -> str:
    """A column page: furniture around `inner` (the list area)."""
    s = gov.site
    return (
        furniture.head(s, title, gov.column, extra_head, scripts)
        + furniture.top(s)
        + furniture.crumb(s, gov.column, gov.column_url)
        + '<div class="main"><div class="left-nav"><h2>政务公开</h2><ul>'
        '<li><a href="/zwgk/zcwj/index.html">政策文件</a></li>'
        '<li><a href="/zwgk/zcjd/index.html">政策解读</a></li>'
        f'<li class="on"><a href="{gov.column_url}">{gov.column}</a></li>'
        '<li><a href="/zwgk/tzgg/index.html">通知公告</a></li></ul></div>\n'
        f'<div class="right-list"><h3 class="col-title">{gov.column}</h3>\n{inner}</div></div>\n'
        + furniture.footer(s)
    )


def li(it: Item, href: str) -> str:
    return (
        f'<li><a href="{href}" target="_blank" title="{escape(it.title)}">{escape(it.title)}</a>'
        f'<span class="date">{it.date}</span></li>'
    )
