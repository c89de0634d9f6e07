"""Everything the window shows of the corpus, found in one go away from the window.

`check_project_file` opens the project read-only (no lock: the window keeps writing it, WAL lets
a reader in), reads it (`corpus_inputs`) and works on what it read (`find_evidence`: grouping,
library suggestions, name checks), all in a worker process: reading 25,000 claims alone takes
seconds, which the window's thread must not spend.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from workbench.core.corpus.checking import NamesReport, name_inputs, names_report
from workbench.core.corpus.dictionary import Dictionary
from workbench.core.corpus.grouping import find_groups
from workbench.core.corpus.groups import ProjectGroups, claim_texts, group_views
from workbench.core.corpus.library import LibraryProblem, Suggestion, VerdictLibrary
from workbench.core.corpus.matching import ClaimGroup, ClaimText
from workbench.core.corpus.names import NameMention
from workbench.core.corpus.spelling import Passage
from workbench.core.corpus.translation import SentenceEncoder
from workbench.core.model import Verdict
from workbench.core.project import Project, ProjectError


@dataclass(frozen=True, slots=True)
class CorpusInputs:
    """What the corpus checks need of a project: plain data, picklable to a worker."""

    project_path: Path
    claims: tuple[ClaimText, ...]  # live claims, for grouping
    unchecked: frozenset[int]  # claims without a verdict: the library is asked about these
    texts: tuple[str, ...]  # every article's text, for how often each name is met
    mentions: tuple[NameMention, ...]
    passages: tuple[Passage, ...]
    library_folder: Path | None


@dataclass(frozen=True, slots=True)
class CorpusFindings:
    """Groups (by claim id), name and word flags, and earlier projects' verdicts."""

    groups: tuple[ClaimGroup, ...]
    names: NamesReport
    suggestions: tuple[Suggestion, ...] = ()
    library_problems: tuple[LibraryProblem, ...] = ()
    library_error: str = ""  # the library folder could not be read at all (why)


def corpus_inputs(project: Project, library_folder: Path | None = None) -> CorpusInputs:
    articles = {article.id: article for article in project.articles()}
    claims = project.claims()
    mentions, passages = name_inputs(claims)
    return CorpusInputs(
        project_path=project.path,
        claims=tuple(claim_texts(claims, articles)),
        unchecked=frozenset(
            claim.id
            for claim in claims
            if claim.verdict == Verdict.UNCHECKED and not claim.is_dismissed
        ),
        texts=tuple(article.text for article in articles.values()),
        mentions=tuple(mentions),
        passages=tuple(passages),
        library_folder=library_folder,
    )


def find_evidence(
    inputs: CorpusInputs,
    *,
    nlp: Language | None = None,
    encoder: SentenceEncoder | None = None,
    dictionary: Dictionary | None = None,
) -> CorpusFindings:
    """Ordinary words are checked only when a French `nlp` is given; translations only with an
    `encoder`. A library folder that cannot be read is said in `library_error`, not raised."""
    groups = find_groups(inputs.claims, encoder=encoder)
    names = names_report(inputs.texts, inputs.mentions, inputs.passages, nlp, dictionary)
    suggestions: list[Suggestion] = []
    problems: tuple[LibraryProblem, ...] = ()
    error = ""
    if inputs.library_folder is not None:
        try:
            library = VerdictLibrary.from_folder(inputs.library_folder, exclude=inputs.project_path)
        except ProjectError as failure:
            error = str(failure)
        else:
            problems = library.problems
            unchecked = [claim for claim in inputs.claims if claim.id in inputs.unchecked]
            suggestions = library.suggestions(unchecked, encoder=encoder)
    return CorpusFindings(tuple(groups), names, tuple(suggestions), problems, error)


@dataclass(frozen=True, slots=True)
class ProjectEvidence:
    """What `check_project_file` found: the findings, the groups shown with the claims as they
    were read, and the passages a word check reads next."""

    project_path: Path
    findings: CorpusFindings
    groups: ProjectGroups
    passages: tuple[Passage, ...]


def check_project_file(
    path: Path,
    library_folder: Path | None = None,
    *,
    encoder: SentenceEncoder | None = None,
) -> ProjectEvidence:
    with Project.open(path, read_only=True) as project:
        inputs = corpus_inputs(project, library_folder)
        articles = {article.id: article for article in project.articles()}
        claims = {claim.id: claim for claim in project.claims() if not claim.is_dismissed}
    findings = find_evidence(inputs, encoder=encoder)
    groups = group_views(findings.groups, claims, articles)
    return ProjectEvidence(path, findings, groups, inputs.passages)
