"""Datasette on a real crawl's corpus: started by the `serve` command in a subprocess on a free
127.0.0.1 port, then asked over HTTP for pages, the canned queries (the bigram `search` of
fazhi's plugin among them, where the sections table's search box leads), and a write (which an
immutable database refuses); a headless Chromium shows a two-character search hit."""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from png_pixels import colour_counts

from db.corpus.search import search
from fazhi.datasette_plugin import search_redirect
from fazhi.serve import QUERIES, metadata

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 60.0
SERVE = [sys.executable, "-m", "fazhi.data_commands", "serve"]   # as `fazhi serve`
CHROMIUM = shutil.which("chromium")
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync")
BROWSER_TIMEOUT = 90.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(base: str, path: str, **params: object) -> tuple[int, bytes]:
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


class KeepRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None   # the 302 itself is the answer


def redirected_to(base: str, path: str, **params: object) -> tuple[int, str | None]:
    """The status and Location of a request, redirects not followed."""
    url = base + path + "?" + urllib.parse.urlencode(params)
    try:
        with urllib.request.build_opener(KeepRedirects).open(url, timeout=10) as response:
            return response.status, None
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Location")


def get_json(base: str, path: str, **params: object) -> list | dict:
    status, body = get(base, path, _shape="array", **params)
    assert status == 200, body[:500]
    return json.loads(body)


def wait_until_up(base: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"datasette exited: {process.stderr.read().decode()[-2000:]}")
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=2).close()
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("datasette did not start in time")


@contextlib.contextmanager
def serving(data: Path) -> Iterator[tuple[str, Path]]:
    """`fazhi serve` on `data` until the block ends: (its address, its corpus)."""
    port = free_port()
    process = subprocess.Popen([*SERVE, "--data-dir", str(data), "--port", str(port)],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, process)
        yield base, data / "corpus.db"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def served(demo_data) -> Iterator[tuple[str, Path]]:
    with serving(demo_data) as server:
        yield server


def column(corpus: Path, sql: str, params: tuple = ()) -> list:
    with sqlite3.connect(corpus) as conn:
        return [row[0] for row in conn.execute(sql, params)]


def test_index_and_sections_pages(served):
    base, _ = served
    status, page = get(base, "/")
    assert status == 200 and "法治政府建设年度报告".encode() in page
    status, page = get(base, "/corpus/sections")
    assert status == 200 and b"sections_trigram" not in page and b'name="_search"' in page


def test_the_search_box_goes_to_the_canned_search_which_finds_two_characters(served):
    base, corpus = served
    assert redirected_to(base, "/corpus/sections", _search="复议") == (
        302, "/corpus/search?q=%E5%A4%8D%E8%AE%AE")
    status, page = get(base, "/corpus/sections", _search="复议")   # followed
    assert status == 200 and page.count("【复议】".encode()) >= 3
    rows = get_json(base, "/corpus/sections.json", _search="行政执法", _size="max")
    expected = column(corpus, "SELECT s.id FROM sections s JOIN documents d ON d.id = "
                      "s.document_id WHERE d.duplicate_of IS NULL AND "
                      "instr(s.heading || char(10) || s.text, ?)", ("行政执法",))
    assert sorted(row["section_id"] for row in rows) == sorted(expected) and expected
    assert redirected_to(base, "/corpus/sections", _sort="id") == (200, None)   # no search


def test_only_a_table_search_of_sections_is_redirected():
    databases = {"corpus": object()}

    def go(path: str, query: str) -> str | None:
        return search_redirect(path, query, databases, lambda name: f"/{name}")

    assert go("/corpus/sections", "_search=%E5%A4%8D%E8%AE%AE") == (
        "/corpus/search?q=%E5%A4%8D%E8%AE%AE")
    assert go("/corpus/sections.json", "_search_text=x&_shape=array&_size=max") == (
        "/corpus/search.json?q=x&_shape=array")
    assert go("/corpus/sections", "_sort=id") is None
    assert go("/corpus/documents", "_search=x") is None
    assert go("/other/sections", "_search=x") is None
    assert go("/corpus/sections.csv", "_search=x") is None


def test_reports_by_year_and_category(served):
    base, corpus = served
    rows = get_json(base, "/corpus/reports_by_year_and_category.json")
    shortcomings = {r["report_year"]: r["reports"] for r in rows if r["category"] == "shortcomings"}
    years = column(corpus, "SELECT DISTINCT d.report_year FROM documents d JOIN sections s ON "
                   "s.document_id = d.id WHERE s.level = 1 AND s.category LIKE '%shortcomings%'")
    assert set(shortcomings) == set(years) and len(years) >= 3


