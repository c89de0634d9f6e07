"""Features of a French claim from its parse, for the French check-worthiness weights.

The universal weights know only what every language shares (types, atoms, length). French news
prose says more through its grammar: a verbless line is a heading or a caption, a copula with an
adjective ("C'est très grave") is a judgement, a past tense with a named subject is an event, a
first person outside quotes is the writer's opinion, a sentence that is mostly a quote with no
speaker is a continued quotation.
"""

from __future__ import annotations

from spacy.tokens import Span

_FIRST_PERSON = frozenset({"je", "j'", "j’", "nous", "me", "m'", "m’", "moi", "notre", "nos", "mon", "ma", "mes"})
_PAST_TENSES = frozenset({"Past", "Imp", "Pqp"})
_FINAL = frozenset(".!?»”\"…)")


def _inside(index: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= index < end for start, end in ranges)


def french_features(sentence: Span, quoted: list[tuple[int, int]], has_source: bool) -> dict[str, float]:
    features: dict[str, float] = {}
    outside = [token for token in sentence if not _inside(token.i, quoted)]
    finite = [token for token in outside if token.pos_ in {"VERB", "AUX"}
              and (not token.morph.get("VerbForm") or "Fin" in token.morph.get("VerbForm"))]
    if not finite:
        features["fr:verbless"] = 1.0
    text = sentence.text.strip()
    if text and text[-1] not in _FINAL:
        features["fr:no_final_punctuation"] = 1.0
    quoted_tokens = sum(1 for token in sentence if _inside(token.i, quoted))
    if len(sentence) and quoted_tokens / len(sentence) > 0.5:
        features["fr:mostly_quote"] = 1.0
        if not has_source:
            features["fr:quote_without_speaker"] = 1.0
    if any(token.lower_ in _FIRST_PERSON for token in outside):
        features["fr:first_person"] = 1.0
    roots = [token for token in sentence if token.dep_ == "ROOT"]
    if roots:
        root = roots[0]
        if any(child.dep_ == "cop" for child in root.children) and root.pos_ in {"ADJ", "NOUN"}:
            features["fr:copula"] = 1.0
        subjects = [child for child in root.children if child.dep_.startswith("nsubj")]
        if any(child.pos_ == "PROPN" or child.ent_type_ for child in subjects):
            features["fr:named_subject"] = 1.0
        tenses = set(root.morph.get("Tense"))
        auxiliaries = [child for child in root.children if child.dep_.startswith("aux")]
        if tenses & _PAST_TENSES or (root.morph.get("VerbForm") == ["Part"] and auxiliaries):
            features["fr:past"] = 1.0
        elif "Pres" in tenses:
            features["fr:present"] = 1.0
    if sum(1 for token in sentence if token.ent_type_) >= 4:
        features["fr:entities:4+"] = 1.0
    return features
