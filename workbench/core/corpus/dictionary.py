"""What an offline dictionary knows of a word: wordfreq's French and English frequency lists.

wordfreq ships its lists in the wheel (no download) and, unlike the French spaCy pipelines' small
vocabulary or hunspell's word lists, holds the names that news writes often: "jinping" is 2.89 on
its Zipf scale in French, "jinpin" is absent. fr_core_news_sm's vocabulary has neither.
"""

from __future__ import annotations

import math
from collections import defaultdict
from functools import cached_property

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from workbench.core.corpus.text import fold

LANGUAGES = ("fr", "en")
# Zipf 2.5 is about once in three million words of news: frequent enough to be a spelling one
# trusts, rare enough to hold the names of heads of state and ministers.
TRUSTED_ZIPF = 2.5
COMMON_ZIPF = 3.5  # for ordinary words: a misspelling's likely intended word is a common one


class Dictionary:
    """Word frequencies and near neighbours, loaded on first use (about half a second)."""

    def __init__(self, languages: tuple[str, ...] = LANGUAGES) -> None:
        self.languages = languages

    @cached_property
    def _frequencies(self) -> dict[str, float]:
        import wordfreq

        merged: dict[str, float] = {}
        for language in self.languages:
            for word, frequency in wordfreq.get_frequency_dict(language, "large").items():
                merged[word] = max(merged.get(word, 0.0), frequency)
        return merged

    @cached_property
    def _trusted_by_start(self) -> dict[tuple[str, int], list[str]]:
        """Trusted words by (first folded letter, length), where neighbours are looked for."""
        index: dict[tuple[str, int], list[str]] = defaultdict(list)
        for word, frequency in self._frequencies.items():
            if _zipf(frequency) >= TRUSTED_ZIPF and word.isalpha():
                index[(fold(word[:1]), len(word))].append(word)
        return index

    @cached_property
    def _by_fold(self) -> dict[str, list[str]]:
        index: dict[str, list[str]] = defaultdict(list)
        for word, frequency in self._frequencies.items():
            if _zipf(frequency) >= TRUSTED_ZIPF and word.isalpha():
                index[fold(word)].append(word)
        return index

    def zipf(self, word: str) -> float:
        """0 for a word the lists do not know; about 7 for "de", 2.9 for "jinping"."""
        return _zipf(self._frequencies.get(word.casefold(), 0.0))

    def knows(self, word: str) -> bool:
        return self.zipf(word) > 0

    def neighbour(self, word: str, min_zipf: float = TRUSTED_ZIPF) -> str | None:
        """The most frequent trusted word one edit away (same first letter), if any."""
        lowered = word.casefold()
        start = fold(lowered[:1])
        candidates = [
            candidate
            for length in (len(lowered) - 1, len(lowered), len(lowered) + 1)
            for candidate in self._trusted_by_start.get((start, length), ())
        ]
        found = process.extract(
            lowered, candidates, scorer=Levenshtein.distance, score_cutoff=1, limit=None
        )
        best = [
            candidate
            for candidate, distance, _ in found
            if distance > 0 and self.zipf(candidate) >= min_zipf
        ]
        return max(best, key=self.zipf) if best else None

    def accent_variants(self, word: str) -> list[str]:
        """Trusted words written with the same letters and other accents, most frequent first."""
        lowered = word.casefold()
        variants = [other for other in self._by_fold.get(fold(lowered), ()) if other != lowered]
        return sorted(variants, key=self.zipf, reverse=True)


def _zipf(frequency: float) -> float:
    return round(math.log10(frequency * 1e9), 2) if frequency > 0 else 0.0
