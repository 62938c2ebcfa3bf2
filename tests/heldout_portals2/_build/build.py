# ruff: noqa: E501 - HTML templates and report texts are long lines on purpose
"""Build the six held-out portals of round 2 into tests/heldout_portals2/ (run from anywhere).

    .venv/bin/python tests/heldout_portals2/_build/build.py

Needs python-docx (in the project venv) and, for the one PDF, a Python with reportlab named by
PDF_PYTHON (default: python3); the generated files are committed, so a re-run is only needed
after editing these scripts.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import p_binxi  # noqa: E402
import p_hewan  # noqa: E402
import p_minyang  # noqa: E402
import p_tangxi  # noqa: E402
import p_tongao  # noqa: E402
import p_xiaochuan  # noqa: E402

for mod in (p_tangxi, p_binxi, p_minyang, p_tongao, p_xiaochuan, p_hewan):
    mod.build()
    print("built", mod.__name__)
