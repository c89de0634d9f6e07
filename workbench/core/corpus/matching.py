"""Claims that state the same thing, within one language: MinHash/LSH candidates, then a check.

Candidates come from MinHash signatures (datasketch) of the character shingles of the folded
text, banded as in LSH, which finds pairs above a low Jaccard similarity without comparing every
pair. Each candidate pair is
then checked exactly: the Jaccard similarity of the two shingle sets, and the same numbers on
both sides (a claim about 3 000 jobs is not one about 5 000). The thresholds and their
measurement are in README.md and tests/benchmarks/bench_claim_matching.py.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np
import numpy.typing as npt
from datasketch import MinHash  # type: ignore[import-untyped]

from workbench.core.corpus.text import fold, numbers, shingles

NUM_PERM = 64
# Candidate pairs: 32 bands of 2 rows. A pair of Jaccard similarity 0.4 (the check's threshold)
# is a candidate with probability 1 - (1 - 0.4^2)^32 = 0.996; datasketch's own choice for a 0.3
# threshold (21 bands of 3) found only 75 % of those.
LSH_BANDS, LSH_ROWS = 32, 2
# A band value shared by more claims than this is a common phrase, not evidence: its bucket is
# skipped (its claims still meet in their other bands). Keeps the pairs near-linear in claims.
MAX_BUCKET = 64
_ESTIMATE_CHUNK = 200_000
# Before the exact check, the signatures' own estimate drops the candidates far below it: its
# standard error at 0.4 is 0.06, so 0.2 is more than three errors away.
MIN_ESTIMATE = 0.2
# A checked pair: the exact Jaccard similarity of the shingle sets. The benchmark's light
# rewordings keep 0.44-0.85 of their original's shingles; distinct real sentences on one
# subject reach 0.39.
SAME_CLAIM_JACCARD = 0.4
MIN_FOLDED_CHARS = 12  # "Il a refusé." says too little to be matched across articles


class MatchKind(StrEnum):
    VERBATIM = "verbatim"
    REWORDED = "reworded"
    TRANSLATED = "translated"


@dataclass(frozen=True, slots=True)
class ClaimText:
    """What matching needs of a claim: its id, its wording and its article's language."""

    id: int
    text: str
    language: str = "fr"


@dataclass(frozen=True, slots=True)
class ClaimMatch:
    """Two claims found to state the same thing; `similarity` is 0-1."""

    first: int
    second: int
    kind: MatchKind
    similarity: float


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """Claims that state the same thing, by id (smallest first); `id` is the smallest."""

    claim_ids: tuple[int, ...]
    matches: tuple[ClaimMatch, ...] = field(default=())

    @property
    def id(self) -> int:
        return self.claim_ids[0]


@dataclass(slots=True)
class _Prepared:
    claim: ClaimText
    folded: str
    numbers: frozenset[str]
    signature: MinHash | None


class SignatureCache:
    """MinHash signatures by folded text, so grouping again after an edit hashes only new texts."""

    def __init__(self) -> None:
        self._signatures: dict[str, MinHash] = {}

    def signatures(self, folded_texts: Sequence[str]) -> list[MinHash]:
        missing = [text for text in dict.fromkeys(folded_texts) if text not in self._signatures]
        if missing:
            computed = MinHash.bulk(
                (shingles(text.encode("utf-8")) for text in missing),
                num_perm=NUM_PERM,
                # A C function, called once a shingle: a Python hash function took 3/4 of the time.
                hashfunc=zlib.crc32,
            )
            self._signatures.update(zip(missing, computed, strict=True))
        return [self._signatures[text] for text in folded_texts]


def compare(first: str, second: str) -> tuple[MatchKind, float] | None:
    """Whether two claim texts of one language state the same thing, and how alike they are."""
    first_folded, second_folded = fold(first), fold(second)
    if numbers(first) != numbers(second):
        return None
    if first_folded == second_folded:
        return MatchKind.VERBATIM, 1.0
    similarity = _jaccard(
        shingles(first_folded.encode("utf-8")), shingles(second_folded.encode("utf-8"))
    )
    if similarity >= SAME_CLAIM_JACCARD:
        return MatchKind.REWORDED, round(similarity, 4)
    return None


def prepare(claims: Iterable[ClaimText], cache: SignatureCache | None = None) -> list[_Prepared]:
    prepared = [_Prepared(claim, fold(claim.text), numbers(claim.text), None) for claim in claims]
    usable = [item for item in prepared if len(item.folded) >= MIN_FOLDED_CHARS]
    signatures = (cache or SignatureCache()).signatures([item.folded for item in usable])
    for item, signature in zip(usable, signatures, strict=True):
        item.signature = signature
    return prepared


def same_language_matches(prepared: Sequence[_Prepared]) -> list[ClaimMatch]:
    """Checked matches among claims of the same language."""
    by_language: dict[str, list[_Prepared]] = {}
    for item in prepared:
        if item.signature is not None:
            by_language.setdefault(item.claim.language, []).append(item)
    matches: list[ClaimMatch] = []
    for items in by_language.values():
        matches.extend(_matches_among(items))
    return matches


