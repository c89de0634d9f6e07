"""Claims that state the same thing, within one language: MinHash/LSH candidates, then a check.

Candidates come from datasketch's MinHash LSH over character shingles of the folded text, which
finds pairs above a low Jaccard similarity without comparing every pair. Each candidate pair is
then checked exactly: RapidFuzz's token-sort ratio on the folded texts, and the same numbers on
both sides (a claim about 3 000 jobs is not one about 5 000). The thresholds and their
measurement are in README.md and tests/benchmarks/bench_claim_matching.py.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from datasketch import MinHash, MinHashLSH
from rapidfuzz import fuzz

from workbench.core.corpus.text import fold, numbers, shingles

NUM_PERM = 64
# Candidate pairs: the LSH banding is tuned for this Jaccard similarity of shingle sets; a light
# rewording of a news sentence keeps about 0.35-0.7 of its 5-character shingles.
CANDIDATE_JACCARD = 0.3
# A checked pair: token-sort ratio (0-100) of the folded texts.
SAME_CLAIM_RATIO = 72.0
VERBATIM_RATIO = 98.0
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
    return _check(_folded(first), _folded(second), numbers(first), numbers(second))


def _folded(text: str) -> str:
    return fold(text)


def _check(
    first: str, second: str, first_numbers: frozenset[str], second_numbers: frozenset[str]
) -> tuple[MatchKind, float] | None:
    if first_numbers != second_numbers:
        return None
    if first == second:
        return MatchKind.VERBATIM, 1.0
    ratio = fuzz.token_sort_ratio(first, second)
    if ratio >= VERBATIM_RATIO:
        return MatchKind.VERBATIM, ratio / 100
    if ratio >= SAME_CLAIM_RATIO:
        return MatchKind.REWORDED, ratio / 100
    return None


def prepare(claims: Iterable[ClaimText], cache: SignatureCache | None = None) -> list[_Prepared]:
    prepared = [
        _Prepared(claim, fold(claim.text), numbers(claim.text), None) for claim in claims
    ]
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
    index = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM)
    # Verbatim copies share one entry: the LSH holds each folded text once.
    first_of: dict[str, int] = {}
    copies: dict[int, list[_Prepared]] = {}
    with index.insertion_session() as session:
        for position, item in enumerate(items):
            if item.folded in first_of:
                copies[first_of[item.folded]].append(item)
                continue
            first_of[item.folded] = position
            copies[position] = [item]
            assert item.signature is not None
            session.insert(position, item.signature, check_duplication=False)
    for position, group in copies.items():
        head = group[0]
        for copy in group[1:]:
            yield ClaimMatch(head.claim.id, copy.claim.id, MatchKind.VERBATIM, 1.0)
        assert head.signature is not None
        for other_position in index.query(head.signature):
            if other_position <= position:
                continue
            other = items[other_position]
            checked = _check(head.folded, other.folded, head.numbers, other.numbers)
            if checked is not None:
                kind, similarity = checked
                yield ClaimMatch(head.claim.id, other.claim.id, kind, similarity)


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
