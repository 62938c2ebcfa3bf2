"""Listing hints: what the listing page said fills what the page or file lacks."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from pypdf import PdfWriter

from cleaning import ListingHint, clean
from tests.cleaning.office_files import word97

FULL = "某县人民政府关于2024年度法治政府建设情况的报告"
BODY = ("<p>2024年，我县深入推进法治政府建设，依法行政水平不断提升。</p>"
        "<p>一、主要举措和成效</p><p>全年审查规范性文件23件，备案审查率达到100%。</p>"
        "<p>某县人民政府</p><p>2025年3月18日</p>") * 2


def page(title: str, head: str = "") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
            f"<div class='TRS_Editor'>{BODY}</div></body></html>").encode()


def scanned_pdf() -> bytes:
    writer, buffer = PdfWriter(), io.BytesIO()
    writer.add_blank_page(595, 842)
    writer.write(buffer)
    return buffer.getvalue()


FILE_URL = "http://www.example.gov.cn/uploadfiles/202503/P020250318.{ext}"


@pytest.mark.parametrize("ext, data", [("pdf", scanned_pdf()),
                                       ("doc", word97(["正文。", "某县人民政府"]))])
def test_a_file_only_report_takes_title_and_year_from_the_listing(ext, data):
    doc = clean([data], FILE_URL.format(ext=ext), None,
                listing=ListingHint(title=FULL, date="2025年3月20日"))
    assert doc.title == FULL and doc.report_year == 2024 and doc.is_report
    assert doc.published == "2025-03-20"


def test_without_a_listing_the_file_name_stays_the_title():
    doc = clean([scanned_pdf()], FILE_URL.format(ext="pdf"))
    assert doc.title == "P020250318" and doc.published is None


@pytest.mark.parametrize("date", ["2025-01-20", "2025年1月20日", "2025/01/20", "2025.01.20",
                                  "[2025-01-20]"])
def test_published_falls_back_to_the_listing_date(date):
    doc = clean([page(FULL)], "http://www.example.gov.cn/a.html",
                listing=ListingHint(title=FULL, date=date))
    assert doc.published == "2025-01-20"


def test_the_page_date_wins_over_the_listing_date():
    doc = clean([page(FULL, "<meta name='PubDate' content='2025-03-21'>")],
                "http://www.example.gov.cn/a.html", listing=ListingHint(date="2025-01-20"))
    assert doc.published == "2025-03-21"


@pytest.mark.parametrize("page_title, listed, expected", [
    ("某县人民政府关于2024年度法治政府建设...", FULL, FULL),      # page cut short: listing
    ("某县人民政府关于2024年度法治政府建设…", FULL, FULL),
    (FULL, "某县人民政府关于2024年度法治...", FULL),              # listing cut short: page
    (FULL, "另一个标题", FULL),                                   # both whole: the page's own
])
def test_a_truncated_title_yields_to_the_whole_one(page_title, listed, expected):
    doc = clean([page(page_title)], "http://www.example.gov.cn/a.html",
                listing=ListingHint(title=listed))
    assert doc.title == expected


def test_a_listing_naming_an_interpretation_turns_the_page_down():
    doc = clean([page("某县2024年度法治政府建设情况报告")], "http://www.example.gov.cn/a.html",
                listing=ListingHint(title="图解：某县2024年度法治政府建设情况报告"))
    assert not doc.is_report


def test_the_cli_passes_the_listing_hint(tmp_path):
    path = tmp_path / "P020250318.pdf"
    path.write_bytes(scanned_pdf())
    out = subprocess.run(
        [sys.executable, "-m", "cleaning", str(path), "--url", FILE_URL.format(ext="pdf"),
         "--listing-title", FULL, "--listing-date", "2025/03/20"],
        capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    assert (data["title"], data["published"], data["report_year"]) == (FULL, "2025-03-20", 2024)
