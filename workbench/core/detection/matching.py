"""Finding word-list entries in a sentence: single words by form or lemma, phrases by lower-case runs."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER, ORTH, POS
from spacy.tokens import Doc, Span

if not Doc.has_extension("wb_strings"):
    Doc.set_extension("wb_strings", default=None)


@dataclass(frozen=True)
class DocStrings:
    """Every token's strings and the doc's text, read once per doc through `Doc.to_array`."""

    text: str
    texts: tuple[str, ...]
    lowers: tuple[str, ...]
    lemmas: tuple[str, ...]
    pos: tuple[str, ...]


def doc_strings(doc: Doc) -> DocStrings:
    """The strings of `doc`, cached on it (Doc.text and token access rebuild Python objects)."""
    cached = doc._.wb_strings
    if isinstance(cached, DocStrings):
        return cached
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, LOWER, LEMMA, POS]).tolist() if len(doc) else []
    cached = DocStrings(
        text=doc.text,
        texts=tuple(strings[row[0]] for row in rows),
        lowers=tuple(strings[row[1]] for row in rows),
        lemmas=tuple(strings[row[2]] if row[2] else "" for row in rows),
        pos=tuple(strings[row[3]] if row[3] else "" for row in rows),
    )
    doc._.wb_strings = cached
    return cached

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
        strings = doc_strings(span.doc)
        start, end = span.start, span.end
        return cls(
            start=start,
            texts=strings.texts[start:end],
            lowers=strings.lowers[start:end],
            lemmas=strings.lemmas[start:end],
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
