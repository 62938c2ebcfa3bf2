"""Acceptance (issue 9, Deliver 3): a report published only as a file linked from a listing is
stored as a report with the listing's title and year, through a real crawl (replay server,
runner subprocess, catch-up into the corpus). The file is a scanned PDF: no text, no title of
its own, so nothing but the listing can name it."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from pypdf import PdfWriter

from tests.crawler.crawl_helpers import ROBOTS_OPEN, ROOT, Entry, query, run_crawl, write_portal

HOST = "www.shuixi.gov.cn"
PDF_PATH = "uploadfile/2025/0318/P020250318.pdf"
TITLE = "水溪区人民政府关于2024年度法治政府建设情况的报告"
LISTING = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>法治政府建设</title></head>
<body><h1>法治政府建设</h1><ul class="list">
<li><a href="/{PDF_PATH}" target="_blank">{TITLE}</a><span>2025年3月20日</span></li>
</ul></body></html>"""


def scanned_pdf() -> bytes:
    writer, buffer = PdfWriter(), io.BytesIO()
    writer.add_blank_page(595, 842)
    writer.write(buffer)
    return buffer.getvalue()


def test_a_file_only_report_takes_its_title_and_year_from_the_listing(tmp_path: Path) -> None:
    entry = Entry(name="水溪区人民政府", division_code="130184", level="district",
                  province="河北省")
    sites, portals, data = write_portal(tmp_path, "shuixi", HOST, "fzzf/list.html", {
        "fzzf/list.html": LISTING, "robots.txt": ROBOTS_OPEN, PDF_PATH: scanned_pdf()}, entry)
    crawl = run_crawl(data, sites, [portals], ["shuixi"])
    assert crawl.requested(f"http://{HOST}/{PDF_PATH}") == [200], crawl.log[-2000:]
    [archived] = query(data / "archive.db", "SELECT title_hint, listing_date, listing_url "
                       "FROM responses WHERE role = 'article'")
    assert tuple(archived) == (TITLE, "2025-03-20", f"http://{HOST}/fzzf/list.html")
    [document] = query(data / "corpus.db", "SELECT url, title, report_year, published "
                       "FROM documents WHERE portal = 'shuixi'")
    assert tuple(document) == (f"http://{HOST}/{PDF_PATH}", TITLE, 2024, "2025-03-20")
    # fazhi clean URL shows the hints and the document they give
    done = subprocess.run([sys.executable, "-m", "fazhi.cli", "clean", f"http://{HOST}/{PDF_PATH}",
                           "--data-dir", str(data)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    listing = done.stdout.split("===== listing =====")[1]
    assert f"title={TITLE}\ndate=2025-03-20\nurl=http://{HOST}/fzzf/list.html" in listing
    assert f"title={TITLE}\nreport_year=2024\npublished=2025-03-20\nis_report=True" in listing
