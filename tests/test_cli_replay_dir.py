"""`--replay DIR` that does not save the URL's host: one line naming the folder's mistake.

Before, `fazhi new-portal … --replay tests/portals/hanyang` (one portal's folder, not the
folder of portal folders) or a folder saving other hosts printed "HTTP 404 Not Found" and
"the home page could not be fetched (404)", as if the portal had lost a page.
Real folders, real CLI (click's runner); the error comes before the replay server is asked.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from fazhi.cli import main

ROOT = Path(__file__).resolve().parents[1]
PORTALS = ROOT / "tests" / "portals"
COLUMN = "http://www.hanyang.gov.cn/zwgk/zc/fzzfjs/index.shtml"


def new_portal(replay: Path, tmp_path: Path, url: str = COLUMN) -> tuple[int, str]:
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    result = CliRunner().invoke(main, ["new-portal", "hanyang2", url, "--division-code",
                                       "420105", "--replay", str(replay), "--portal-dir",
                                       str(out), "--portals", str(out)])
    return result.exit_code, printed(result)


def printed(result: Result) -> str:
    """stdout and stderr as a terminal shows them (click 8.2's output holds both)."""
    return result.output


def assert_one_line(status: int, output: str, *hints: str) -> None:
    assert status == 1, output
    assert "Traceback" not in output and len(output.strip().splitlines()) == 1, output
    for hint in hints:
        assert hint in output, (hint, output)


def test_one_portals_folder_as_replay_names_its_parent(tmp_path: Path) -> None:
    status, output = new_portal(PORTALS / "hanyang", tmp_path)
    assert_one_line(status, output, "no saved pages for www.hanyang.gov.cn",
                    "one portal's folder", f"{PORTALS}, as --replay")
    assert not list((tmp_path / "out").iterdir())   # nothing written


def test_an_empty_folder_as_replay_says_what_it_should_hold(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    status, output = new_portal(empty, tmp_path)
    assert_one_line(status, output, "holds no saved pages", "<slug>/site/<host>/")


def test_a_host_the_folder_does_not_save_lists_some_it_does(tmp_path: Path) -> None:
    status, output = new_portal(PORTALS, tmp_path, "http://www.hanyang-typo.gov.cn/zwgk/")
    assert_one_line(status, output, "no saved pages for www.hanyang-typo.gov.cn",
                    "it saves ", "more; is the address right?")


def test_discover_with_a_folder_of_other_hosts_says_so(tmp_path: Path) -> None:
    site = tmp_path / "sites" / "www.elsewhere.gov.cn"
    site.mkdir(parents=True)
    (site / "index.html").write_text("<html></html>", encoding="utf-8")
    result = CliRunner().invoke(main, ["discover", "http://www.nowhere.gov.cn/", "--replay",
                                       str(tmp_path / "sites")])
    assert_one_line(result.exit_code, printed(result), "could not be fetched",
                    "no saved pages for www.nowhere.gov.cn", "it saves www.elsewhere.gov.cn;")


@pytest.mark.parametrize("replay", [PORTALS, PORTALS.relative_to(ROOT)])
def test_the_right_folder_still_adds_the_portal(tmp_path: Path, replay: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    status, output = new_portal(replay, tmp_path)
    assert status == 0, output
    assert "wrote" in output and "no saved pages" not in output
