"""Build held-out portal round 28: `.venv/bin/python tests/heldout_portals28/_build/build.py`.

Rewrites the five portal folders (site/, expected.json, portal.toml); deterministic.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import portals_a  # noqa: E402
import portals_b  # noqa: E402


def main() -> None:
    for build in (portals_a.quchuan, portals_a.shenpu, portals_a.ruxi, portals_b.xunling,
                  portals_b.bixi):
        build()
        print("built", build.__name__)


if __name__ == "__main__":
    main()
