"""Imports and new versions read and analysed in a worker process, reported back by signals."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from workbench.core.model import ArticleDraft
from workbench.gui.background.tasks import ProcessRunner
from workbench.gui.background.worker import AnalyzerFactory, WorkResult, run_import


class AnalysisRunner(ProcessRunner):
    """One analysis at a time in a spawned process: loading a spaCy model holds the GIL for
    seconds, so a thread would freeze the window. `make_analyzer` is pickled to the process.

    Signals (see TaskRunner): progressed(done, total), delivered(list of (draft, analysis)),
    finished(WorkResult), failed(str), cancelled().
    """

    def __init__(self, make_analyzer: AnalyzerFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make_analyzer = make_analyzer

    def analyse(
        self,
        paths: Sequence[Path],
        known_fingerprints: Mapping[str, str],
        encoding: str | None = None,
        given: Sequence[ArticleDraft] = (),
        match_in: Path | None = None,
        in_parts: int = 0,
    ) -> None:
        """Read `paths` (as `encoding`, if given) and analyse them with the articles `given`;
        with `match_in` (a project file), also find which of its articles each text revises.
        With `in_parts` (a number of claims), the analysed articles come by `delivered` as they
        are analysed, in lists of (draft, analysis) of about that many claims, not in the
        result (see `run_import`)."""
        self.start(
            run_import,
            [str(p) for p in paths],
            dict(known_fingerprints),
            self._make_analyzer,
            encoding,
            list(given),
            str(match_in) if match_in is not None else None,
            in_parts,
        )


RunnerFactory = Callable[[QObject], AnalysisRunner]


class AnalysisJob(QObject):
    """What an import and a new version share: one runner at a time, made by the window's
    factory, cancelled on demand and let go once it has ended. Subclasses handle its result in
    `_on_runner_finished`.

    Signals:
        progressed(int, int): drafts analysed so far, of how many.
        failed(str): the analysis failed (a message naming the file or the problem).
        cancelled(): stopped by the checker.
    """

    progressed = Signal(int, int)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, runner_factory: RunnerFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner_factory = runner_factory
        self._runner: AnalysisRunner | None = None

    def is_running(self) -> bool:
        return self._runner is not None

    def cancel(self) -> None:
        if self._runner is not None:
            self._runner.cancel()

    def _new_runner(self, busy: str) -> AnalysisRunner:
        """A runner wired to this job's slots; RuntimeError saying `busy` if one is running."""
        if self._runner is not None:
            raise RuntimeError(busy)
        runner = self._runner_factory(self)
        runner.progressed.connect(self.progressed)
        runner.finished.connect(self._on_runner_finished)
        runner.failed.connect(self._on_runner_failed)
        runner.cancelled.connect(self._on_runner_cancelled)
        self._runner = runner
        return runner

    def _end(self) -> None:
        if self._runner is not None:
            self._runner.deleteLater()
        self._runner = None

    def _on_runner_finished(self, result: WorkResult) -> None:
        raise NotImplementedError

    def _on_runner_failed(self, message: str) -> None:
        self._end()
        self.failed.emit(message)

    def _on_runner_cancelled(self) -> None:
        self._end()
        self.cancelled.emit()


__all__ = ["AnalysisJob", "AnalysisRunner", "RunnerFactory", "WorkResult"]
