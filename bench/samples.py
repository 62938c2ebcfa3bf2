"""The sample portals' article pages (tests/portals/<slug>/site) as templates, and how to vary them.

A template is one article of one sample portal: its page(s) as the replay server serves them
(body + Content-Type), the portal it belongs to, whether it is a report. ``vary`` makes a new,
different but still realistic page from it: report years shifted, figures in the text changed,
paragraph order of the body shuffled a little — deterministic for a given random generator.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import opencc

from bench.common import PORTALS_DIR, SITES_DIRS
from cleaning.report import classify_title
from crawler.replay.server import ReplayServer, parse_target
from settings.registry import Portal, load_registry, portal_dirs

# Article pages (not listings) of the sample families; page 2.. of a split TRS article ends _<n>.
ARTICLE_PATH_RX = re.compile(
    r"/art/\d{4}/|/content/post_\d+\.html$|/t\d{8}_\d+(?:_\d+)?\.s?html?$|"
    r"/gkmlpt/content/|/fzzf/\d{4}/\d{4}/\d+\.html$")
SPLIT_PAGE_RX = re.compile(r"^(?P<base>.*/t\d{8}_\d+)_(?P<n>\d+)(?P<ext>\.s?html?)$")
TITLE_RX = re.compile(rb"<title>(.*?)</title>", re.S | re.I)
YEAR_RX = re.compile(r"(?<!\d)(20[12]\d)(?=\s*(?:年|-\d\d-|/\d\d/|\.\d\d\.))")
# Counts in running text ("办理行政复议案件123件"), never years, months or days.
FIGURE_RX = re.compile(r"(?<=[\u4e00-\u9fff])(\d{1,4})(?=[件人次个项场家万余起名条部篇%])")
PARAGRAPH_RX = re.compile(r"<p[ >].*?</p>", re.S)
FILE_SUFFIXES = (".html", ".htm", ".shtml")
TEXTS_DIR = PORTALS_DIR / "_build" / "texts"   # the report texts the sample pages were built from
HEADING_START_RX = re.compile(r"^\s*[（(]?[一二三四五六七八九十\d]+[、.）)]")
PLACE_RX = re.compile(r"([\u4e00-\u9fff]{2})[區区县縣市]")
MIXED_SHARE = 0.7        # share of a report's body paragraphs rewritten from other reports


@dataclass(frozen=True)
class Template:
    portal: Portal
    url: str                                # page 1
    pages: tuple[tuple[str, bytes], ...]    # (url, body) in reading order
    content_type: str
    codec: str                              # how the bytes are encoded (utf-8, gb18030)
    title: str
    is_report: bool

    @property
    def size(self) -> int:
        return sum(len(body) for _, body in self.pages)


def decode(body: bytes) -> tuple[str, str]:
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return body.decode("gb18030"), "gb18030"


def _portal_of_host() -> dict[str, Portal]:
    registry = load_registry(portal_dirs([PORTALS_DIR]))
    hosts = {}
    for portal in registry.values():
        for url in portal.start_urls:
            hosts[parse_target(url).host] = portal
    return hosts


def _site_files(roots: tuple[Path, ...]) -> list[tuple[str, Path]]:
    found = []
    for sites, file in sorted((root, file) for root in roots for file in root.rglob("*")):
        relative = file.relative_to(sites)
        if (file.is_file() and file.suffix in FILE_SUFFIXES
                and not any(part.startswith("_") for part in relative.parts)):
            url = "http://" + relative.as_posix()
            if ARTICLE_PATH_RX.search(url):
                found.append((url, file))
    return found


@cache
def templates(sites: tuple[Path, ...] = SITES_DIRS) -> tuple[Template, ...]:
    """Every article of the sample portals, split TRS articles as one template."""
    hosts = _portal_of_host()
    server = ReplayServer(sites)   # only its reply logic: served bytes and headers
    try:
        replies = {url: server.respond("GET", parse_target(url), {}, b"")
                   for url, _ in _site_files(sites)}
    finally:
        server.stop()
    later = {url for url in replies if SPLIT_PAGE_RX.match(url)}
    found = []
    for url, reply in replies.items():
        portal = hosts.get(parse_target(url).host)
        if url in later or portal is None or reply.status != 200:
            continue
        pages = [(url, reply.body)] + _split_pages(url, replies)
        found.append(_template(portal, url, pages, (reply.headers or {})["Content-Type"]))
    return tuple(found)


def _split_pages(url: str, replies: dict) -> list[tuple[str, bytes]]:
    stem, dot, ext = url.rpartition(".")
    pages, number = [], 1
    while f"{stem}_{number}.{ext}" in replies:
        pages.append((f"{stem}_{number}.{ext}", replies[f"{stem}_{number}.{ext}"].body))
        number += 1
    return pages


def _template(portal: Portal, url: str, pages: list, content_type: str) -> Template:
    text, codec = decode(pages[0][1])
    match = TITLE_RX.search(text.encode("utf-8"))
    title = match.group(1).decode("utf-8").split("_")[0].strip() if match else ""
    return Template(portal=portal, url=url, pages=tuple(pages), content_type=content_type,
                    codec=codec, title=title, is_report=classify_title(title).is_report)


def report_templates() -> list[Template]:
    return [t for t in templates() if t.is_report]


# --- variation -----------------------------------------------------------------------------

def vary_text(text: str, rng: random.Random, year_shift: int) -> str:
    """Years moved by ``year_shift``, figures in running text changed, a few paragraphs swapped."""
    text = YEAR_RX.sub(lambda m: str(int(m.group(1)) + year_shift), text)
    text = FIGURE_RX.sub(lambda m: str(rng.randint(1, 10 ** len(m.group(1)) - 1)), text)
    return _swap_paragraphs(text, rng)


def _swap_paragraphs(text: str, rng: random.Random, swaps: int = 3) -> str:
    """Swap a few pairs of plain body paragraphs (never headings: they start with a numeral)."""
    if "window._CONFIG" in text:   # gkmlpt: the body is JSON inside a script, left alone
        return text
    spans = [m.span() for m in PARAGRAPH_RX.finditer(text) if _is_body_paragraph(m.group())]
    if len(spans) < 4:
        return text
    pieces = [text[a:b] for a, b in spans]
    for _ in range(swaps):
        i, j = rng.sample(range(len(pieces)), 2)
        pieces[i], pieces[j] = pieces[j], pieces[i]
    out, position = [], 0
    for (start, end), piece in zip(spans, pieces, strict=True):
        out += [text[position:start], piece]
        position = end
    return "".join(out) + text[position:]


def _is_body_paragraph(paragraph: str) -> bool:
    """Long running text with a full stop, not a heading: safe to move inside the body."""
    if re.search(r">\s*[（(]?[一二三四五六七八九十\d]+[、.）)]", paragraph):
        return False
    return "。" in paragraph and len(re.findall(r"[\u4e00-\u9fff]", paragraph)) >= 60


def place_stem(template: Template) -> str:
    """The two-character place name of the template's government (汉阳 of 汉阳区人民政府)."""
    match = PLACE_RX.search(template.title)
    return match.group(1) if match else template.portal.name[:2]


