"""Build held-out round 13: `.venv/bin/python tests/heldout_portals13/_build/build.py` rewrites
the five portals' site/ folders, expected.json and portal.toml (deterministic output)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import aspnet  # noqa: E402
import common  # noqa: E402
import loadmore  # noqa: E402
import plainlists  # noqa: E402
import vsb  # noqa: E402

SLUGS = ("yaopu", "qiuxi", "hongtang", "suiling", "jiaowan")


def main() -> None:
    for slug in SLUGS:
        shutil.rmtree(common.ROOT / slug / "site", ignore_errors=True)
        (common.ROOT / slug).mkdir(exist_ok=True)
    aspnet.build()
    vsb.build()
    loadmore.build()
    plainlists.build_suiling()
    plainlists.build_jiaowan()


if __name__ == "__main__":
    main()
