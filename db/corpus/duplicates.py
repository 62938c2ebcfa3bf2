"""Near-duplicate reports: the same report on two portals, or a Traditional and a Simplified copy.

A government often publishes its report on its own portal and again on its 司法局 (justice bureau)
site, and some portals serve a machine-converted Traditional copy; after cleaning (which converts
to Simplified) the texts are nearly equal but not byte-identical (different page furniture left
behind, different line breaks). We compare MinHash signatures of character shingles of
``documents.text`` with an LSH index (datasketch), one index per report year, and link every
document of a group to one canonical document: ``documents.duplicate_of`` = the canonical id.

The canonical document is chosen by a fixed preference, so the result does not depend on the order
in which documents were inserted: not a department-level portal, then a Simplified original, then
the first published (a report a portal publishes again days later, in another column, is that
copy), then the smallest URL. Groups are the connected components of the "similar" relation.

Signatures are cheap to compute (crc32 of each shingle, C-level slicing) and a rebuild computes
them in its cleaning workers (``document_signature``) and hands them to ``link_duplicates``, so
the parent only runs the LSH; linking stores them (``document_signatures``, corpus migration
v7), so an update's linking signs only the documents it wrote, and a document with neither a
given nor a stored signature is signed from its text.
The LSH's band layout is solved once per process (datasketch integrates false positive and
negative rates numerically for every index it creates otherwise: a third of the LSH's time).
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from datasketch import LeanMinHash, MinHash, MinHashLSH

from db.corpus.fts import index_documents, nfkc
from db.corpus.store import Corpus

DUPLICATE_THRESHOLD = 0.8      # estimated Jaccard similarity of the shingle sets
SHINGLE_CHARS = 5              # characters per shingle: long enough that shared boilerplate
                               # phrases of two different reports do not make them look alike
NUM_PERM = 128
MINHASH_SEED = 1               # fixed: the same text always gets the same signature
MINHASH_SCHEME = "affine32"    # datasketch's default: the input hash is mixed (fmix) first
SHINGLE_HASH = zlib.crc32      # C-level and ~3x cheaper than the default sha1; mixed anyway
CODEPOINT_BYTES = 4            # shingles are sliced from the UTF-32 bytes: fixed width
SIGNATURE_CHUNK = 512          # shingles hashed per update_batch: its shingles × NUM_PERM
                               # matrix stays in the CPU cache (same minimum, ~20 % faster)
MIN_TEXT_CHARS = 200           # shorter texts (a PDF-only report's stub page) are never linked
DEPARTMENT_LEVEL = "department"
DEPARTMENT_HOST_PREFIXES = ("sfj.", "sfxzj.")   # 司法局 subsites, for portals not in `portals`
SIMPLIFIED = "simplified"
UNDATED = "9999"               # a document with no publication date sorts after the dated
IGNORED_CHARS = re.compile(r"\s+")

DOCUMENTS_SQL = """
SELECT d.id, d.url, d.report_year, d.original_script, p.level, d.published
FROM documents d LEFT JOIN portals p ON p.slug = d.portal
ORDER BY d.id
"""
LINKED_SQL = "SELECT id, duplicate_of FROM documents WHERE duplicate_of IS NOT NULL"
RELINK_SQL = """UPDATE documents SET duplicate_of = json_extract(:links, '$."' || id || '"')
WHERE id IN (SELECT CAST(key AS INTEGER) FROM json_each(:links))"""
TEXTS_SQL = "SELECT id, text FROM documents WHERE id IN (SELECT value FROM json_each(?))"
TEXTS_BATCH = 500
# How the stored signatures were made: a change here signs every document again.
SIGNATURE_SCHEME = (f"minhash {NUM_PERM} {MINHASH_SCHEME} seed {MINHASH_SEED}, crc32 of "
                    f"{SHINGLE_CHARS}-character NFKC shingles, {MIN_TEXT_CHARS}+ characters")
STORED_SQL = "SELECT document_id, signature FROM document_signatures WHERE scheme = ?"
STORE_SQL = "INSERT OR REPLACE INTO document_signatures VALUES (?, ?, ?)"
Signatures = Mapping[int, LeanMinHash | None]   # document id → signature (None: too short)


@dataclass(frozen=True)
class Candidate:
    """What the canonical choice needs to know about a document (its text is not kept)."""

    id: int
    url: str
    report_year: int | None
    original_script: str | None
    portal_level: str | None
    published: str | None = None     # YYYY-MM-DD

    def canonical_key(self) -> tuple:
        """Smaller is preferred as the canonical copy of a group."""
        return (self.is_department(), self.original_script != SIMPLIFIED,
                self.published or UNDATED, self.url, self.id)

    def is_department(self) -> bool:
        if self.portal_level:
            return self.portal_level == DEPARTMENT_LEVEL
        return (urlsplit(self.url).hostname or "").startswith(DEPARTMENT_HOST_PREFIXES)


def link_duplicates(corpus: str | Path | Corpus, signatures: Signatures | None = None) -> int:
    """Recompute ``documents.duplicate_of`` for the whole corpus; the number of duplicates.

    ``signatures`` (document id → ``document_signature`` of its text) saves signing those
    documents again; the others are signed from ``documents.text``. Same result either way."""
    if isinstance(corpus, Corpus):
        return _link(corpus, signatures or {})
    with Corpus(corpus) as opened:
        return _link(opened, signatures or {})


def _link(corpus: Corpus, known: Signatures) -> int:
    candidates, signatures, unstored = _signatures(corpus, known)
    groups = _groups(candidates, signatures)
    links = {member.id: canonical.id
             for canonical, members in (_canonical(group) for group in groups)
             for member in members}
    stored = dict(corpus.db.execute(LINKED_SQL).fetchall())
    # Only the links that change are written: a changed mark drops the document's bigram rows
    # or adds them back (FTS5 tokenizes them), so clearing and setting every link made each
    # update re-index every duplicate of the corpus.
    # One UPDATE statement: FTS5 writes its pending terms out at every statement journal, so
    # one UPDATE per document made a small index segment per re-tagged document.
    changed = {str(doc_id): links.get(doc_id) for doc_id in stored.keys() | links.keys()
               if stored.get(doc_id) != links.get(doc_id)}
    # A copy has no bigram rows (corpus migration v9: a trigger drops a new copy's); a document
    # that stops being one gets them back here.
    uncopied = [doc_id for doc_id in stored if doc_id not in links]
    with corpus.db.atomic():
        corpus.db.execute(RELINK_SQL, {"links": json.dumps(changed)})
        index_documents(corpus.db, uncopied)
        corpus.db.conn.executemany(STORE_SQL, ((doc_id, SIGNATURE_SCHEME, _serialized(sig))
                                               for doc_id, sig in unstored.items()))
    return len(links)


def _signatures(corpus: Corpus, known: Signatures) -> tuple[
        dict[int, Candidate], dict[int, LeanMinHash], dict[int, LeanMinHash | None]]:
    """Metadata of every document, a signature of each long enough to compare, and the
    signatures (None: too short) not stored yet: given, or signed from the text."""
    rows = corpus.db.execute(DOCUMENTS_SQL).fetchall()
    stored = dict(corpus.db.execute(STORED_SQL, [SIGNATURE_SCHEME]).fetchall())
    unstored = {doc_id: known[doc_id] for doc_id, *_ in rows if doc_id in known}
    unstored.update(_sign_stored(corpus, [doc_id for doc_id, *_ in rows
                                          if doc_id not in known and doc_id not in stored]))
    signed = {doc_id: _deserialized(stored[doc_id]) for doc_id, *_ in rows
              if doc_id not in unstored} | unstored
    candidates = {doc_id: Candidate(doc_id, url, year, script, level, published)
                  for doc_id, url, year, script, level, published in rows
                  if signed[doc_id] is not None}
    return candidates, {doc_id: signed[doc_id] for doc_id in candidates}, unstored


def _serialized(signature: LeanMinHash | None) -> bytes | None:
    if signature is None:
        return None
    buffer = bytearray(signature.bytesize())
    signature.serialize(buffer)
    return bytes(buffer)


def _deserialized(data: bytes | None) -> LeanMinHash | None:
    return None if data is None else LeanMinHash.deserialize(data)


def _sign_stored(corpus: Corpus, doc_ids: list[int]) -> Iterable[tuple[int, LeanMinHash | None]]:
    """Signatures of stored documents, their texts read in batches (never all at once)."""
    for start in range(0, len(doc_ids), TEXTS_BATCH):
        batch = json.dumps(doc_ids[start:start + TEXTS_BATCH])
        for doc_id, text in corpus.db.execute(TEXTS_SQL, [batch]):
            yield doc_id, document_signature(text)


def document_signature(text: str | None) -> LeanMinHash | None:
    """The signature ``link_duplicates`` compares, None for a text too short to be linked."""
    normalized = normalize(text or "")
    return signature(normalized) if len(normalized) >= MIN_TEXT_CHARS else None


def normalize(text: str) -> str:
    """NFKC without whitespace: line breaks and indentation differ between page layouts."""
    return IGNORED_CHARS.sub("", nfkc(text))


def shingles(text: str, size: int = SHINGLE_CHARS) -> list[bytes]:
    """Every ``size``-character substring (the whole text when shorter), as UTF-32 bytes:
    fixed-width slices (this runs over every character of the corpus)."""
    data, width = text.encode("utf-32-le"), size * CODEPOINT_BYTES
    stop = max(1, len(data) - width + CODEPOINT_BYTES)
    return [data[start:start + width] for start in range(0, stop, CODEPOINT_BYTES)]


@cache
def _permutations() -> tuple:
    """The seeded permutations, generated once per process instead of once per signature."""
    return MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME).permutations


def signature(normalized_text: str) -> LeanMinHash:
    minhash = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, hashfunc=SHINGLE_HASH,
                      permutations=_permutations(), scheme=MINHASH_SCHEME)
    pieces = shingles(normalized_text)
    for start in range(0, len(pieces), SIGNATURE_CHUNK):
        minhash.update_batch(pieces[start:start + SIGNATURE_CHUNK])
    return LeanMinHash(minhash)


@cache
def _lsh_params() -> tuple[int, int]:
    """(bands, rows per band) for DUPLICATE_THRESHOLD and NUM_PERM, solved once."""
    solved = MinHashLSH(threshold=DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
    return solved.b, solved.r


def _groups(candidates: dict[int, Candidate],
            signatures: dict[int, LeanMinHash]) -> list[list[Candidate]]:
    """Connected components of "same report year and similar text", only those of 2+."""
    parent = {doc_id: doc_id for doc_id in candidates}

    def root(doc_id: int) -> int:
        while parent[doc_id] != doc_id:
            parent[doc_id] = parent[parent[doc_id]]
            doc_id = parent[doc_id]
        return doc_id

    def joined(first: int, second: int) -> bool:
        return root(first) == root(second)

    for first, second in _similar_pairs(candidates, signatures, joined):
        a, b = root(first), root(second)
        parent[max(a, b)] = min(a, b)
    components: dict[int, list[Candidate]] = {}
    for doc_id, candidate in candidates.items():
        components.setdefault(root(doc_id), []).append(candidate)
    return [members for members in components.values() if len(members) > 1]


def _similar_pairs(candidates: dict[int, Candidate], signatures: dict[int, LeanMinHash],
                   joined: Callable[[int, int], bool]) -> Iterable[tuple[int, int]]:
    """Pairs found by the LSH of their report year and confirmed by the estimated Jaccard,
    except those ``joined`` already (in one group: a link would change nothing). Without that
    a group of k copies costs k² comparisons: quadratic in the corpus when a template is
    copied to many portals."""
    by_year: dict[int | None, list[int]] = {}
    for doc_id, candidate in candidates.items():
        by_year.setdefault(candidate.report_year, []).append(doc_id)
    for doc_ids in by_year.values():
        if len(doc_ids) < 2:
            continue
        lsh = MinHashLSH(threshold=DUPLICATE_THRESHOLD, num_perm=NUM_PERM,
                         params=_lsh_params())
        for doc_id in doc_ids:
            lsh.insert(doc_id, signatures[doc_id])
        for doc_id in doc_ids:
            for other in lsh.query(signatures[doc_id]):
                # LSH only proposes candidates: confirm with the signatures' own estimate.
                if other > doc_id and not joined(doc_id, other) and (
                        signatures[doc_id].jaccard(signatures[other]) >= DUPLICATE_THRESHOLD):
                    yield doc_id, other


def _canonical(group: list[Candidate]) -> tuple[Candidate, list[Candidate]]:
    """The preferred document of a group and the others (its duplicates)."""
    ordered = sorted(group, key=Candidate.canonical_key)
    return ordered[0], ordered[1:]
