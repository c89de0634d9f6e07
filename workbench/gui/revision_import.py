"""Reading and analysing a new version of an article in the worker process, before it is placed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from workbench.gui.analysis import AnalysisRunner
from workbench.gui.importing import RunnerFactory
from workbench.gui.worker import WorkResult


class RevisionImport(QObject):
    """Runs the window's analysis runner on one file; the window then records the revision.

    Signals:
        started(str): the file is being read and analysed (its path).
        progressed(int, int): drafts analysed so far, of how many.
        analysed(list, str): the file's (ArticleDraft, Analysis) pairs, and its path.
        failed(str): the file could not be read or analysed (a message naming it).
        cancelled(): stopped by the checker.
        recorded(RevisionResult): the window recorded a revision (sent by the window).
    """

    started = Signal(str)
    progressed = Signal(int, int)
    analysed = Signal(list, str)
    failed = Signal(str)
    cancelled = Signal()
    recorded = Signal(object)

    def __init__(self, runner_factory: RunnerFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner_factory = runner_factory
        self._runner: AnalysisRunner | None = None
        self._path = ""

    def is_running(self) -> bool:
        return self._runner is not None

    def start(self, path: Path) -> None:
        if self._runner is not None:
            raise RuntimeError("a new version is already being read")
        runner = self._runner_factory(self)
        runner.progressed.connect(self.progressed)
        runner.finished.connect(self._on_runner_finished)
        runner.failed.connect(self._on_runner_failed)
        runner.cancelled.connect(self._on_runner_cancelled)
        self._runner = runner
        self._path = str(path)
        self.started.emit(self._path)
        # No known texts: a text the project already holds is refused later, by the core, with
        # a message naming the revision it repeats.
        runner.start([path], set())

    def cancel(self) -> None:
        if self._runner is not None:
            self._runner.cancel()

    def _end(self) -> None:
        if self._runner is not None:
            self._runner.deleteLater()
        self._runner = None

    def _on_runner_finished(self, result: WorkResult) -> None:
        self._end()
        if result.failures:
            self.failed.emit("\n".join(result.failures))
        elif not result.analysed:
            self.failed.emit(self.tr("{0}: the file holds no article").format(self._path))
        else:
            self.analysed.emit(list(result.analysed), self._path)

    def _on_runner_failed(self, message: str) -> None:
        self._end()
        self.failed.emit(message)

    def _on_runner_cancelled(self) -> None:
        self._end()
        self.cancelled.emit()
