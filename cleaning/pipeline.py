"""The cleaning pipeline: page bytes → Document, one stage after another.

Each page is read by page_reading (decoded and parsed once with lxml, its container found by
CMS family, trafilatura run on only that subtree); the later stages run here on the pages' lines.
Stage outputs can be recorded for `stages()` (debugging a new portal).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from cleaning import attachments as attach
from cleaning import (
    fields,
    labels,
    metadata,
    noise,
    page_kind,
    report,
    script,
    sections,
    title_block,
)
from cleaning.document import Document
from cleaning.document_file import file_kind, from_file, title_and_body
from cleaning.errors import CleaningError
from cleaning.lazy_fields import Finder, LazyFields
from cleaning.listing import (
    ListingHint,
    fuller_title,
    listing_date,
    listing_year,
    says_not_a_report,
)
from cleaning.page_reading import Page, joined_lines, read_page
from cleaning.patterns import (
    EMPTY_BODY_LETTERS,
    INTRO_SENTENCE_ENDS,
    INTRO_SENTENCE_LETTERS,
    SCRIPT_SHELL_WARNING,
)
from cleaning.textutil import (
    has_han,
    has_letters,
    letter_count,
    ordinary_punctuation,
    without_replacement,
)

CLEANING_VERSION = "2026.25"


@dataclass
class Trace:
    """Stage outputs, in order, when asked for."""
    enabled: bool = False
    stages: list[tuple[str, str]] = field(default_factory=list)

    def add(self, name: str, value: object) -> None:
        """``value``: the stage's output, or a function making it (called only when enabled:
        joining a page's lines for nothing five times was ~40 µs)."""
        if self.enabled:
            value = value() if callable(value) else value
            text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False,
                                                                   indent=1, default=str)
            self.stages.append((name, text))


def _evidence(page: Page, simplify, doc_title: Callable[[], str | None]) -> fields.Evidence:
    """``doc_title``: the document's title once picked (the title block's date is looked for
    under the heading that names it, only when asked, after the title is known)."""
    tree = page.tree
    container = page.container.node
    # Dates from elsewhere on the page, looked for only when the labelled ones do not do.
    dates: dict[str, Finder] = {}
    if container is not None and container.getroottree().getroot() is tree:
        dates["published_weak"] = lambda: metadata.bare_byline_date(tree, container)
    dates["published_json_ld"] = lambda: metadata.json_ld_date(tree)
    dates["published_byline"] = lambda: metadata.named_date(tree)
    dates["published_head"] = lambda: title_block.title_block_date(tree, doc_title(), simplify)
    dates["published_region"] = lambda: metadata.region_byline_date(tree)
    dates["published_time"] = lambda: metadata.time_element_date(tree)
    dates["published_script"] = lambda: metadata.script_date(tree)
    labelled = LazyFields(
        labels.labelled_fields(tree, simplify, page.tree_text, page.parts.code,
                               sources=page.parts.scripts), dates)
    headings = metadata.heading_texts(tree, simplify)
    title_el = tree.find(".//title")
    meta = metadata.meta_tags(tree)
    config = fields.config_fields(page.container.fields,
                                  page.container.fields.get("__content_key__", ""))
    title = title_el.text_content() if title_el is not None else ""
    # A Traditional page's texts in one OpenCC call (a call each was ~20 µs).
    texts = _simplified([*meta.values(), *config.values(), title], simplify)
    return fields.Evidence(
        labelled=labelled,
        meta=dict(zip(meta, texts[:len(meta)], strict=True)),
        config=dict(zip(config, texts[len(meta):-1], strict=True)),
        headings=headings,
        page_title=texts[-1] if title_el is not None else "",
        title_nodes=lambda: metadata.title_node_texts(tree, simplify),
        site_names=lambda: metadata.site_name_texts(tree, simplify),
    )


def _simplified(texts: list[str], simplify: Callable[[str], str]) -> list[str]:
    if isinstance(simplify, script.Simplifier):
        return simplify.many(texts)
    return [simplify(text) for text in texts]


