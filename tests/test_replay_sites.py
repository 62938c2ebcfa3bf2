"""The replay server over several roots and portal folders (crawler/replay/sites.py)."""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest

from crawler.replay.server import ReplayServer
from crawler.replay.sites import PortalSites, SiteClashError


def page(root: Path, *parts: str, body: str = "<p>x</p>") -> None:
    file = root.joinpath(*parts)
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(body, encoding="utf-8")


def get(server: ReplayServer, url: str) -> tuple[int, str]:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.url}))
    try:
        with opener.open(url, timeout=5) as answer:
            return answer.status, answer.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def test_portal_folders_and_a_flat_root_are_served_together(tmp_path: Path) -> None:
    portals, flat = tmp_path / "portals", tmp_path / "flat"
    page(portals, "alpha", "site", "www.alpha.gov.cn", "index.html", body="alpha")
    page(portals, "beta", "site", "www.beta.gov.cn", "a", "b.html", body="beta")
    page(portals, "beta", "expected.json", body="{}")
    page(flat, "www.gamma.gov.cn", "index.html", body="gamma")
    with ReplayServer([portals, flat]) as server:
        assert get(server, "http://www.alpha.gov.cn/") == (200, "alpha")
        assert get(server, "http://www.beta.gov.cn/a/b.html") == (200, "beta")
        assert get(server, "http://www.gamma.gov.cn/") == (200, "gamma")
        assert get(server, "http://beta/expected.json")[0] == 404   # a folder is no host
        page(portals, "delta", "site", "www.delta.gov.cn", "index.html", body="late")
        assert get(server, "http://www.delta.gov.cn/") == (200, "late")   # added after start


def test_two_portals_saving_one_host_is_an_error_naming_both(tmp_path: Path) -> None:
    page(tmp_path, "one", "site", "www.same.gov.cn", "index.html")
    page(tmp_path, "two", "site", "www.same.gov.cn", "index.html")
    with pytest.raises(SiteClashError, match=r"www\.same\.gov\.cn.*one/site.*two/site"):
        ReplayServer(tmp_path)


def test_saved_file_is_where_the_server_looks(tmp_path: Path) -> None:
    page(tmp_path, "one", "site", "www.one.gov.cn", "list", "index.html")
    sites = PortalSites(tmp_path)
    assert sites.saved_file("http://www.one.gov.cn/list/").is_file()
    assert sites.saved_file("http://www.one.gov.cn/api?page=2").name == "api@page=2"
    with pytest.raises(FileNotFoundError, match="www.two.gov.cn"):
        sites.saved_file("http://www.two.gov.cn/")
