"""Fact atoms inside a claim: names, numbers with their units, dates and quoted words."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from workbench.core.detection.lexicons import Lexicons
from workbench.core.detection.matching import TokenView, doc_strings, find_entries
from workbench.core.model import AtomKind

_ENTITY_KINDS = {
    "PER": AtomKind.PERSON,
    "PERSON": AtomKind.PERSON,
    "ORG": AtomKind.ORGANISATION,
    "NORP": AtomKind.ORGANISATION,
    "LOC": AtomKind.PLACE,
    "GPE": AtomKind.PLACE,
    "FAC": AtomKind.PLACE,
    "DATE": AtomKind.DATE,
    "TIME": AtomKind.DATE,
    "MONEY": AtomKind.NUMBER,
    "PERCENT": AtomKind.NUMBER,
    "QUANTITY": AtomKind.NUMBER,
    "CARDINAL": AtomKind.NUMBER,
}
_QUOTE = re.compile(r"«\s*([^«»]+?)\s*»|“\s*([^“”]+?)\s*”|\"\s*([^\"]+?)\s*\"")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_NUMBER = re.compile(r"^[+-]?\d+([.,\u202f\u00a0 ]\d+)*([.,]\d+)?%?$")

# An atom as offsets relative to the doc (one paragraph): start, end, kind.
RawAtom = tuple[int, int, AtomKind]


# Lower-case words inside a person's name ("Ursula von der Leyen", "Rami Abd al-Rahman")
PERSON_NAME_PARTICLES = frozenset(
    {"de", "la", "le", "du", "des", "d'", "d’", "von", "van", "der", "den", "al", "el"}
    | {"bin", "ben", "da", "di", "del", "do", "dos", "-"}
)
# and inside the name of a body ("Procter and Gamble", "Banco de la Nación y …")
_NAME_PARTICLES = PERSON_NAME_PARTICLES | {"of", "the", "y", "et", "and"}


_NOT_IN_NAMES = frozenset({"VERB", "AUX", "PRON", "SCONJ", "CCONJ", "PUNCT"})


def _breaks_name(text: str, lower: str, pos: str) -> bool:
    """Words the small models glue onto names: elisions ("n’", "s’") and verbs ("s’appuie")."""
    if text.endswith(("'", "’")):
        return True
    if text[:1].isupper():
        return False  # a capitalised word stays whatever its tag ("Vladimir" comes out VERB)
    return (pos in _NOT_IN_NAMES and text not in {"-", "&"}) or (
        pos == "ADP" and lower not in _NAME_PARTICLES
    )


def _person_kind(doc: Doc, start: int, end: int, not_persons: frozenset[str]) -> AtomKind:
    """ "Washington", "l'Elysée", "le Gluten": tagged as people, they are places, seats or things."""
    text = doc[start:end].text.lower().replace("’", "'")
    if text in not_persons or text.removeprefix("l'") in not_persons:
        return AtomKind.PLACE
    before = doc[start - 1] if start > 0 else None
    if (
        end - start == 1
        and before is not None
        and before.lower_ in {"le", "la", "l'", "l’", "du", "au"}
    ):
        return AtomKind.OTHER  # French names of people take no article
    return AtomKind.PERSON


def entity_atoms(sentence: Span, not_persons: frozenset[str] = frozenset()) -> list[RawAtom]:
    """Named entities of the pipeline, trimmed of words the small models glue on ("Musk n’")."""
    atoms = []
    doc = sentence.doc
    strings = doc_strings(doc)
    texts, lowers, pos = strings.texts, strings.lowers, strings.pos
    for start, end, label in strings.sentence_entities(sentence):
        # A capitalised article inside a sentence belongs to the name ("selon Le Progrès").
        while start < end and (
            _breaks_name(texts[start], lowers[start], pos[start])
            or (
                pos[start] in {"DET", "ADP"} and (texts[start].islower() or start == sentence.start)
            )
        ):
            start += 1
        for index in range(start + 1, end):
            if _breaks_name(texts[index], lowers[index], pos[index]):
                end = index
                break
        while end > start and (lowers[end - 1] in _NAME_PARTICLES or pos[end - 1] == "DET"):
            end -= 1
        if end <= start:
            continue
        text = doc[start:end].text
        if len(text) < 2 or not any(character.isupper() for character in text):
            continue
        kind = _ENTITY_KINDS.get(label, AtomKind.OTHER)
        if kind is AtomKind.PERSON:
            kind = _person_kind(doc, start, end, not_persons)
        atoms.append((strings.starts[start], strings.starts[end - 1] + len(texts[end - 1]), kind))
    return atoms


def capitalised_atoms(sentence: Span, view: TokenView | None = None) -> list[RawAtom]:
    """Names for pipelines without NER: runs of capitalised words not at the start of the sentence."""
    view = view or TokenView.of(sentence)
    doc = sentence.doc
    atoms: list[RawAtom] = []
    run: list[int] = []
    texts = view.texts
    for index, text in enumerate((*texts, "")):
        capitalised = (
            index > 0
            and text[:1].isupper()
            and text.isalpha()
            and texts[index - 1] not in {".", "«", "“", '"', ":"}
            and text not in {"I", "A"}
        )
        if capitalised:
            run.append(view.start + index)
            continue
        if run:
            last = doc[run[-1]]
            atoms.append((doc[run[0]].idx, last.idx + len(last.text), AtomKind.OTHER))
            run = []
    return atoms


def quote_atoms(sentence: Span, text: str | None = None) -> list[RawAtom]:
    """The quoted words inside « », “ ” or straight double quotes (the words, not the marks)."""
    atoms: list[RawAtom] = []
    text = sentence.text if text is None else text
    if '"' not in text and "«" not in text and "“" not in text:
        return atoms
    for match in _QUOTE.finditer(text):
        group = next(index for index in (1, 2, 3) if match.group(index) is not None)
        if any(character.isalpha() for character in match.group(group)):
            start = sentence.start_char + match.start(group)
            atoms.append((start, start + len(match.group(group)), AtomKind.QUOTE))
    return atoms


def date_atoms(
    sentence: Span, lexicons: Lexicons, view: TokenView | None = None
) -> list[tuple[int, int]]:
    """Token ranges of dates: a core date word or a year, widened by modifiers and day numbers."""
    doc = sentence.doc
    view = view or TokenView.of(sentence)
    core: set[int] = set()
    for start, end in find_entries(view, lexicons["date_words"], use_lemma=False):
        core.update(range(start, end))
    for index, text in enumerate(view.texts):
        if text[0].isdigit() and _YEAR.match(text):
            core.add(view.start + index)
    if not core:
        return []
    modifiers = lexicons["date_modifiers"].words
    ranges: list[tuple[int, int]] = []
    for index in sorted(core):
        if ranges and index <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], index + 1))
            continue
        start, end = index, index + 1
        while start - 1 >= sentence.start and (
            doc[start - 1].lower_ in modifiers
            or (doc[start - 1].like_num and not _YEAR.match(doc[start - 1].text))
        ):
            start -= 1
        ranges.append((start, end))
    widened = []
    for start, end in ranges:
        while end < sentence.end and (
            (doc[end].lower_ in modifiers and doc[end].lower_ not in {"le", "en", "in", "of"})
            or _YEAR.match(doc[end].text)
        ):
            end += 1
        # Prepositions only lead a date, never start or end it alone ("en février 2022" -> février 2022).
        while start < end - 1 and doc[start].lower_ in {"le", "en", "in", "of"}:
            start += 1
        widened.append((start, end))
    return widened


def number_atoms(
    sentence: Span, lexicons: Lexicons, taken: set[int], view: TokenView | None = None
) -> list[tuple[int, int]]:
    """Token ranges of numbers with their units ("24 heures", "milliers de terminaux", "3,5 %")."""
    doc = sentence.doc
    quantity_words = lexicons["quantity_words"].words
    units = lexicons["units"].words
    view = view or TokenView.of(sentence)
    phrase_ranges = find_entries(view, lexicons["quantity_words"], use_lemma=False)
    starts = {start: end for start, end in phrase_ranges if end - start > 1}
    ranges: list[tuple[int, int]] = []
    index = sentence.start
    while index < sentence.end:
        text = view.texts[index - view.start]
        if index in taken:
            index += 1
            continue
        is_number = (text[0].isdigit() and bool(_NUMBER.match(text))) or (
            view.lowers[index - view.start] in quantity_words
        )
        if index in starts:
            end = starts[index]
        elif is_number:
            end = index + 1
            while (
                end < sentence.end
                and end not in taken
                and (_NUMBER.match(doc[end].text) or doc[end].lower_ in quantity_words)
            ):
                end += 1
        else:
            index += 1
            continue
        # The unit: a unit word, the noun counted ("500 logements"), or "de"/"of" and that noun
        # ("milliers de terminaux").
        if end < sentence.end and (doc[end].lower_ in units or doc[end].pos_ == "NOUN"):
            end += 1
        elif (
            end + 1 < sentence.end
            and doc[end].lower_ in {"de", "d'", "d’", "of"}
            and (doc[end + 1].pos_ in {"NOUN", "PROPN"} or doc[end + 1].lower_ in units)
        ):
            end += 2
        ranges.append((index, end))
        index = end
    return ranges


def token_range_atom(doc: Doc, start: int, end: int, kind: AtomKind) -> RawAtom:
    return (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), kind)
