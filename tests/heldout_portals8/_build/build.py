"""Rebuild the five round-8 held-out portals: site/ folders, expected.json, portal.toml.

    .venv/bin/python tests/heldout_portals8/_build/build.py
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT  # noqa: E402
from portal_more import liaochuan  # noqa: E402
from portals_api import dipu, weitang  # noqa: E402
from portals_pages import haoping, shanling  # noqa: E402

BUILDERS = (weitang, haoping, shanling, liaochuan, dipu)


def main() -> None:
    for build in BUILDERS:
        portal = build()
        shutil.rmtree(ROOT / portal.slug / "site", ignore_errors=True)
        portal.write()
        print(f"{portal.slug}: {len(portal.files)} files, {len(portal.reports)} reports, "
              f"{len(portal.skipped)} skipped, {len(portal.failures)} failures")


if __name__ == "__main__":
    main()
