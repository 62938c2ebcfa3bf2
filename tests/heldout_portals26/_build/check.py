"""Check round 26 through the replay server: every report and skipped URL answers 200, every
failure URL does not, and the script-built list URLs answer (as the pages' scripts build them).
Run: `.venv/bin/python tests/heldout_portals26/_build/check.py` from the repository root."""

from __future__ import annotations

import json
import sys
import urllib.request
from pathlib import Path

from crawler.replay.server import ReplayServer

ROUND = Path(__file__).resolve().parents[1]
SCRIPT_URLS = [
    "http://www.qiantang.gov.cn/api/info/list?catalogId=fzzfndbg&pageNo=3&pageSize=6",
    "http://www.lipu.gov.cn/api/article/more?channelId=5521&lastId=0&size=5",
    "http://www.zaowan.gov.cn/cms/infoListXml.do?channelId=C0312&page=2&rows=6",
]


def status(opener: urllib.request.OpenerDirector, url: str) -> tuple[int, str]:
    try:
        with opener.open(url, timeout=10) as answer:
            return answer.status, answer.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        return exc.code, ""


def main() -> int:
    bad = 0
    with ReplayServer(ROUND) as server:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.url}))
        for expected in sorted(ROUND.glob("*/expected.json")):
            data = json.loads(expected.read_text("utf-8"))
            urls = [(r["url"], 200) for r in data["reports"] + data["skipped"]]
            urls += [(f["url"], 404) for f in data["failures"]] + [(data["column"], 200)]
            for url, want in urls:
                got, kind = status(opener, url)
                if got != want or (want == 200 and "html" not in kind):
                    bad += 1
                    print(f"{expected.parent.name}: {url} -> {got} {kind} (want {want})")
        for url in SCRIPT_URLS:
            got, kind = status(opener, url)
            print(f"{url} -> {got} {kind}")
            bad += got != 200
    print("ok" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
