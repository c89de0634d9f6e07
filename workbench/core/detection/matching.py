"""Finding word-list entries in a span: single words by form or lemma, phrases by lower-case runs."""

from __future__ import annotations

from spacy.tokens import Span

from workbench.core.detection.lexicons import WordList


def find_entries(span: Span, words: WordList, use_lemma: bool = True) -> list[tuple[int, int]]:
    """Token ranges (doc indices, end exclusive) of every entry of `words` found in `span`."""
    found: list[tuple[int, int]] = []
    lowers = [token.lower_ for token in span]
    for index, token in enumerate(span):
        if lowers[index] in words.words or (use_lemma and token.lemma_.lower() in words.words):
            found.append((span.start + index, span.start + index + 1))
    for phrase in words.phrases:
        size = len(phrase)
        first = phrase[0]
        for index, lower in enumerate(lowers):
            if lower == first and tuple(lowers[index : index + size]) == phrase:
                found.append((span.start + index, span.start + index + size))
    found.sort()
    return found
