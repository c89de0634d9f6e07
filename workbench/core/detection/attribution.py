"""Who says it: the source of reported speech ("selon X", "X explique que", "», précise X")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from workbench.core.detection.lexicons import Lexicons
from workbench.core.detection.matching import TokenView, find_entries

_SOURCE_STOPS = frozenset(",.;:!?«»“”\"()[]—–")
_NAME_LABELS = frozenset({"PER", "PERSON", "ORG", "MISC", "NORP", "GPE", "LOC"})
_NOUN_PHRASE_TAGS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})
_MAX_SOURCE_TOKENS = 12
_MAX_UNTAGGED_SUBJECT = 4
_PASSIVE_AGENT = frozenset({"par", "by"})
_CLAUSE_WORDS = frozenset({"que", "qu'", "qu’", "qui", "dont", "that", "who", "which", "whose"})
_NEGATION = frozenset({"ne", "n'", "n’", "not", "n't", "pas"})
# Tags a reporting-verb form must not carry (the small model tags "révèle" as a noun, so NOUN stays).
_NOT_A_VERB = frozenset({"DET", "ADP", "PROPN", "PUNCT", "NUM", "PRON", "CCONJ", "SCONJ"})


@dataclass(frozen=True)
class Attribution:
    """A reported-speech cue and the source it names (None when the source is not in the sentence)."""

    cue: str
    source: str | None
    rank: int = 0  # how explicit the cue is: 0 "selon X", 1 "par X", 2 "», dit X", 3 "X dit que"


def _inside(index: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= index < end for start, end in ranges)


def _phrase_after(doc: Doc, start: int, limit: int) -> Span | None:
    """The words from `start` up to punctuation, a verb, or "que/that" (the source after a cue)."""
    end = start
    while end < limit and end - start < _MAX_SOURCE_TOKENS:
        token = doc[end]
        if token.text in _SOURCE_STOPS or token.text[0] in _SOURCE_STOPS:
            break
        if token.pos_ in {"VERB", "AUX", "SCONJ"} or token.lower_ in _CLAUSE_WORDS:
            break
        end += 1
    return doc[start:end] if end > start else None


def _best_name(phrase: Span) -> str:
    """The name inside a phrase when there is one ("le quotidien américain The Wall Street Journal")."""
    names = [entity for entity in phrase.ents if entity.label_ in _NAME_LABELS and any(
        character.isupper() for character in entity.text)]
    if names:
        return max(names, key=len).text
    text = phrase.text.strip()
    for prefix in ("-t-", "-"):
        text = text.removeprefix(prefix)
    return text.lstrip("-").strip()


def _noun_phrase_before(doc: Doc, index: int, sentence: Span) -> Span | None:
    """The subject just before a reporting verb: an entity touching it, else the clause's first NP."""
    previous = index - 1
    while previous >= sentence.start and (
        doc[previous].pos_ in {"ADV", "AUX"} or doc[previous].lower_ in _NEGATION
    ):
        previous -= 1
    if previous < sentence.start:
        return None
    token = doc[previous]
    if not token.pos_ and token.is_alpha:
        # No tagger (blank pipeline): the few words before the verb, back to punctuation.
        start = previous
        while (start - 1 >= sentence.start and previous - start < _MAX_UNTAGGED_SUBJECT - 1
               and doc[start - 1].is_alpha and doc[start - 1].lower_ not in _CLAUSE_WORDS):
            start -= 1
        return doc[start : previous + 1]
    if token.ent_type_ in _NAME_LABELS or token.pos_ in {"PROPN", "NOUN", "PRON"}:
        start = previous
        while start - 1 >= sentence.start and (
            doc[start - 1].pos_ in _NOUN_PHRASE_TAGS or doc[start - 1].ent_iob_ == "I"
            or (token.ent_iob_ == "I" and doc[start].ent_iob_ == "I")
        ):
            start -= 1
        return doc[start : previous + 1]
    if token.text == ",":
        # An incise sits between subject and verb ("Le journal, dont …, révèle"): take the first NP.
        start = sentence.start
        while start < index and doc[start].is_punct:
            start += 1
        end = start
        while end < index and doc[end].pos_ in _NOUN_PHRASE_TAGS:
            end += 1
        return doc[start:end] if end > start else None
    return None


def _is_inverted(doc: Doc, index: int, sentence: Span) -> bool:
    """ "…», détaille le quotidien." — a cue after a quote or comma with its subject after it."""
    previous = index - 1
    while previous > sentence.start and doc[previous].pos_ == "AUX":  # "», a déclaré X"
        previous -= 1
    if previous < sentence.start or doc[previous].text not in {",", "»", "”", '"'}:
        return False
    following = doc[index + 1 : sentence.end]
    return not any(token.lower_ in {"que", "qu'", "qu’", "that"} for token in following[:3])


def find_attributions(
    sentence: Span,
    lexicons: Lexicons,
    quoted: list[tuple[int, int]],
    view: TokenView | None = None,
) -> list[Attribution]:
    """Attributions of a sentence, most explicit first: markers, passive agents, reporting verbs."""
    doc = sentence.doc
    view = view or TokenView.of(sentence)
    found: list[Attribution] = []
    for start, end in find_entries(view, lexicons["attribution_markers"], use_lemma=False):
        if _inside(start, quoted):
            continue
        phrase = _phrase_after(doc, end, sentence.end)
        found.append(Attribution(doc[start:end].text, _best_name(phrase) if phrase else None, 0))
    for start, _ in find_entries(view, lexicons["attribution_verbs"], use_lemma=False):
        token: Token = doc[start]
        if _inside(start, quoted) or token.pos_ in _NOT_A_VERB:
            continue
        if token.morph.get("VerbForm", []) == ["Inf"] or start == sentence.start:
            continue
        source: Span | None
        following = [t.lower_ for t in doc[start + 1 : min(start + 4, sentence.end)]]
        if start + 1 < sentence.end and doc[start + 1].lower_ in _PASSIVE_AGENT:
            source, rank = _phrase_after(doc, start + 2, sentence.end), 1
        elif _is_inverted(doc, start, sentence):
            source, rank = _phrase_after(doc, start + 1, sentence.end), 2
        elif token.pos_ in {"VERB", "AUX", ""} or _CLAUSE_WORDS & set(following):
            # A form the tagger took for a noun counts only when "que" follows ("révèle que").
            source, rank = _noun_phrase_before(doc, start, sentence), 3
        else:
            continue
        if source is not None and source.text.strip().lower() in {"qui", "que", "who", "which"}:
            source = None
        found.append(Attribution(token.text, _best_name(source) if source else None, rank))
    return sorted(found, key=lambda attribution: attribution.rank)