@cache
def sentence_pool() -> tuple[str, ...]:
    """Sentences of the sample reports' body paragraphs (not headings), to write new ones."""
    sentences = []
    for file in sorted(TEXTS_DIR.glob("*.txt")):
        for line in file.read_text("utf-8").splitlines():
            if len(line) >= 40 and not HEADING_START_RX.match(line):
                sentences += [s + "。" for s in line.split("。") if len(s) >= 12]
    return tuple(sentences)


@cache
def _to_traditional() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def mix_paragraphs(text: str, rng: random.Random, traditional: bool = False) -> str:
    """Rewrite most body paragraphs with sentences of other reports: a different report with
    the same structure (headings, metadata and furniture untouched)."""
    pool = sentence_pool()

    def rewrite(match: re.Match) -> str:
        paragraph = match.group()
        if not pool or not _is_body_paragraph(paragraph) or rng.random() > MIXED_SHARE:
            return paragraph
        new = "".join(rng.sample(pool, rng.randint(2, 4)))
        if traditional:
            new = _to_traditional().convert(new)
        head, _, _ = paragraph.partition(">")
        return f"{head}>{new}</p>"

    return PARAGRAPH_RX.sub(rewrite, text)


def vary_pages(template: Template, rng: random.Random, year_shift: int,
               place: str | None = None, mix: bool = False) -> list[bytes]:
    """The template's pages, varied the same way (one article, one year); with ``place``, the
    portal's place name (its first two characters) becomes that one: another government;
    with ``mix``, most body paragraphs are rewritten (see ``mix_paragraphs``)."""
    seed = rng.random()
    traditional = "區" in template.title or "報告" in template.title
    bodies = []
    for _, body in template.pages:
        text, codec = decode(body)
        if place:
            text = text.replace(place_stem(template), place)
        if mix:
            text = mix_paragraphs(text, random.Random(f"{seed}{len(bodies)}"), traditional)
        bodies.append(vary_text(text, random.Random(seed), year_shift).encode(codec, "replace"))
    return bodies
