"""What the analysis worker process does: the reading and analysis half of the core's import use
case (`workbench.core.project.importing.analyse_new_articles`), on every core, and for a new
version the articles it may revise. No Qt here (see `workbench.gui.background.tasks`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.core.model import Analysis, ArticleDraft

if TYPE_CHECKING:  # the readers and the store are imported by the worker process only
    from workbench.core.analysis import AnalysisEngine
    from workbench.core.project.importing import Analyzer

AnalyzerFactory = Callable[[], "Analyzer"]
Analysed = tuple[ArticleDraft, Analysis]


@dataclass(slots=True)
class WorkResult:
    analysed: list[Analysed] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # one message per file, naming it
    already_present: int = 0  # texts skipped because the project already holds them
    # Texts recognised as an earlier revision of an article: one sentence each, naming the file.
    earlier_revisions: list[str] = field(default_factory=list)
    # Per analysed draft, in order: the articles it may revise, as (article id, similarity).
    matches: list[list[tuple[int, float]]] = field(default_factory=list)


def detector_factory(pipeline: str = "") -> Analyzer:
    """The real claim detector; imported here so only the worker process loads spaCy."""
    from workbench.core.detection import Detector

    return Detector(pipeline or None)


def run_import(
    on_progress: Callable[[int, int], None],
    paths: Sequence[str],
    known_fingerprints: Mapping[str, str],
    make_analyzer: AnalyzerFactory,
    encoding: str | None = None,
    given: Sequence[ArticleDraft] = (),
    match_in: str | None = None,
) -> WorkResult:
    """Read every file (as `encoding`, if given) and the articles `given` ready-made (a paste),
    skip texts the project (`known_fingerprints`) or an earlier file already holds, and analyse
    the rest: the core's import use case up to the writing, which the window does. The real
    detector analyses a corpus on every core (this process is no daemon, so it may start
    workers); a test's fake analyses here. With `match_in`, a project file, also rank its
    articles by likeness to each text (read-only: the window keeps writing it).
    `known_fingerprints` maps the import key of every text the project holds to "" for a
    current text, or to what it is for an earlier revision (`queries.earlier_revisions`), which
    is said rather than added."""
    from workbench.core.analysis import engine_of
    from workbench.core.project.importing import analyse_new_articles

    counter = _ArticleCounter(on_progress)
    found = analyse_new_articles(
        [Path(p) for p in paths],
        {key for key, note in known_fingerprints.items() if not note},
        counter.engine(engine_of(make_analyzer())),
        given=given,
        encoding=encoding,
        earlier={key: note for key, note in known_fingerprints.items() if note},
    )
    result = WorkResult(
        analysed=list(found.analysed),
        failures=[str(failure) for failure in found.failures],
        already_present=found.already_present,
        earlier_revisions=list(found.earlier_revisions),
    )
    on_progress(len(result.analysed), len(result.analysed))
    if match_in is not None and result.analysed:
        result.matches = suggest_revised(Path(match_in), [d for d, _ in result.analysed])
    return result


class _ArticleCounter:
    """Articles analysed, of those expected, for the window's "n of m analysed": a corpus export
    says in each header how many articles it holds; other files count one per article read."""

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._report = report
        self._done = 0
        self._seen = 0
        self._expected = 0
        self._sources: set[str | None] = set()

    def engine(
        self, engine: AnalysisEngine
    ) -> Callable[[Iterable[ArticleDraft]], Iterator[Analysed]]:
        """`engine` as the import use case takes it, counting what goes in and comes out."""

        def analyse(drafts: Iterable[ArticleDraft]) -> Iterator[Analysed]:
            self._report(0, 0)
            for analysed in engine.run(self._counting(drafts)):
                self._done += 1
                self._report(self._done, max(self._total(), self._done))
                yield analysed

        return analyse

    def _counting(self, drafts: Iterable[ArticleDraft]) -> Iterator[ArticleDraft]:
        for draft in drafts:
            self._seen += 1
            if draft.source_path not in self._sources:
                self._sources.add(draft.source_path)
                declared = draft.metadata.get("total")
                self._expected += declared if isinstance(declared, int) and declared > 0 else 1
            yield draft

    def _total(self) -> int:
        return max(self._expected, self._seen)


def suggest_revised(
    project_path: Path, drafts: Sequence[ArticleDraft]
) -> list[list[tuple[int, float]]]:
    """For each draft, the articles of the project it may be a new version of (best first)."""
    from workbench.core.project import Project
    from workbench.core.revisions import suggest_matches

    with Project.open(project_path, read_only=True) as project:
        return [suggest_matches(project, draft, limit=10) for draft in drafts]
