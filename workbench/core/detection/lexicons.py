"""Word lists of the claim detector, read from resources/lexicons/ through spaCy's misc registry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path

from spacy.util import registry

# Lists whose one-word entries also match a token's lemma (the rest match the form only).
LEMMA_LISTS = frozenset({"comparison", "causal", "prediction", "opinion", "modal"})
LEXICON_NAMES = (
    "attribution_verbs",
    "attribution_markers",
    "allegation_markers",
    "causal",
    "comparison",
    "prediction",
    "quantity_words",
    "units",
    "date_words",
    "date_modifiers",
    "opinion",
    "modal",
    "second_person",
    "non_sources",
    "not_persons",
    "source_nouns",
)


def resources_dir() -> Path:
    """The resources/ folder: inside the installed package, else at the top of the source tree."""
    try:
        return Path(str(resources.files("workbench.resources")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[3] / "resources"


@dataclass(frozen=True)
class WordList:
    """One word list: single words (matched on form or lemma) and phrases (runs of lower-case words)."""

    words: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    phrases_by_first_word: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    name: str = ""

    @classmethod
    def of(
        cls, words: frozenset[str], phrases: tuple[tuple[str, ...], ...], name: str = ""
    ) -> WordList:
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            index.setdefault(phrase[0], []).append(phrase)
        return cls(words, phrases, {first: tuple(group) for first, group in index.items()}, name)


@dataclass(frozen=True, eq=False)
class Lexicons:
    """All word lists of one language, plus the French irregular future stems."""

    language: str
    lists: dict[str, WordList]
    future_stems: tuple[tuple[str, str, bool], ...] = field(default=())

    def __getitem__(self, name: str) -> WordList:
        return self.lists[name]

    @cached_property
    def word_index(self) -> dict[str, tuple[tuple[str, bool], ...]]:
        """Every single word of every list: word -> (list name, matched on lemmas too)."""
        index: dict[str, list[tuple[str, bool]]] = {}
        for name, words in self.lists.items():
            for word in words.words:
                index.setdefault(word, []).append((name, name in LEMMA_LISTS))
        return {word: tuple(names) for word, names in index.items()}

    @cached_property
    def phrase_index(self) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
        """Every phrase of every list, by first word: word -> ((phrase, list name), ...)."""
        index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for name, words in self.lists.items():
            for phrase in words.phrases:
                index.setdefault(phrase[0], []).append((phrase, name))
        return {word: tuple(entries) for word, entries in index.items()}


def read_word_file(path: Path) -> list[str]:
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip().lower() if not line.startswith("#") else ""
        if entry:
            entries.append(entry)
    return entries


def _split_phrase(entry: str) -> tuple[str, ...]:
    # Split the way spaCy's French and English tokenizers do for apostrophes: "d'après" -> d' après.
    words: list[str] = []
    for word in entry.split():
        for apostrophe in ("'", "’"):
            head, sep, tail = word.partition(apostrophe)
            if sep and head and tail and head not in ("aujourd",):
                word = f"{head}{sep} {tail}"
        words.extend(word.split())
    return tuple(words)


# Regular French -er endings a reporting verb takes in news prose (present, past, participle, future).
_FIRST_GROUP_ENDINGS = (
    "e",
    "ent",
    "é",
    "ée",
    "és",
    "ées",
    "ait",
    "aient",
    "a",
    "èrent",
    "era",
    "eront",
    "ant",
)


def conjugate_first_group(infinitive: str) -> list[str]:
    """Forms of a regular -er verb ("révéler" -> révèle, révélé, ...), with the è of stressed stems."""
    stem = infinitive[:-2]
    forms = [infinitive] + [stem + ending for ending in _FIRST_GROUP_ENDINGS]
    if "é" in stem[-3:]:
        position = stem.rfind("é")
        stressed = stem[:position] + "è" + stem[position + 1 :]
        forms += [stressed + "e", stressed + "ent"]
    elif stem.endswith(("pel", "jet")):
        forms += [stem + stem[-1] + "e", stem + stem[-1] + "ent"]  # "rappelle", "rejettent"
    elif (
        len(stem) >= 3 and stem[-2] == "e" and stem[-1] not in "aeiouyl" and stem[-3] not in "aeiou"
    ):
        # "relever" -> relève, "soulever" -> soulève ("appeler" doubles its l instead)
        stressed = stem[:-2] + "è" + stem[-1]
        forms += [stressed + "e", stressed + "ent"]
    return forms


def load_lexicons(language: str, directory: str = "") -> Lexicons:
    """Read every word list of `language`; lists that do not exist for it are empty."""
    base = Path(directory) if directory else resources_dir() / "lexicons"
    folder = base / language
    lists: dict[str, WordList] = {}
    for name in LEXICON_NAMES:
        path = folder / f"{name}.txt"
        entries = read_word_file(path) if path.is_file() else []
        if language == "fr" and name == "attribution_verbs":
            entries = [
                form
                for entry in entries
                for form in (
                    conjugate_first_group(entry)
                    if entry.endswith("er") and " " not in entry
                    else [entry]
                )
            ]
        # Typeset text writes the apostrophe "’": each entry is found with either one.
        entries = list(
            dict.fromkeys(
                spelling
                for entry in entries
                for spelling in (entry, entry.replace("'", "’"), entry.replace("’", "'"))
            )
        )
        split = [_split_phrase(entry) for entry in entries]
        words = frozenset(parts[0] for parts in split if len(parts) == 1)
        phrases = tuple(parts for parts in split if len(parts) > 1)
        lists[name] = WordList.of(words, phrases, name)
    stems: list[tuple[str, str, bool]] = []
    stems_path = folder / "future_stems.txt"
    if stems_path.is_file():
        for line in stems_path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                infinitive_end, stem_end, *flags = (part.strip() for part in line.split("\t"))
                stems.append((infinitive_end, stem_end, "whole" in flags))
    return Lexicons(language=language, lists=lists, future_stems=tuple(stems))


def make_lexicon_loader(directory: str = "") -> Callable[[str], Lexicons]:
    """Registry entry: a function giving the word lists of a language (default: resources/lexicons)."""

    def load(language: str) -> Lexicons:
        return load_lexicons(language, directory)

    return load


registry.misc.register("workbench.lexicons.v1", func=make_lexicon_loader)
