"""Build held-out round 18: five fictional portals (site/, expected.json, portal.toml).

Run `.venv/bin/python tests/heldout_portals18/_build/build.py` from the repository root; it
rewrites each portal folder from scratch. The output is deterministic (seeded).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from model import ROOT  # noqa: E402
from portals_a import build_feiling, build_jianwan  # noqa: E402
from portals_b import build_maoshan  # noqa: E402
from portals_c import build_hanjiang, build_pingzhou  # noqa: E402

BUILDERS = {
    "feiling": build_feiling,
    "jianwan": build_jianwan,
    "maoshan": build_maoshan,
    "hanjiang": build_hanjiang,
    "pingzhou": build_pingzhou,
}


def main() -> None:
    for slug, build in BUILDERS.items():
        folder = ROOT / slug
        if folder.exists():
            shutil.rmtree(folder)
        build()
        print(f"{slug}: {sum(1 for p in folder.rglob('*') if p.is_file())} files")


if __name__ == "__main__":
    main()
