"""Bare trafilatura behind the `python -m cleaning` contract: the baseline for the README's
cleaning-quality table (what a hand-written scraper plus trafilatura would store).

    python3 ../shared/eval/score.py ../shared/fixtures/dev \
        --cmd ".venv/bin/python bench/trafilatura_cleaner.py"
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import trafilatura


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pages", nargs="+", type=Path)
    parser.add_argument("--url", required=True)
    parser.add_argument("--content-type")
    args = parser.parse_args(argv)
    texts, meta = [], None
    for page in args.pages:
        data = page.read_bytes()
        texts.append(trafilatura.extract(data, url=args.url) or "")
        meta = meta or trafilatura.extract_metadata(data, default_url=args.url)
    print(json.dumps({
        "title": meta.title if meta else None, "publisher": meta.sitename if meta else None,
        "doc_number": None, "index_number": None, "published": meta.date if meta else None,
        "report_year": None, "original_script": "simplified", "is_report": True,
        "text": "\n".join(texts), "sections": [], "attachments": [],
    }, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
