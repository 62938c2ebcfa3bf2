"""Figures, trends and comparisons on a small real corpus (issue 12, Deliver 4 and 5).

The corpus is written through Corpus.upsert_document (real SQLite, real indexes): two portals in
two provinces, one of them with reports for 2022 and 2023 whose measures partly change; the
archive holds a report link of 2023 that the other portal blocked.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from matplotlib.image import imread

from cleaning.document import Document, Section
from db.archive.store import Archive
from db.corpus.stats import part_lengths, term_trend
from db.corpus.store import Corpus
from fazhi import plots
from fazhi.cli import main
from fazhi.compare import compare, similarity

PORTALS = [
    {"slug": "nanhe", "name": "南河区人民政府", "division_code": "440305", "level": "district",
     "province": "广东省", "family": "trs"},
    {"slug": "beishan", "name": "北山县人民政府", "division_code": "420123", "level": "county",
     "province": "湖北省", "family": "trs"},
]
MEASURES = {
    2022: ["坚持党的全面领导，把牢法治政府建设正确方向", "发挥行政复议主渠道作用，依法化解行政争议",
           "推进基层综合执法，打通执法最后一公里"],
    2023: ["加强党的领导，统筹推进法治政府建设", "发挥行政复议主渠道作用，依法化解行政争议",
           "以数字化赋能法治政府建设"],
}


def report(portal: str, year: int, measures: list[str], filler: int = 400) -> Document:
    """A report: a measures part with level-2 measures (复议 twice), shortcomings, plans."""
    sections = [Section(1, "一", f"{year}年法治政府建设主要举措", "measures", "全年依法行政。")]
    sections += [Section(2, str(i), heading, None, "行政复议" + "。" * filler)
                 for i, heading in enumerate(measures, 1)]
    sections += [Section(1, "二", "存在的不足", "shortcomings", "执法队伍建设仍需加强。"),
                 Section(1, "三", "下一步工作安排", "plans", "推进行政复议规范化。")]
    text = "\n".join(f"{s.heading}\n{s.text}" for s in sections)
    return Document(title=f"{portal}{year}年度法治政府建设情况报告", report_year=year,
                    is_report=True, text=text, sections=sections, cleaning_version="test")


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("analysis")
    with Corpus(root / "corpus.db") as corpus:
        corpus.upsert_portals(PORTALS)
        for year, measures in MEASURES.items():
            corpus.upsert_document(report("nanhe", year, measures), url=f"http://nanhe/{year}",
                                   portal="nanhe", response_id=None, sha256=None,
                                   fetched_at=None)
        corpus.upsert_document(report("beishan", 2022, ["加强执法监督"], filler=100),
                               url="http://beishan/2022", portal="beishan", response_id=None,
                               sha256=None, fetched_at=None)
    with Archive(root / "archive.db") as archive:
        run = archive.start_run(["beishan"])
        archive.record_failure(run_id=run, portal="beishan", url="http://beishan/2023",
                               role="article", kind="blocked", error="412 challenge",
                               title_hint="北山县2023年度法治政府建设情况报告")
        archive.finish_run(run, {})
    return root


def run(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.output


def test_term_trend_counts_per_10k_characters(data) -> None:
    points = {(p.group, p.year): p for p in term_trend(data / "corpus.db", "复议")}
    nanhe = points[("广东省", 2022)]
    assert nanhe.hits == 3 + 1 + 1    # three measures, the 行政复议 heading 2022, the plans
    assert nanhe.per_10k == pytest.approx(10_000 * nanhe.hits / nanhe.chars)
    assert set(points) == {("广东省", 2022), ("广东省", 2023), ("湖北省", 2022)}
    by_level = {p.group for p in term_trend(data / "corpus.db", "复议", by="level")}
    assert by_level == {"district", "county"}


def test_trend_command_prints_and_draws(data, tmp_path) -> None:
    status, output = run("trend", "复议", "--by", "level", "--json", "--data-dir", data,
                         "--plot", tmp_path / "trend.png")
    assert status == 0, output
    rows = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    assert {(r["level"], r["year"]) for r in rows} == {("district", 2022), ("district", 2023),
                                                       ("county", 2022)}
    assert imread(tmp_path / "trend.png").shape[0] > 100
    assert (tmp_path / "trend.svg").read_text().startswith("<?xml")


def test_coverage_grid_marks_blocked_and_missing(data) -> None:
    grid = plots.coverage_grid(data / "corpus.db", data / "archive.db")
    assert grid.portals == ["beishan", "nanhe"] and grid.years == [2022, 2023]
    assert grid.cells == [[1, 3], [1, 1]]              # beishan 2023: blocked
    assert grid.notes == {(0, 1): "blocked"}
    no_archive = plots.coverage_grid(data / "corpus.db")
    assert no_archive.cells == [[1, 0], [1, 1]]        # missing when nothing says why


def test_stats_plot_writes_three_figures(data, tmp_path) -> None:
    status, output = run("stats", "--data-dir", data, "--plot", tmp_path)
    assert status == 0, output
    for name in plots.FIGURES:
        assert (tmp_path / f"{name}.svg").stat().st_size > 1000
        assert imread(tmp_path / f"{name}.png").shape[1] > 300
    pixels = imread(tmp_path / "coverage.png")[..., :3]
    blocked = tuple(int(plots.CELL_KINDS[3][0][i:i + 2], 16) / 255 for i in (1, 3, 5))
    assert ((abs(pixels - blocked) < 0.02).all(axis=-1)).sum() > 500   # the blocked cell


def test_part_lengths_by_category(data) -> None:
    lengths = part_lengths(data / "corpus.db")
    assert sorted(lengths) == ["measures", "plans", "shortcomings"]
    assert len(lengths["measures"]) == 3 and max(lengths["measures"]) > 1200


def test_labels_fall_back_to_ascii_without_a_cjk_font(monkeypatch) -> None:
    monkeypatch.setattr(plots, "cjk_font", lambda: None)
    assert plots.label("广东省") == "province 44"
    assert plots.label("复议").isascii()
    assert plots.label("district") == "district"


def test_similarity_pairs_reworded_measures_only() -> None:
    assert similarity("坚持党的全面领导，把牢法治政府建设正确方向",
                      "加强党的领导，统筹推进法治政府建设") >= 0.4
    assert similarity("加强法治工作队伍建设，提高依法行政能力",
                      "加强法治宣传教育，营造浓厚法治氛围") < 0.4


def test_compare_marks_kept_dropped_and_new(data) -> None:
    result = compare(data / "corpus.db", "nanhe", 2022, 2023)
    measures = next(c for c in result.categories if c.category == "measures")
    assert [(a, b) for a, b, _ in measures.kept] == [
        (MEASURES[2022][0], MEASURES[2023][0]), (MEASURES[2022][1], MEASURES[2023][1])]
    assert measures.dropped == [MEASURES[2022][2]] and measures.new == [MEASURES[2023][2]]
    assert [c.category for c in result.categories] == ["measures", "shortcomings", "plans"]


def test_compare_command_terminal_and_json(data) -> None:
    status, output = run("compare", "nanhe", "2022", "2023", "--data-dir", data)
    assert status == 0, output
    assert "- 推进基层综合执法" in output and "│ 以数字化赋能法治政府建设" in output
    assert "measures:" in output and "(2 kept, 1 dropped, 1 new)" in output
    status, output = run("compare", "nanhe", "2022", "2023", "--json", "--data-dir", data)
    parsed = json.loads(output)
    assert parsed["categories"][0]["new"] == [MEASURES[2023][2]]
    assert parsed["reports"][1]["year"] == 2023


@pytest.mark.parametrize(("args", "hint"), [(("nanhe", "2021", "2023"), "its years: 2022, 2023"),
                                            (("nosuch", "2022", "2023"), "beishan, nanhe")])
def test_compare_without_a_report_is_one_line(data, args, hint) -> None:
    status, output = run("compare", *args, "--data-dir", data)
    assert status == 1 and "Traceback" not in output
    assert len(output.strip().splitlines()) == 1 and hint in output


def test_trend_of_nothing_is_a_usage_error(data) -> None:
    status, output = run("trend", " ", "--data-dir", data)
    assert status == 2 and "Traceback" not in output and "fazhi trend 复议" in output
