"""The packages form layers: data flows settings → cleaning → db → crawler → fazhi, and no module
imports from a layer above its own (read from the source, so a lazy import inside a function
counts too). Cleaning and db never import Scrapy; settings imports nothing heavy."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("settings", "cleaning", "db", "crawler", "fazhi")
# Third-party packages a layer must not reach for (the pure stages stay pure).
FORBIDDEN = {"settings": {"scrapy", "twisted", "lxml", "trafilatura", "click", "sqlite_utils"},
             "cleaning": {"scrapy", "twisted", "click", "sqlite_utils"},
             "db": {"scrapy", "twisted", "click"}}


def imported_modules(source: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(source.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def violations(package: str) -> list[str]:
    allowed = set(LAYERS[:LAYERS.index(package) + 1])
    found = []
    for source in sorted((ROOT / package).rglob("*.py")):
        for name in imported_modules(source):
            top = name.split(".")[0]
            if (top in LAYERS and top not in allowed) or top in FORBIDDEN.get(package, ()):
                found.append(f"{source.relative_to(ROOT)} imports {name}")
    return found


@pytest.mark.parametrize("package", LAYERS)
def test_no_module_imports_from_a_layer_above(package):
    assert violations(package) == []


def test_the_check_sees_an_upward_import(tmp_path, monkeypatch):
    # The rule itself can fail: a cleaning module importing the crawler is reported.
    module = tmp_path / "cleaning" / "bad.py"
    module.parent.mkdir()
    module.write_text("def f():\n    from crawler.runner import run_crawl\n", "utf-8")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert violations("cleaning") == ["cleaning/bad.py imports crawler.runner"]
