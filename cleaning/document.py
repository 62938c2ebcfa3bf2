"""The cleaned document: what the cleaning stage returns and the corpus stores."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

CONTRACT_KEYS = (
    "title", "publisher", "doc_number", "index_number", "published", "report_year",
    "original_script", "is_report", "text", "sections", "attachments",
)
# The categories of a level-1 section (Section.category); the words that assign each are in
# cleaning/patterns.py (_CATEGORY_WORDS). Light to import: the CLI offers them as choices.
CATEGORIES = ("measures", "leadership", "shortcomings", "plans", "other")


@dataclass
class Section:
    level: int                  # 1 = 一、  2 = （一）  3 = 1./1、  4 = （1）  5 = ①
    number: str                 # bare numeral: "一", "1"
    heading: str                # without its numeral; run-in headings end before the first 。
    # level-1 only: one of CATEGORIES, a list when it covers two
    category: str | list[str] | None = None
    text: str = ""              # the section's own paragraphs up to the next heading


@dataclass
class Attachment:
    url: str                    # absolute
    name: str
    status: str = "listed"      # listed | extracted | not_extracted
    reason: str | None = None   # why not extracted (".wps not supported", "not downloaded", ...)


@dataclass
class Document:
    title: str | None = None
    publisher: str | None = None
    doc_number: str | None = None
    index_number: str | None = None
    published: str | None = None          # YYYY-MM-DD, the page's publication date
    report_year: int | None = None         # the year the report is about
    original_script: str = "simplified"    # simplified | traditional
    is_report: bool = False
    text: str = ""
    sections: list[Section] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    # Beyond the contract: provenance and diagnostics.
    encoding: str | None = None
    family: str | None = None
    warnings: list[str] = field(default_factory=list)
    cleaning_version: str = ""

    def to_contract(self) -> dict[str, Any]:
        """The JSON object of ../docs contract (python -m cleaning), extra keys after."""
        data = asdict(self)
        data["attachments"] = [{"url": a.url, "name": a.name} for a in self.attachments]
        ordered = {key: data[key] for key in CONTRACT_KEYS}
        ordered.update({k: v for k, v in data.items() if k not in ordered})
        return ordered
