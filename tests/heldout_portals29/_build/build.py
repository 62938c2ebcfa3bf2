"""Build held-out portal round 29: `.venv/bin/python tests/heldout_portals29/_build/build.py`.

Rewrites the five portal folders (site/, expected.json, portal.toml); deterministic."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from portals_a import kuixi, lingba, loutang  # noqa: E402
from portals_b import outang, yuancheng  # noqa: E402


def main() -> None:
    for build in (loutang, kuixi, lingba, outang, yuancheng):
        build()
        print("built", build.__name__)


if __name__ == "__main__":
    main()
