"""Reports the catch-up stored with no text: named after the crawl, never left `ok`.

A report page that holds text the crawl can see (menus, a footer, a body cleaning cannot read:
a lazy loader's textarea of plain text, an unknown widget) passes the crawl's blank-page check
(crawler/viewer_pages.py counts every letter of the page) and is stored, and cleaning finds no
body in it: the corpus holds a report with no text, which is no report collected. Only the
corpus, after the catch-up, knows: each such document of the crawled portals is a problem of
its portal's summary (`report_empty`), so the crawl's status says so. A file, or a page
naming one, is not: its file is archived (a scanned PDF's text is cleaning's matter, as the
blank-page check leaves a page with a file alone).
"""

from __future__ import annotations

import json
from typing import Any

from db.corpus.store import Corpus

TEXTLESS_SQL = """
SELECT portal, url FROM documents
WHERE portal IN (SELECT value FROM json_each(?)) AND duplicate_of IS NULL
  AND length(trim(coalesce(text, ''))) = 0
  AND coalesce(family, '') != 'file' AND coalesce(attachments, '[]') IN ('[]', '')
ORDER BY portal, url
"""
TEXTLESS_KIND = "report_empty"
TEXTLESS_DETAIL = "stored with no text: cleaning found no body on the page (a report not collected)"


def note_textless_reports(summaries: dict[str, dict[str, Any]], corpus: Corpus) -> None:
    """Append a `report_empty` problem to a portal's summary for each of its documents the
    corpus holds with no text (not again for a URL a problem names: the blank-page check's)."""
    rows = corpus.db.execute(TEXTLESS_SQL, [json.dumps(list(summaries))]).fetchall()
    for portal, url in rows:
        problems = summaries[portal].setdefault("problems", [])
        if not any(problem.get("url") == url for problem in problems):
            problems.append({"kind": TEXTLESS_KIND, "url": url, "detail": TEXTLESS_DETAIL})
