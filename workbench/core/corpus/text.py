"""How claim texts are compared: a folded form, its character shingles, its numbers, its anchors."""

from __future__ import annotations

import re
import unicodedata

SHINGLE_CHARS = 5  # long enough to skip French inflection noise, short enough to survive a reword

_NOT_WORD = re.compile(r"[^\w]+")
# Thousands and decimal separators differ between French and English ("2 200" / "2,200",
# "0,3" / "0.3"), so a number is compared by its digits alone.
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
_CAPITALISED = re.compile(r"\b[^\W\d_][\w-]*\b")


def _without_accent(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(part for part in decomposed if not unicodedata.combining(part))


# Latin letters with their accents dropped, by table: a character-by-character decomposition
# was a third of the time of grouping.
_FOLDED = str.maketrans(
    {chr(code): _without_accent(chr(code)) for code in range(0xC0, 0x250)}
    | {"’": "'", "‘": "'", "ʼ": "'", "`": "'"}
)


def fold(text: str) -> str:
    """Lower case, no accents, no punctuation, single spaces: the form shingles are cut from."""
    lowered = text.casefold().translate(_FOLDED)
    if not lowered.isascii():
        lowered = _without_accent(lowered)
    return " ".join(_NOT_WORD.sub(" ", lowered).replace("_", " ").split())


def shingles(folded: bytes) -> set[bytes]:
    """The overlapping windows of a folded text's UTF-8 bytes (the whole text if shorter)."""
    if len(folded) <= SHINGLE_CHARS:
        return {folded} if folded else set()
    return {folded[at : at + SHINGLE_CHARS] for at in range(len(folded) - SHINGLE_CHARS + 1)}


def numbers(text: str) -> frozenset[str]:
    """The numbers a claim states, by their digits, whatever the separators."""
    return frozenset(re.sub(r"\D", "", match) for match in _NUMBER.findall(text))


ANCHOR_PREFIX_CHARS = 4  # "Acadie" and "Acadia", "Ukraine" and "Ukrainiens" share theirs


def translation_anchors(text: str) -> frozenset[str]:
    """What a translation mostly keeps: numbers, and the start of capitalised words (names)."""
    words = {
        fold(word)[:ANCHOR_PREFIX_CHARS]
        for word in _CAPITALISED.findall(text)
        if word[0].isupper() and len(word) > 2
    }
    return frozenset(words | numbers(text))
