"""Finding word-list entries in a sentence: single words by form or lemma, phrases by lower-case runs."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import LEMMA, LOWER, ORTH, POS, SPACY
from spacy.tokens import Doc, Span

from workbench.core.detection.lexicons import Lexicons, WordList

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
    rows = doc.to_array([ORTH, LOWER, LEMMA, POS, SPACY]).tolist() if len(doc) else []
    texts = tuple(strings[row[0]] for row in rows)
    # Doc.text joins Token objects; the same string from the arrays is several times faster.
    text = "".join([word + " " if row[4] else word for word, row in zip(texts, rows, strict=True)])
    cached = DocStrings(
        text=text,
        texts=texts,
        lowers=tuple(strings[row[1]] for row in rows),
        lemmas=tuple(strings[row[2]] if row[2] else "" for row in rows),
        pos=tuple(strings[row[3]] if row[3] else "" for row in rows),
    )
    doc._.wb_strings = cached
    return cached


@dataclass(frozen=True)
class TokenView:
    """The token strings of one sentence, read once: spaCy builds a Python object per token access.

    `matches` holds, when the view was made with word lists, the entries of every list found in
    one pass over the sentence (list name -> token ranges).
    """

    start: int
    texts: tuple[str, ...]
    lowers: tuple[str, ...]
    lemmas: tuple[str, ...]
    matches: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    @classmethod
    def of(cls, span: Span, lexicons: Lexicons | None = None) -> TokenView:
        strings = doc_strings(span.doc)
        start, end = span.start, span.end
        view = cls(
            start=start,
            texts=strings.texts[start:end],
            lowers=strings.lowers[start:end],
            lemmas=strings.lemmas[start:end],
        )
        if lexicons is not None:
            view.matches.update(find_all(view, lexicons))
        return view


def find_all(view: TokenView, lexicons: Lexicons) -> dict[str, list[tuple[int, int]]]:
    """The entries of every word list in the sentence, in one pass (token ranges per list name)."""
    found: dict[str, list[tuple[int, int]]] = {name: [] for name in lexicons.lists}
    word_index = lexicons.word_index
    phrase_index = lexicons.phrase_index
    lowers = view.lowers
    lemmas = view.lemmas
    offset = view.start
    for index, lower in enumerate(lowers):
        for name, _ in word_index.get(lower, ()):
            found[name].append((offset + index, offset + index + 1))
        lemma = lemmas[index]
        if lemma != lower:
            for name, by_lemma in word_index.get(lemma, ()):
                if by_lemma:
                    found[name].append((offset + index, offset + index + 1))
        for phrase, name in phrase_index.get(lower, ()):
            if lowers[index : index + len(phrase)] == phrase:
                found[name].append((offset + index, offset + index + len(phrase)))
    for ranges in found.values():
        ranges.sort()
    return found


def find_entries(
    span: Span | TokenView, words: WordList, use_lemma: bool = True
) -> list[tuple[int, int]]:
    """Token ranges (doc indices, end exclusive) of every entry of `words` found in the sentence."""
    view = span if isinstance(span, TokenView) else TokenView.of(span)
    if words.name in view.matches:
        return view.matches[words.name]
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
