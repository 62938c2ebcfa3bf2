"""Write the five round-6 held-out portals (site/, expected.json, portal.toml).

    .venv/bin/python tests/heldout_portals6/_build/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import p_heting  # noqa: E402
import p_lanyu  # noqa: E402
import p_tanyu  # noqa: E402
import p_tongbu  # noqa: E402
import p_yuting  # noqa: E402

PORTALS = (p_heting, p_tongbu, p_yuting, p_tanyu, p_lanyu)


def main() -> None:
    for module in PORTALS:
        module.build()
        print(f"{module.SITE.slug}: written")


if __name__ == "__main__":
    main()
