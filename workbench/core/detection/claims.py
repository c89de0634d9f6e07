"""The claim finder: each sentence becomes a claim with its types, reasons, source and fact atoms."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from workbench.core.detection.allegation import find_conditionals
from workbench.core.detection.atoms import (
    RawAtom,
    capitalised_atoms,
    date_atoms,
    entity_atoms,
    number_atoms,
    quote_atoms,
    token_range_atom,
)
from workbench.core.detection.attribution import (
    PRONOUN_SOURCES,
    find_attributions,
    find_french_attributions,
    main_subject_name,
)
from workbench.core.detection.french_features import french_features
from workbench.core.detection.lexicons import Lexicons
from workbench.core.detection.matching import TokenView, doc_strings, find_entries
from workbench.core.detection.prose import non_prose_reason
from workbench.core.detection.quantities import find_numbers_and_dates
from workbench.core.detection.sentences import claim_sentences
from workbench.core.model import ANONYMOUS_SOURCE_MARK, AtomKind, ClaimType

if not Doc.has_extension("wb_claims"):
    Doc.set_extension("wb_claims", default=None)
if not Doc.has_extension("wb_non_prose"):
    Doc.set_extension("wb_non_prose", default=None)

_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on", "he", "she", "they", "it", "we", "i"})
_WORD_LIKE = re.compile(r"[^\W_]")
_DIGIT = re.compile(r"\d")
_FEATURE_KIND = {
    AtomKind.PERSON: "name",
    AtomKind.ORGANISATION: "name",
    AtomKind.PLACE: "name",
    AtomKind.OTHER: "name",
}
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
    source_pronoun: str | None = None  # "il", "elle": resolved against earlier sentences, or not
    subject_name: str | None = None  # the named subject of the main clause, for later pronouns
    anonymous_source: bool = False


_ANONYMOUS_HEADS = frozenset(
    {
        "source",
        "sources",
        "responsable",
        "responsables",
        "proche",
        "proches",
        "expert",
        "experts",
        "témoin",
        "témoins",
        "témoignages",
        "observateur",
        "observateurs",
        "diplomate",
        "diplomates",
        "official",
        "officials",
        "on",
    }
)


def _is_anonymous(source: str) -> bool:
    """ "un responsable", "des sources diplomatiques", "un proche du dossier": no one named."""
    words = source.lower().replace("’", "'").split()
    if not words or any(word[:1].isupper() for word in source.split()[1:]):
        return False
    return words[0] in {
        "un",
        "une",
        "des",
        "plusieurs",
        "certains",
        "d'autres",
        "de",
        "même",
        "sources",
    } and any(word in _ANONYMOUS_HEADS for word in words[:3])


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_REASON_WORDS else text[: _MAX_REASON_WORDS - 1] + "…"


def _stripped_bounds(sentence: Span, doc_text: str) -> tuple[int, int]:
    text = doc_text[sentence.start_char : sentence.end_char]
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    end = sentence.start_char + len(text.rstrip())
    return start, end


class ClaimFinder:
    """Pipeline component: fills `doc._.wb_claims` with one ClaimFinding per claim sentence."""

    def __init__(self, lexicons: Lexicons, has_entities: bool) -> None:
        self.lexicons = lexicons
        self.has_entities = has_entities

    def __call__(self, doc: Doc) -> Doc:
        # A menu, credit, byline or caption line is no claim (see prose.py).
        doc._.wb_non_prose = non_prose_reason(doc)
        if doc._.wb_non_prose is not None:
            doc._.wb_claims = []
            return doc
        sentences = doc._.wb_sentences
        if sentences is None:
            sentences = claim_sentences(doc)
        doc_text = doc_strings(doc).text
        doc._.wb_claims = [
            self.find(sentence, doc_text)
            for sentence in sentences
            if not doc_text[sentence.start_char : sentence.end_char].isspace()
        ]
        return doc

    def find(self, sentence: Span, doc_text: str | None = None) -> ClaimFinding:
        """The claim of one sentence; `doc_text` is `sentence.doc.text` when the caller has it."""
        doc = sentence.doc
        if doc_text is None:
            doc_text = doc_strings(doc).text
        start, end = _stripped_bounds(sentence, doc_text)
        finding = ClaimFinding(start=start, end=end)
        lexicons = self.lexicons

        quotes = quote_atoms(sentence, doc_text[sentence.start_char : sentence.end_char])
        quoted_tokens = []
        for q_start, q_end, _ in quotes:
            quoted = doc.char_span(q_start, q_end, alignment_mode="expand")
            if quoted is not None:
                quoted_tokens.append((quoted.start, quoted.end))
        sentence_text = doc_text[sentence.start_char : sentence.end_char]
        opened = sentence_text.rfind("«")
        if opened >= 0 and sentence_text.find("»", opened) < 0:
            # "« Le président a promis le changement, mais …": a quotation that goes on past the
            # sentence; nothing inside it is the writer's report.
            inside = doc.char_span(
                sentence.start_char + opened, sentence.end_char, alignment_mode="expand"
            )
            if inside is not None:
                quoted_tokens.append((inside.start, inside.end))
        closed = sentence_text.find("»")
        if closed > 0 and sentence_text.rfind("«", 0, closed) < 0:
            # "Il a échoué », a affirmé le candidat.": the end of a quotation opened earlier
            inside = doc.char_span(
                sentence.start_char, sentence.start_char + closed, alignment_mode="expand"
            )
            if inside is not None:
                quoted_tokens.append((inside.start, inside.end))
        view = TokenView.of(sentence, lexicons)
        names = (
            entity_atoms(sentence, lexicons["not_persons"].words)
            if self.has_entities
            else capitalised_atoms(sentence, view)
        )
        if lexicons.language == "fr":
            measured = find_numbers_and_dates(sentence, doc_text, lexicons["units"].words)
        else:
            dates = date_atoms(sentence, lexicons, view)
            taken = {index for d_start, d_end in dates for index in range(d_start, d_end)}
            measured = [token_range_atom(doc, a, b, AtomKind.DATE) for a, b in dates] + [
                token_range_atom(doc, a, b, AtomKind.NUMBER)
                for a, b in number_atoms(sentence, lexicons, taken, view)
            ]
        numbers = [(a, b) for a, b, kind in measured if kind is AtomKind.NUMBER]
        dates_found = [(a, b) for a, b, kind in measured if kind is AtomKind.DATE]
        finding.atoms = sorted([*names, *quotes, *measured])

        self._allegation(sentence, finding, view, quoted_tokens)
        if lexicons.language == "fr" and doc.has_annotation("TAG"):
            attributions = find_french_attributions(sentence, lexicons, quoted_tokens, view)
        else:
            attributions = find_attributions(sentence, lexicons, quoted_tokens, view)
        if attributions:
            finding.types.append(ClaimType.ATTRIBUTION)
            named = next((item for item in attributions if item.source), None)
            # "dit-on" is no one to look for: an anonymous source, said as such (below).
            pronoun = (named.source or "").lower() if named is not None else ""
            if named is not None and pronoun != "on" and pronoun in PRONOUN_SOURCES | _PRONOUNS:
                # Who "il" is gets decided with the article's earlier sentences (Detector.analyze).
                finding.source_pronoun = named.source
                finding.reasons.append(f"attributed to: {named.source} (unresolved)")
            elif named is not None:
                finding.source = named.source
                anonymous = (named.source or "").lower() in {"on"} or _is_anonymous(
                    named.source or ""
                )
                finding.reasons.append(
                    f"attributed to: {_short(named.source or '')}"
                    + (f" {ANONYMOUS_SOURCE_MARK}" if anonymous else "")
                )
                finding.anonymous_source = anonymous
            else:
                finding.reasons.append(f"reported speech: {attributions[0].cue}")
        if lexicons.language == "fr" and doc.has_annotation("DEP"):
            finding.subject_name = main_subject_name(sentence, lexicons["source_nouns"].words)
        if quotes:
            finding.types.append(ClaimType.QUOTE)
            finding.reasons.append(f"quote: «{_short(doc_text[quotes[0][0] : quotes[0][1]])}»")
        if numbers:
            finding.types.append(ClaimType.QUANTITY)
            a, b = numbers[0]
            finding.reasons.append(f"number: {_short(doc_text[a:b])}")
        if dates_found:
            finding.types.append(ClaimType.DATE)
            a, b = dates_found[0]
            finding.reasons.append(f"date: {_short(doc_text[a:b])}")
        for claim_type, list_name, label in (
            (ClaimType.COMPARISON, "comparison", "comparison"),
            (ClaimType.CAUSAL, "causal", "cause and effect"),
            (ClaimType.PREDICTION, "prediction", "promise or prediction"),
        ):
            # "1er mai" is a date, not a comparison: words inside a number or date atom are taken.
            matches = [
                (a, b)
                for a, b in find_entries(view, lexicons[list_name])
                if not any(q_start <= a < q_end for q_start, q_end in quoted_tokens)
                and not any(m_start <= doc[a].idx < m_end for m_start, m_end, _ in measured)
            ]
            if claim_type is ClaimType.PREDICTION:
                matches += [
                    (index, index + 1)
                    for index in sorted(doc._.wb_futures)
                    if sentence.start <= index < sentence.end
                ]
            if matches:
                finding.types.append(claim_type)
                a, b = matches[0]
                finding.reasons.append(f"{label}: {doc[a:b].text}")
        people = [atom for atom in names if atom[2] is not AtomKind.OTHER] or names
        if people:
            finding.types.append(ClaimType.ENTITY)
            shown = ", ".join(dict.fromkeys(doc_text[a:b] for a, b, _ in people[:3]))
            finding.reasons.append(f"names: {_short(shown)}")
        finding.features = self.features(view, finding, quoted_tokens)
        if lexicons.language == "fr" and doc.has_annotation("DEP"):
            finding.features.update(
                french_features(
                    sentence,
                    quoted_tokens,
                    bool(finding.source or finding.source_pronoun),
                    doc_text[start:end],
                )
            )
        return finding

    def _allegation(
        self, sentence: Span, finding: ClaimFinding, view: TokenView, quoted: list[tuple[int, int]]
    ) -> None:
        doc = sentence.doc
        allegations = [
            item
            for item in find_conditionals(
                sentence, quoted, self.lexicons["attribution_verbs"].words
            )
            if item.is_allegation
        ]
        markers = [
            (a, b)
            for a, b in find_entries(view, self.lexicons["allegation_markers"], use_lemma=False)
            if not any(q_start <= a < q_end for q_start, q_end in quoted)
        ]
        if allegations:
            finding.types.append(ClaimType.ALLEGATION)
            first = allegations[0]
            finding.reasons.append(f"conditional (allegation): {first.shown} ({first.why})")
        elif markers:
            finding.types.append(ClaimType.ALLEGATION)
            a, b = markers[0]
            finding.reasons.append(f"unconfirmed (allegation): {doc[a:b].text}")

    def features(
        self, view: TokenView, finding: ClaimFinding, quoted: list[tuple[int, int]]
    ) -> dict[str, float]:
        """Language-independent features of a claim, used by the check-worthiness scorer."""
        features: dict[str, float] = {
            f"type:{claim_type.value}": 1.0 for claim_type in finding.types
        }
        # Most tokens are all letters, which isalnum() tells faster than the search.
        length = sum(1 for text in view.texts if text.isalnum() or _WORD_LIKE.search(text))
        bucket = (
            "1-4"
            if length < 5
            else "5-9"
            if length < 10
            else "10-19"
            if length < 20
            else ("20-39" if length < 40 else "40+")
        )
        features[f"length:{bucket}"] = 1.0
        # "je" inside a quote is the quoted person speaking, not the writer's opinion.
        opinion = [
            (a, b)
            for a, b in find_entries(view, self.lexicons["opinion"])
            if not any(q_start <= a < q_end for q_start, q_end in quoted)
        ]
        if opinion:
            features["opinion"] = min(len(opinion), 3) / 3
        for list_name in ("modal", "second_person"):
            if any(
                not any(q_start <= a < q_end for q_start, q_end in quoted)
                for a, _ in find_entries(view, self.lexicons[list_name])
            ):
                features[list_name] = 1.0
        if (
            finding.source
            and finding.source.lower() not in _PRONOUNS
            and any(character.isupper() for character in finding.source)
        ):
            features["source:named"] = 1.0
        if "?" in view.texts:
            features["question"] = 1.0
        if "!" in view.texts:
            features["exclamation"] = 1.0
        if _DIGIT.search(" ".join(view.texts)):
            features["digit"] = 1.0
        # Names count alike whatever their kind: English training text has no entity labels.
        kinds = [_FEATURE_KIND.get(kind, kind.value) for _, _, kind in finding.atoms]
        for kind in set(kinds):
            features[f"atom:{kind}"] = 1.0
        if kinds.count("name") >= 2:
            features["names:2+"] = 1.0
        if len(finding.atoms) >= 3:
            features["atoms:3+"] = 1.0
        return features


def make_claims(nlp: Language, name: str, lexicons: Callable[[str], Lexicons]) -> ClaimFinder:
    return ClaimFinder(lexicons(nlp.lang or ""), has_entities="ner" in nlp.pipe_names)


Language.factory(
    "workbench_claims",
    assigns=["doc._.wb_claims"],
    default_config={"lexicons": {"@misc": "workbench.lexicons.v1"}},
    func=make_claims,
)
