"""Build held-out portal round 26: `.venv/bin/python tests/heldout_portals26/_build/build.py`
rewrites the five portal folders (site/, expected.json, portal.toml); deterministic."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import portals_a  # noqa: E402
import portals_b  # noqa: E402


def main() -> None:
    for build in (portals_a.changling, portals_a.qiantang, portals_a.lipu,
                  portals_b.zaowan, portals_b.gucheng):
        portal = build()
        print(f"{portal.slug}: {len(portal.reports)} reports, {len(portal.skipped)} skipped, "
              f"{len(portal.failures)} failures")


if __name__ == "__main__":
    main()
