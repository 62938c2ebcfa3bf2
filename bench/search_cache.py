"""The search bench's corpora, kept between runs: 100k sections take minutes to generate and the
1M-section copy more (its bigram index is written row by row), so each is made once per version
of what it is made from and then reused.

The cache is ``data/bench`` (git ignores ``data/``) or ``$FAZHI_BENCH_CACHE``. A file's name
carries a key: a hash of its size, the corpus schema, cleaning and search index versions and
the source of the modules that write it, so a change to any of them makes a new file, and
making it removes the files of that name's other keys (each 1M-section version weighs several
GB: kept, they filled a disk). Small corpora (tests, ``--quick``) are generated where asked, not
cached.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from bench.common import ROOT, say

CACHE_ENV = "FAZHI_BENCH_CACHE"
CACHE_DIR = ROOT / "data" / "bench"
MIN_CACHED_SECTIONS = 10_000    # smaller corpora take seconds to make
# What a cached corpus is made from, besides its parameters (the cleaning of the sample
# reports is keyed by the cleaning version, the search index's upkeep by its INDEX_FORMAT):
# the measuring code (bench/search_bench.py, db/corpus/textindex.py) is not part of it.
SOURCES = ("bench/search_corpus.py", "bench/samples.py", "db/corpus/fts.py",
           "db/corpus/schema.py", "db/corpus/writer.py", "db/corpus/indexschema.py")
INDEX_SUFFIX = ".tantivy"       # a corpus's search index directory (db/corpus/textindex.py)


def cache_dir() -> Path:
    return Path(os.environ.get(CACHE_ENV) or CACHE_DIR)


def cache_key(*parameters: object) -> str:
    """A short hash of ``parameters``, the schema, cleaning and index versions and SOURCES."""
    from cleaning import CLEANING_VERSION
    from db.corpus.schema import CORPUS_MIGRATIONS
    from db.corpus.textindex import INDEX_FORMAT

    versions = (len(CORPUS_MIGRATIONS), CLEANING_VERSION, INDEX_FORMAT)
    digest = hashlib.sha256(repr((parameters, versions)).encode())
    for source in SOURCES:
        digest.update((ROOT / source).read_bytes())
    return digest.hexdigest()[:16]


def cached(name: str, key: str, make: Callable[[Path], dict]) -> tuple[Path, dict]:
    """The cached file ``<name>-<key>.db`` and what ``make`` reported when it made it; made now
    (into a temporary name, renamed when complete) if it is not there."""
    directory = cache_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path, facts = directory / f"{name}-{key}.db", directory / f"{name}-{key}.json"
    if path.is_file() and facts.is_file():
        made = json.loads(facts.read_text())
        say(f"[search] {name}: reused {path} (made in {made['seconds']:.0f} s)")
        return path, made
    _remove_stale_partials(path)
    partial = path.with_suffix(f".{os.getpid()}.partial")    # two benches at once: two files
    made = make(partial)
    facts.write_text(json.dumps(made))
    shutil.rmtree(_index(path), ignore_errors=True)
    if _index(partial).is_dir():       # the search index travels with its corpus
        _index(partial).rename(_index(path))
    os.replace(partial, path)
    _remove_other_versions(directory, name, key)
    return path, made


def _remove_other_versions(directory: Path, name: str, key: str) -> None:
    """The files of ``name`` made under another key (older code): never read again."""
    suffixes = "|".join(map(re.escape, (".db", ".json", f".db{INDEX_SUFFIX}")))
    version = re.compile(rf"{re.escape(name)}-(?P<key>[0-9a-f]{{16}})(?:{suffixes})")
    for path in directory.iterdir():
        match = version.fullmatch(path.name)
        if match is None or match["key"] == key:
            continue
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def _index(corpus: Path) -> Path:
    return Path(f"{corpus}{INDEX_SUFFIX}")


def link(target: Path, source: Path) -> None:
    """``target`` (in the bench's work directory) names the cached ``source``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for name, origin in ((target, source), (_index(target), _index(source))):
        if name.is_dir() and not name.is_symlink():
            shutil.rmtree(name)
        name.unlink(missing_ok=True)
        if origin.exists():
            name.symlink_to(origin.resolve())


def _remove_stale_partials(path: Path) -> None:
    """Half-made files of benches that were stopped (a 1M-section one weighs gigabytes)."""
    for partial in path.parent.glob(f"{path.stem}.*.partial*"):   # and its -journal
        pid = partial.name.removeprefix(f"{path.stem}.").split(".")[0]
        if not (pid.isdigit() and int(pid) != os.getpid() and _alive(int(pid))):
            if partial.is_dir():      # a half-made search index
                shutil.rmtree(partial, ignore_errors=True)
            partial.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)         # signal 0: only asks whether the process exists
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:     # another user's
        return True
    return True
