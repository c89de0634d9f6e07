"""The claim finder: each sentence becomes a claim with its types, reasons, source and fact atoms."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from workbench.core.detection.atoms import (
    RawAtom,
    capitalised_atoms,
    date_atoms,
    entity_atoms,
    number_atoms,
    quote_atoms,
    token_range_atom,
)
from workbench.core.detection.attribution import find_attributions
from workbench.core.detection.conditional import is_third_person
from workbench.core.detection.lexicons import Lexicons
from workbench.core.detection.matching import find_entries
from workbench.core.detection.sentences import claim_sentences
from workbench.core.model import AtomKind, ClaimType

if not Doc.has_extension("wb_claims"):
    Doc.set_extension("wb_claims", default=None)

_HYPOTHESIS_MARKERS = frozenset({"si", "s'", "s’"})
_MAX_REASON_WORDS = 60


@dataclass
class ClaimFinding:
    """One claim of a paragraph while the pipeline works on it; offsets index the paragraph."""

    start: int
    end: int
    types: list[ClaimType] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    atoms: list[RawAtom] = field(default_factory=list)
    source: str | None = None
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0
    checkworthy: bool = False


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_REASON_WORDS else text[: _MAX_REASON_WORDS - 1] + "…"


def _stripped_bounds(sentence: Span) -> tuple[int, int]:
    text = sentence.text
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    end = sentence.start_char + len(text.rstrip())
    return start, end


class ClaimFinder:
    """Pipeline component: fills `doc._.wb_claims` with one ClaimFinding per claim sentence."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.lexicons = lexicons

    def __call__(self, doc: Doc) -> Doc:
        sentences = doc._.wb_sentences
        if sentences is None:
            sentences = claim_sentences(doc)
        doc._.wb_claims = [self.find(sentence) for sentence in sentences if sentence.text.strip()]
        return doc

    def find(self, sentence: Span) -> ClaimFinding:
        doc = sentence.doc
        start, end = _stripped_bounds(sentence)
        finding = ClaimFinding(start=start, end=end)
        lexicons = self.lexicons

        quotes = quote_atoms(sentence)
        quoted_tokens = [
            (doc.char_span(q_start, q_end, alignment_mode="expand").start,
             doc.char_span(q_start, q_end, alignment_mode="expand").end)
            for q_start, q_end, _ in quotes
        ]
        names = entity_atoms(sentence) if doc.has_annotation("ENT_IOB") else capitalised_atoms(
            sentence
        )
        dates = date_atoms(sentence, lexicons)
        taken = {index for d_start, d_end in dates for index in range(d_start, d_end)}
        numbers = number_atoms(sentence, lexicons, taken)
        finding.atoms = sorted(
            [*names, *quotes]
            + [token_range_atom(doc, a, b, AtomKind.DATE) for a, b in dates]
            + [token_range_atom(doc, a, b, AtomKind.NUMBER) for a, b in numbers]
        )

        self._allegation(sentence, finding)
        attributions = find_attributions(sentence, lexicons, quoted_tokens)
        if attributions:
            finding.types.append(ClaimType.ATTRIBUTION)
            named = next((item for item in attributions if item.source), None)
            if named is not None:
                finding.source = named.source
                finding.reasons.append(f"attributed to: {_short(named.source or '')}")
            else:
                finding.reasons.append(f"reported speech: {attributions[0].cue}")
        if quotes:
            finding.types.append(ClaimType.QUOTE)
            finding.reasons.append(f"quote: «{_short(doc.text[quotes[0][0]:quotes[0][1]])}»")
        if numbers:
            finding.types.append(ClaimType.QUANTITY)
            a, b = numbers[0]
            finding.reasons.append(f"number: {_short(doc[a:b].text)}")
        if dates:
            finding.types.append(ClaimType.DATE)
            a, b = dates[0]
            finding.reasons.append(f"date: {_short(doc[a:b].text)}")
        for claim_type, list_name, label in (
            (ClaimType.COMPARISON, "comparison", "comparison"),
            (ClaimType.CAUSAL, "causal", "cause and effect"),
            (ClaimType.PREDICTION, "prediction", "promise or prediction"),
        ):
            matches = [
                (a, b) for a, b in find_entries(sentence, lexicons[list_name])
                if not any(q_start <= a < q_end for q_start, q_end in quoted_tokens)
            ]
            if claim_type is ClaimType.PREDICTION:
                matches += [(t.i, t.i + 1) for t in sentence if "Fut" in t.morph.get("Tense")]
            if matches:
                finding.types.append(claim_type)
                a, b = matches[0]
                finding.reasons.append(f"{label}: {doc[a:b].text}")
        people = [atom for atom in names if atom[2] is not AtomKind.OTHER] or names
        if people:
            finding.types.append(ClaimType.ENTITY)
            shown = ", ".join(dict.fromkeys(doc.text[a:b] for a, b, _ in people[:3]))
            finding.reasons.append(f"names: {_short(shown)}")
        finding.features = self.features(sentence, finding)
        return finding

    def _allegation(self, sentence: Span, finding: ClaimFinding) -> None:
        doc = sentence.doc
        conditionals = [
            token for token in sentence
            if token._.wb_conditional and is_third_person(token.text)
        ]
        hypothetical = any(token.lower_ in _HYPOTHESIS_MARKERS for token in sentence)
        markers = find_entries(sentence, self.lexicons["allegation_markers"], use_lemma=False)
        if conditionals and not hypothetical:
            finding.types.append(ClaimType.ALLEGATION)
            verb = conditionals[0]
            # "se seraient mises": show the auxiliary with its participle, as a checker reads it.
            shown = verb.text
            if verb.i + 1 < sentence.end and doc[verb.i + 1].morph.get("VerbForm") == ["Part"]:
                shown = f"{verb.text} {doc[verb.i + 1].text}"
            finding.reasons.append(f"conditional (allegation): {shown}")
        elif markers:
            finding.types.append(ClaimType.ALLEGATION)
            a, b = markers[0]
            finding.reasons.append(f"unconfirmed (allegation): {doc[a:b].text}")

    def features(self, sentence: Span, finding: ClaimFinding) -> dict[str, float]:
        """Language-independent features of a claim, used by the check-worthiness scorer."""
        features: dict[str, float] = {f"type:{claim_type.value}": 1.0 for claim_type in finding.types}
        words = [token for token in sentence if not token.is_punct and not token.is_space]
        length = len(words)
        bucket = "1-4" if length < 5 else "5-9" if length < 10 else "10-19" if length < 20 else (
            "20-39" if length < 40 else "40+")
        features[f"length:{bucket}"] = 1.0
        opinion = find_entries(sentence, self.lexicons["opinion"])
        if opinion:
            features["opinion"] = min(len(opinion), 3) / 3
        if any(token.text == "?" for token in sentence):
            features["question"] = 1.0
        if any(token.text == "!" for token in sentence):
            features["exclamation"] = 1.0
        if any(character.isdigit() for character in sentence.text):
            features["digit"] = 1.0
        atom_kinds = {kind for _, _, kind in finding.atoms}
        for kind in atom_kinds:
            features[f"atom:{kind.value}"] = 1.0
        if len(finding.atoms) >= 3:
            features["atoms:3+"] = 1.0
        return features


def make_claims(
    nlp: Language, name: str, lexicons: Callable[[str], Lexicons]
) -> ClaimFinder:
    return ClaimFinder(lexicons(nlp.lang))


Language.factory(
    "workbench_claims",
    assigns=["doc._.wb_claims"],
    default_config={"lexicons": {"@misc": "workbench.lexicons.v1"}},
    func=make_claims,
)
