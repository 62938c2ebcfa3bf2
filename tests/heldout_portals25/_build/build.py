"""Build held-out portal round 25 (site/ folders, expected.json, portal.toml of five portals).

Run: .venv/bin/python tests/heldout_portals25/_build/build.py (deterministic)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import portals_a  # noqa: E402
import portals_b  # noqa: E402
from common import ROUND  # noqa: E402

SLUGS = {"zixi": portals_a.zixi, "tingchuan": portals_a.tingchuan, "zhuwan": portals_a.zhuwan,
         "tanling": portals_b.tanling, "mingyang": portals_b.mingyang}


def main() -> None:
    for slug, build in SLUGS.items():
        site = ROUND / slug / "site"
        if site.exists():
            shutil.rmtree(site)
        build()
        print(slug, sum(1 for p in site.rglob("*") if p.is_file()), "files")


if __name__ == "__main__":
    main()
