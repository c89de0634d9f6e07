"""An import as the window sees it: analysis in the worker process, then one add to the project."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from workbench.core.model import Analysis, ArticleDraft
from workbench.core.project import Project, ProjectError
from workbench.gui.analysis import AnalysisRunner
from workbench.gui.worker import WorkResult

RunnerFactory = Callable[[QObject], AnalysisRunner]
CLAIMS_PER_CHUNK = 300  # about 30 ms of writing on a slow disk


class ImportController(QObject):
    """Runs one import at a time.

    Signals:
        started(int): files are being read and analysed (the number of files).
        progressed(int, int): articles analysed so far, of how many.
        finished(list, WorkResult): the ids of the articles added, and what the worker found.
        failed(str): the analysis failed; nothing was added.
        write_failed(ProjectError): writing failed; only the articles in `finished` were added.
        cancelled(): stopped by the checker; nothing was added.
    """

    started = Signal(int)
    progressed = Signal(int, int)
    finished = Signal(list, object)
    failed = Signal(str)
    write_failed = Signal(object)
    cancelled = Signal()

    def __init__(self, runner_factory: RunnerFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner_factory = runner_factory
        self._runner: AnalysisRunner | None = None
        self._project: Project | None = None

    def is_running(self) -> bool:
        return self._runner is not None

    def start(
        self,
        project: Project,
        paths: Sequence[Path],
        encoding: str | None = None,
        given: Sequence[ArticleDraft] = (),
    ) -> None:
        """Import `paths` (read as `encoding`, if given) and the ready-made articles `given`."""
        if self._runner is not None:
            raise RuntimeError("an import is already running")
        known = {article.sha256 for article in project.articles()}
        self._project = project
        runner = self._runner_factory(self)
        runner.progressed.connect(self.progressed)
        runner.finished.connect(self._on_runner_finished)
        runner.failed.connect(self._on_runner_failed)
        runner.cancelled.connect(self._on_runner_cancelled)
        self._runner = runner
        self.started.emit(len(paths) + len(given))
        runner.start(list(paths), known, encoding, given)

    def cancel(self) -> None:
        if self._runner is not None:
            self._runner.cancel()

    def _end(self) -> Project | None:
        project = self._project
        if self._runner is not None:
            self._runner.deleteLater()
        self._runner = None
        self._project = None
        return project

    def _on_runner_finished(self, result: WorkResult) -> None:
        project = self._end()
        if project is None or not result.analysed:
            self.finished.emit([], result)
            return
        self._add_in_chunks(project, result, list(result.analysed), [])

    def _add_in_chunks(
        self,
        project: Project,
        result: WorkResult,
        waiting: list[tuple[ArticleDraft, Analysis]],
        added: list[int],
    ) -> None:
        """Add a few hundred claims' worth of articles per turn of the event loop, so a large
        import never freezes the window for long. Each chunk is one transaction; if one fails,
        the articles of the chunks before it stay, and the message says so."""
        chunk: list[tuple[ArticleDraft, Analysis]] = []
        claims = 0
        while waiting and (not chunk or claims + len(waiting[0][1].claims) <= CLAIMS_PER_CHUNK):
            item = waiting.pop(0)
            chunk.append(item)
            claims += len(item[1].claims)
        try:
            added.extend(project.add_articles(chunk))
        except ProjectError as error:
            self.write_failed.emit(error)
            waiting = []
        if waiting:
            QTimer.singleShot(0, lambda: self._add_in_chunks(project, result, waiting, added))
        else:
            QTimer.singleShot(0, lambda: self.finished.emit(added, result))

    def _on_runner_failed(self, message: str) -> None:
        self._end()
        self.failed.emit(message)

    def _on_runner_cancelled(self) -> None:
        self._end()
        self.cancelled.emit()
