"""Write round 20's portal folders: `.venv/bin/python tests/heldout_portals20/_build/build.py`."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import portals  # noqa: E402

if __name__ == "__main__":
    for writer in (portals.tiaoling, portals.liaobin, portals.xingwan, portals.hengbu,
                   portals.jiantang):
        writer()
    print("round 20 written")
