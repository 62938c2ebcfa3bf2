# ruff: noqa: E501  (page markup and report phrases are long literal strings)
"""Build the round-4 held-out portals: `/path/to/python-with-reportlab-and-docx build.py` (run from anywhere)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import p_jingtan  # noqa: E402
import p_pinghe  # noqa: E402
import p_qiyun  # noqa: E402
import p_ruoshui  # noqa: E402
import p_yishan  # noqa: E402

MODULES = [p_qiyun, p_yishan, p_pinghe, p_ruoshui, p_jingtan]

if __name__ == "__main__":
    for module in MODULES:
        expected = module.build()
        print(
            module.SLUG,
            len(expected["reports"]),
            len(expected["skipped"]),
            len(expected["failures"]),
        )
