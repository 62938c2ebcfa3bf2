"""Adversarial page shapes for the cleaner, at any size: what a crafted (or badly generated)
portal page can carry, and where a super-linear path would show.

Each shape is a whole page of about ``size`` bytes: a short report paragraph, then one kind of
markup repeated until the page is full. The blocks sit where the cleaner reads them hardest: the
script shapes under an empty body (so the script-held-body search runs), headings, table cells
and nesting inside the container, links on a page with no container (every link is walked for
attachments, the whole page goes to trafilatura). Seeded: the same bytes in every run.
"""

from __future__ import annotations

import json
import random
import string
from collections.abc import Callable

URL = "http://www.adversarial.gov.cn/art/2025/3/1/art_1_1.html"
CONTENT_TYPE = "text/html; charset=utf-8"
TITLE = "某区2024年度法治政府建设情况报告"
PARAGRAPH = ("2024年，我区坚持以习近平法治思想为指导，深入推进依法行政，全面落实行政执法三项制度，"
             "法治政府建设取得新成效。现将有关情况报告如下。")
HEAD = (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>'
        f"<h1>{TITLE}</h1>")
TAIL = "</body></html>"
NESTING = 1000
WORD_CHARS = string.ascii_letters + string.digits + "_"


def _fill(size: int, make: Callable[[int], str]) -> str:
    """``make(i)`` for i = 0, 1, … until the pieces reach ``size`` characters (bytes ≈ chars ×
    1–3 in UTF-8: the caller sizes by bytes)."""
    pieces, total, index = [], 0, 0
    while total < size:
        piece = make(index)
        pieces.append(piece)
        total += len(piece.encode())
        index += 1
    return "".join(pieces)


def script_run(size: int, rng: random.Random) -> str:
    """One inline script whose text is a single run of word characters (no `=` or `:` to end
    a name), under an empty body: the script-held-body search reads it."""
    run = "".join(rng.choices(WORD_CHARS, k=size))
    return (f'<div class="TRS_Editor"></div><p>{PARAGRAPH}</p>'
            f"<script>var siteId = 1;\n{run}</script>")


def inline_json(size: int, rng: random.Random) -> str:
    """`window.__INITIAL_STATE__ = {…}` of nested objects holding HTML strings (a JS shell)."""
    def item(i: int) -> str:
        entry = {"id": i, "title": f"第{i}条", "meta": {"source": "区司法局", "tags": ["a", "b"]},
                 "content": f"<p>{PARAGRAPH}</p><p>第{i}段{rng.random()}</p>"}
        return json.dumps(entry, ensure_ascii=False) + ","
    items = _fill(size, item)
    return (f'<div id="app" v-html="content"></div>'
            f'<script>window.__INITIAL_STATE__ = {{"list": [{items}{{}}]}};</script>')


def headings(size: int, rng: random.Random) -> str:
    def section(i: int) -> str:
        return f"<h3>（{i}）加强组织领导</h3><p>{PARAGRAPH[:rng.randint(20, 60)]}</p>"
    body = _fill(size, section)
    return f'<div class="TRS_Editor"><p>{PARAGRAPH}</p>{body}</div>'


def links(size: int, rng: random.Random) -> str:
    """A mega-menu of short link items and loose links, some to files, and no container."""
    def link(i: int) -> str:
        ext = rng.choice((".html", ".html", ".html", ".pdf", ".docx"))
        return f'<li><a href="/col/col{i}/{rng.randint(1, 99999)}{ext}">栏目{i}</a></li>'
    menu = _fill(size, link)
    return f"<p>{PARAGRAPH}</p><ul>{menu}</ul><p>{PARAGRAPH}</p>"


def table_cells(size: int, rng: random.Random) -> str:
    def row(i: int) -> str:
        cells = "".join(f"<td>{rng.randint(0, 9999)}件</td>" for _ in range(8))
        return f"<tr><td>第{i}项</td>{cells}</tr>"
    rows = _fill(size, row)
    return f'<div class="TRS_Editor"><p>{PARAGRAPH}</p><table>{rows}</table></div>'


def deep_nesting(size: int, rng: random.Random) -> str:
    """Blocks of <div>s nested 1,000 deep (below the parser's 2,048-level limit, so nothing
    is cut), each level with a little text, repeated to fill the page."""
    def block(i: int) -> str:
        return f"<div>第{i}层" * NESTING + "</div>" * NESTING
    return f'<div class="TRS_Editor"><p>{PARAGRAPH}</p>{_fill(size, block)}</div>'


SHAPES: dict[str, Callable[[int, random.Random], str]] = {
    "script_run": script_run, "inline_json": inline_json, "headings": headings,
    "links": links, "table_cells": table_cells, "deep_nesting": deep_nesting,
}


def page(shape: str, size: int, seed: int = 13) -> bytes:
    """A whole page of about ``size`` bytes (UTF-8) of the given shape."""
    block = SHAPES[shape](max(0, size - len(HEAD) - len(TAIL)), random.Random(seed))
    return (HEAD + block + TAIL).encode()
