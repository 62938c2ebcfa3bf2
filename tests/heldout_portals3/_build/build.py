"""Build the round-3 held-out portals: `python tests/heldout_portals3/_build/build.py` (needs
reportlab for the PDF; run it with any Python that has it, e.g. a scratch venv)."""

# ruff: noqa: E501 - fixture builder: long lines are HTML and report text

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import p_fenghe  # noqa: E402
import p_hezhai  # noqa: E402
import p_lanxiang  # noqa: E402
import p_mingtang  # noqa: E402
import p_qiaolin  # noqa: E402
import p_qingshi  # noqa: E402
from common import OUT  # noqa: E402

MODULES = [p_qiaolin, p_fenghe, p_lanxiang, p_hezhai, p_mingtang, p_qingshi]


def main() -> None:
    for module in MODULES:
        slug = module.__name__.removeprefix("p_")
        for old in (OUT / slug, OUT / f"{slug}_sfj"):
            if old.exists():
                shutil.rmtree(old)
        built = module.build()
        built.finish()
        print(f"{built.slug}: {len(built.reports)} reports, {len(built.skipped)} skipped, "
              f"{len(built.failures)} failures")


if __name__ == "__main__":
    main()
