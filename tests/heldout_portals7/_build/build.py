"""Write the held-out round-7 portals: `.venv/bin/python tests/heldout_portals7/_build/build.py`.

Rewrites each portal's site/, expected.json and portal.toml (see ../README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from portals_a import jinshao, qiongpu  # noqa: E402
from portals_b import baiyan, xialan  # noqa: E402
from portals_c import yanbu  # noqa: E402

if __name__ == "__main__":
    for build in (jinshao, qiongpu, xialan, baiyan, yanbu):
        build()
        print("built", build.__name__)
