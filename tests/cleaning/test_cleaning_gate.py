"""Evaluation gate: the cleaner's scores on our own test pages and on the two held-out sets
(portals and CMS variants the cleaner was not written against) may not fall below these."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaning.evaluate import FIELDS, evaluate, score_case

FIXTURES = Path(__file__).parents[1] / "fixtures"
FOLDERS = {"cleaning": FIXTURES / "cleaning", "heldout": FIXTURES / "heldout",
           "heldout2": FIXTURES / "heldout2"}
MINIMUM_CASES = {"cleaning": 10, "heldout": 18, "heldout2": 18}
MINIMUM = {"noise_free": 1.0, "recall": 0.99, "precision": 0.98, "section_f1": 0.95,
           "category": 0.95}
MINIMUM_FIELD = 0.95


def _cases(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if (p / "gold.json").is_file()]


@pytest.fixture(scope="module", params=sorted(FOLDERS))
def scores(request):
    summary, results = evaluate(FOLDERS[request.param])
    return request.param, summary, results


def test_every_case_is_scored(scores):
    name, summary, _ = scores
    assert summary["cases"] == len(_cases(FOLDERS[name]))
    assert summary["cases"] >= MINIMUM_CASES[name]


@pytest.mark.parametrize("name", ["heldout", "heldout2"])
def test_multi_page_cases_are_read_page_by_page(name):
    # A report split over several pages (meta.json pages/page_urls): every page must be read.
    split = [p for p in _cases(FOLDERS[name])
             if len(json.loads((p / "meta.json").read_text("utf-8")).get("pages") or []) > 1]
    assert split
    for case in split:
        result = score_case(case)
        assert result["matched"] >= 0.99 * result["gold_grams"], case.name


@pytest.mark.parametrize("metric", sorted(MINIMUM))
def test_text_and_section_scores(scores, metric):
    name, summary, results = scores
    detail = [(r["case"], r.get("noise_hits")) for r in results if r.get("noise_hits")]
    assert summary[metric] >= MINIMUM[metric], (name, detail)


@pytest.mark.parametrize("field", FIELDS)
def test_field_accuracy(scores, field):
    name, summary, results = scores
    misses = [r["case"] for r in results if r["fields"].get(field) is False]
    assert summary["fields"][field] >= MINIMUM_FIELD, (name, misses)


def test_is_report_is_always_right(scores):
    name, summary, _ = scores
    assert summary["fields"]["is_report"] == 1.0, name
