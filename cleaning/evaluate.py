"""Score the cleaner on a folder of cases (page bytes + meta.json + gold.json), in process.

    python -m cleaning.evaluate tests/fixtures/cleaning
    python -m cleaning.evaluate tests/fixtures/heldout

A case folder holds the page bytes (`page.html`, or the files listed in meta.json `pages`, in
reading order, with their addresses in `page_urls`), meta.json (`url`, `content_type`) and
gold.json.

Metrics follow the conventions of the project's fixtures: noise_free (no gold noise string in
the text), character 8-gram recall/precision on letters and digits (lines marked neutral never
cost precision), section F1 (level + numeral + the first 8 letters of the heading), level-1
category Jaccard, and exact field accuracy. Pages that are not reports score is_report/title.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from cleaning import clean
from cleaning.sections import cn_to_int

N = 8
FIELDS = ("title", "publisher", "doc_number", "index_number", "published", "report_year",
          "original_script", "is_report", "attachments")


def letters(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")


def grams(text: str) -> Counter:
    chars = letters(text)
    return Counter(chars[i:i + N] for i in range(len(chars) - N + 1))


def _norm_field(name: str, value: Any) -> Any:
    if name == "attachments":
        return sorted(a["url"] for a in value or [])
    if value in (None, "", []):
        return None
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(value)))
    if name == "doc_number":
        text = re.sub(r"[\[(〔【]\s*(\d{4})\s*[\])〕】]", r"〔\1〕", text)
    return text


def _field_ok(name: str, gold: dict, out: dict) -> bool:
    answers = [gold.get(name), *(gold.get("accept", {}).get(name) or [])]
    return any(_norm_field(name, out.get(name)) == _norm_field(name, a) for a in answers)


def _numeral(value: str) -> int | None:
    value = unicodedata.normalize("NFKC", value or "")
    return cn_to_int(value)


def section_counts(gold: list[dict], out: list[dict]) -> dict[str, float]:
    used = [False] * len(out)
    tp = 0
    for g in gold:
        key = letters(g["heading"])[:N]
        for i, o in enumerate(out):
            level_ok = o["level"] == g["level"] or (g["level"] >= 4 and o["level"] >= 4)
            if used[i] or not level_ok or _numeral(o["number"]) != _numeral(g["number"]):
                continue
            if letters(o["heading"]).startswith(key):
                used[i], tp = True, tp + 1
                break
    cat_total, cat_score = _category_counts(gold, out)
    return {"tp": tp, "gold": len(gold), "out": len(out), "cat_total": cat_total,
            "cat_score": cat_score}


def _category_counts(gold: list[dict], out: list[dict]) -> tuple[float, float]:
    """Level-1 sections paired by numeral (a heading match first); best Jaccard over the gold
    category and its `category_alt` alternatives."""
    total = score = 0.0
    tops = [o for o in out if o["level"] == 1]
    for g in (g for g in gold if g["level"] == 1):
        total += 1
        key = letters(g["heading"])[:N]
        matches = [o for o in tops if _numeral(o["number"]) == _numeral(g["number"])]
        matches.sort(key=lambda o: not letters(o["heading"]).startswith(key))
        if matches:
            tops.remove(matches[0])
            options = [g.get("category"), *(g.get("category_alt") or [])]
            score += max(_jaccard(option, matches[0].get("category")) for option in options)
    return total, score


def _jaccard(a: Any, b: Any) -> float:
    sa = set(a if isinstance(a, list) else [a]) - {None}
    sb = set(b if isinstance(b, list) else [b]) - {None}
    return len(sa & sb) / len(sa | sb) if sa | sb else 1.0


def score_case(folder: Path) -> dict[str, Any]:
    meta = json.loads((folder / "meta.json").read_text("utf-8"))
    gold = json.loads((folder / "gold.json").read_text("utf-8"))
    pages = [(folder / name).read_bytes() for name in meta.get("pages") or ["page.html"]]
    out = clean(pages, meta["url"], meta.get("content_type"),
                page_urls=meta.get("page_urls")).to_contract()
    if gold.get("is_report") is False:
        return {"case": folder.name, "fields": {f: _field_ok(f, gold, out)
                                                for f in ("is_report", "title")}}
    text = out["text"]
    g, o = grams("".join(gold["paragraphs"])), grams(text)
    neutral = set().union(*(grams(x).keys() for x in gold.get("neutral", []))) or set()
    good = sum(min(c, g[k]) for k, c in o.items())
    bad = sum(c - min(c, g[k]) for k, c in o.items() if k not in neutral)
    compact = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    return {"case": folder.name,
            "noise_hits": [n for n in gold.get("noise", [])
                           if re.sub(r"\s+", "", unicodedata.normalize("NFKC", n)) in compact],
            "gold_grams": sum(g.values()), "matched": sum(min(c, o[k]) for k, c in g.items()),
            "good": good, "bad": bad,
            "sections": section_counts(gold.get("sections", []), out["sections"]),
            "fields": {f: _field_ok(f, gold, out) for f in FIELDS}}


def _ratio(a: float, b: float) -> float | None:
    return a / b if b else None


def summarise(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Micro-averages over the cases a metric applies to."""
    texts = [r for r in results if "gold_grams" in r]
    secs = [r["sections"] for r in texts]
    tp = sum(s["tp"] for s in secs)
    precision_s = _ratio(tp, sum(s["out"] for s in secs)) or 0.0
    recall_s = _ratio(tp, sum(s["gold"] for s in secs)) or 0.0
    summary: dict[str, Any] = {
        "cases": len(results),
        "noise_free": _ratio(sum(not r["noise_hits"] for r in texts), len(texts)),
        "recall": _ratio(sum(r["matched"] for r in texts), sum(r["gold_grams"] for r in texts)),
        "precision": _ratio(sum(r["good"] for r in texts),
                            sum(r["good"] + r["bad"] for r in texts)),
        "section_f1": (2 * precision_s * recall_s / (precision_s + recall_s)
                       if precision_s + recall_s else 0.0),
        "category": _ratio(sum(s["cat_score"] for s in secs), sum(s["cat_total"] for s in secs)),
        "fields": {},
    }
    for name in FIELDS:
        values = [r["fields"][name] for r in results if name in r["fields"]]
        summary["fields"][name] = _ratio(sum(values), len(values))
    return summary


def evaluate(folder: str | Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    cases = sorted(p for p in Path(folder).iterdir() if (p / "gold.json").is_file())
    results = [score_case(case) for case in cases]
    return summarise(results), results


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        print("usage: python -m cleaning.evaluate CASES_DIR", file=sys.stderr)
        return 2
    summary, results = evaluate(args[0])
    for r in results:
        misses = [f for f, ok in r["fields"].items() if not ok]
        print(r["case"], "noise:", r.get("noise_hits"), "field misses:", misses)
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
