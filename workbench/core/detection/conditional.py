"""French conditional mood by rule: the models tag many conditionals (`entretiendrait`) as imperfect.

A conditional is a future stem plus an imperfect ending (-ais, -ait, -ions, -iez, -aient), and every
future stem ends in "r": the infinitive (parler-ait, finir-ait), the infinitive less its final "e"
(prendr-ait), or an irregular stem (aur-ait, entretiendr-ait). An imperfect whose stem happens to end
in "r" (entr-ait, ouvr-ait, dur-ait) fails that test, because "entr", "entre" and "ouvre" are not
infinitives. The list of infinitives comes from the French pipeline's own lemmatizer tables.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Collection, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Token

from workbench.core.detection.lexicons import Lexicons
from workbench.core.detection.matching import doc_strings

# Indices of the conditional and future verbs of a doc; the token attributes read them.
if not Doc.has_extension("wb_conditionals"):
    Doc.set_extension("wb_conditionals", default=frozenset())
if not Doc.has_extension("wb_futures"):
    Doc.set_extension("wb_futures", default=frozenset())
if not Token.has_extension("wb_conditional"):
    Token.set_extension(
        "wb_conditional", getter=lambda token: token.i in token.doc._.wb_conditionals
    )
if not Token.has_extension("wb_future"):
    Token.set_extension("wb_future", getter=lambda token: token.i in token.doc._.wb_futures)

_ENDINGS = ("aient", "ions", "iez", "ais", "ait")
_FUTURE_ENDINGS = ("ont", "ons", "ez", "as", "ai", "a")
# Persons that a journalistic conditional reports on; first and second person are wishes and
# politeness ("je voudrais", "vous pourriez") rather than allegations.
_THIRD_PERSON_ENDINGS = ("ait", "aient")
_JUDGED_MAX = 200_000


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def _matches_regular_stem(stem: str, infinitive: str) -> bool:
    if stem == infinitive or stem + "e" == infinitive:
        return True
    if not infinitive.endswith("er"):
        return False
    # Stem changes of the first group: appeller/appeler, jetter/jeter, achèter/acheter,
    # emploier/employer, cèder/céder: compare without accents and doubled l/t, y ~ i.
    folded_stem = _plain(stem).replace("ll", "l").replace("tt", "t").replace("i", "y")
    folded_infinitive = _plain(infinitive).replace("i", "y")
    return folded_stem == folded_infinitive


def future_stem_infinitives(stem: str, future_stems: Iterable[tuple[str, str, bool]]) -> list[str]:
    """Infinitives that `stem` (a candidate future stem) could come from, by the irregular table."""
    candidates = [stem, stem + "e"]
    for infinitive_end, stem_end, whole_word in future_stems:
        if stem == stem_end or (stem.endswith(stem_end) and not whole_word):
            candidates.append(stem[: len(stem) - len(stem_end)] + infinitive_end)
    return candidates


def is_conditional_form(
    form: str,
    lemma: str,
    infinitives: Collection[str],
    future_stems: Iterable[tuple[str, str, bool]],
) -> bool:
    """True when `form` is a French conditional (any person) of a verb.

    `lemma` is the lemmatizer's guess (may be wrong or empty); `infinitives` the known verbs.
    """
    return _has_future_stem(form, lemma, infinitives, future_stems, _ENDINGS)


def is_future_form(
    form: str,
    lemma: str,
    infinitives: Collection[str],
    future_stems: Iterable[tuple[str, str, bool]],
) -> bool:
    """True when `form` is a French simple future ("annoncera"); the passé simple "entra" is not."""
    return _has_future_stem(form, lemma, infinitives, future_stems, _FUTURE_ENDINGS)


def _has_future_stem(
    form: str,
    lemma: str,
    infinitives: Collection[str],
    future_stems: Iterable[tuple[str, str, bool]],
    endings: tuple[str, ...],
) -> bool:
    word = form.lower()
    stem = ""
    for ending in endings:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            stem = word[: -len(ending)]
            break
    if not stem.endswith("r"):
        return False
    lemma = lemma.lower()
    stems = tuple(future_stems)
    if lemma and lemma != word:
        if _matches_regular_stem(stem, lemma):
            return True
        if lemma in future_stem_infinitives(stem, stems)[2:]:
            return True
    for candidate in future_stem_infinitives(stem, stems):
        if candidate in infinitives:
            return True
    # First-group stem changes when the lemmatizer gave nothing useful: appellerait, achèterait.
    if stem.endswith("er"):  # "ier" too
        for candidate in (
            stem.replace("è", "é"),
            stem.replace("è", "e").replace("ll", "l").replace("tt", "t"),
            stem[:-3] + "yer" if stem.endswith("ier") else stem,
        ):
            if candidate in infinitives:
                return True
    return False


def is_third_person(form: str) -> bool:
    return form.lower().endswith(_THIRD_PERSON_ENDINGS)


def known_infinitives(nlp: Language) -> frozenset[str]:
    """French infinitives from the pipeline's lemmatizer tables (empty when it has none)."""
    if "lemmatizer" not in nlp.component_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None:
        return frozenset()
    strings = nlp.vocab.strings
    infinitives: set[str] = set()
    if lookups.has_table("lemma_index"):
        index = lookups.get_table("lemma_index")
        infinitives.update(index.get(strings["verb"], []) if "verb" in strings else [])
    if lookups.has_table("lemma_exc") and "verb" in strings:
        exceptions = lookups.get_table("lemma_exc").get(strings["verb"], {})
        for lemmas in exceptions.values():
            infinitives.update(lemmas)
    return frozenset(infinitives)


