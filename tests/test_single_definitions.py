"""Facts with one definition: the data paths, the section categories, the metadata labels."""

from __future__ import annotations

from pathlib import Path

from scrapy.settings import Settings

from cleaning.document import CATEGORIES
from cleaning.patterns import _CATEGORY_WORDS, DEFAULT_CATEGORY, META_LINE_RX, METADATA_LABELS
from crawler.archiving import archive_path, corpus_path
from fazhi.paths import DataPaths


def test_the_cli_and_the_crawler_find_the_same_databases(tmp_path: Path) -> None:
    settings = Settings({"FAZHI_DATA_DIR": str(tmp_path)})
    paths = DataPaths(tmp_path)
    assert (archive_path(settings), corpus_path(settings)) == (paths.archive, paths.corpus)
    assert paths.archive.name == "archive.db" and paths.corpus.name == "corpus.db"


def test_an_explicit_database_file_wins_over_the_data_dir(tmp_path: Path) -> None:
    settings = Settings({"FAZHI_DATA_DIR": str(tmp_path), "FAZHI_CORPUS": "/x/c.db"})
    assert corpus_path(settings) == Path("/x/c.db")
    assert archive_path(settings) == tmp_path / "archive.db"


def test_every_category_has_words_and_every_word_list_a_category() -> None:
    assert {category for category, _ in _CATEGORY_WORDS} == set(CATEGORIES)
    assert DEFAULT_CATEGORY in CATEGORIES


def test_every_metadata_label_opens_a_leaked_metadata_row() -> None:
    strong = [label for label, name in METADATA_LABELS.items() if name != "published_weak"]
    assert all(META_LINE_RX.match(f"{label}：x") for label in strong)
    assert all(META_LINE_RX.match(" ".join(label) + ": x") for label in strong)
    assert not META_LINE_RX.match("时间：2024年，全区行政复议案件")
