"""Fixtures for the data tests: a real demo crawl (shared, read-only) and archives of own pages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from data_pages import report_lines, traditional, trs_page, ucap_page

from db.archive import Archive

ROOT = Path(__file__).resolve().parents[2]
YEAR_2024_TITLE = "南河县2024年度法治政府建设情况报告"
HTML = {"Content-Type": "text/html; charset=utf-8"}

PORTALS = [
    {"slug": "nanhe", "name": "南河县人民政府", "level": "county", "province": "福建省"},
    {"slug": "nanhe_sfj", "name": "南河县司法局", "level": "department", "province": "福建省"},
    {"slug": "beihe", "name": "北河县人民政府", "level": "county", "province": "福建省"},
]
GOV_URL = "http://www.nanhe.gov.cn/zwgk/fzzfjs/202501/t20250120_1.html"
SFJ_URL = "http://sfj.nanhe.gov.cn/xxgk/fzzfjsndbg/202501/t20250121_9.html"
BIG5_URL = "http://www.nanhe.gov.cn/gate/big5/www.nanhe.gov.cn/zwgk/fzzfjs/202501/t20250120_1.html"
OTHER_URL = "http://www.beihe.gov.cn/zwgk/fzzfjs/202501/t20250118_7.html"
OTHER_YEAR_URL = "http://www.nanhe.gov.cn/zwgk/fzzfjs/202401/t20240119_3.html"


def duplicate_pages() -> list[tuple[str, str, bytes]]:
    """(portal, url, page): one report on the county portal, again on its 司法局 site (other
    layout, one line fewer) and as the portal's Traditional copy; a different 2024 report; and
    the same body under a 2023 title (another year: never a duplicate)."""
    lines = report_lines("seed004_shishi_2024.txt")
    gov = trs_page(YEAR_2024_TITLE, lines, "南河县人民政府")
    return [
        ("nanhe", GOV_URL, gov),
        ("nanhe_sfj", SFJ_URL, ucap_page(YEAR_2024_TITLE, lines[:-1], "南河县司法局")),
        ("nanhe", BIG5_URL, traditional(gov)),
        ("beihe", OTHER_URL, trs_page("北河县2024年度法治政府建设情况报告",
                                      report_lines("donghai_2024.txt"), "北河县人民政府")),
        ("nanhe", OTHER_YEAR_URL, trs_page("南河县2023年度法治政府建设情况报告", lines,
                                           "南河县人民政府")),
    ]


def record_pages(archive_path: Path, pages: list[tuple[str, str, bytes]]) -> None:
    with Archive(archive_path) as archive:
        run = archive.start_run(sorted({portal for portal, _, _ in pages}))
        for portal, url, page in pages:
            archive.record_response(run_id=run, portal=portal, url=url, status=200,
                                    headers=HTML, body=page, role="article",
                                    title_hint=YEAR_2024_TITLE)
        archive.finish_run(run, {})


@pytest.fixture(scope="session")
def demo_data(tmp_path_factory) -> Path:
    """A data directory from a real offline crawl of the sample portals (`fazhi demo`).
    Shared by the session: tests copy the files before changing anything."""
    data = tmp_path_factory.mktemp("demo")
    done = subprocess.run([sys.executable, "-m", "fazhi.cli", "demo", "--data-dir", str(data)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return data


@pytest.fixture(scope="session")
def duplicates_corpus(tmp_path_factory) -> Path:
    """A corpus rebuilt (real cleaning) from duplicate_pages(): 5 reports, 2 of them copies."""
    from db.rebuild import rebuild

    root = tmp_path_factory.mktemp("duplicates")
    record_pages(root / "archive.db", duplicate_pages())
    rebuild(root / "archive.db", root / "corpus.db", workers=1, progress=False,
            portals_info=PORTALS)
    return root / "corpus.db"
