"""Name consistency: the spellings of people, organisations and places across a corpus.

A name's words are checked against two witnesses. The corpus: a spelling met once or twice
beside a close spelling met far more often ("Poutin" once, "Poutine" 200 times) is probably the
same name misspelt. The dictionary (`Dictionary`, wordfreq's lists): a word it does not know, one
edit away from a word it knows well ("Jinpin", "jinping"). Ordinary words are checked lower
(`spelling`). Every flag says which witness spoke, so a checker can weigh it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from workbench.core.corpus.dictionary import Dictionary
from workbench.core.model import Atom, AtomKind

NAME_KINDS = (AtomKind.PERSON, AtomKind.ORGANISATION, AtomKind.PLACE)
# Shorter names are too often a different name one letter away ("Jalo", "Ojla" are towns).
MIN_DICTIONARY_CHARS = 6
MIN_CORPUS_CHARS = 5
# The dictionary's side: the word is one the lists do not know at all (Zipf 0), and the spelling
# proposed is a trusted one. A word the lists know, however rarely, is a spelling people use:
# allowing up to Zipf 1.5 flagged six real names on the real-article benchmark (Mourdock,
# Lundmark, Magnen...) for one misspelling more (McDonnel).
MAX_UNKNOWN_ZIPF = 0.0
MIN_ZIPF_GAIN = 1.5
# The corpus's side: the rare spelling is met at most this often, the frequent one at least
# RATIO times more and at least MIN_FREQUENT times.
MAX_RARE_COUNT = 2
MIN_FREQUENT_COUNT = 3
RATIO = 5

_WORD = re.compile(r"[^\W\d_]+")  # letters only: "Etats-Unis" is two words to the lists


class FlagLevel(StrEnum):
    """How much a flag deserves the checker's attention: names first, ordinary words lower."""

    NAME = "name"
    WORD = "word"


class Witness(StrEnum):
    CORPUS = "corpus"
    DICTIONARY = "dictionary"
    GRAMMAR = "grammar"  # the word's use in its sentence (spelling checks)


@dataclass(frozen=True, slots=True)
class NameMention:
    """A name atom where it is: its article and claim (None for a text outside a project)."""

    article_id: int | None
    claim_id: int | None
    atom: Atom


@dataclass(frozen=True, slots=True)
class SpellingFlag:
    """A spelling that is probably wrong, where it is, and the likely one."""

    level: FlagLevel
    article_id: int | None
    claim_id: int | None
    start: int  # offsets into the article's text
    end: int
    text: str
    suggestion: str
    witness: Witness
    reason: str
    kind: AtomKind | None = None


@dataclass(frozen=True, slots=True)
class NameCluster:
    """Spellings of what is probably one name, with how often each was met, most met first."""

    kind: AtomKind
    spellings: tuple[tuple[str, int], ...]


