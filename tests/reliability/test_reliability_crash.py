"""Crash safety: a crawl killed with SIGKILL at several points, and a killed `fazhi rebuild`.

The archive must stay whole (integrity, every body complete and referenced), the killed run
unfinished, and the next crawl must finish the job; a killed rebuild leaves the previous corpus
byte for byte, and the next rebuild leaves no temp file behind.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from db.corpus.rebuild import rebuild
from tests.reliability.crash_checks import (
    archive_health,
    file_digest,
    integrity,
    kill,
    scalar,
    start,
    wait_until,
)
from tests.reliability.fault_site import TODAY, archive_reports, build_report_site

HOST, SLUG = "www.wending.gov.cn", "wending"
REPORTS = 12
# Each report answers after a delay and two go at a time: the crawl lasts ~2 s, room to kill.
SLOW_RULES = {"delay": {"/fzzf/r*.html": 0.2}}
SLOW_SETTINGS = ["-s", "CONCURRENT_REQUESTS=2", "-s", "LOG_LEVEL=INFO"]
# Kill points: ok article pages in the archive when the crawl is killed (0: just the listing).
KILL_AT = (0, 4, 9)


def crawl_args(data: Path, sites: Path, portals: Path) -> list[str]:
    return ["-m", "crawler.runner", "--data-dir", str(data), "--replay", str(sites),
            "--portal-dir", str(portals), "--today", TODAY, *SLOW_SETTINGS, SLUG]


def ok_articles(archive: Path) -> int:
    return scalar(archive, "SELECT COUNT(DISTINCT url) FROM responses "
                           "WHERE role = 'article' AND kind = 'ok'") or 0


def listing_archived(archive: Path) -> bool:
    return bool(scalar(archive, "SELECT COUNT(*) FROM responses WHERE role = 'listing'"))


@pytest.fixture(scope="module")
def killed_crawls(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Crawl, kill -9 at each KILL_AT point (each crawl resumes the previous one's archive),
    recording the archive's health after every kill; then one crawl that runs to the end."""
    root = tmp_path_factory.mktemp("crash")
    sites, portals, urls = build_report_site(root, HOST, SLUG, REPORTS, SLOW_RULES)
    data = root / "data"
    archive = data / "archive.db"
    after_kill = []
    for number, articles in enumerate(KILL_AT):
        process = start(crawl_args(data, sites, portals), root / f"killed-{number}.log")
        wait_until(process, lambda n=articles: listing_archived(archive) and (
            ok_articles(archive) >= n))
        kill(process)
        after_kill.append({"articles": ok_articles(archive), **archive_health(archive)})
    final = start(crawl_args(data, sites, portals), root / "final.log")
    assert final.wait(timeout=120) == 0, (root / "final.log").read_text()[-3000:]
    return {"after_kill": after_kill, "final": archive_health(archive), "urls": urls,
            "data": data}


@pytest.mark.parametrize("point", range(len(KILL_AT)))
def test_a_killed_crawl_leaves_a_whole_archive(killed_crawls, point: int) -> None:
    health = killed_crawls["after_kill"][point]
    assert health["articles"] < REPORTS, "killed after the crawl was done: not mid-way"
    assert health["integrity"] == "ok"
    assert health["missing_bodies"] == 0
    assert health["orphan_bodies"] == 0
    assert health["bad_bodies"] == []
    assert health["duplicate_rows"] == 0


@pytest.mark.parametrize("point", range(len(KILL_AT)))
def test_a_killed_crawl_run_stays_unfinished(killed_crawls, point: int) -> None:
    run = killed_crawls["after_kill"][point]["runs"][point]
    assert run["status"] != "finished" and run["finished_at"] is None


def test_the_kills_happened_at_different_points(killed_crawls) -> None:
    counts = [health["articles"] for health in killed_crawls["after_kill"]]
    assert counts == sorted(counts) and counts[-1] >= KILL_AT[-1] > counts[0]


def test_the_next_crawl_finishes_the_job(killed_crawls) -> None:
    final, data = killed_crawls["final"], killed_crawls["data"]
    assert final["integrity"] == "ok" and final["bad_bodies"] == []
    assert [run["status"] for run in final["runs"]][-1] == "finished"
    corpus = data / "corpus.db"
    assert integrity(corpus) == "ok"
    for url in killed_crawls["urls"]:
        assert scalar(corpus, "SELECT COUNT(*) FROM documents WHERE url = ?", url) == 1, url


# --- a killed `fazhi rebuild` ------------------------------------------------------------------

FIRST_ARTICLES, MORE_ARTICLES = 10, 50   # the killed rebuild has ~1 s of cleaning left to do
REBUILD = ["-c", "from fazhi.cli import main; main()", "rebuild", "--quiet", "--workers", "2",
           "--data-dir"]


def rebuild_temp_files(data: Path) -> list[str]:
    return sorted(p.name for p in data.iterdir() if p.name.startswith(".corpus.db.rebuild"))


@pytest.fixture(scope="module")
def killed_rebuild(tmp_path_factory: pytest.TempPathFactory) -> dict:
    data = tmp_path_factory.mktemp("rebuild")
    archive_reports(data / "archive.db", 0, FIRST_ARTICLES)
    corpus = data / "corpus.db"
    rebuild(data / "archive.db", corpus, workers=1, progress=False)
    before = {"digest": file_digest(corpus), "documents": documents(corpus)}
    archive_reports(data / "archive.db", FIRST_ARTICLES, MORE_ARTICLES)
    killed = start([*REBUILD, str(data)], data.parent / "rebuild-2.log")
    wait_until(killed, lambda: rebuild_temp_files(data), timeout=60)
    kill(killed)
    after_kill = {"digest": file_digest(corpus), "documents": documents(corpus),
                  "integrity": integrity(corpus), "temp_files": rebuild_temp_files(data)}
    from db.corpus.search import search  # usable: a search through its FTS index

    after_kill["hits"] = len(search(corpus, "行政复议", limit=100))
    rebuild(data / "archive.db", corpus, workers=1, progress=False)   # the next rebuild
    return {"before": before, "after_kill": after_kill, "data": data,
            "after_next": {"documents": documents(corpus),
                           "temp_files": rebuild_temp_files(data)}}


def documents(corpus: Path) -> int:
    return scalar(corpus, "SELECT COUNT(*) FROM documents")


def test_a_killed_rebuild_leaves_the_previous_corpus_as_it_was(killed_rebuild) -> None:
    before, after = killed_rebuild["before"], killed_rebuild["after_kill"]
    assert after["temp_files"], "the rebuild was not caught mid-way (no temp file)"
    assert after["digest"] == before["digest"]
    assert after["integrity"] == "ok"
    assert after["documents"] == before["documents"] == FIRST_ARTICLES
    assert after["hits"] == FIRST_ARTICLES


def test_the_next_rebuild_completes_and_leaves_no_temp_file(killed_rebuild) -> None:
    after = killed_rebuild["after_next"]
    assert after["documents"] == FIRST_ARTICLES + MORE_ARTICLES
    assert after["temp_files"] == []
