"""`fazhi search` imports only what searching needs: not the cleaner (trafilatura, lxml, OpenCC),
Scrapy, sqlite-utils (numpy) or matplotlib, which cost about a second (issue 13: 250 ms end to
end). Checked through sys.modules in a new process, not by timing."""

from __future__ import annotations

import json
import subprocess
import sys

from cleaning.document import Document, Section
from db.corpus.search import search
from db.corpus.store import Corpus

# crawler.outcome (stdlib only, for fazhi.report) may load; the Scrapy parts may not.
HEAVY = ("trafilatura", "lxml", "opencc", "cleaning.pipeline", "scrapy", "twisted",
         "crawler.archiving", "crawler.runner", "sqlite_utils", "numpy", "matplotlib",
         "datasette", "pyarrow")
PROBE = """
import json, sys
from fazhi.cli import main
try:
    main(["search", "复议", "--data-dir", sys.argv[1]], standalone_mode=False)
finally:
    print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in {heavy}
                            or m in {heavy})), file=sys.stderr)
"""


def test_the_search_command_imports_no_cleaner_crawler_or_numpy(tmp_path):
    with Corpus(tmp_path / "corpus.db") as corpus:
        corpus.upsert_document(
            Document(title="报告", report_year=2024, is_report=True,
                     sections=[Section(1, "一", "举措", "measures", "办理行政复议案件。")]),
            url="http://x/1", portal="p", response_id=1, sha256="s", fetched_at="t")
    assert search(tmp_path / "corpus.db", "复议").total == 1    # built: nothing pending
    probe = PROBE.format(heavy=set(HEAVY))
    done = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "办理行政【复议】案件" in done.stdout
    assert json.loads(done.stderr.strip().splitlines()[-1]) == []