class ConditionalTagger:
    """Pipeline component: `token._.wb_conditional` / `wb_future` on French conditionals / futures."""

    def __init__(self, infinitives: frozenset[str], lexicons: Lexicons) -> None:
        self.infinitives = infinitives
        self.future_stems = lexicons.future_stems
        self.active = lexicons.language == "fr"
        # (form, lemma) -> (conditional, future): the test reads nothing else, and a corpus
        # repeats its verbs, so each pair is judged once. Cleared when full, to bound memory.
        self._judged: dict[tuple[str, str], tuple[bool, bool]] = {}

    def _judge(self, text: str, lemma: str) -> tuple[bool, bool]:
        key = (text, lemma)
        judged = self._judged.get(key)
        if judged is None:
            conditional = is_conditional_form(text, lemma, self.infinitives, self.future_stems)
            future = not conditional and is_future_form(
                text, lemma, self.infinitives, self.future_stems
            )
            judged = (conditional, future)
            if len(self._judged) >= _JUDGED_MAX:
                self._judged.clear()
            self._judged[key] = judged
        return judged

    def __call__(self, doc: Doc) -> Doc:
        if not self.active:
            return doc
        conditionals: set[int] = set()
        futures: set[int] = set()
        strings = doc_strings(doc)
        for index, text in enumerate(strings.texts):
            # Only words ending like -ait/-aient/-ions/-iez/-ais or -a/-as/-ai/-ons/-ez/-ont.
            if len(text) < 3 or text[-1] not in "tsaz" or not text.isalpha():
                continue
            if strings.pos[index] in _NOT_VERBS:
                continue
            conditional, future = self._judge(text, strings.lemmas[index])
            if conditional:
                conditionals.add(index)
            elif future:
                futures.add(index)
        doc._.wb_conditionals = frozenset(conditionals)
        doc._.wb_futures = frozenset(futures)
        return doc


# Parts of speech that are never a conditional verb; anything else (including the VERB tag the
# model gives `entretiendrait`, or no tag at all) goes through the form test.
_NOT_VERBS = frozenset({"DET", "ADP", "PUNCT", "PROPN", "NUM", "CCONJ", "SCONJ", "PRON"})


def make_conditional(
    nlp: Language, name: str, lexicons: Callable[[str], Lexicons]
) -> ConditionalTagger:
    return ConditionalTagger(known_infinitives(nlp), lexicons(nlp.lang or ""))


Language.factory(
    "workbench_conditional",
    assigns=["doc._.wb_conditionals", "doc._.wb_futures"],
    default_config={"lexicons": {"@misc": "workbench.lexicons.v1"}},
    func=make_conditional,
)
