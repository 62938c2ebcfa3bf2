"""noise.clean_titled: a short body denoised without the title (to count its letters) is not
denoised again when no line repeats the title. The pipeline relies on the two runs being the
same then: these tests fail if the title comes to matter anywhere else in clean_lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaning import noise, pipeline
from cleaning.document_file import file_kind

FIXTURES = Path(__file__).parents[1] / "fixtures"
SETS = ("cleaning", "heldout", "heldout2", "heldout3")
TITLE = "某区人民政府2024年法治政府建设情况报告"


def _page_lines() -> list[tuple[str, list[str]]]:
    found = []
    for name in SETS:
        for meta_file in sorted((FIXTURES / name).glob("*/meta.json")):
            meta = json.loads(meta_file.read_text("utf-8"))
            data = (meta_file.parent / (meta.get("pages") or ["page.html"])[0]).read_bytes()
            if not file_kind(data, meta["url"], meta.get("content_type")):
                page = pipeline.read_page(data, meta.get("content_type"))
                found.append((meta_file.parent.name, page.lines))
    return found


def test_a_title_repeated_in_the_head_is_still_dropped():
    lines = [TITLE, "发布时间：2025-01-20", "一、主要工作", "全面推进依法行政，取得明显成效。"]
    untitled = noise.clean_lines(lines)
    assert TITLE in untitled
    titled = noise.clean_titled(lines, TITLE, untitled)
    assert titled == noise.clean_lines(lines, TITLE)
    assert TITLE not in titled


@pytest.mark.parametrize(("case", "lines"), _page_lines())
def test_the_untitled_lines_are_the_titled_ones_unless_a_line_repeats_the_title(case, lines):
    untitled = noise.clean_lines(lines)
    # The report title, and every short line as a title: lines that repeat it, or part of it.
    titles = [TITLE, *(line for line in lines[:12] if len(line) <= 60)]
    for title in titles:
        assert noise.clean_titled(lines, title, untitled) == noise.clean_lines(lines, title), title
