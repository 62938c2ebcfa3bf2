"""Evaluation gate: the cleaner's scores on our own test pages may not fall below these."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaning.evaluate import FIELDS, evaluate

CASES = Path(__file__).parents[1] / "fixtures" / "cleaning"
MINIMUM = {"noise_free": 1.0, "recall": 0.99, "precision": 0.98, "section_f1": 0.95,
           "category": 0.95}
MINIMUM_FIELD = 0.95


@pytest.fixture(scope="module")
def scores():
    summary, results = evaluate(CASES)
    return summary, results


def test_every_case_is_scored(scores):
    summary, results = scores
    assert summary["cases"] == len([p for p in CASES.iterdir() if (p / "gold.json").exists()])
    assert summary["cases"] >= 10


@pytest.mark.parametrize("metric", sorted(MINIMUM))
def test_text_and_section_scores(scores, metric):
    summary, results = scores
    detail = [(r["case"], r.get("noise_hits")) for r in results if r.get("noise_hits")]
    assert summary[metric] >= MINIMUM[metric], detail


@pytest.mark.parametrize("field", FIELDS)
def test_field_accuracy(scores, field):
    summary, results = scores
    misses = [r["case"] for r in results if r["fields"].get(field) is False]
    assert summary["fields"][field] >= MINIMUM_FIELD, misses


def test_is_report_is_always_right(scores):
    summary, _ = scores
    assert summary["fields"]["is_report"] == 1.0
