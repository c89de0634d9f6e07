"""Allegations by the grammar of the sentence: which conditional verb is a journalistic one, and why.

A French conditional marks an unconfirmed fact ("Le suspect aurait pris la fuite") only in some
places. It is no allegation when it is a modal ("devrait", "pourrait", "aurait dû"), advice or
politeness ("il faudrait", "mieux vaudrait", "on voudrait", "il serait bon de"), a fixed
expression ("ne serait-ce que", "on dirait"), the consequence of a "si" hypothesis, the future in
the past after a past reporting verb ("a fait savoir qu'il ne démissionnerait pas"), or a possible
effect in a relative clause ("une résolution qui permettrait"). The clause structure comes from
the dependency parse when the pipeline has one, else from the words between "que" and the verb.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from workbench.core.detection.conditional import is_third_person

# Conditional forms that are modals, advice, wishes or politeness, by their future stem.
_MODAL_STEMS = ("pourr", "devr")
_ADVICE_STEMS = ("faudr", "vaudr", "voudr", "aimer", "souhaiter", "préférer", "desirer", "désirer")
_COUNTERFACTUAL_PARTICIPLES = frozenset({"dû", "du", "pu", "fallu", "voulu", "aimé", "souhaité"})
_ADVICE_ADJECTIVES = frozenset(
    {
        "bon",
        "bien",
        "souhaitable",
        "préférable",
        "utile",
        "nécessaire",
        "judicieux",
        "temps",
        "sage",
        "opportun",
        "logique",
        "normal",
    }
)
_PAST_TENSES = frozenset({"Imp", "Past", "Pqp"})
_REPORT_WINDOW = 12


@dataclass(frozen=True)
class Conditional:
    """A conditional verb of the sentence and what the grammar makes of it."""

    token: Token
    shown: str  # the verb as a checker reads it ("aurait demandé", "se seraient mises")
    is_allegation: bool
    why: str


def _shown(token: Token, sentence: Span) -> str:
    doc = token.doc
    following = token.i + 1
    if following < sentence.end and doc[following].morph.get("VerbForm", []) == ["Part"]:
        return f"{token.text} {doc[following].text}"
    if (
        following + 1 < sentence.end
        and doc[following].lower_ in {"été", "pas", "jamais", "déjà"}
        and (doc[following + 1].morph.get("VerbForm", []) == ["Part"])
    ):
        return f"{token.text} {doc[following].text} {doc[following + 1].text}"
    return token.text


def _participle_after(token: Token, sentence: Span) -> Token | None:
    doc = token.doc
    for index in range(token.i + 1, min(token.i + 3, sentence.end)):
        if (
            doc[index].morph.get("VerbForm", []) == ["Part"]
            or doc[index].lower_ in _COUNTERFACTUAL_PARTICIPLES
        ):
            return doc[index]
        if doc[index].pos_ not in {"ADV", "PART"}:
            return None
    return None


def _is_past(verb: Token) -> bool:
    """Passé composé ("a fait savoir"), imperfect, pluperfect or passé simple."""
    if _PAST_TENSES & set(verb.morph.get("Tense", [])):
        return True
    return verb.morph.get("VerbForm", []) == ["Part"] and any(
        child.dep_ in {"aux", "aux:tense", "aux:pass"} for child in verb.children
    )


def _hypothesis(sentence: Span) -> str | None:
    """ "si" (or "s'il") with an imperfect or pluperfect verb: the sentence states a hypothesis."""
    doc = sentence.doc
    for token in sentence:
        lower = token.lower_
        opens = lower == "si" or (
            lower in {"s'", "s’"}
            and token.i + 1 < sentence.end
            and doc[token.i + 1].lower_ in {"il", "ils"}
        )
        if not opens:
            continue
        verbs = [token.head] if token.dep_ == "mark" and token.head.pos_ in {"VERB", "AUX"} else []
        verbs += [doc[index] for index in range(token.i + 1, min(token.i + 7, sentence.end))]
        for verb in verbs:
            tenses = set(verb.morph.get("Tense", []))
            if tenses & {"Imp", "Pqp"} and verb.pos_ in {"VERB", "AUX"}:
                return f"hypothesis after «{token.text}»"
    return None


def _clause_of(
    token: Token, sentence: Span, reporting: frozenset[str] = frozenset()
) -> tuple[str, Token | None]:
    """Which clause holds the conditional: "relative" (after qui/dont/où), "complement" (after the
    conjunction que, with the verb that governs it), or "main". Read from the words going back to
    the nearest clause word; a finite verb met first means the conditional is in a later clause
    (other conditionals and subordinate "lorsque" clauses are stepped over)."""
    doc = token.doc
    for index in range(token.i - 1, sentence.start - 1, -1):
        word = doc[index]
        lower = word.lower_
        if lower in {"qui", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"}:
            return "relative", None
        if lower in {"que", "qu'", "qu’"}:
            if (
                word.pos_ == "PRON"
                and index > sentence.start
                and doc[index - 1].pos_ in {"NOUN", "PRON"}
            ):
                return "relative", None
            coordinated = [
                doc[back].lower_ for back in range(max(sentence.start, index - 2), index)
            ]
            if "et" in coordinated or "ou" in coordinated:
                # "a affirmé que A et surtout qu'ils ne participeraient pas": the first "que" governs.
                earlier = next(
                    (
                        back
                        for back in range(index - 1, sentence.start - 1, -1)
                        if doc[back].lower_ in {"que", "qu'", "qu’"}
                    ),
                    None,
                )
                if earlier is not None:
                    return (
                        _clause_of(doc[earlier + 1], sentence, reporting)
                        if earlier + 1 < index
                        else ("main", None)
                    )
            for before in range(index - 1, max(sentence.start, index - 6) - 1, -1):
                candidate = doc[before]
                if (
                    candidate.pos_ in {"VERB", "AUX"}
                    or candidate.morph.get("VerbForm", [])
                    or (candidate.lower_ in reporting)
                ):  # "révèle", which the small tagger calls a noun
                    return "complement", candidate
            return "complement", None
        if (
            word.pos_ in {"VERB", "AUX"}
            and "Fin" in word.morph.get("VerbForm", [])
            and not word._.wb_conditional
            and doc[max(sentence.start, index - 1)].lower_ not in {"lorsqu'", "lorsqu’", "quand"}
        ):
            return "main", None
    return "main", None


def _tense_bearer(governor: Token, sentence: Span) -> Token:
    """ "a fait savoir": the tense is carried by "a fait", not by "savoir"."""
    doc = governor.doc
    if governor.morph.get("VerbForm", []) in (["Inf"], ["Part"]):
        for index in range(governor.i - 1, max(sentence.start, governor.i - 3) - 1, -1):
            if doc[index].pos_ in {"AUX", "VERB"}:
                return (
                    doc[index]
                    if doc[index].morph.get("VerbForm", []) != ["Part"] or index == governor.i - 1
                    else governor
                )
    return governor


def _reporting_verb_before(token: Token, sentence: Span) -> Token | None:
    """Without a parse: a verb before "que/qu'" that comes before the conditional."""
    doc = token.doc
    for index in range(token.i - 1, max(sentence.start, token.i - _REPORT_WINDOW) - 1, -1):
        if doc[index].lower_ in {"que", "qu'", "qu’"}:
            for before in range(index - 1, max(sentence.start, index - 4) - 1, -1):
                if doc[before].pos_ in {"VERB", "AUX"}:
                    return doc[before]
            return None
    return None


def _que_between(governor: Token, token: Token) -> bool:
    if governor.i >= token.i:
        return False
    return any(t.lower_ in {"que", "qu'", "qu’"} for t in token.doc[governor.i + 1 : token.i])


def judge_conditional(
    token: Token,
    sentence: Span,
    quoted: list[tuple[int, int]],
    has_parse: bool,
    reporting: frozenset[str] = frozenset(),
) -> Conditional:
    """What one conditional verb is: an allegation, or which other use of the mood."""
    doc = token.doc
    lower = token.lower_
    shown = _shown(token, sentence)

    def no(why: str) -> Conditional:
        return Conditional(token, shown, False, why)

    if any(start <= token.i < end for start, end in quoted):
        return no("inside a quote")
    if not is_third_person(token.text):
        return no("first or second person")
    following = doc[token.i + 1] if token.i + 1 < sentence.end else None
    if lower.startswith("serait") and following is not None and following.lower_ in {"-ce", "ce"}:
        return no("fixed expression «ne serait-ce que»")
    if "-ce" in lower:
        return no("fixed expression «ne serait-ce que»")
    if lower.startswith(_MODAL_STEMS):
        return no("modal (could, should)")
    if lower.startswith(_ADVICE_STEMS):
        return no("advice or politeness")
    if lower.startswith("dir") and token.i > sentence.start and doc[token.i - 1].lower_ == "on":
        return no("fixed expression «on dirait»")
    participle = _participle_after(token, sentence)
    if (
        participle is not None
        and participle.lower_ in _COUNTERFACTUAL_PARTICIPLES
        and lower.startswith("aur")
    ):
        return no(f"counterfactual «{token.text} {participle.text}»")
    if (
        lower.startswith("serait")
        and following is not None
        and (
            following.lower_ in _ADVICE_ADJECTIVES
            and token.i > sentence.start
            and doc[token.i - 1].lower_ in {"il", "ce", "c'", "c’"}
        )
    ):
        return no("advice «il serait bon de»")
    hypothesis = _hypothesis(sentence)
    if hypothesis:
        return no(hypothesis)
    how, governor = _clause_of(token, sentence, reporting)
    if how == "relative":
        if lower.startswith(("ser", "aur")):
            return Conditional(token, shown, True, "in a relative clause")
        return no("possible effect in a relative clause")
    if how == "complement" and governor is not None:
        bearer = _tense_bearer(governor, sentence)
        said = governor.text if bearer is governor else f"{bearer.text} {governor.text}"
        if (
            _is_past(bearer)
            or _is_past(governor)
            or bearer.lower_ in {"a", "ont", "avait", "avaient", "eut"}
        ):
            return no(f"future in the past after «{said}»")
        forms = bearer.morph.get("VerbForm", [])
        if forms in (["Inf"], ["Part"], ["Ger"]):
            return no(f"hypothetical after «{said}»")
        return Conditional(token, shown, True, f"reported after «{said}» (present tense)")
    return Conditional(token, shown, True, "main clause")


def find_conditionals(
    sentence: Span, quoted: list[tuple[int, int]], reporting: frozenset[str] = frozenset()
) -> list[Conditional]:
    """Every conditional verb of the sentence, judged; `reporting` are reporting-verb forms."""
    doc = sentence.doc
    has_parse = doc.has_annotation("DEP")
    judged = []
    seen_auxiliary_of: set[int] = set()
    for index in sorted(doc._.wb_conditionals):
        if not sentence.start <= index < sentence.end or index in seen_auxiliary_of:
            continue
        judged.append(judge_conditional(doc[index], sentence, quoted, has_parse, reporting))
    return judged
