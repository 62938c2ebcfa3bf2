"""fazhi/portal_expected.py: the expected.json check on crawl facts written here (no crawl)."""

from __future__ import annotations

import json
from pathlib import Path

from fazhi.portal_expected import CrawlFacts, check_portal, load_expected

LINK = "http://sfj.a.gov.cn/contents/37/9816.html"
FINAL = "http://sfj.a.gov.cn/fzzfjs/ndbg/2024/0118/9816.html"


def test_a_report_behind_a_redirect_counts_under_its_final_url(tmp_path: Path) -> None:
    # The document URL policy stores a report reached through a 302 under where it ended.
    folder = tmp_path / "a_sfj"
    folder.mkdir()
    (folder / "expected.json").write_text(json.dumps({"reports": [
        {"url": LINK, "year": 2023, "final_url": FINAL}]}), "utf-8")
    expected = load_expected(folder)
    stored = CrawlFacts(documents={FINAL: {"year": 2023, "title": "t"}}, articles={LINK: 1})
    score = check_portal(expected, stored)
    assert (score.collected, score.extras, score.problems) == (1, 0, [])
    elsewhere = CrawlFacts(documents={FINAL.replace("9816", "9817"): {"year": 2023, "title": "t"}})
    score = check_portal(expected, elsewhere)
    assert (score.collected, score.extras) == (0, 1)
