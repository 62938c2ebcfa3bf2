"""Writes tests/heldout_portals10/<slug>/ (site/<host>/…, expected.json, portal.toml) for the
five round-10 portals. Run: .venv/bin/python tests/heldout_portals10/_build/build.py"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from portals_a import chengxi, fengao, guizhu  # noqa: E402
from portals_b import lingchuan, xingwu  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PORTALS = {
    "chengxi": chengxi,
    "fengao": fengao,
    "guizhu": guizhu,
    "lingchuan": lingchuan,
    "xingwu": xingwu,
}


def _toml(slug: str, name: str, entry: dict) -> str:
    lines = [
        "# Held-out round 10 (blind): see ../README.md.",
        f'slug = "{slug}"',
        f'name = "{name}"',
        f'division_code = "{entry["division_code"]}"',
        f'level = "{entry["level"]}"',
        f'province = "{entry["province"]}"',
        f'family = "{entry["family"]}"',
        "start_urls = [" + ", ".join(f'"{u}"' for u in entry["start_urls"]) + "]",
    ]
    return "\n".join(lines) + "\n"


def write_portal(slug: str) -> None:
    site, files, exp, entry = PORTALS[slug]()
    folder = ROOT / slug
    shutil.rmtree(folder / "site", ignore_errors=True)
    for rel, text in files.items():
        target = folder / "site" / site.host / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, "utf-8")
    (folder / "expected.json").write_text(
        json.dumps(exp, ensure_ascii=False, indent=2) + "\n", "utf-8"
    )
    (folder / "portal.toml").write_text(_toml(slug, site.name, entry), "utf-8")
    print(
        f"{slug}: {len(files)} files, {len(exp['reports'])} reports, {len(exp['skipped'])} skipped"
    )


if __name__ == "__main__":
    for name in PORTALS:
        write_portal(name)
