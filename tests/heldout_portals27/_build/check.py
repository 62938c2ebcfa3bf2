"""Check round 27 through the replay server: every expected URL and every listing link answers.

`.venv/bin/python tests/heldout_portals27/_build/check.py` (from the repository root).
"""

from __future__ import annotations

import json
import re
import sys
import urllib.request
from pathlib import Path

HEADING = r"<strong>[一二三四五六七八九十]+、|>（[一二三四五六七八九十]+）"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent.parent))

from crawler.replay.server import ReplayServer  # noqa: E402


def get(proxy: str, url: str) -> tuple[int, str, str]:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}))
    try:
        with opener.open(url, timeout=10) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, "", ""


def main() -> int:
    server = ReplayServer(ROOT)
    server.start()
    bad = 0
    try:
        for exp in sorted(ROOT.glob("*/expected.json")):
            data = json.loads(exp.read_text("utf-8"))
            for entry in data["reports"] + data["skipped"]:
                status, ctype, body = get(server.url, entry["url"])
                if status != 200 or entry["title"] not in body:
                    if "请开启JavaScript" in body:
                        status, ctype, body = get(server.url, entry["url"])
                    if status != 200 or entry["title"] not in body:
                        bad += 1
                        print("BAD", status, entry["url"])
                if "sections" in entry:
                    heads = re.findall(HEADING, body)
                    if len(heads) != entry["sections"]:
                        bad += 1
                        print("SECTIONS", len(heads), entry["url"])
            print(exp.parent.name, bad if bad else "ok")
        for url in ["http://www.yinghu.gov.cn/zwgk/fzzfjs/atom.xml?page=3",
                    "http://www.litang.gov.cn/zwgk/fzzfjsndbg/index.html?source=pager",
                    "http://www.qubu.gov.cn/xxgk/fzzfjsbg/2024/index_1.html",
                    "http://www.shuping.gov.cn/zwgk/fzzfjs/index_8.html"]:
            status, ctype, body = get(server.url, url)
            print(status, ctype, len(body), url)
    finally:
        server.stop()
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
