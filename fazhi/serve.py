"""Browse the corpus in Datasette: metadata (descriptions, search, canned queries) and a launcher.

``serve`` runs ``datasette serve corpus.db`` in this process. Datasette reads the file through
read-only connections (``mode=ro``: nothing can write through the web) and sees what a crawl
writes in place meanwhile; immutable mode (``-i``) would not: it served stale pages, then
"database disk image is malformed", beside a scheduled crawl.
The canned query ``search`` finds words of any length (复议 too) through the bigram index,
ranked like ``fazhi search``: fazhi's Datasette plugin (fazhi/datasette_plugin.py), registered by
``serve``, gives it its SQL functions, and sends the search box of ``sections`` there (a redirect
of ``?_search=``: Datasette would hand the raw words to FTS5).
"""

from __future__ import annotations

import html
import json
import tempfile
from pathlib import Path
from typing import Any

from db.corpus.store import Corpus, CorpusError

TITLE = "fazhi: 法治政府建设年度报告"
DESCRIPTION = ("Annual rule-of-law government reports (法治政府建设年度报告) of Chinese local "
               "governments, collected from their portals, cleaned to Simplified Chinese and "
               "split into numbered sections. Search them with the `search` query (any word, e.g. "
               "复议 or 行政执法 NOT 诉讼, ranked best first); the sections table's search box "
               "goes there too.")
SOURCE = "Government portals' 法治政府建设 columns, crawled and archived by fazhi"
LICENSE_NOTE = ("Reports are public government information; check each portal's terms "
                "before republishing.")

DOCUMENT_COLUMNS = {
    "url": "Where the report was published (the article's first page)",
    "portal": "Portal slug (see the portals table)",
    "title": "Report title", "publisher": "Issuing body (发布机构/发文机关)",
    "doc_number": "Document number (文号)", "index_number": "Disclosure index number (索引号)",
    "published": "Publication date, YYYY-MM-DD", "report_year": "The year the report is about",
    "original_script": "simplified or traditional: how the portal served it (text is always "
                       "Simplified)",
    "is_report": "1: a rule-of-law government annual report",
    "text": "Report body in Simplified Chinese, one paragraph per line",
    "attachments": "JSON list of attachments (url, name, status)",
    "encoding": "Character encoding the page was decoded from", "family": "Portal CMS family",
    "warnings": "JSON list of cleaning warnings", "cleaning_version": "Cleaner version",
    "response_id": "Archive response id of page 1", "sha256": "Digest of page 1's bytes",
    "revision": "Digest of all pages and attachments", "fetched_at": "When page 1 was fetched",
    "duplicate_of": "Set when this is a copy of another document (same report on another "
                    "portal, or a Traditional copy): the canonical document",
}
SECTION_COLUMNS = {
    "document_id": "The report (documents.id)", "ordinal": "Position in the report, from 1",
    "level": "1 = 一、 2 = （一） 3 = 1. 4 = （1） 5 = ①", "number": "The heading's numeral",
    "heading": "Heading without its numeral",
    "category": "Level-1 headings only: measures, leadership, shortcomings, plans, other "
                "(comma-joined when a heading covers two)",
    "part": "Category of the level-1 part this section is in (its own for level 1)",
    "text": "Section text up to the next heading",
}
PORTAL_COLUMNS = {
    "slug": "Short name used in the other tables", "name": "Government or department",
    "division_code": "Administrative division code (GB/T 2260)",
    "level": "province, prefecture, county, district or department", "province": "Province",
    "family": "CMS family of the portal",
}

