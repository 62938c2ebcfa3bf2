"""The `fazhi` commands end to end: a real offline crawl of the sample portals, then rebuild,
stats and search on what it stored. One demo run is shared by the module (it takes seconds)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FAZHI = [sys.executable, "-m", "fazhi.cli"]
SAMPLE_PORTALS = {"haizhou", "hanyang", "shanwei", "shishi", "zbgx"}


def fazhi(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run([*FAZHI, *args], cwd=ROOT, capture_output=True, text=True, timeout=300)
    if check and done.returncode != 0:
        raise AssertionError(f"fazhi {' '.join(args)} exited {done.returncode}:\n{done.stderr}")
    return done


def rows(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, str]:
    data = tmp_path_factory.mktemp("demo")
    done = fazhi("demo", "--data-dir", str(data))
    return data, done.stdout


def test_demo_collects_the_five_sample_reports_with_sections(demo):
    data, out = demo
    documents = rows(data / "corpus.db", "SELECT portal, report_year FROM documents")
    assert {portal for portal, _ in documents} == SAMPLE_PORTALS
    assert len(documents) == 5
    assert all(year for _, year in documents)
    per_doc = rows(data / "corpus.db", "SELECT document_id, COUNT(*) FROM sections "
                   "GROUP BY document_id")
    assert len(per_doc) == 5 and min(n for _, n in per_doc) >= 5
    for word in ("reports: 5", "level-1 sections by category", "fazhi search 复议", "【复议】"):
        assert word in out


def test_non_report_listing_items_are_not_stored_as_reports(demo):
    data, _ = demo
    titles = [t for (t,) in rows(data / "corpus.db", "SELECT title FROM documents")]
    assert not any("解读" in t or "政府信息公开工作年度报告" in t for t in titles)
    assert all("法治政府建设" in t for t in titles)


def test_traditional_page_is_stored_simplified(demo):
    data, _ = demo
    [(title, script, text)] = rows(data / "corpus.db", "SELECT title, original_script, text "
                                   "FROM documents WHERE portal = 'haizhou'")
    assert script == "traditional"
    assert "海州区" in title and "區" not in title
    assert "法治政府建设" in text and "建設" not in text


def test_gbk_page_decodes(demo):
    data, _ = demo
    [(text,)] = rows(data / "corpus.db", "SELECT text FROM documents WHERE portal = 'zbgx'")
    assert "法治政府建设" in text and "\ufffd" not in text
    [(headers,)] = rows(data / "archive.db", "SELECT headers FROM responses WHERE portal = 'zbgx' "
                        "AND role = 'article' LIMIT 1")
    assert "charset" not in headers.lower()  # the server sent no charset: we detected it


def test_every_response_is_archived_compressed(demo):
    data, _ = demo
    fetched = rows(data / "archive.db", "SELECT COUNT(*), COUNT(DISTINCT portal) FROM responses")
    assert fetched[0][0] >= 15 and fetched[0][1] == 5
    [(stored, raw)] = rows(data / "archive.db", "SELECT SUM(LENGTH(data)), SUM(size) FROM bodies")
    assert stored < raw


def test_rebuild_reproduces_the_crawled_corpus(demo, tmp_path):
    data, _ = demo
    query = ("SELECT d.url, d.title, d.report_year, s.ordinal, s.level, s.number, s.heading, "
             "s.category, s.text FROM sections s JOIN documents d ON d.id = s.document_id "
             "ORDER BY d.url, s.ordinal")
    before = rows(data / "corpus.db", query)
    done = fazhi("rebuild", "--data-dir", str(data), "--quiet")
    assert "5 reports" in done.stdout
    assert rows(data / "corpus.db", query) == before


def test_search_finds_two_character_words(demo):
    data, _ = demo
    done = fazhi("search", "复议", "--data-dir", str(data))
    with_word = rows(data / "corpus.db",
                     "SELECT COUNT(*) FROM sections WHERE heading || text LIKE '%复议%'")[0][0]
    assert with_word > 0
    assert done.stdout.startswith(f"{min(with_word, 20)} section(s) match")
    assert "【复议】" in done.stdout


def test_stats_prints_the_coverage_matrix(demo):
    data, _ = demo
    out = fazhi("stats", "--data-dir", str(data)).stdout
    for slug in SAMPLE_PORTALS:
        assert slug in out
    assert "✓" in out and "reports: 5" in out


def test_every_command_has_help_with_an_example():
    for command in ("crawl", "rebuild", "stats", "search", "demo", "clean"):
        out = fazhi(command, "--help").stdout
        assert "Example" in out and f"fazhi {command}" in out


def test_commands_explain_a_missing_database(tmp_path):
    done = fazhi("search", "复议", "--data-dir", str(tmp_path), check=False)
    assert done.returncode != 0 and "no corpus" in done.stderr


def test_clean_shows_each_stage_of_an_archived_page(demo):
    data, _ = demo
    url = "http://www.lyghz.gov.cn/art/2025/3/24/art_1589_2895731.html"
    out = fazhi("clean", url, "--data-dir", str(data)).stdout
    names = [line.strip("= ") for line in out.splitlines() if line.startswith("=====")]
    assert names == ["decoded", "container", "extracted", "converted", "denoised", "sections",
                     "metadata", "listing", "document (with the listing hints)"]
    converted = out.split("===== converted =====")[1]
    assert "script: traditional" in converted and "法治政府建设" in converted


def test_clean_one_stage_of_a_saved_file(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><div id='zoom'><p>市政府：</p><p>一、主要举措和成效</p>"
                    "<p>全面推行行政执法三项制度。</p></div></body></html>", encoding="utf-8")
    out = fazhi("clean", str(page), "--url", "http://x.gov.cn/a.html", "--stage",
                "sections").stdout
    assert "L1 一  主要举措和成效  [measures]" in out and "===== decoded" not in out


def test_stats_marks_blocked_links_attachment_only_reports_and_warnings(tmp_path):
    done = fazhi("crawl", "xiyang", "beicheng", "--replay", "tests/portals", "--portal-dir",
                 "tests/portals", "--data-dir", str(tmp_path), check=False)
    # xiyang's 412 and 404 report links fail the crawl, named (issue 9); beicheng is fine
    assert done.returncode == 1 and "FAILED xiyang: report_not_fetched" in done.stderr
    assert "FAILED beicheng" not in done.stderr
    out = fazhi("stats", "--data-dir", str(tmp_path)).stdout
    cells = {line.split()[0]: line.split()[1:] for line in out.splitlines()
             if line.startswith(("xiyang", "beicheng"))}
    years = next(line.split()[1:] for line in out.splitlines() if line.startswith("portal"))
    xiyang = dict(zip(years, cells["xiyang"], strict=True))
    beicheng = dict(zip(years, cells["beicheng"], strict=True))
    assert xiyang["2021"] == "blocked" and xiyang["2020"] == "not_found"   # 412 page, dead link
    assert xiyang["2023"] == "✓" and beicheng["2022"] == "📎"              # PDF-only report
    assert "cleaning warning — very short text" in out
