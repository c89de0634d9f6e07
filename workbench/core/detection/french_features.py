"""Features of a French claim from its parse, for the French check-worthiness weights.

The universal weights know only what every language shares (types, atoms, length). French news
prose says more through its grammar: a verbless line is a heading or a caption, a copula with an
adjective ("C'est très grave") is a judgement, a past tense with a named subject is an event, a
first person outside quotes is the writer's opinion, a sentence that is mostly a quote with no
speaker is a continued quotation.
"""

from __future__ import annotations

from spacy.tokens import Span

from workbench.core.detection.matching import doc_strings

_FIRST_PERSON = frozenset(
    {"je", "j'", "j’", "nous", "me", "m'", "m’", "moi", "notre", "nos", "mon", "ma", "mes"}
)
_PAST_TENSES = frozenset({"Past", "Imp", "Pqp"})
_FINAL = frozenset('.!?»”"…)')


def french_features(
    sentence: Span, quoted: list[tuple[int, int]], has_source: bool, text: str | None = None
) -> dict[str, float]:
    """The French parse features of one claim (names start with "fr:"), in one pass over its tokens."""
    features: dict[str, float] = {}
    inside = {index for start, end in quoted for index in range(start, end)}
    finite = first_person = False
    entities = quoted_count = 0
    root = None
    doc = sentence.doc
    # The doc's string columns, not a Token object per word: this runs on every sentence.
    strings = doc_strings(doc)
    pos, lowers, deps, entity_types = (
        strings.pos,
        strings.lowers,
        strings.deps,
        strings.entity_types,
    )
    for index in range(sentence.start, sentence.end):
        if index in inside:
            quoted_count += 1
        else:
            if not finite and pos[index] in {"VERB", "AUX"}:
                forms = doc[index].morph.get("VerbForm", [])
                finite = not forms or "Fin" in forms
            if not first_person and lowers[index] in _FIRST_PERSON:
                first_person = True
        if entity_types[index]:
            entities += 1
        if root is None and deps[index] == "ROOT":
            root = doc[index]
    if not finite:
        features["fr:verbless"] = 1.0
    text = (sentence.text if text is None else text).rstrip()
    if text and text[-1] not in _FINAL:
        features["fr:no_final_punctuation"] = 1.0
    if len(sentence) and quoted_count / len(sentence) > 0.5:
        features["fr:mostly_quote"] = 1.0
        if not has_source:
            features["fr:quote_without_speaker"] = 1.0
    if first_person:
        features["fr:first_person"] = 1.0
    if root is not None:
        children = list(root.children)
        if root.pos_ in {"ADJ", "NOUN"} and any(child.dep_ == "cop" for child in children):
            features["fr:copula"] = 1.0
        if any(
            child.dep_.startswith("nsubj") and (child.pos_ == "PROPN" or child.ent_type)
            for child in children
        ):
            features["fr:named_subject"] = 1.0
        tenses = set(root.morph.get("Tense", []))
        if tenses & _PAST_TENSES or (
            root.morph.get("VerbForm", []) == ["Part"]
            and any(child.dep_.startswith("aux") for child in children)
        ):
            features["fr:past"] = 1.0
        elif "Pres" in tenses:
            features["fr:present"] = 1.0
    if entities >= 4:
        features["fr:entities:4+"] = 1.0
    return features
