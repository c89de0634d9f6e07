"""Finding word-list entries in a sentence: single words by form or lemma, phrases by lower-case runs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import cast

from spacy.attrs import DEP, ENT_TYPE, IDX, LEMMA, LOWER, ORTH, POS, SPACY
from spacy.tokens import Doc, Span

from workbench.core.detection.lexicons import Lexicons, WordList

# Where a doc keeps its DocStrings: its user_data, read directly, since every `doc._` access
# builds an Underscore object and the strings are asked for several times per sentence.
_STRINGS_KEY = "workbench:strings"


@dataclass(frozen=True)
class DocStrings:
    """Every token's strings and the doc's text, read once per doc through `Doc.to_array`."""

    text: str
    texts: tuple[str, ...]
    lowers: tuple[str, ...]
    lemmas: tuple[str, ...]
    pos: tuple[str, ...]
    deps: tuple[str, ...]
    entity_types: tuple[int, ...]  # 0 outside a named entity
    starts: tuple[int, ...]  # each token's character offset (Token.idx)
    # The doc's named entities as (first token, end token, label), in order.
    entities: tuple[tuple[int, int, str], ...]

    def sentence_entities(self, sentence: Span) -> list[tuple[int, int, str]]:
        """`Span.ents` without building a Span for every entity of the doc at each sentence."""
        found = []
        for entity in self.entities:
            if entity[0] >= sentence.start:
                if entity[1] > sentence.end:
                    break
                found.append(entity)
        return found


def doc_strings(doc: Doc) -> DocStrings:
    """The strings of `doc`, cached on it (Doc.text and token access rebuild Python objects)."""
    cached = doc.user_data.get(_STRINGS_KEY)
    if isinstance(cached, DocStrings):
        return cached
    # A hash to its string; the hash 0 (no lemma, no tag) reads as "".
    lookup = cast(Callable[[int], str], doc.vocab.strings.__getitem__)
    if len(doc):
        columns = doc.to_array([ORTH, LOWER, LEMMA, POS, DEP, ENT_TYPE, IDX, SPACY]).T.tolist()
        orth, lower, lemma, pos, dep, entity_type, start, space = columns
    else:
        orth = lower = lemma = pos = dep = entity_type = start = space = []
    texts = tuple(map(lookup, orth))
    # Doc.text joins Token objects; the same string from the arrays is several times faster.
    text = "".join([word + " " if gap else word for word, gap in zip(texts, space, strict=True)])
    cached = DocStrings(
        text=text,
        texts=texts,
        lowers=tuple(map(lookup, lower)),
        lemmas=tuple(map(lookup, lemma)),
        pos=tuple(map(lookup, pos)),
        deps=tuple(map(lookup, dep)),
        entity_types=tuple(entity_type),
        starts=tuple(start),
        entities=tuple((entity.start, entity.end, entity.label_) for entity in doc.ents),
    )
    doc.user_data[_STRINGS_KEY] = cached
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
