"""Reading and analysing a new version of an article in the worker process, before it is placed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from workbench.gui.background.analysis import AnalysisJob, RunnerFactory
from workbench.gui.background.worker import WorkResult


class RevisionImport(AnalysisJob):
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
    analysed = Signal(list, str)
    recorded = Signal(object)

    def __init__(self, runner_factory: RunnerFactory, parent: QObject | None = None) -> None:
        super().__init__(runner_factory, parent)
        self._path = ""

    def start(self, path: Path) -> None:
        runner = self._new_runner("a new version is already being read")
        self._path = str(path)
        self.started.emit(self._path)
        # No known texts: a text the project already holds is refused later, by the core, with
        # a message naming the revision it repeats.
        runner.start([path], set())

    def _on_runner_finished(self, result: WorkResult) -> None:
        self._end()
        if result.failures:
            self.failed.emit("\n".join(result.failures))
        elif not result.analysed:
            self.failed.emit(self.tr("{0}: the file holds no article").format(self._path))
        else:
            self.analysed.emit(list(result.analysed), self._path)
