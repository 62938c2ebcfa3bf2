"""Build held-out portal round 19: `.venv/bin/python tests/heldout_portals19/_build/build.py`.

Rewrites each portal's site/, expected.json and portal.toml (see ../README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from portals_a import bochuan, zhitong  # noqa: E402
from portals_b import gouping, ruiyang  # noqa: E402
from portals_c import wancheng  # noqa: E402


def main() -> None:
    for build in (zhitong, bochuan, ruiyang, gouping, wancheng):
        build()
        print("built", build.__name__)


if __name__ == "__main__":
    main()