def run(pages: Sequence[bytes], url: str, content_type: str | None = None, *,
        page_urls: Sequence[str] | None = None,
        attachment_bytes: Mapping[str, bytes] | None = None,
        trace: Trace | None = None, listing: ListingHint | None = None) -> Document:
    trace = trace or Trace()
    if not pages:
        raise CleaningError("no page bytes")
    kind = file_kind(pages[0], url, content_type)
    if kind:
        return _run_file(pages[0], url, kind, trace, listing)
    read = [read_page(data, content_type) for data in pages]
    first = read[0]
    trace.add("decoded", lambda: f"encoding: {first.codec}\n\n{first.text[:2000]}")
    trace.add("container", f"family: {first.container.family} ({first.container.rule})")
    lines = joined_lines(read)
    bold = set().union(*(page.bold for page in read))
    trace.add("extracted", lambda: "\n".join(lines))

    doc = Document(encoding=first.codec, family=first.container.family,
                   cleaning_version=CLEANING_VERSION)
    doc.warnings += [f"encoding: {page.replaced} undecodable bytes in the {page.codec} page"
                     f"{'' if len(read) == 1 else f' {number}'} replaced"
                     for number, page in enumerate(read, 1) if page.replaced]
    doc.warnings += [page.lost for page in read if page.lost]
    doc.original_script = script.detect("".join(lines) or first.tree.text_content())
    simplify: Callable[[str], str] = metadata.as_is
    if doc.original_script == "traditional":       # one OpenCC call for all the lines
        simplify = script.simplifier("".join(lines))
        lines, bold = simplify.many(lines), set(simplify.many([*bold]))
    trace.add("converted", lambda: "script: {}\n\n{}".format(doc.original_script,
                                                              "\n".join(lines)))

    evidence = _evidence(first, simplify, lambda: doc.title)
    doc.title = without_replacement(fuller_title(fields.pick_title(evidence, lines), listing))
    doc.doc_number = (fields.pick_doc_number(evidence, lines)
                      or metadata.head_doc_number(first.container.node))
    raw, lines = lines, noise.clean_lines(lines, doc.title or "")
    trace.add("denoised", lambda: "\n".join(lines))
    # A body of nothing but a loading or JavaScript notice: a script shell, said so.
    if (not has_letters("".join(lines), EMPTY_BODY_LETTERS)
            and any(map(noise.is_script_shell, raw))):
        doc.warnings.append(SCRIPT_SHELL_WARNING)

    base = (page_urls or [url])[0] or url
    doc.attachments = attach.find_links(first.tree, first.container.node, base)
    listed = {a.url for a in doc.attachments}
    doc.attachments += [a for a in attach.find_embedded(first.tree, base) if a.url not in listed]
    if not has_letters("".join(lines), EMPTY_BODY_LETTERS):
        linked = bool(doc.attachments)       # links on the page, before any fetched file joins
        filed = _attachment_body(doc, attachment_bytes or {})
        lines = filed or _short_body(read, linked, lines)
        if filed and not has_han(doc.title or ""):   # a viewer's <title> (PDF.js viewer)
            found, body = title_and_body(lines)      # names nothing: the file's own title
            if found:
                doc.title, lines = found, body
    shape = page_kind.PageKind(
        report_titles=page_kind.report_titles(first.tree, first.container.node),
        news_column=page_kind.is_news_column(url, evidence.meta.get("columnname")),
        listing_says_not=says_not_a_report(listing))
    _finish(doc, lines, bold, evidence, trace, shape, listing)
    return doc


def _run_file(data: bytes, url: str, kind: str, trace: Trace,
              listing: ListingHint | None) -> Document:
    """A report published as the fetched file itself (a listing linking straight to a PDF)."""
    doc, lines, cover = from_file(data, url, kind, listing)
    doc.cleaning_version = CLEANING_VERSION
    trace.add("extracted", "\n".join(lines))
    # The cover's publisher row is declared; its red header counts after the signature.
    declared = {"publisher": cover["publisher"]} if cover.get("publisher") else {}
    evidence = fields.Evidence(labelled=declared, page_title=doc.title or "",
                               red_header=cover.get("red_header", ""))
    _finish(doc, lines, set(), evidence, trace, listing=listing)
    return doc


def _short_body(read: Sequence[Page], linked: bool, lines: list[str]) -> list[str]:
    """An (almost) empty body. When no container was found and the page links its report
    file, the few unnumbered lines the whole page gave are viewer or portal UI (a PDF.js
    shell: 缩略图, 下载…), not report text, except a paragraph of prose (the intro of a report
    given as its attachment, in a div no family knows): only such sentences stay."""
    if (linked and all(page.container.node is None for page in read)
            and not any(noise.starts_with_marker(line) for line in lines)):
        return [line for line in lines if line.endswith(INTRO_SENTENCE_ENDS)
                and letter_count(line) >= INTRO_SENTENCE_LETTERS]
    return lines


def _attachment_body(doc: Document, attachment_bytes: Mapping[str, bytes]) -> list[str]:
    """Text of the first extractable attachment, for pages whose body is (almost) empty."""
    known = {a.url: a for a in doc.attachments}
    for url, data in attachment_bytes.items():
        att = known.get(url) or next((a for a in doc.attachments if url.endswith(a.url)), None)
        if att is None:
            att = attach.Attachment(url=url, name=url.rsplit("/", 1)[-1])
            doc.attachments.append(att)
        lines = [ordinary_punctuation(line) for line in attach.extract_text(att, data)]
        if lines:
            doc.warnings.append(f"body taken from attachment {att.url}")
            if script.detect("".join(lines)) == "traditional":
                doc.original_script = "traditional"
                lines = script.simplifier("".join(lines)).many(lines)
            return noise.clean_lines(lines, doc.title or "")
    return []


def _finish(doc: Document, lines: list[str], bold: set[str], evidence: fields.Evidence,
            trace: Trace, shape: page_kind.PageKind | None = None,
            listing: ListingHint | None = None) -> None:
    doc.text = "\n".join(lines)
    doc.sections = sections.split(lines, bold)
    trace.add("sections", lambda: "\n".join(
        f"{'  ' * (s.level - 1)}L{s.level} {s.number or '?'}  {s.heading}"
        + (f"  [{s.category}]" if s.category else "") for s in doc.sections))
    doc.publisher = fields.pick_publisher(evidence, lines, doc.title,
                                          file=doc.family == "file")
    doc.published = fields.pick_published(evidence) or listing_date(listing)
    doc.index_number = evidence.declared("index_number") or doc.index_number   # a file's cover
    doc.report_year = (fields.pick_report_year(doc.title, lines, None) or listing_year(listing)
                       or fields.pick_report_year(None, [], doc.published))
    categories = [set(s.category) if isinstance(s.category, list) else {s.category}
                  for s in doc.sections if s.level == 1 and s.category]
    doc.is_report = report.is_report(doc.title, doc.text, categories)
    if doc.is_report and shape is not None:
        page_kind.judge(doc, lines, categories, shape)
    if not lines:
        doc.warnings.append("empty body")
    if trace.enabled:     # to_contract (dataclasses.asdict) is not free: only when asked
        trace.add("metadata", {k: v for k, v in doc.to_contract().items()
                               if k not in ("text", "sections")})
