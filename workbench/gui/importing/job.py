"""An import as the window sees it: the core's import use case in its two halves, reading and
analysis in the worker process (`run_import`), which sends the analysed articles in parts as it
goes, and `write_articles` of each part here, in the process that owns the project file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from workbench.core.model import Analysis, ArticleDraft
from workbench.core.project import Project, ProjectError
from workbench.gui.background.analysis import AnalysisJob, RunnerFactory
from workbench.gui.background.worker import WorkResult
from workbench.gui.importing.notices import file_notices

CLAIMS_PER_PART = 300  # about 30 ms of writing on a slow disk: the window never stalls for long


class ImportJob(AnalysisJob):
    """Runs one import at a time. Each part the worker sends is written at once, in one
    transaction, and listed: a checker can start on the first articles of a large corpus while
    the rest is analysed, and what was written stays whatever happens next.

    Signals:
        started(int): files are being read and analysed (the number of files).
        progressed(int, int): articles analysed so far, of how many.
        chunk_written(list): the ids of the articles one part just added.
        finished(list, WorkResult): the ids of all the articles added, and what the worker
            found (its `notices` are the lines of the added articles that have some).
        failed(str): the analysis failed; the articles already written stay (in `finished`
            of none: see `stopped`).
        write_failed(ProjectError): writing a part failed; the analysis was stopped, and only
            the articles in the `finished` that follows were added.
        stopped(list, int): cancelled by the checker: the ids of the articles written before,
            and how many articles the import held.
    """

    started = Signal(int)
    chunk_written = Signal(list)
    finished = Signal(list, object)
    write_failed = Signal(object)
    stopped = Signal(list, int)

    def __init__(self, runner_factory: RunnerFactory, parent: QObject | None = None) -> None:
        super().__init__(runner_factory, parent)
        self._project: Project | None = None
        self._added: list[int] = []
        self._already_present = 0
        self._notices: list[str] = []
        self._expected = 0

    def start(
        self,
        project: Project,
        paths: Sequence[Path],
        encoding: str | None = None,
        given: Sequence[ArticleDraft] = (),
    ) -> None:
        """Import `paths` (read as `encoding`, if given) and the ready-made articles `given`."""
        # Every text the project holds, by import key: "" for a current text, what it is for an
        # earlier revision (a file opened again after a revision is the article's past).
        known = {**project.earlier_revisions(), **dict.fromkeys(project.fingerprints(), "")}
        runner = self._new_runner("an import is already running")
        runner.delivered.connect(self._on_runner_delivered)
        runner.progressed.connect(self._on_runner_progressed)
        self._project = project
        self._added, self._already_present, self._notices, self._expected = [], 0, [], 0
        self.started.emit(len(paths) + len(given))
        runner.analyse(list(paths), known, encoding, given, in_parts=CLAIMS_PER_PART)

    def _end(self) -> None:
        super()._end()
        self._project = None

    def _on_runner_progressed(self, done: int, total: int) -> None:
        self._expected = max(self._expected, total, done)

    def _on_runner_delivered(self, part: list[tuple[ArticleDraft, Analysis]]) -> None:
        project = self._project
        if project is None or not part:
            return
        try:
            self._write(project, part)
        except ProjectError as error:
            runner = self._runner
            if runner is not None:
                runner.blockSignals(True)  # stopped for this reason, not by the checker
                runner.cancel()
            added = self._added
            self._end()
            self.write_failed.emit(error)
            self.finished.emit(added, WorkResult(already_present=self._already_present))

    def _write(self, project: Project, part: list[tuple[ArticleDraft, Analysis]]) -> None:
        # Loaded here: the import use case brings the importers (lxml), not wanted at start-up.
        from workbench.core.project.importing import write_articles

        # Skips the texts the project came to hold meanwhile (a paste, another import).
        report = write_articles(project.file, part)
        self._already_present += report.already_present
        if report.article_ids:
            self._added.extend(report.article_ids)
            self._notices.extend(file_notices([part[i][0] for i in report.written]))
            self.chunk_written.emit(list(report.article_ids))

    def _on_runner_finished(self, result: WorkResult) -> None:
        project = self._project
        if project is not None and result.analysed:  # a runner that sends no parts
            try:
                self._write(project, result.analysed)
            except ProjectError as error:
                self.write_failed.emit(error)
        self._end()
        result.already_present += self._already_present
        result.notices = self._notices
        self.finished.emit(self._added, result)

    def _on_runner_cancelled(self) -> None:
        self._end()
        self.stopped.emit(self._added, self._expected)
