"""Write round 23's five held-out portals: `.venv/bin/python tests/heldout_portals23/_build/build.py`."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from portals import changping, huiling, jinchuan  # noqa: E402
from portals2 import pengyang, qishan  # noqa: E402

STARTS = {
    "jinchuan": "http://www.jinchuan.gov.cn/zwgk/fzzfjs/index.html",
    "changping": "http://www.changping.gov.cn/xxgk/fzzfjsbg/index.html",
    "huiling": "http://www.huiling.gov.cn/zfxxgk/fzzfjs/index.html",
    "pengyang": "http://www.pengyang.gov.cn/html/zwgk/fzzfjs/index.html",
    "qishan": "http://www.qishan.gov.cn/zwgk/fzzfjsndbg/index.html",
}


def main() -> None:
    for make in (jinchuan, changping, huiling, pengyang, qishan):
        out = make()
        notes = " ".join((make.__doc__ or "").split())
        out.write(STARTS[out.p.slug], notes)
        print(out.p.slug, len(out.files), "files,", sum(it.is_report for it in out.items), "reports")


if __name__ == "__main__":
    main()
