"""Check round 29 through the replay server: every report/skipped URL 200 with its title,
dead links 404, list pages and APIs answer, the signed API accepts a right sign and refuses
a wrong one."""

from __future__ import annotations

import hashlib
import json
import sys
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent.parent))
from crawler.replay.server import ReplayServer  # noqa: E402


def fetch(opener, url: str, data: bytes | None = None) -> tuple[int, str]:
    try:
        with opener.open(urllib.request.Request(url, data=data), timeout=10) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, ""


def main() -> None:
    server = ReplayServer(ROOT)
    server.start()
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.url}))
    bad = 0
    for exp in sorted(ROOT.glob("*/expected.json")):
        data = json.loads(exp.read_text("utf-8"))
        for item in data["reports"] + data["skipped"]:
            status, text = fetch(opener, item["url"])
            ok = status == 200 and (item["url"].endswith(".zip") or item["title"] in text)
            bad += not ok
            print("ok " if ok else "BAD", status, item["url"])
        for item in data["failures"]:
            status, _ = fetch(opener, item["url"])
            bad += status != 404
            print("ok " if status == 404 else "BAD", status, item["url"])
        for key in ("column", "api"):
            if key in data and "open/article" not in data[key]:
                status, _ = fetch(opener, data[key])
                bad += status != 200
                print("ok " if status == 200 else "BAD", status, data[key])
    form = {"channelId": "1207", "pageNo": "3", "pageSize": "6", "ts": "1733380000000"}
    raw = "&".join(f"{k}={form[k]}" for k in sorted(form)) + "&key=yc#gov@2023"
    api = "http://www.yuancheng.gov.cn/api/open/article/list"
    for sign in (hashlib.sha256(raw.encode()).hexdigest(), "0" * 64):
        body = urllib.parse.urlencode({**form, "sign": sign}).encode()
        print("signed API", sign[:6], fetch(opener, api, body)[1][:120])
    server.stop()
    print("bad:", bad)


if __name__ == "__main__":
    main()
