"""The portal registry: every entry validated, errors name the file and the key."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.spiders.portals import spider_class_for
from settings.registry import DEFAULT_PORTAL_DIR, RegistryError, load_registry

ROOT = Path(__file__).resolve().parents[2]
TEST_PORTALS = ROOT / "tests" / "portals"
GOOD = """\
slug = "nanshan"
name = "南山区人民政府"
division_code = "440305"
level = "district"
province = "广东省"
family = "trs"
start_urls = ["http://www.szns.gov.cn/zwgk/fzzfjs/index.html"]
"""


def write_portal(directory: Path, text: str, name: str = "nanshan.toml") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_and_test_registries_load() -> None:
    portals = load_registry([DEFAULT_PORTAL_DIR, TEST_PORTALS])
    assert {"haizhou", "shanwei", "hanyang", "zbgx", "shishi"} <= set(portals)
    assert {"xiyang", "donghai", "beicheng"} <= set(portals)
    assert portals["hanyang"].family == "trs"
    assert portals["haizhou"].division_code == "320706"
    # allowed_domains defaults to the hosts of start_urls
    assert portals["xiyang"].allowed_domains == ("sfj.xiyang.gov.cn",)


def test_good_entry_round_trips(tmp_path: Path) -> None:
    extra = 'allowed_domains = ["szns.gov.cn"]\n[overrides]\nencoding = "gbk"\n'
    write_portal(tmp_path, GOOD + extra)
    portal = load_registry([tmp_path])["nanshan"]
    assert portal.allowed_domains == ("szns.gov.cn",)
    assert portal.overrides == {"encoding": "gbk"}
    assert portal.expect_empty is False


@pytest.mark.parametrize(("change", "message"), [
    (lambda t: t.replace('family = "trs"\n', ""), "missing key 'family'"),
    (lambda t: t.replace('slug = "nanshan"\n', ""), "missing key 'slug'"),
    (lambda t: t + 'colour = "red"\n', "unknown key 'colour'"),
    (lambda t: t.replace('"district"', '"village"'), "'level'"),
    (lambda t: t.replace('"trs"', '"wordpress"'), "'family'"),
    (lambda t: t.replace('"440305"', '"44030"'), "'division_code'"),
    (lambda t: t.replace('"440305"', '"940305"'), "'division_code'"),
    (lambda t: t.replace('["http://www.szns.gov.cn/zwgk/fzzfjs/index.html"]', "[]"),
     "'start_urls'"),
    (lambda t: t.replace("http://www", "ftp://www"), "'start_urls'"),
    (lambda t: t + "expect_empty = 1\n", "'expect_empty'"),
    (lambda t: t.replace("[\"http", "\"http").replace('.html"]', '.html"'), "'start_urls'"),
    (lambda t: t + "slug2 = \n", "not valid TOML"),
])
def test_bad_entry_names_file_and_key(tmp_path: Path, change, message: str) -> None:
    path = write_portal(tmp_path, change(GOOD))
    with pytest.raises(RegistryError) as excinfo:
        load_registry([tmp_path])
    assert str(path) in str(excinfo.value)
    assert message in str(excinfo.value)


def test_duplicate_slug_is_refused(tmp_path: Path) -> None:
    write_portal(tmp_path / "a", GOOD)
    second = write_portal(tmp_path / "b", GOOD, name="other.toml")
    with pytest.raises(RegistryError, match="duplicate slug 'nanshan'") as excinfo:
        load_registry([tmp_path / "a", tmp_path / "b"])
    assert str(second) in str(excinfo.value)


def test_unknown_override_is_refused(tmp_path: Path) -> None:
    write_portal(tmp_path, GOOD + '[overrides]\nlisting_selector = "ul li a"\n')
    portal = load_registry([tmp_path])["nanshan"]
    with pytest.raises(RegistryError, match="unknown override 'listing_selector'"):
        spider_class_for(portal)


def test_overrides_replace_family_knobs(tmp_path: Path) -> None:
    write_portal(tmp_path, GOOD + '[overrides]\nlisting_link_css = "div.box a"\n'
                 'download_delay = 5\n')
    spider_cls = spider_class_for(load_registry([tmp_path])["nanshan"])
    assert spider_cls.name == "nanshan"
    assert spider_cls.listing_link_css == "div.box a"
    assert spider_cls.custom_settings["DOWNLOAD_DELAY"] == 5
    assert spider_cls.allowed_domains == ["www.szns.gov.cn"]


def test_scrapy_list_fails_clearly_on_a_bad_entry(tmp_path: Path) -> None:
    path = write_portal(tmp_path, GOOD.replace('family = "trs"\n', ""))
    env = {**os.environ, "FAZHI_PORTAL_DIRS": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert f"{path}: missing key 'family'" in result.stderr


def test_scrapy_list_lists_every_portal() -> None:
    # The extra directory as a Scrapy setting (crawler.spiderloader), not the environment.
    env = {k: v for k, v in os.environ.items() if k != "FAZHI_PORTAL_DIRS"}
    command = [sys.executable, "-m", "scrapy", "list", "-s", f"FAZHI_PORTAL_DIRS={TEST_PORTALS}"]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    expected = set(load_registry([DEFAULT_PORTAL_DIR, TEST_PORTALS]))
    assert set(result.stdout.split()) == expected
