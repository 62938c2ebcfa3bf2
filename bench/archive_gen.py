"""A large raw archive for the rebuild benchmark, generated from the sample portals' articles.

``generate_archive(path, pages=10_000)`` writes ``pages`` article pages (about half of them
reports, the rest the 解读/news/notices the sample listings mix in) through the ``db.archive``
API, as a crawl of many portals would have: every sample portal's pages are copied to several
made-up governments (the place name changes), with their own URLs, years and figures; TRS
articles split over two pages keep both. Deterministic for a given seed.
"""

from __future__ import annotations

import hashlib
import random
import re
import time
from dataclasses import dataclass
from pathlib import Path

from bench.samples import Template, templates, vary_pages
from db.archive.store import Archive

PLACE_CHARS = "安宁平和东南北江河山湖清丰泰兴隆永昌新龙凤金石桥城阳乐德广春"
PLACES_PER_PORTAL = 6
REPORT_SHARE = 0.5
ROWS_PER_TRANSACTION = 500      # the generator's speed only; a crawl commits each response
LAST_NUMBER_RX = re.compile(r"(\d+)(?=(?:_\d+)?\.s?html?$)")


@dataclass
class GeneratedArchive:
    path: Path
    articles: int = 0
    pages: int = 0            # article pages written (split articles count each page)
    reports: int = 0          # articles made from a report template
    raw_bytes: int = 0        # body bytes as served
    seconds: float = 0.0


def place_names(rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = "".join(rng.sample(PLACE_CHARS, 2))
        if name not in names:
            names.append(name)
    return names


def _new_url(url: str, number: int) -> str:
    """The template URL with its article number replaced (page suffix ``_1`` kept)."""
    return LAST_NUMBER_RX.sub(str(number), url, count=1)


def _headers(body: bytes, content_type: str) -> dict[str, str]:
    return {"Content-Type": content_type, "ETag": f'"{hashlib.sha1(body).hexdigest()}"',
            "Last-Modified": "Mon, 03 Mar 2025 08:00:00 GMT"}


def _write_article(archive: Archive, run_id: int, portal: str, template: Template,
                   number: int, bodies: list[bytes]) -> int:
    first_url = _new_url(template.url, number)
    for page_no, ((url, _), body) in enumerate(zip(template.pages, bodies, strict=True), 1):
        archive.record_response(
            run_id=run_id, portal=portal, url=_new_url(url, number), status=200,
            headers=_headers(body, template.content_type), body=body,
            role="article" if page_no == 1 else "article_page", article_url=first_url,
            page_no=page_no, title_hint=template.title)
    return sum(len(body) for body in bodies)


def generate_archive(path: str | Path, pages: int = 10_000, seed: int = 7) -> GeneratedArchive:
    """Write an archive of ``pages`` article pages to ``path`` (which must not exist yet)."""
    started = time.monotonic()
    rng = random.Random(seed)
    result = GeneratedArchive(Path(path))
    reports = [t for t in templates() if t.is_report]
    others = [t for t in templates() if not t.is_report]
    places = {slug: place_names(rng, PLACES_PER_PORTAL)
              for slug in sorted({t.portal.slug for t in templates()})}
    with Archive(path) as archive:
        run_id = archive.start_run([f"{s}{k}" for s in places for k in range(PLACES_PER_PORTAL)])
        while result.pages < pages:
            with archive.db.atomic():
                for _ in range(ROWS_PER_TRANSACTION):
                    if result.pages >= pages:
                        break
                    _add_one(archive, run_id, rng, reports, others, places, result)
        archive.finish_run(run_id, {"generated_pages": result.pages})
    result.seconds = time.monotonic() - started
    return result


def _add_one(archive: Archive, run_id: int, rng: random.Random, reports: list[Template],
             others: list[Template], places: dict[str, list[str]],
             result: GeneratedArchive) -> None:
    is_report = rng.random() < REPORT_SHARE
    template = rng.choice(reports if is_report else others)
    index = rng.randrange(PLACES_PER_PORTAL)
    place = places[template.portal.slug][index]
    bodies = vary_pages(template, rng, rng.randint(-4, 0), place=place, mix=is_report)
    number = 1_000_000 + result.articles
    result.raw_bytes += _write_article(archive, run_id, f"{template.portal.slug}{index}",
                                       template, number, bodies)
    result.articles += 1
    result.reports += is_report
    result.pages += len(bodies)
