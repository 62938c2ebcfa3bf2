"""A local TRS portal of many report articles, for the crawl benchmark.

``generate_site(root, articles=2000)`` writes ``<root>/<host>/…``: a listing ``index.html`` and
``index_<k>.html`` pages of 20 links each, announced only by ``createPageHTML(total, k, "index",
"html")`` as TRS portals do, and one article per link made from the sample TRS report pages
(varied place, year and figures; the two-page sample stays split over ``_1`` pages). A registry
entry for it goes to ``<portal_dir>/<slug>.toml``. Served by ``crawler.replay.server`` like
tests/portals.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from bench.archive_gen import place_names
from bench.samples import Template, decode, report_templates, vary_pages

HOST = "www.fzbench.gov.cn"
SLUG = "fzbench"
COLUMN = "/zwgk/fzzfjs/"
PER_PAGE = 20
REGISTRY_ENTRY = f'''slug = "{SLUG}"
name = "平安区人民政府"
division_code = "320101"
level = "district"
province = "江苏省"
family = "trs"
start_urls = ["http://{HOST}{COLUMN}index.html"]
'''
LISTING = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>法治政府建设年度报告</title>
<script>function createPageHTML(n, c, name, ext) {{ /* TRS pager, rendered by the browser */ }}
</script></head><body><div class="list"><ul>
{items}
</ul><div class="page"><script>createPageHTML({pages}, {current}, "index", "html");</script></div>
</div></body></html>
"""
TRS_NAME_RX = re.compile(r"t\d{8}_\d+")


@dataclass
class GeneratedSite:
    root: Path
    portal_dir: Path
    articles: int
    article_files: int
    listing_pages: int
    bytes: int


def _article_name(rng: random.Random, number: int, year: int) -> tuple[str, str]:
    month, day = rng.randint(1, 3), rng.randint(1, 28)
    return f"{year + 1}{month:02d}", f"t{year + 1}{month:02d}{day:02d}_{number}"


def _write_article(site: Path, template: Template, rng: random.Random, number: int,
                   place: str) -> tuple[str, str, int]:
    """Write one article (all its pages); (relative URL of page 1, title, bytes written)."""
    shift = rng.randint(-4, 0)
    bodies = vary_pages(template, rng, shift, place=place, mix=True)
    year = 2024 + shift
    folder, name = _article_name(rng, number, year)
    old = TRS_NAME_RX.search(template.url.rsplit("/", 1)[-1]).group()
    ext = template.url.rsplit(".", 1)[-1]   # the page's own pager names its pages with it
    written = 0
    for index, body in enumerate(bodies):
        text, codec = decode(body)
        data = text.replace(old, name).encode(codec, "replace")
        suffix = f"_{index}" if index else ""
        path = site / COLUMN.strip("/") / folder / f"{name}{suffix}.{ext}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written += len(data)
    title = re.sub(r"20\d\d", str(year), template.title).replace(template.title[:2], place)
    return f"./{folder}/{name}.{ext}", title, written


def generate_site(root: str | Path, portal_dir: str | Path, articles: int = 2000,
                  seed: int = 3) -> GeneratedSite:
    rng = random.Random(seed)
    site, portal_dir = Path(root) / HOST, Path(portal_dir)
    sources = [t for t in report_templates() if t.portal.family == "trs"]
    places = place_names(rng, 50)
    links, total = [], 0
    for number in range(articles):
        href, title, size = _write_article(site, sources[number % len(sources)], rng,
                                           1_000_000 + number, places[number % len(places)])
        links.append(f'<li><a href="{href}" title="{title}">{title}</a>'
                     f'<span>{href[2:8]}</span></li>')
        total += size
    pages = max(1, -(-len(links) // PER_PAGE))
    for page in range(pages):
        html = LISTING.format(items="\n".join(links[page * PER_PAGE:(page + 1) * PER_PAGE]),
                              pages=pages, current=page)
        name = "index.html" if page == 0 else f"index_{page}.html"
        (site / COLUMN.strip("/") / name).write_text(html, "utf-8")
        total += len(html.encode())
    portal_dir.mkdir(parents=True, exist_ok=True)
    (portal_dir / f"{SLUG}.toml").write_text(REGISTRY_ENTRY, "utf-8")
    files = sum(1 for _ in (site / COLUMN.strip("/")).rglob("t*.*htm*"))
    return GeneratedSite(Path(root), portal_dir, articles, files, pages, total)