CATEGORY_ROWS = ("json_each('[\"' || replace(s.category, ',', '\",\"') || '\"]')")
QUERIES = {
    "search": {
        "title": "Search sections (any word, e.g. 复议)",
        "description": "Full-text search as `fazhi search`: two-character words and phrases, "
                       "AND by spaces, OR, NOT or -word, \"quoted words\"; every match ranked "
                       "best first (the best 100 shown), copies of a report left out, hits "
                       "marked 【】; the report's URL is in documents (document_id).",
        "params": ["q"], "hide_sql": True,
        "sql": """SELECT * FROM (
  SELECT fazhi_snippet(s.heading, s.text, :q) AS snippet, s.heading, d.portal,
    d.report_year, d.title, s.id AS section_id, s.document_id
  FROM sections_fts JOIN sections s ON s.id = sections_fts.rowid
  JOIN documents d ON d.id = s.document_id
  WHERE sections_fts MATCH fazhi_match(:q)
  ORDER BY bm25(sections_fts, 1.0, 0.0) LIMIT 100)
UNION ALL
SELECT fazhi_query_problem(:q), NULL, NULL, NULL, NULL, NULL, NULL
WHERE fazhi_query_problem(:q) IS NOT NULL""",
    },
    "reports_by_year_and_category": {
        "title": "Reports by year and category",
        "description": "Per report year and level-1 category: how many reports have such a "
                       "section, and how many sections (copies of a report counted once).",
        "sql": f"""SELECT d.report_year, c.value AS category,
  COUNT(DISTINCT d.id) AS reports, COUNT(*) AS sections
FROM sections s JOIN documents d ON d.id = s.document_id JOIN {CATEGORY_ROWS} c
WHERE s.level = 1 AND s.category IS NOT NULL AND d.duplicate_of IS NULL
GROUP BY d.report_year, c.value ORDER BY d.report_year DESC, c.value""",
    },
    "compare_category": {
        "title": "Compare one category across portals",
        "description": "For one year, the whole part of each portal's report that covers one "
                       "category (measures, leadership, shortcomings, plans, other): its "
                       "headings and text in order.",
        "params": ["year", "category"],
        "sql": """SELECT d.portal, p.name AS portal_name, d.title,
  (SELECT group_concat(line, char(10)) FROM (
     SELECT s.number || ' ' || s.heading || '：' || s.text AS line FROM sections s
     WHERE s.document_id = d.id AND instr(',' || s.part || ',', ',' || :category || ',') > 0
     ORDER BY s.ordinal)) AS part_text,
  d.url
FROM documents d LEFT JOIN portals p ON p.slug = d.portal
WHERE d.report_year = CAST(:year AS INTEGER) AND d.duplicate_of IS NULL
  AND EXISTS (SELECT 1 FROM sections s WHERE s.document_id = d.id
              AND instr(',' || s.part || ',', ',' || :category || ',') > 0)
ORDER BY d.portal""",
    },
    "portals_missing_year": {
        "title": "Portals without a report for a year",
        "description": "Registered portals with no report about the given year in the corpus.",
        "params": ["year"],
        "sql": """SELECT p.slug, p.name, p.level, p.province,
  (SELECT MAX(report_year) FROM documents WHERE portal = p.slug) AS latest_report_year
FROM portals p
WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.portal = p.slug
                  AND d.report_year = CAST(:year AS INTEGER))
ORDER BY p.province, p.slug""",
    },
}
# Indexes and bookkeeping a reader has no use for (Datasette hides the FTS shadow tables itself).
HIDDEN_TABLES = ("sections_fts", "search_pending", "search_index_meta", "document_signatures")
# The bigram index (rowid = sections.id) makes Datasette show the search box on sections; the
# plugin redirects every search of it to the canned query before Datasette could run it raw.
SECTIONS_SEARCH = {"fts_table": "sections_fts", "fts_pk": "id"}
FIGURES_MOUNT = "figures"    # fazhi/plots.py's figures page, a Datasette --static mount
FIGURES_LINK = (f'{html.escape(DESCRIPTION)} <a href="/{FIGURES_MOUNT}/index.html">Figures: '
                "coverage, a term's trend, part lengths</a>")


def metadata(corpus_path: str | Path) -> dict[str, Any]:
    """Datasette metadata for the corpus file (keyed by its database name, the file stem)."""
    tables = {
        "documents": {"description": "One row per report.", "columns": DOCUMENT_COLUMNS,
                      "label_column": "title", "sort_desc": "report_year",
                      "facets": ["report_year", "portal", "original_script"]},
        "sections": {"description": "Numbered sections of the reports. The search box "
                                    "opens the `search` query (any word, ranked).",
                     "columns": SECTION_COLUMNS, "label_column": "heading",
                     **SECTIONS_SEARCH, "facets": ["category", "level"]},
        "portals": {"description": "The portal registry.", "columns": PORTAL_COLUMNS,
                    "label_column": "name"},
        "skipped": {"description": "Archived pages that are not reports, with the reason."},
        **{name: {"hidden": True} for name in HIDDEN_TABLES},
    }
    return {
        "title": TITLE, "description": DESCRIPTION, "source": SOURCE, "license": LICENSE_NOTE,
        "databases": {Path(corpus_path).stem: {
            "description": DESCRIPTION, "source": SOURCE, "license": LICENSE_NOTE,
            "tables": tables, "queries": QUERIES}},
    }


def datasette_args(corpus_path: Path, metadata_path: Path, host: str, port: int,
                   figures_dir: Path | None = None) -> list[str]:
    static = ["--static", f"{FIGURES_MOUNT}:{figures_dir}"] if figures_dir else []
    return ["serve", str(corpus_path), "--metadata", str(metadata_path),
            "--host", host, "--port", str(port), *static]


def serve(corpus_path: str | Path, *, host: str = "127.0.0.1", port: int = 8001,
          archive_path: Path | None = None) -> int:
    """Run Datasette on the corpus (read-only) until interrupted; its exit status. The figures
    of `fazhi stats --plot` are drawn at start and shown at /figures/index.html."""
    from datasette.cli import cli

    from fazhi.datasette_plugin import register

    corpus = Path(corpus_path)
    if not corpus.is_file():
        raise CorpusError(f"no corpus at {corpus}")
    Corpus(corpus).close()   # pending migrations first: Datasette opens the file read-only
    register()
    with tempfile.TemporaryDirectory(prefix="fazhi-serve-") as folder:
        figures = Path(folder) / FIGURES_MOUNT
        figures_page(figures, corpus, archive_path)
        described = {**metadata(corpus), "description_html": FIGURES_LINK}
        metadata_path = Path(folder) / "metadata.json"
        metadata_path.write_text(json.dumps(described, ensure_ascii=False, indent=2),
                                 encoding="utf-8")
        try:
            cli.main(args=datasette_args(corpus, metadata_path, host, port, figures),
                     prog_name="datasette", standalone_mode=False)
        except SystemExit as exc:
            return exc.code if isinstance(exc.code, int) else 1
    return 0


def figures_page(figures: Path, corpus: Path, archive_path: Path | None) -> None:
    """The figures at start, with the archive's failed report links when it reads: serve needs
    only the corpus (fazhi/damaged_archive.py)."""
    from fazhi.damaged_archive import with_archive_if_readable
    from fazhi.plots import write_figures_page

    with_archive_if_readable(
        lambda read: write_figures_page(figures, corpus, archive_path=read), corpus,
        archive_path, "failed report links are not shown in the figures")
