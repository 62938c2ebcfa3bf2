"""Build held-out round 11: `.venv/bin/python tests/heldout_portals11/_build/build.py`.

Rewrites each portal's site/, expected.json and portal.toml (deterministic output).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import portals_a  # noqa: E402
import portals_b  # noqa: E402
import portals_c  # noqa: E402


def main() -> None:
    for build in (portals_a.tangpu, portals_a.zheling, portals_b.liaoxi, portals_b.shanmei, portals_c.mingchuan):
        build()


if __name__ == "__main__":
    main()