def test_compare_one_category_across_portals(served):
    base, corpus = served
    rows = get_json(base, "/corpus/compare_category.json", year=2024, category="plans")
    assert {row["portal"] for row in rows} == {"haizhou", "shishi"}
    for row in rows:   # the whole part: every section in it, headings in order
        headings = column(corpus, "SELECT s.heading FROM sections s JOIN documents d ON "
                          "d.id = s.document_id WHERE d.portal = ? AND s.part LIKE '%plans%' "
                          "ORDER BY s.ordinal", (row["portal"],))
        position = 0
        for heading in headings:   # each section's heading, in document order
            position = row["part_text"].index(f" {heading}：", position) + 1


def test_portals_missing_a_year(served):
    base, _ = served
    rows = get_json(base, "/corpus/portals_missing_year.json", year=2024)
    assert {row["slug"] for row in rows} == {"hanyang", "shanwei", "zbgx"}


def test_writes_are_refused_and_the_file_is_unchanged(served):
    base, corpus = served
    before = hashlib.sha256(corpus.read_bytes()).hexdigest()
    status, body = get(base, "/corpus.json", sql="DELETE FROM documents")
    assert status == 400 and b"must be a SELECT" in body
    request = urllib.request.Request(base + "/corpus/documents", data=b"title=x", method="POST")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code >= 400
    assert hashlib.sha256(corpus.read_bytes()).hexdigest() == before
    assert column(corpus, "SELECT COUNT(*) FROM documents") == [5]


def test_what_a_crawl_writes_in_place_is_served_without_a_restart(demo_data, tmp_path):
    # A crawl updates corpus.db in place while `fazhi serve` runs beside a weekly cron: an
    # immutable open (datasette -i) served stale pages, then "database disk image is malformed".
    data = tmp_path / "data"
    shutil.copytree(demo_data, data)
    with serving(data) as (base, corpus):
        count = "SELECT COUNT(*) AS n, MAX(title) AS last FROM skipped"
        before = get_json(base, "/corpus.json", sql=count)[0]
        with sqlite3.connect(corpus) as conn:   # as the crawl's writer: in place, many pages
            conn.executemany("INSERT INTO skipped (url, title, reason) VALUES (?, ?, 'x')",
                             [(f"http://x.gov.cn/{n}.html", f"{'页' * 200}{n:05d}")
                              for n in range(3000)])
        after = get_json(base, "/corpus.json", sql=count)[0]
        assert after == {"n": before["n"] + 3000, "last": f"{'页' * 200}02999"}


def test_metadata_names_the_database_after_the_file_and_configures_search():
    meta = metadata("/somewhere/reports.db")
    sections = meta["databases"]["reports"]["tables"]["sections"]
    assert (sections["fts_table"], sections["fts_pk"]) == ("sections_fts", "id")
    tables = meta["databases"]["reports"]["tables"]
    assert all(tables[name]["hidden"] for name in ("search_pending", "document_signatures"))
    assert "hidden" not in tables["documents"]
    assert set(meta["databases"]["reports"]["queries"]) == set(QUERIES)
    assert "public government information" in meta["license"]


def test_canned_search_finds_two_character_words_ranked_like_the_cli(served):
    base, corpus = served
    rows = get_json(base, "/corpus/search.json", q="复议")
    hits = search(corpus, "复议", limit=100)
    assert [row["section_id"] for row in rows] == [hit.section_id for hit in hits]
    assert len(rows) == hits.total >= 3 and all("【复议】" in row["snippet"] for row in rows)
    assert get_json(base, "/corpus/search.json", q="复议 -复议") == []


def test_a_quote_or_bad_syntax_is_explained_not_a_400(served):
    base, _ = served
    [row] = get_json(base, "/corpus/search.json", q='"')
    assert "nothing to search for" in row["snippet"]
    [row] = get_json(base, "/corpus/search.json", q="复议 OR")
    assert "needs a word after it" in row["snippet"]
    status, page = get(base, "/corpus/sections", _search='"')   # the search box: redirected
    assert status == 200 and b"nothing to search for" in page


def chromium(base_args: list[str], profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                           *base_args], capture_output=True, timeout=BROWSER_TIMEOUT)


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium on this machine: install Debian's "
                    "`chromium` package (.ci/run does) to run the browser test")
def test_a_browser_shows_a_two_character_hit(served, tmp_path):
    base, _ = served
    url = f"{base}/corpus/search?" + urllib.parse.urlencode({"q": "复议"})
    shot = tmp_path / "search.png"
    done = chromium([f"--screenshot={shot}", "--window-size=1000,900", url], tmp_path / "p1")
    assert done.returncode == 0 and shot.is_file(), done.stderr[-2000:]
    dom = chromium(["--dump-dom", url], tmp_path / "p2").stdout.decode()
    assert dom.count("【复议】") >= 3 and "<td" in dom
    colours = colour_counts(shot)
    background, count = colours.most_common(1)[0]
    assert len(colours) > 50                           # text is anti-aliased: many shades
    assert 1 - count / sum(colours.values()) > 0.05    # not a blank page
