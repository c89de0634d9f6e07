"""Misspelt ordinary words, flagged below names: a checker reads them, a reader would notice them.

Two rules, both needing the French pipeline's reading of the sentence:
- a word used as a verb whose form the lemmatizer knows as no verb, while a more frequent word
  differs from it only by its accents: "Une faveur faîte à" (faîte, the ridge of a roof, is a
  noun; the participle is "faite");
- a word neither dictionary list knows, one edit away from a common word.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.language import Language

from workbench.core.corpus.dictionary import COMMON_ZIPF, Dictionary
from workbench.core.corpus.names import FlagLevel, SpellingFlag, Witness

MIN_WORD_CHARS = 5
MIN_UNKNOWN_CHARS = 6  # shorter unknown words are mostly abbreviations and foreign words
ACCENT_ZIPF_GAIN = 1.0  # the accent variant is at least 10 times more frequent
_VERB_TAGS = {"VERB", "AUX"}


@dataclass(frozen=True, slots=True)
class Passage:
    """A piece of an article to check (a claim), with where it starts in the article's text."""

    article_id: int | None
    claim_id: int | None
    offset: int
    text: str
    skip: tuple[tuple[int, int], ...] = ()  # spans (in the article) of names, checked apart


def word_flags(
    nlp: Language, passages: Sequence[Passage], dictionary: Dictionary
) -> list[SpellingFlag]:
    flags: list[SpellingFlag] = []
    tagging = [name for name in nlp.pipe_names if name not in ("parser", "ner")]
    with nlp.select_pipes(enable=tagging):
        for passage, doc in zip(passages, nlp.pipe(p.text for p in passages), strict=True):
            for token in doc:
                start = passage.offset + token.idx
                end = start + len(token.text)
                if _inside(start, end, passage.skip):
                    continue
                found = _check_token(
                    token.text, token.pos_, token.lemma_, token.is_alpha, dictionary
                )
                if found is None:
                    continue
                suggestion, witness, reason = found
                flags.append(
                    SpellingFlag(
                        level=FlagLevel.WORD,
                        article_id=passage.article_id,
                        claim_id=passage.claim_id,
                        start=start,
                        end=end,
                        text=token.text,
                        suggestion=suggestion,
                        witness=witness,
                        reason=reason,
                    )
                )
    return flags


def _inside(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(low <= start and end <= high for low, high in spans)


def _check_token(
    text: str, pos: str, lemma: str, is_alpha: bool, dictionary: Dictionary
) -> tuple[str, Witness, str] | None:
    if not is_alpha or len(text) < MIN_WORD_CHARS or not text.islower():
        return None
    zipf = dictionary.zipf(text)
    if pos in _VERB_TAGS and lemma.casefold() == text.casefold():
        for variant in dictionary.accent_variants(text):
            if dictionary.zipf(variant) >= zipf + ACCENT_ZIPF_GAIN:
                return (
                    variant,
                    Witness.GRAMMAR,
                    f"“{text}” is used as a verb here but is no verb form; “{variant}” is",
                )
    # A form the lemmatizer traces to another word ("limogea", limoger) is a real inflection.
    if zipf == 0 and len(text) >= MIN_UNKNOWN_CHARS and lemma.casefold() == text.casefold():
        neighbour = dictionary.neighbour(text, min_zipf=COMMON_ZIPF)
        if neighbour is not None:
            return (
                neighbour,
                Witness.DICTIONARY,
                f"the dictionary knows “{neighbour}”, not “{text}”",
            )
    return None
