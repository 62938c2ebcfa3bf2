"""Check round 18's output: every inline script and .js parses (node --check), and every
expected URL, final_url, skipped URL and script-built listing URL answers through the replay
server as expected.json says (reports 200, failures 404). Run from the repository root."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from crawler.replay.server import ReplayServer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXTRA = [  # URLs the pages' scripts build, which a browser would request
    "http://www.feiling.gov.cn/feiling/c10417/xlist_2.shtml",
    "http://www.feiling.gov.cn/feiling/c10417/xlist_3.shtml",
    "http://www.hanjiang.gov.cn/zwgk/api/cms/article/page?channelCode=fzzfndbg&pageNo=3&pageSize=6",
    "http://www.hanjiang.gov.cn/zwgk/api/cms/article/page?pageNo=2&pageSize=6&channelCode=fzzfndbg",
    "http://www.hanjiang.gov.cn/zwgk/api/cms/article/page?channelCode=tzgg&pageNo=1&pageSize=6",
    "http://m.pingzhou.gov.cn/api/content/list?columnId=3107&page=3&size=6",
]


def scripts_parse() -> int:
    bad = 0
    for page in ROOT.glob("*/site/**/*"):
        if not page.is_file():
            continue
        text = page.read_text("utf-8", errors="replace")
        chunks = (
            [text]
            if page.suffix == ".js"
            else re.findall(r"<script[^>]*>(.*?)</script>", text, re.S)
        )
        for chunk in chunks:
            with tempfile.NamedTemporaryFile("w", suffix=".js", delete=False) as tmp:
                tmp.write(chunk)
            if subprocess.run(["node", "--check", tmp.name], capture_output=True).returncode:
                print("script does not parse:", page)
                bad += 1
            Path(tmp.name).unlink()
    return bad


def status(proxy: str, url: str) -> int:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}))
    try:
        return opener.open(url, timeout=10).status
    except urllib.error.HTTPError as exc:
        return exc.code


def main() -> None:
    bad = scripts_parse()
    server = ReplayServer([ROOT]).start()
    try:
        for exp in sorted(ROOT.glob("*/expected.json")):
            data = json.loads(exp.read_text("utf-8"))
            wants = [(r["url"], 200) for r in data["reports"]]
            wants += [(r["final_url"], 200) for r in data["reports"] if "final_url" in r]
            wants += [(s["url"], 200) for s in data["skipped"]] + [
                (f["url"], 404) for f in data["failures"]
            ]
            for url, want in wants:
                got = status(server.url, url.split("#")[0])
                if got != want:
                    print(exp.parent.name, url, got, "!=", want)
                    bad += 1
        for url in EXTRA:
            if status(server.url, url) != 200:
                print("script-built URL not served:", url)
                bad += 1
    finally:
        server.stop()
    print("problems:", bad)


if __name__ == "__main__":
    main()
