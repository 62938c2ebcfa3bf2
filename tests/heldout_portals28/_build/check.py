"""Check round 28 through the replay server: every expected URL answers as expected, the list
URLs and APIs answer, and every inline script parses (`node --check`)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent.parent))

from crawler.replay.server import ReplayServer  # noqa: E402

EXTRA_GET = [
    "http://www.quchuan.gov.cn/zwgk/fzzfjs/index.html?pn=2",
    "http://www.quchuan.gov.cn/zwgk/fzzfjs/index.html?pn=3",
    "http://www.xunling.gov.cn/xxgk/fzzfjs?page=3",
    "http://www.bixi.gov.cn/cms/front/infoList.do?catId=2207&pageNo=3&pageSize=6",
]


def fetch(opener, url: str, data: bytes | None = None, ctype: str = "") -> tuple[int, str, bytes]:
    req = urllib.request.Request(url, data=data, headers={"Content-Type": ctype} if ctype else {})
    try:
        with opener.open(req, timeout=10) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


def main() -> int:
    bad = 0
    with ReplayServer(ROOT) as server:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.url}))
        for folder in sorted(p.parent for p in ROOT.glob("*/expected.json")):
            exp = json.loads((folder / "expected.json").read_text("utf-8"))
            wanted = [(r["url"], 200) for r in exp["reports"] + exp["skipped"]]
            wanted += [(f["url"], 404) for f in exp["failures"]] + [(exp["column"], 200)]
            for url, status in wanted:
                got, ctype, _ = fetch(opener, url)
                if got != status or (status == 200 and "html" not in ctype):
                    print("BAD", folder.name, url, got, ctype)
                    bad += 1
        for url in EXTRA_GET:
            got, ctype, body = fetch(opener, url)
            print(got, ctype, url, body[:60].decode("utf-8", "replace"))
            bad += got != 200
        api = "http://www.shenpu.gov.cn/gateway/cms/article/page"
        for body in ({"page": {"current": 3, "size": 6}, "query": {"channelCode": "fzzfjsndbg"}},
                     {"pageNum": 1, "pageSize": 6}):
            got, ctype, text = fetch(opener, api, json.dumps(body).encode(), "application/json")
            print(got, ctype, text[:90].decode("utf-8", "replace"))
        got, _, _ = fetch(opener, api, b"current=1&size=6", "application/x-www-form-urlencoded")
        print("form body:", got)
    bad += scripts()
    print("bad:", bad)
    return 1 if bad else 0


def scripts() -> int:
    """Every inline script of every saved page parses with node (JSON data blocks skipped)."""
    bad = count = 0
    with tempfile.TemporaryDirectory() as tmp:
        for page in ROOT.glob("*/site/*/**/*"):
            if not page.is_file() or page.suffix in (".js", ".css", ".txt", ".json", ".py"):
                continue
            text = page.read_text("utf-8", "replace")
            for m in re.finditer(r"<script(?![^>]*(?:src=|application/json))[^>]*>(.*?)</script>",
                                 text, re.S):
                count += 1
                js = Path(tmp) / "s.js"
                js.write_text(m.group(1), "utf-8")
                run = subprocess.run(["node", "--check", str(js)], capture_output=True, text=True)
                if run.returncode:
                    print("SCRIPT", page, run.stderr[:200])
                    bad += 1
    print("scripts checked:", count)
    return bad


if __name__ == "__main__":
    sys.exit(main())
