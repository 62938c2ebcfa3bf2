"""Deploying fazhi to a real Scrapyd and running a portal spider there.

Starts `scrapyd` on 127.0.0.1 (a free port, its own working directory), deploys the project
with scrapyd-client's `scrapyd-deploy` (an egg built from a copy of the project: the portal
registry must travel inside it as package data), schedules a spider whose requests all go to a
local replay server, waits for the job to finish and looks in the archive it wrote.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from crawler.replay.server import ReplayServer
from tests.crawler.crawl_helpers import query

if importlib.util.find_spec("scrapyd") is None:
    pytest.skip("scrapyd is not installed (pip install scrapyd scrapyd-client)",
                allow_module_level=True)

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("crawler", "cleaning", "db", "settings", "fazhi")
PROJECT_FILES = ("pyproject.toml", "scrapy.cfg", "README.md")
DEFAULT_DEPLOY_URL = "http://127.0.0.1:6800/"
# Scrapyd finds a project's settings through this entry point of its egg.
SCRAPY_ENTRY_POINT = '\n[project.entry-points.scrapy]\nsettings = "settings.scrapy_settings"\n'
SPIDER = "shishi"
REPORT = "http://www.shishi.gov.cn/zwgk/zfxxgkzl/fdzdgknr/fzzfjs/202501/t20250126_3123456.htm"
SCRAPYD_CONF = """[scrapyd]
bind_address = 127.0.0.1
http_port = {port}
eggs_dir = {root}/eggs
logs_dir = {root}/logs
dbs_dir = {root}/dbs
items_dir =
poll_interval = 0.2
max_proc = 2
"""
DEADLINE = 45  # seconds for the job to finish


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def call(url: str, data: list[tuple[str, str]] | None = None) -> dict:
    body = urlencode(data).encode() if data is not None else None
    with urllib.request.urlopen(urllib.request.Request(url, data=body), timeout=10) as answer:
        return json.loads(answer.read())


def wait_until_up(url: str, process: subprocess.Popen) -> None:
    for _ in range(100):
        if process.poll() is not None:
            raise RuntimeError(f"scrapyd exited: {process.stderr.read()[-2000:]}")
        try:
            call(url + "daemonstatus.json")
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("scrapyd did not answer within 10 s")


@pytest.fixture(scope="module")
def scrapyd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """(URL, working directory) of a scrapyd serving on a free loopback port."""
    root = tmp_path_factory.mktemp("scrapyd")
    port = free_port()
    (root / "scrapyd.conf").write_text(SCRAPYD_CONF.format(port=port, root=root))
    process = subprocess.Popen([sys.executable, "-m", "scrapyd"], cwd=root, text=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_until_up(url, process)
        yield url, root
    finally:
        process.terminate()
        process.wait(timeout=10)


def project_copy(target: Path, deploy_url: str) -> Path:
    """The project's packages and build files, deploying to `deploy_url`."""
    for package in PACKAGES:
        shutil.copytree(ROOT / package, target / package,
                        ignore=shutil.ignore_patterns("__pycache__"))
    for name in PROJECT_FILES:
        shutil.copy(ROOT / name, target / name)
    pyproject = (target / "pyproject.toml").read_text("utf-8")
    if "[project.entry-points.scrapy]" not in pyproject:
        (target / "pyproject.toml").write_text(pyproject + SCRAPY_ENTRY_POINT, "utf-8")
    config = (target / "scrapy.cfg").read_text("utf-8")
    (target / "scrapy.cfg").write_text(config.replace(DEFAULT_DEPLOY_URL, deploy_url), "utf-8")
    return target


def test_scrapy_cfg_deploys_the_fazhi_project_locally() -> None:
    config = (ROOT / "scrapy.cfg").read_text("utf-8")
    assert f"url = {DEFAULT_DEPLOY_URL}" in config and "project = fazhi" in config


def test_deploy_schedule_and_crawl_on_scrapyd(scrapyd: tuple[str, Path], tmp_path: Path) -> None:
    scrapyd_url, scrapyd_root = scrapyd
    project = project_copy(tmp_path / "project", scrapyd_url)
    egg = tmp_path / "fazhi.egg"
    deploy = Path(sys.executable).with_name("scrapyd-deploy")
    built = subprocess.run([str(deploy), "--build-egg", str(egg)], cwd=project,
                           capture_output=True, text=True, timeout=60)
    assert built.returncode == 0, built.stderr[-2000:]
    assert "settings/portals/shishi.toml" in zipfile.ZipFile(egg).namelist()
    done = subprocess.run([str(deploy), "-p", "fazhi", "--version", "r1"], cwd=project,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and '"status": "ok"' in done.stdout + done.stderr, done.stderr
    assert SPIDER in call(scrapyd_url + "listspiders.json?project=fazhi")["spiders"]
    data = tmp_path / "data"
    with ReplayServer(ROOT / "tests" / "portals") as replay:
        settings = {"FAZHI_DATA_DIR": str(data), "FAZHI_REPLAY_PROXY": replay.url,
                    "DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False"}
        job = call(scrapyd_url + "schedule.json", [("project", "fazhi"), ("spider", SPIDER)] + [
            ("setting", f"{key}={value}") for key, value in settings.items()])["jobid"]
        finished = wait_for_job(scrapyd_url, job)
    log_file = scrapyd_root / "logs" / "fazhi" / SPIDER / f"{job}.log"
    log = log_file.read_text("utf-8")[-3000:] if log_file.exists() else "(no job log)"
    assert finished, f"job {job} did not finish in {DEADLINE} s: {log}"
    rows = query(data / "archive.db", "SELECT role, kind FROM responses WHERE url = ?", REPORT)
    assert [(r["role"], r["kind"]) for r in rows] == [("article", "ok")], log
    documents = query(data / "corpus.db", "SELECT report_year FROM documents WHERE url = ?",
                      REPORT)
    assert [d["report_year"] for d in documents] == [2024]
    runs = query(data / "archive.db", "SELECT status FROM crawl_runs")
    assert [r["status"] for r in runs] == ["finished"]


def wait_for_job(scrapyd: str, job: str) -> bool:
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline:
        jobs = call(scrapyd + "listjobs.json?project=fazhi")
        if any(entry["id"] == job for entry in jobs["finished"]):
            return True
        time.sleep(0.3)
    return False
