"""Finding word-list entries in a sentence: single words by form or lemma, phrases by lower-case runs."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from workbench.core.detection.lexicons import WordList


@dataclass(frozen=True)
class TokenView:
    """The token strings of one sentence, read once: spaCy builds a Python object per token access."""

    start: int
    texts: tuple[str, ...]
    lowers: tuple[str, ...]
    lemmas: tuple[str, ...]

    @classmethod
    def of(cls, span: Span) -> TokenView:
        tokens = list(span)
        return cls(
            start=span.start,
            texts=tuple(token.text for token in tokens),
            lowers=tuple(token.lower_ for token in tokens),
            lemmas=tuple(token.lemma_ for token in tokens),
        )


def find_entries(
    span: Span | TokenView, words: WordList, use_lemma: bool = True
) -> list[tuple[int, int]]:
    """Token ranges (doc indices, end exclusive) of every entry of `words` found in the sentence."""
    view = span if isinstance(span, TokenView) else TokenView.of(span)
    found: list[tuple[int, int]] = []
    lowers = view.lowers
    lemmas = view.lemmas
    single = words.words
    by_first = words.phrases_by_first_word
    offset = view.start
    for index, lower in enumerate(lowers):
        if lower in single or (use_lemma and lemmas[index] in single):
            found.append((offset + index, offset + index + 1))
        for phrase in by_first.get(lower, ()):
            if lowers[index : index + len(phrase)] == phrase:
                found.append((offset + index, offset + index + len(phrase)))
    found.sort()
    return found
