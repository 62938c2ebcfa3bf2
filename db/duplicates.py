"""Near-duplicate reports: the same report on two portals, or a Traditional and a Simplified copy.

A government often publishes its report on its own portal and again on its 司法局 (justice bureau)
site, and some portals serve a machine-converted Traditional copy; after cleaning (which converts
to Simplified) the texts are nearly equal but not byte-identical (different page furniture left
behind, different line breaks). We compare MinHash signatures of character shingles of
``documents.text`` with an LSH index (datasketch), one index per report year, and link every
document of a group to one canonical document: ``documents.duplicate_of`` = the canonical id.

The canonical document is chosen by a fixed preference, so the result does not depend on the order
in which documents were inserted: not a department-level portal, then a Simplified original, then
the smallest URL. Groups are the connected components of the "similar" relation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from datasketch import LeanMinHash, MinHash, MinHashLSH

from db.corpus import Corpus

DUPLICATE_THRESHOLD = 0.8      # estimated Jaccard similarity of the shingle sets
SHINGLE_CHARS = 5              # characters per shingle: long enough that shared boilerplate
                               # phrases of two different reports do not make them look alike
NUM_PERM = 128
MINHASH_SEED = 1               # fixed: the same text always gets the same signature
MIN_TEXT_CHARS = 200           # shorter texts (a PDF-only report's stub page) are never linked
DEPARTMENT_LEVEL = "department"
DEPARTMENT_HOST_PREFIXES = ("sfj.", "sfxzj.")   # 司法局 subsites, for portals not in `portals`
SIMPLIFIED = "simplified"
IGNORED_CHARS = re.compile(r"\s+")

DOCUMENTS_SQL = """
SELECT d.id, d.url, d.report_year, d.original_script, d.text, p.level
FROM documents d LEFT JOIN portals p ON p.slug = d.portal
ORDER BY d.id
"""


@dataclass(frozen=True)
class Candidate:
    """What the canonical choice needs to know about a document (its text is not kept)."""

    id: int
    url: str
    report_year: int | None
    original_script: str | None
    portal_level: str | None

    def canonical_key(self) -> tuple:
        """Smaller is preferred as the canonical copy of a group."""
        return (self.is_department(), self.original_script != SIMPLIFIED, self.url, self.id)

    def is_department(self) -> bool:
        if self.portal_level:
            return self.portal_level == DEPARTMENT_LEVEL
        return (urlsplit(self.url).hostname or "").startswith(DEPARTMENT_HOST_PREFIXES)


def link_duplicates(corpus: str | Path | Corpus) -> int:
    """Recompute ``documents.duplicate_of`` for the whole corpus; the number of duplicates."""
    if isinstance(corpus, Corpus):
        return _link(corpus)
    with Corpus(corpus) as opened:
        return _link(opened)


def _link(corpus: Corpus) -> int:
    candidates, signatures = _signatures(corpus)
    groups = _groups(candidates, signatures)
    links = {member.id: canonical.id
             for canonical, members in (_canonical(group) for group in groups)
             for member in members}
    with corpus.db.atomic():
        corpus.db.execute("UPDATE documents SET duplicate_of = NULL "
                          "WHERE duplicate_of IS NOT NULL")
        corpus.db.conn.executemany("UPDATE documents SET duplicate_of = ? WHERE id = ?",
                                   [(canonical, member) for member, canonical in links.items()])
    return len(links)


def _signatures(corpus: Corpus) -> tuple[dict[int, Candidate], dict[int, LeanMinHash]]:
    """One pass over the documents (streamed): metadata and a MinHash signature of each."""
    candidates: dict[int, Candidate] = {}
    signatures: dict[int, LeanMinHash] = {}
    for doc_id, url, year, script, text, level in corpus.db.execute(DOCUMENTS_SQL):
        normalized = normalize(text or "")
        if len(normalized) < MIN_TEXT_CHARS:
            continue
        candidates[doc_id] = Candidate(doc_id, url, year, script, level)
        signatures[doc_id] = signature(normalized)
    return candidates, signatures


def normalize(text: str) -> str:
    """NFKC without whitespace: line breaks and indentation differ between page layouts."""
    return IGNORED_CHARS.sub("", unicodedata.normalize("NFKC", text))


def shingles(text: str, size: int = SHINGLE_CHARS) -> Iterator[bytes]:
    for start in range(max(1, len(text) - size + 1)):
        yield text[start:start + size].encode("utf-8")


def signature(normalized_text: str) -> LeanMinHash:
    minhash = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED)
    minhash.update_batch(list(shingles(normalized_text)))
    return LeanMinHash(minhash)


def _groups(candidates: dict[int, Candidate],
            signatures: dict[int, LeanMinHash]) -> list[list[Candidate]]:
    """Connected components of "same report year and similar text", only those of 2+."""
    parent = {doc_id: doc_id for doc_id in candidates}

    def root(doc_id: int) -> int:
        while parent[doc_id] != doc_id:
            parent[doc_id] = parent[parent[doc_id]]
            doc_id = parent[doc_id]
        return doc_id

    for first, second in _similar_pairs(candidates, signatures):
        a, b = root(first), root(second)
        parent[max(a, b)] = min(a, b)
    components: dict[int, list[Candidate]] = {}
    for doc_id, candidate in candidates.items():
        components.setdefault(root(doc_id), []).append(candidate)
    return [members for members in components.values() if len(members) > 1]


def _similar_pairs(candidates: dict[int, Candidate],
                   signatures: dict[int, LeanMinHash]) -> Iterable[tuple[int, int]]:
    """Pairs found by the LSH of their report year and confirmed by the estimated Jaccard."""
    by_year: dict[int | None, list[int]] = {}
    for doc_id, candidate in candidates.items():
        by_year.setdefault(candidate.report_year, []).append(doc_id)
    for doc_ids in by_year.values():
        if len(doc_ids) < 2:
            continue
        lsh = MinHashLSH(threshold=DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
        for doc_id in doc_ids:
            lsh.insert(doc_id, signatures[doc_id])
        for doc_id in doc_ids:
            for other in lsh.query(signatures[doc_id]):
                # LSH only proposes candidates: confirm with the signatures' own estimate.
                if other > doc_id and (signatures[doc_id].jaccard(signatures[other])
                                       >= DUPLICATE_THRESHOLD):
                    yield doc_id, other


def _canonical(group: list[Candidate]) -> tuple[Candidate, list[Candidate]]:
    """The preferred document of a group and the others (its duplicates)."""
    ordered = sorted(group, key=Candidate.canonical_key)
    return ordered[0], ordered[1:]
