"""What the analysis worker process does: the reading and analysis half of the core's import use
case (`workbench.core.project.importing.NewArticles`), on every core, sent on in parts as it
goes, and for a new version the articles it may revise. No Qt here (see
`workbench.gui.background.tasks`)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from workbench.core.model import Analysis, ArticleDraft

if TYPE_CHECKING:  # the readers and the store are imported by the worker process only
    from workbench.core.analysis import AnalysisEngine
    from workbench.core.project.importing import Analyzer

AnalyzerFactory = Callable[[], "Analyzer"]
Analysed = tuple[ArticleDraft, Analysis]

# A part goes to the window once it holds the claims asked for, or once its first article has
# waited this long: articles show up while the rest is analysed, even when analysis is slow.
PART_WAIT_S = 1.0


@runtime_checkable
class Delivering(Protocol):
    """A task's report that also takes parts of the result, sent before the task ends (the
    process runner's): progress as `report(done, total)`, a part as `report.deliver(part)`."""

    def __call__(self, done: int, total: int) -> None: ...

    def deliver(self, part: object) -> None: ...


@dataclass(slots=True)
class WorkResult:
    # The articles analysed, when they were not delivered in parts as they came (see run_import).
    analysed: list[Analysed] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # one message per file, naming it
    already_present: int = 0  # texts skipped because the project already holds them
    # Texts recognised as an earlier revision of an article: one sentence each, naming the file.
    earlier_revisions: list[str] = field(default_factory=list)
    # Per analysed draft, in order: the articles it may revise, as (article id, similarity).
    matches: list[list[tuple[int, float]]] = field(default_factory=list)
    # Filled by the window as it writes: one line per added article that has notices.
    notices: list[str] = field(default_factory=list)


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
    in_parts: int = 0,
) -> WorkResult:
    """Read every file (as `encoding`, if given) and the articles `given` ready-made (a paste),
    skip texts the project (`known_fingerprints`) or an earlier file already holds, and analyse
    the rest: the core's import use case up to the writing, which the window does. The real
    detector analyses a corpus on every core (this process is no daemon, so it may start
    workers); a test's fake analyses here.

    With `in_parts` (an import: a number of claims) and a report that can deliver (the process
    runner's), the analysed articles go to the window in parts of about that many claims as
    they come, and the
    result holds none: memory stays flat whatever the corpus, and the window writes and lists
    each part at once. Otherwise they are all in the result; with `match_in`, a project file,
    that project's articles are also ranked by likeness to each text (read-only: the window
    keeps writing it), for a new version.

    `known_fingerprints` maps the import key of every text the project holds to "" for a
    current text, or to what it is for an earlier revision (`queries.earlier_revisions`), which
    is said rather than added."""
    from workbench.core.analysis import engine_of
    from workbench.core.project.importing import NewArticles

    counter = _ArticleCounter(on_progress)
    found = NewArticles(
        [Path(p) for p in paths],
        {key for key, note in known_fingerprints.items() if not note},
        counter.engine(engine_of(make_analyzer())),
        given=given,
        encoding=encoding,
        earlier={key: note for key, note in known_fingerprints.items() if note},
    )
    analysed: list[Analysed] = []
    if in_parts > 0 and isinstance(on_progress, Delivering):
        count = _deliver_in_parts(found, on_progress.deliver, in_parts)
    else:
        analysed = list(found)
        count = len(analysed)
    result = WorkResult(
        analysed=analysed,
        failures=[str(failure) for failure in found.failures],
        already_present=found.already_present,
        earlier_revisions=list(found.earlier_revisions),
    )
    on_progress(count, count)
    if match_in is not None and result.analysed:
        result.matches = suggest_revised(Path(match_in), [d for d, _ in result.analysed])
    return result


def _deliver_in_parts(
    found: Iterable[Analysed], deliver: Callable[[object], None], part_claims: int
) -> int:
    """Hand `found` on as lists of analysed articles of about `part_claims` claims; how many
    articles in all. A part whose first article has waited PART_WAIT_S goes as it is, sent by a
    thread of its own when the next article is slow to come (a long text, a busy machine)."""
    parts = _Parts(deliver, part_claims)
    stop = threading.Event()

    def send_waiting() -> None:
        while not stop.wait(PART_WAIT_S / 4):
            parts.send_if_waited()

    sender = threading.Thread(target=send_waiting, name="workbench-parts", daemon=True)
    sender.start()
    try:
        for item in found:
            parts.add(item)
    finally:
        stop.set()
        sender.join()
    parts.send()
    return parts.count


class _Parts:
    def __init__(self, deliver: Callable[[object], None], part_claims: int) -> None:
        self._deliver = deliver
        self._part_claims = part_claims
        self._lock = threading.Lock()  # one part at a time down the pipe, and whole
        self._part: list[Analysed] = []
        self._claims = 0
        self._since = 0.0
        self.count = 0

    def add(self, item: Analysed) -> None:
        with self._lock:
            if not self._part:
                self._since = time.monotonic()
            self._part.append(item)
            self._claims += len(item[1].claims)
            self.count += 1
            if self._claims >= self._part_claims:
                self._send_locked()

    def send_if_waited(self) -> None:
        with self._lock:
            if self._part and time.monotonic() - self._since >= PART_WAIT_S:
                self._send_locked()

    def send(self) -> None:
        with self._lock:
            if self._part:
                self._send_locked()

    def _send_locked(self) -> None:
        part, self._part, self._claims = self._part, [], 0
        self._deliver(part)


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
