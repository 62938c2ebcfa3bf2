"""Write the five held-out portals of round 9 (site/, expected.json, portal.toml).

Run: `.venv/bin/python tests/heldout_portals9/_build/build.py` (rewrites each portal's site/).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from portals_a import luoxi, songtan  # noqa: E402
from portals_b import mucheng, qianlin  # noqa: E402
from portals_c import quyan  # noqa: E402


def main() -> None:
    root = HERE.parent
    for make in (songtan, luoxi, qianlin, mucheng, quyan):
        portal = make()
        portal.write(root)
        expected = portal.expected()
        print(f"{portal.slug}: {len(expected['reports'])} reports, "  # type: ignore[arg-type]
              f"{len(expected['skipped'])} skipped, {len(expected['failures'])} failures, "  # type: ignore[arg-type]
              f"{len(portal.files)} files")


if __name__ == "__main__":
    main()
