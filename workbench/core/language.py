"""Language identification: langdetect, seeded for repeatable answers, with a stop-word fallback."""

from __future__ import annotations

import re

from langdetect import DetectorFactory, LangDetectException, detect_langs

# langdetect samples at random; a fixed seed makes the same text always get the same answer.
DetectorFactory.seed = 0

# Below this many letters langdetect guesses wildly ("Merci" comes out as Somali), so short texts
# are decided by counting function words instead.
_SHORT_TEXT_LETTERS = 40
_MIN_PROBABILITY = 0.70
# langdetect reads a text character by character in Python, then samples its n-grams: on a news
# article (3,000 characters on average in the benchmark corpus) it cost 13 % of the whole
# analysis, which spaCy's own work bounds. The opening of an article (title and lead) says its
# language as surely; reading only that much cut the detection's cost by half
# (tests/benchmarks/bench_parallel.py, processor time of one process's analysis).
SAMPLE_CHARACTERS = 600

_STOP_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        (
            "le",
            "la",
            "les",
            "un",
            "une",
            "des",
            "du",
            "de",
            "et",
            "est",
            "sont",
            "dans",
            "pour",
            "pas",
            "que",
            "qui",
            "sur",
            "avec",
            "il",
            "elle",
            "ils",
            "elles",
            "nous",
            "vous",
            "je",
            "au",
            "aux",
            "à",
            "tous",
            "tout",
            "toute",
            "ce",
            "cette",
            "ces",
            "son",
            "sa",
            "ses",
            "leur",
            "leurs",
            "par",
            "plus",
            "mais",
            "ou",
            "où",
            "selon",
            "été",
            "être",
            "avoir",
            "a",
            "ont",
            "était",
            "ne",
            "se",
            "en",
            "y",
            "l",
            "d",
            "qu",
            "n",
            "s",
            "c",
            "j",
        )
    ),
    "en": frozenset(
        (
            "the",
            "a",
            "an",
            "and",
            "is",
            "are",
            "was",
            "were",
            "in",
            "on",
            "for",
            "not",
            "that",
            "which",
            "who",
            "with",
            "he",
            "she",
            "they",
            "we",
            "you",
            "i",
            "to",
            "of",
            "at",
            "by",
            "from",
            "this",
            "these",
            "those",
            "his",
            "her",
            "their",
            "it",
            "its",
            "be",
            "been",
            "has",
            "have",
            "had",
            "but",
            "or",
            "as",
            "do",
            "does",
            "did",
            "will",
            "would",
            "said",
        )
    ),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


# Function words that only French, or only English, use this often: Spanish, Italian, Catalan,
# Portuguese and Dutch share "les", "sur", "mais", "ne", "is", "was", "of" and the like, so those
# are left out. A sample full of them is one of the two languages beyond doubt, and langdetect,
# which costs 4 % of a whole analysis, is not needed (tests/benchmarks/bench_language.py: the two
# agree on every real document of ../shared that the fast path decides).
_UNMISTAKABLE: dict[str, frozenset[str]] = {
    "fr": frozenset(
        [
            "est",
            "dans",
            "pour",
            "avec",
            "une",
            "du",
            "aux",
            "été",
            "cette",
            "sont",
            "ont",
            "ces",
            "leur",
            "elle",
            "nous",
            "vous",
            "aussi",
            "être",
            "très",
            "après",
            "où",
            "depuis",
            "entre",
            "sous",
            "selon",
            "ainsi",
            "lors",
            "leurs",
            "était",
            "avait",
            "également",
            "déjà",
            "chez",
            "toujours",
            "notamment",
            "ils",
            "plusieurs",
            "aujourd",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "and",
            "is",
            "was",
            "that",
            "with",
            "for",
            "are",
            "has",
            "have",
            "this",
            "from",
            "which",
            "were",
            "been",
            "will",
            "would",
            "said",
            "their",
            "after",
        ]
    ),
}
_UNMISTAKABLE_HITS = 8  # words of the list in the sample
_UNMISTAKABLE_KINDS = 4  # different words among them
_UNMISTAKABLE_MARGIN = 4  # times more than the other language's list


def unmistakable_language(sample: str) -> str | None:
    """ "fr" or "en" when `sample` is full of words only that language uses this often, else
    None (langdetect decides)."""
    counts: dict[str, int] = {}
    kinds: dict[str, int] = {}
    words = [word.lower() for word in _WORD.findall(sample)]
    for language, marks in _UNMISTAKABLE.items():
        found = [word for word in words if word in marks]
        counts[language], kinds[language] = len(found), len(set(found))
    french, english = counts["fr"], counts["en"]
    for language, other in (("fr", english), ("en", french)):
        hits = counts[language]
        if (
            hits >= _UNMISTAKABLE_HITS
            and kinds[language] >= _UNMISTAKABLE_KINDS
            and hits >= _UNMISTAKABLE_MARGIN * max(other, 1)
        ):
            return language
    return None


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of the text's language ("fr", "en", ...) or "unknown", as its
    opening (about SAMPLE_CHARACTERS, ended at a word's end) says."""
    text = language_sample(text)
    letters = sum(character.isalpha() for character in text)
    if letters == 0:
        return "unknown"
    obvious = unmistakable_language(text)
    if obvious is not None:
        return obvious
    if letters >= _SHORT_TEXT_LETTERS:
        try:
            best = detect_langs(text)[0]
        except LangDetectException:
            best = None
        if best is not None and best.prob >= _MIN_PROBABILITY:
            return str(best.lang)
    return _detect_by_stop_words(text)


def language_sample(text: str) -> str:
    """The opening of `text` that its language is told from: SAMPLE_CHARACTERS, and the rest
    of the word cut there."""
    if len(text) <= SAMPLE_CHARACTERS:
        return text
    end = SAMPLE_CHARACTERS
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[:end]


def _detect_by_stop_words(text: str) -> str:
    words = [word.lower() for word in _WORD.findall(text)]
    counts = {
        language: sum(word in stop_words for word in words)
        for language, stop_words in _STOP_WORDS.items()
    }
    best_language, best_count = max(counts.items(), key=lambda item: item[1])
    tied = sum(count == best_count for count in counts.values()) > 1
    if best_count == 0 or tied:
        return "unknown"
    return best_language