def _matches_among(items: Sequence[_Prepared]) -> Iterable[ClaimMatch]:
    # Verbatim copies share one row: the banding sees each folded text once.
    heads: list[_Prepared] = []
    first_of: dict[str, int] = {}
    for item in items:
        position = first_of.get(item.folded)
        if position is None:
            first_of[item.folded] = len(heads)
            heads.append(item)
        else:
            head = heads[position]
            yield ClaimMatch(head.claim.id, item.claim.id, MatchKind.VERBATIM, 1.0)
    if len(heads) < 2:
        return
    # The minima are below 2**32: half the memory, and comparisons 4 times faster, as uint32.
    hash_values = np.stack([head.signature.hashvalues for head in heads if head.signature]).astype(
        np.uint32
    )
    shingle_sets: dict[int, set[bytes]] = {}

    def shingles_of(position: int) -> set[bytes]:
        # Only for the claims that get a candidate: all of them would not fit in memory for
        # 250,000 claims.
        found = shingle_sets.get(position)
        if found is None:
            found = shingle_sets[position] = shingles(heads[position].folded.encode("utf-8"))
        return found

    for first, second in _candidate_pairs(hash_values):
        head, other = heads[first], heads[second]
        if head.numbers != other.numbers:
            continue
        similarity = _jaccard(shingles_of(first), shingles_of(second))
        if similarity >= SAME_CLAIM_JACCARD:
            yield ClaimMatch(
                head.claim.id, other.claim.id, MatchKind.REWORDED, round(similarity, 4)
            )


def _candidate_pairs(hash_values: npt.NDArray[np.uint32]) -> list[tuple[int, int]]:
    """Pairs of rows that agree on all the rows of at least one band, and on enough minima.

    The banding is done with numpy sorts rather than datasketch's MinHashLSH, whose per-band
    Python work took 3/4 of the time for 25,000 claims (tests/benchmarks/bench_claim_matching.py).
    """
    count = hash_values.shape[0]
    pair_codes: list[npt.NDArray[np.int64]] = []
    for band in range(LSH_BANDS):
        keys = hash_values[:, band * LSH_ROWS].astype(np.uint64)
        for row in range(1, LSH_ROWS):  # wrapping multiply-xor: a hash of the band's minima
            keys = keys * np.uint64(0x9E3779B97F4A7C15) ^ hash_values[
                :, band * LSH_ROWS + row
            ].astype(np.uint64)
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        bucket = np.cumsum(np.r_[0, sorted_keys[1:] != sorted_keys[:-1]])
        sizes = np.bincount(bucket)[bucket]
        usable = (sizes >= 2) & (sizes <= MAX_BUCKET)
        if not usable.any():
            continue
        largest = int(sizes[usable].max())
        # Members of a bucket are neighbours in sorted order: pair each with the next `gap`-th.
        for gap in range(1, largest):
            same = usable[:-gap] & (bucket[:-gap] == bucket[gap:])
            low, high = order[:-gap][same], order[gap:][same]
            pair_codes.append(np.minimum(low, high) * count + np.maximum(low, high))
    if not pair_codes:
        return []
    codes = np.sort(np.concatenate(pair_codes))  # np.unique was 100 times slower than a sort here
    codes = codes[np.r_[True, codes[1:] != codes[:-1]]]
    first_rows, second_rows = codes // count, codes % count
    estimates = np.empty(codes.size)
    for at in range(0, codes.size, _ESTIMATE_CHUNK):
        chunk = slice(at, at + _ESTIMATE_CHUNK)
        estimates[chunk] = np.count_nonzero(
            hash_values[first_rows[chunk]] == hash_values[second_rows[chunk]], axis=1
        )
    estimates /= hash_values.shape[1]
    kept = estimates >= MIN_ESTIMATE
    return list(zip(first_rows[kept].tolist(), second_rows[kept].tolist(), strict=True))


def _jaccard(first: set[bytes], second: set[bytes]) -> float:
    union = len(first | second)
    return len(first & second) / union if union else 0.0


def groups_from(claim_ids: Iterable[int], matches: Iterable[ClaimMatch]) -> list[ClaimGroup]:
    """Connected claims become one group; claims matched to nothing are left out."""
    parent: dict[int, int] = {claim_id: claim_id for claim_id in claim_ids}

    def root(claim_id: int) -> int:
        while parent[claim_id] != claim_id:
            parent[claim_id] = parent[parent[claim_id]]
            claim_id = parent[claim_id]
        return claim_id

    edges: dict[int, list[ClaimMatch]] = {}
    kept = [match for match in matches if match.first in parent and match.second in parent]
    for match in kept:
        first, second = root(match.first), root(match.second)
        if first != second:
            parent[max(first, second)] = min(first, second)
    members: dict[int, list[int]] = {}
    for claim_id in parent:
        members.setdefault(root(claim_id), []).append(claim_id)
    for match in kept:
        edges.setdefault(root(match.first), []).append(match)
    return sorted(
        (
            ClaimGroup(tuple(sorted(ids)), tuple(edges.get(head, ())))
            for head, ids in members.items()
            if len(ids) > 1
        ),
        key=lambda group: group.id,
    )
