"""Name and spelling checks of a project or of files: the use case `workbench names` runs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.language import Language

from workbench.core.corpus.dictionary import Dictionary
from workbench.core.corpus.names import (
    NAME_KINDS,
    NameChecker,
    NameCluster,
    NameMention,
    SpellingFlag,
)
from workbench.core.corpus.spelling import Passage, word_flags
from workbench.core.model import Analysis, ArticleDraft
from workbench.core.project import ClaimRecord, Project


@dataclass(frozen=True, slots=True)
class NamesReport:
    """Spelling flags (names first, then ordinary words) and names met under several spellings."""

    flags: tuple[SpellingFlag, ...]
    clusters: tuple[NameCluster, ...]

    def flags_of_claim(self, claim_id: int) -> tuple[SpellingFlag, ...]:
        return tuple(flag for flag in self.flags if flag.claim_id == claim_id)


def check_project(
    project: Project,
    *,
    nlp: Language | None = None,
    dictionary: Dictionary | None = None,
) -> NamesReport:
    """Names of every claim of the project; ordinary words too when a French `nlp` is given."""
    mentions, passages = name_inputs(project.claims())
    texts = [article.text for article in project.articles()]
    return names_report(texts, mentions, passages, nlp, dictionary)


def name_inputs(
    claims: Sequence[ClaimRecord],
) -> tuple[list[NameMention], list[Passage]]:
    """The name atoms and the passages (claims) of a project's live claims, to check."""
    live = [claim for claim in claims if not claim.is_dismissed]
    mentions = [
        NameMention(claim.article_id, claim.id, atom) for claim in live for atom in claim.atoms
    ]
    passages = [
        Passage(
            claim.article_id,
            claim.id,
            claim.start,
            claim.text,
            tuple((atom.start, atom.end) for atom in claim.atoms if atom.kind in NAME_KINDS),
        )
        for claim in live
    ]
    return mentions, passages


def check_analysed(
    items: Sequence[tuple[ArticleDraft, Analysis]],
    *,
    nlp: Language | None = None,
    dictionary: Dictionary | None = None,
) -> NamesReport:
    """The same for articles read from files and analysed, numbered 1, 2, … in `items` order.

    Claims are named by their number in their article.
    """
    mentions: list[NameMention] = []
    passages: list[Passage] = []
    for article_number, (_, analysis) in enumerate(items, start=1):
        for claim_number, claim in enumerate(analysis.claims, start=1):
            mentions.extend(NameMention(article_number, claim_number, atom) for atom in claim.atoms)
            skip = tuple((atom.start, atom.end) for atom in claim.atoms if atom.kind in NAME_KINDS)
            passages.append(Passage(article_number, claim_number, claim.start, claim.text, skip))
    return names_report([draft.text for draft, _ in items], mentions, passages, nlp, dictionary)


def names_report(
    texts: Sequence[str],
    mentions: Sequence[NameMention],
    passages: Sequence[Passage],
    nlp: Language | None,
    dictionary: Dictionary | None,
) -> NamesReport:
    """Names checked against `texts` (every article) and the dictionary; words with `nlp`."""
    dictionary = dictionary or Dictionary()
    checker = NameChecker(texts, dictionary)
    flags = checker.flags(mentions)
    if nlp is not None:
        flags.extend(word_flags(nlp, passages, dictionary))
    return NamesReport(tuple(flags), tuple(checker.clusters(mentions)))
