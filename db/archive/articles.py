"""Grouping archived responses into articles: page 1, its further pages, its attachments.

An article is keyed by the URL that was requested for its first page (``responses.url`` with
role ``article``); its newest ``ok`` response is the current revision. Its document URL (the
``url`` of ArticleRef / ArchivedArticle) is where page 1 was finally served from: a link that
answered 301/302 is stored under the page's new address (``requested_url`` keeps the old one;
when two links lead to one page, its newest fetch is the article). Pages 2.. are the
``article_page`` rows with the same ``article_url`` (newest per ``page_no``), attachments the
``attachment`` rows with that ``article_url`` (newest per URL). Only metadata is read here;
bodies are loaded separately so that a rebuild can hand the reading to worker processes.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlite_utils import Database

HEADS_SQL = """
SELECT r.id, r.run_id, r.url, r.final_url, r.portal, r.title_hint, r.sha256, r.fetched_at,
       r.headers, r.listing_date, r.listing_url
FROM responses r
JOIN (SELECT MAX(id) AS id FROM responses
      WHERE role = 'article' AND kind = 'ok' AND sha256 IS NOT NULL {filters}
      GROUP BY url) newest ON newest.id = r.id
ORDER BY r.id
"""

CHILDREN_SQL = """
SELECT id, url, final_url, article_url, role, page_no, sha256 FROM responses
WHERE role IN ('article_page', 'attachment') AND kind = 'ok' AND sha256 IS NOT NULL {filters}
ORDER BY id
"""
# With a URL list (the crawl's per-item lookup) both queries use the url/article_url indexes.
URLS_FILTER = "AND {column} IN (SELECT value FROM json_each(:urls))"


@dataclass(frozen=True)
class PageRef:
    url: str
    final_url: str | None
    sha256: str


@dataclass(frozen=True)
class ArticleRef:
    """An article's newest revision without its bodies (cheap to list and to pickle)."""

    url: str
    portal: str | None
    title_hint: str | None
    response_id: int
    sha256: str                                   # of page 1
    fetched_at: str
    final_url: str | None
    content_type: str | None
    run_id: int | None
    pages: tuple[PageRef, ...]                    # page 1 first, then page_no order
    attachments: tuple[tuple[str, str], ...]      # (url, sha256), sorted by url
    listing_date: str | None = None               # the date the listing showed (YYYY-MM-DD)
    listing_url: str | None = None                # the listing page the link was on
    requested_url: str | None = None              # the link followed (before any redirect)

    @property
    def revision(self) -> str:
        """Digest of every page and attachment body: changes when any of them changes."""
        parts = [page.sha256 for page in self.pages]
        parts += [f"{url} {sha}" for url, sha in self.attachments]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()


@dataclass
class ArchivedArticle:
    """An article ready for cleaning: the arguments of ``cleaning.clean`` plus provenance."""

    url: str
    portal: str | None
    title_hint: str | None
    response_id: int
    sha256: str
    fetched_at: str
    content_type: str | None
    pages: list[bytes]
    page_urls: list[str]          # where each page was served from (final URL), for links
    attachments: dict[str, bytes] = field(default_factory=dict)
    final_url: str | None = None
    revision: str = ""
    listing_date: str | None = None   # title_hint, listing_date, listing_url: the listing's
    listing_url: str | None = None    # evidence for the link (cleaning hints)


def article_refs(db: Database, portal: str | None = None,
                 urls: Iterable[str] | None = None) -> list[ArticleRef]:
    """The newest revision of every archived article (optionally of one portal / some URLs)."""
    params = {"portal": portal, "urls": json.dumps(list(urls)) if urls is not None else None}
    filters = ("AND portal = :portal " if portal else "") + (
        URLS_FILTER.format(column="url") if urls is not None else "")
    heads = list(db.query(HEADS_SQL.format(filters=filters), params))
    pages, attachments = _children(db, params)
    refs = [_ref(head, pages.get(head["url"], {}), attachments.get(head["url"], {}))
            for head in heads]
    # Heads come in id order: a page reached by two links (an old, redirected one and its new
    # address) is one article, its newest fetch.
    return list({ref.url: ref for ref in refs}.values())


def _children(db: Database, params: dict) -> tuple[dict[str, dict[int, dict]],
                                                    dict[str, dict[str, dict]]]:
    """article_url → {page_no: newest row} and article_url → {url: newest row}."""
    filters = URLS_FILTER.format(column="article_url") if params["urls"] is not None else ""
    pages: dict[str, dict[int, dict]] = defaultdict(dict)
    attachments: dict[str, dict[str, dict]] = defaultdict(dict)
    for row in db.query(CHILDREN_SQL.format(filters=filters), params):
        # ordered by id: later rows overwrite older ones
        if row["role"] == "attachment":
            attachments[row["article_url"]][row["url"]] = row
        elif row["page_no"] and row["page_no"] > 1:
            pages[row["article_url"]][row["page_no"]] = row
    return pages, attachments


def _ref(head: dict, pages: dict[int, dict], attachments: dict[str, dict]) -> ArticleRef:
    first = PageRef(head["url"], head["final_url"], head["sha256"])
    later = [PageRef(row["url"], row["final_url"], row["sha256"])
             for _, row in sorted(pages.items())]
    return ArticleRef(
        url=head["final_url"] or head["url"], requested_url=head["url"],
        portal=head["portal"], title_hint=head["title_hint"],
        response_id=head["id"], sha256=head["sha256"], fetched_at=head["fetched_at"],
        final_url=head["final_url"], content_type=content_type(head["headers"]),
        run_id=head["run_id"], pages=(first, *later),
        attachments=tuple(sorted((url, row["sha256"]) for url, row in attachments.items())),
        listing_date=head["listing_date"], listing_url=head["listing_url"],
    )


def content_type(headers_json: str | None) -> str | None:
    return header_value(json.loads(headers_json) if headers_json else {}, "content-type")


def header_value(headers: dict[str, str], name: str) -> str | None:
    """Case-insensitive header lookup (servers spell ETag, Etag, etag...)."""
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None