class NameChecker:
    """Checks name atoms against the corpus they come from and the dictionary."""

    def __init__(self, texts: Iterable[str], dictionary: Dictionary | None = None) -> None:
        """`texts`: every article of the corpus, for how often each capitalised word is met."""
        self.dictionary = dictionary or Dictionary()
        self.counts: Counter[str] = Counter()
        # A paragraph copied into many articles (a wire story) is one witness, not forty: counted
        # each time, the misspelling it carries would pass for the corpus's usual spelling.
        seen: set[str] = set()
        for text in texts:
            for paragraph in text.split("\n"):
                if paragraph in seen:
                    continue
                seen.add(paragraph)
                self.counts.update(word for word in _WORD.findall(paragraph) if word[:1].isupper())
        self._frequent = [
            word for word, count in self.counts.items() if count >= MIN_FREQUENT_COUNT
        ]

    def flags(self, mentions: Sequence[NameMention]) -> list[SpellingFlag]:
        found: list[SpellingFlag] = []
        verdicts: dict[str, tuple[str, Witness, str] | None] = {}
        for mention in mentions:
            atom = mention.atom
            if atom.kind not in NAME_KINDS:
                continue
            for match in _WORD.finditer(atom.text):
                word = match.group()
                if word not in verdicts:
                    verdicts[word] = self._check_word(word)
                verdict = verdicts[word]
                if verdict is None:
                    continue
                spelling, witness, reason = verdict
                suggestion = atom.text[: match.start()] + spelling + atom.text[match.end() :]
                found.append(
                    SpellingFlag(
                        level=FlagLevel.NAME,
                        article_id=mention.article_id,
                        claim_id=mention.claim_id,
                        start=atom.start,
                        end=atom.end,
                        text=atom.text,
                        suggestion=suggestion,
                        witness=witness,
                        reason=reason,
                        kind=atom.kind,
                    )
                )
        return found

    def _check_word(self, word: str) -> tuple[str, Witness, str] | None:
        if not word[:1].isupper() or word.isupper():  # acronyms are not spelt, they are chosen
            return None
        count = self.counts.get(word, 0)
        if len(word) >= MIN_CORPUS_CHARS and count <= MAX_RARE_COUNT:
            frequent = self._corpus_neighbour(word, count)
            if frequent is not None:
                return (
                    frequent,
                    Witness.CORPUS,
                    f"“{word}” is met {count} times in the corpus, “{frequent}” "
                    f"{self.counts[frequent]} times".replace(" 1 times", " once"),
                )
        zipf = self.dictionary.zipf(word)
        if (
            len(word) >= MIN_DICTIONARY_CHARS
            and zipf <= MAX_UNKNOWN_ZIPF
            and count <= MAX_RARE_COUNT
        ):
            neighbour = self.dictionary.neighbour(word, min_zipf=zipf + MIN_ZIPF_GAIN)
            if neighbour is not None:
                spelling = _cased_like(neighbour, word)
                return (
                    spelling,
                    Witness.DICTIONARY,
                    f"the dictionary knows “{spelling}” "
                    f"(Zipf {self.dictionary.zipf(neighbour):.1f}), not “{word}”"
                    + (f" (Zipf {zipf:.1f})" if zipf else ""),
                )
        return None

    def _corpus_neighbour(self, word: str, count: int) -> str | None:
        found = process.extract(
            word,
            self._frequent,
            scorer=Levenshtein.distance,
            score_cutoff=1 if len(word) < 8 else 2,
            limit=None,
        )
        best = [
            candidate
            for candidate, distance, _ in found
            if distance > 0
            and candidate[:1] == word[:1]
            and self.counts[candidate] >= max(MIN_FREQUENT_COUNT, RATIO * max(count, 1))
            and not self.dictionary.knows(word)
        ]
        return max(best, key=lambda candidate: self.counts[candidate]) if best else None

    def clusters(self, mentions: Sequence[NameMention]) -> list[NameCluster]:
        """Names met under more than one close spelling, by kind."""
        counts: dict[AtomKind, Counter[str]] = {}
        for mention in mentions:
            text = mention.atom.text
            # Acronyms and short names differ by a letter from other names, not by a mistake.
            if len(text) < MIN_CORPUS_CHARS or text.isupper():
                continue
            if mention.atom.kind in NAME_KINDS:
                counts.setdefault(mention.atom.kind, Counter())[mention.atom.text] += 1
        clusters: list[NameCluster] = []
        for kind, spellings in counts.items():
            clusters.extend(_spelling_clusters(kind, spellings))
        return sorted(clusters, key=lambda cluster: -sum(count for _, count in cluster.spellings))


def _spelling_clusters(kind: AtomKind, spellings: Counter[str]) -> list[NameCluster]:
    names = sorted(spellings)
    parent = list(range(len(names)))
    by_start: dict[tuple[str, int], list[int]] = {}
    for at, name in enumerate(names):
        by_start.setdefault((name[:1], len(name)), []).append(at)

    def root(at: int) -> int:
        while parent[at] != at:
            parent[at] = parent[parent[at]]
            at = parent[at]
        return at

    for at, name in enumerate(names):
        limit = 1 if len(name) < 8 else 2
        # Only names of the same first letter and about the same length: all pairs would be
        # quadratic in the names of a large corpus.
        others = [
            other
            for length in range(len(name) - limit, len(name) + limit + 1)
            for other in by_start.get((name[:1], length), ())
            if other > at
        ]
        candidates = [names[other] for other in others]
        for _, distance, position in process.extract(
            name, candidates, scorer=Levenshtein.distance, score_cutoff=limit, limit=None
        ):
            other = others[position]
            if distance <= 1 if min(len(name), len(names[other])) < 8 else distance <= 2:
                parent[root(other)] = root(at)
    groups: dict[int, list[str]] = {}
    for at, name in enumerate(names):
        groups.setdefault(root(at), []).append(name)
    return [
        NameCluster(
            kind,
            tuple(
                sorted(
                    ((name, spellings[name]) for name in group),
                    key=lambda item: (-item[1], item[0]),
                )
            ),
        )
        for group in groups.values()
        if len(group) > 1
    ]


def _cased_like(word: str, model: str) -> str:
    """`word` with `model`'s capitals where they line up: "mcdonnell" like "McDonnel"."""
    return "".join(
        char.upper() if at < len(model) and model[at].isupper() else char
        for at, char in enumerate(word)
    )
