"""Build the round-5 held-out portals: `python tests/heldout_portals5/_build/build.py` rewrites the
five portal folders (site/, expected.json, portal.toml) next to this directory."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import p_chengfeng  # noqa: E402
import p_luotang  # noqa: E402
import p_shuangxi  # noqa: E402
import p_yanqiao  # noqa: E402
import p_zhuhe  # noqa: E402
from common import OUT  # noqa: E402

PORTALS = [p_luotang, p_yanqiao, p_shuangxi, p_chengfeng, p_zhuhe]

if __name__ == "__main__":
    for module in PORTALS:
        shutil.rmtree(OUT / module.SLUG / "site", ignore_errors=True)
        module.build()
        print(module.SLUG, sum(1 for p in (OUT / module.SLUG).rglob("*") if p.is_file()), "files")
