"""Build held-out round 14:
`.venv/bin/python tests/heldout_portals14/_build/build.py`.

Rewrites each portal's `site/` folder, expected.json and portal.toml; deterministic output.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import portals_a  # noqa: E402
import portals_b  # noqa: E402
from common import ROUND  # noqa: E402

BUILDERS = {
    "fengyu": portals_a.build_fengyu,
    "xingzhou": portals_a.build_xingzhou,
    "chugang": portals_b.build_chugang,
    "shaoping": portals_b.build_shaoping,
    "zhenchuan": portals_b.build_zhenchuan,
}


def main() -> None:
    for slug, build in BUILDERS.items():
        shutil.rmtree(ROUND / slug / "site", ignore_errors=True)
        (ROUND / slug).mkdir(parents=True, exist_ok=True)
        build()
        print(slug, "built")


if __name__ == "__main__":
    main()
